#pragma once

#include <QWizardPage>

namespace symbolon::ui {

class CeremonyWizard;

// Step 3: k custodians approve with their own cards.
class QuorumSessionWidget;
class CeremonyQuorumPage : public QWizardPage {
    Q_OBJECT

public:
    explicit CeremonyQuorumPage(CeremonyWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    QuorumSessionWidget* sessionWidget() const { return m_widget; }

private:
    CeremonyWizard* m_wizard;
    QuorumSessionWidget* m_widget = nullptr;
};

} // namespace symbolon::ui
