#pragma once

#include "site/SiteSetupPage.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace symbolon::ui {

// The cards: holder, role, token URI and PIN of each (added and edited in SiteSetupCardDialog),
// and the quorum they make: k of n, n the custodians' cards.
class SiteSetupCardsPage : public SiteSetupPage {
    Q_OBJECT

public:
    explicit SiteSetupCardsPage(SiteSetupWizard* wizard);
    void initializePage() override;
    void fill(site::SiteSpec& spec) const override;
    void load(const site::SiteSpec& spec) override;
    void refresh();

protected:
    bool focusField(const QString& coreName) override;

private:
    void editCard(qsizetype index);
    void removeCard();
    void updateButtons();

    QTreeWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QLabel* m_quorum;
};

} // namespace symbolon::ui
