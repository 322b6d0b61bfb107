#pragma once

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace symbolon::ui {

class CeremonyWizard;

// Step 5: the ceremony runs under the quorum (progress and stop after a chunk for the migration
// and a KEK rollover).
class CeremonyRunPage : public QWizardPage {
    Q_OBJECT

public:
    explicit CeremonyRunPage(CeremonyWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    CeremonyWizard* m_wizard;
    QLabel* m_status = nullptr;
    QLabel* m_rate = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_stop = nullptr;
    QElapsedTimer m_elapsed; // since the run started: a rollover's rate and time left
    bool m_done = false;
};

} // namespace symbolon::ui
