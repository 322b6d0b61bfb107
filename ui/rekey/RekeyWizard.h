#pragma once

#include "ceremony/CeremonyWizard.h"
#include "rekey/RekeyPlanner.h"
#include "rekey/RekeyRequest.h"

#include <optional>

class QPushButton;

namespace symbolon::ui {

class RekeyDevicesDialog;

// A targeted or rotation re-key as the responder runs it: Select (devices, key kinds) → Blast
// radius (counts and every refusal with its reason) → Justification (PMA instruction when the
// radius needs it, reason) → Confirm and create the plan → Quorum (the custodians' cards) → Run
// (progress, rate, ETA, failures, stop after the chunk) → Results (record, failures, export the
// instruction batch and the packaged keys). Built on CeremonyWizard: the same quorum page, the
// same session handling and the same RekeyEngine run as every other ceremony. Everything that
// touches the token or the database runs off the GUI thread.
class RekeyWizard : public CeremonyWizard {
    Q_OBJECT

public:
    // The ceremony pages kept from CeremonyWizard: QuorumPage, RunPage, ResultPage (replaced).
    enum RekeyPageId { SelectPage = 10, RadiusPage, JustificationPage, ConfirmPage };

    explicit RekeyWizard(workspace::Workspace& ws, QWidget* parent = nullptr);

    // Preselects an explicit device list (the Key States or Devices view's "Re-key this device").
    void preselectDevices(const QStringList& deviceIds, const QString& source);
    const QStringList& preselectedDevices() const { return m_preselected; }
    QString preselectedSource() const { return m_preselectedSource; }

    // What the pages have gathered so far.
    rekey::RekeyRequest& request() { return m_request; }

    // Blast radius (RadiusPage): the preview without a PMA instruction and the one with it.
    struct Radius {
        rekey::RekeyPlanner::Preview withInstruction; // what the re-key would touch, given one
        qint64 needInstruction = 0;                   // devices refused only for want of one
    };
    void setRadius(std::optional<Radius> r) { m_radius = std::move(r); }
    const std::optional<Radius>& radius() const { return m_radius; }

    // The created plan (ConfirmPage), and the quorum session opened for it.
    void setRun(const rekey::RekeyRun& run);
    const std::optional<rekey::RekeyRun>& run() const { return m_run; }

    // Resume mode (call before showing): a planned, running or stopped run's pending devices, under
    // a new quorum approval; starts at the confirmation page.
    void resumeRun(qint64 runId);
    qint64 resumeRunId() const { return m_resumeRun; }

    // The devices the approvers approve (issue #17, item 6): the stored run's once planned (or
    // resumed), else the preview's. Non-modal; nullptr before there is either.
    RekeyDevicesDialog* showDevices();
    qint64 approvalDeviceCount() const;
    // "Show devices (N)…" on the quorum page, where the custodians approve.
    QPushButton* quorumDevicesButton() const { return m_quorumDevices; }

    void done(int result) override;
    void setBusy(bool busy) { m_busy = busy; }
    bool isBusy() const { return m_busy; }

private:
    QStringList m_preselected;
    QString m_preselectedSource;
    rekey::RekeyRequest m_request;
    std::optional<Radius> m_radius;
    std::optional<rekey::RekeyRun> m_run;
    bool m_busy = false;
    qint64 m_resumeRun = 0;
    QPushButton* m_quorumDevices = nullptr;
};

} // namespace symbolon::ui
