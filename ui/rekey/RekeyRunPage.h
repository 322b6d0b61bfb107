#pragma once

#include "rekey/RekeyEngine.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace symbolon::ui {

class RekeyWizard;

// Step 6: the run under the quorum — a progress bar, devices/s, ETA, failed devices, and
// "Stop after this chunk" (every committed chunk stays; running the plan again resumes).
class RekeyRunPage : public QWizardPage {
    Q_OBJECT

public:
    explicit RekeyRunPage(RekeyWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override; // the results
    QPushButton* stopButton() const { return m_stop; }
    const rekey::RekeyProgress& lastProgress() const { return m_last; }
    static QString etaText(double secs); // "1m05s", "2h03m", "--"

private:
    void onProgress(const rekey::RekeyProgress& p);

    RekeyWizard* m_wizard;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_devices = nullptr;
    QLabel* m_rate = nullptr;
    QLabel* m_eta = nullptr;
    QLabel* m_failed = nullptr;
    QPushButton* m_stop = nullptr;
    rekey::RekeyProgress m_last;
    bool m_done = false;
    bool m_stopRequested = false;
};

} // namespace symbolon::ui
