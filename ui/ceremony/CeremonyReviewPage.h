#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace symbolon::ui {

class CeremonyWizard;

// Step 2: exactly what will happen, as the quorum will sign it; confirming opens the session.
class CeremonyReviewPage : public QWizardPage {
    Q_OBJECT

public:
    explicit CeremonyReviewPage(CeremonyWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    CeremonyWizard* m_wizard;
    QLabel* m_text = nullptr;
    QLabel* m_hostMemory = nullptr;
    QLabel* m_consequence = nullptr;
    QCheckBox* m_confirm = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace symbolon::ui
