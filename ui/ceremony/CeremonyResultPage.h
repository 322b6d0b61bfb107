#pragma once

#include <QWizardPage>

class QPushButton;
class QTextBrowser;

namespace symbolon::ceremony {
struct CeremonyRecord;
}

namespace symbolon::ui {

class CeremonyWizard;

// Step 6: the ceremony record: every KCV labelled, who approved, fallbacks in amber.
class CeremonyResultPage : public QWizardPage {
    Q_OBJECT

public:
    explicit CeremonyResultPage(CeremonyWizard* wizard);
    void initializePage() override;
    QString recordText() const;

private:
    void save();
    QString readinessTable(const ceremony::CeremonyRecord& r) const;
    CeremonyWizard* m_wizard;
    QTextBrowser* m_text = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace symbolon::ui
