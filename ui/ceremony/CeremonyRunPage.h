#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace symbolon::ui {

class CeremonyWizard;

// Step 5: the ceremony runs under the quorum (progress and stop for migration).
class CeremonyRunPage : public QWizardPage {
    Q_OBJECT

public:
    explicit CeremonyRunPage(CeremonyWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    CeremonyWizard* m_wizard;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_stop = nullptr;
    bool m_done = false;
};

} // namespace symbolon::ui
