#pragma once

#include "rekey/RekeyPlanner.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace symbolon::ui {

class RekeyWizard;

// Step 4: what will be planned, then "Create the plan…" (a confirmation naming the devices and
// keys; RekeyPlanner::create and the quorum session off the GUI thread). After it, the plan
// exists and is journaled: there is no going back, only on to the quorum (or closing, which
// leaves the plan for a later run).
class RekeyConfirmPage : public QWizardPage {
    Q_OBJECT

public:
    explicit RekeyConfirmPage(RekeyWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override; // the quorum page
    QPushButton* createButton() const { return m_create; }
    QPushButton* devicesButton() const { return m_devices; } // "Show devices (N)…"
    // Creates the plan without asking (the button asks first).
    void createPlan();

Q_SIGNALS:
    void planCreated(bool ok);

private:
    void askAndCreate();
    void loadResumedRun(); // resume mode: the run and its pending devices, off the GUI thread
    void resume();
    void openSession();
    void fail(const QString& message);
    void updateDevicesButton();

    RekeyWizard* m_wizard;
    QTextBrowser* m_summary = nullptr;
    QSpinBox* m_workers = nullptr;
    QSpinBox* m_chunk = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_devices = nullptr;
    QLabel* m_status = nullptr;
    bool m_ready = false;
    std::optional<rekey::RekeyRun> m_loaded; // resume mode
};

} // namespace symbolon::ui
