#pragma once

#include "journal/SiemStatus.h"

#include <QLabel>

#include <memory>

namespace symbolon::journal {
class SiemForwarder;
}
namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

class AppSettings;

// The status bar's SIEM field, and the console's forwarder: while a workspace is open and
// Settings name a collector, every journal entry goes to it over RELP (journal::SiemForwarder, on
// its own thread and database connection) and this label says how far the collector has
// acknowledged, how many wait, and why it is unreachable. Settings saved: reconfigure().
class SiemStatusIndicator : public QLabel {
    Q_OBJECT

public:
    SiemStatusIndicator(workspace::Workspace& ws, QWidget* parent = nullptr);
    ~SiemStatusIndicator() override; // stops the forwarder (it uses the workspace)

    // (Re)starts the forwarder for the collector Settings name, or stops it when none; RELP off
    // forwards nothing (plain syslog cannot prove delivery) and says so.
    void reconfigure(const AppSettings& settings);
    void stop();
    bool isForwarding() const { return m_forwarder != nullptr; }
    const journal::SiemStatus& status() const { return m_status; }

Q_SIGNALS:
    void shown(const symbolon::journal::SiemStatus& status); // after the label changed

private:
    void showStatus(const journal::SiemStatus& status);
    void showText(const QString& text, const QString& toolTip);

    workspace::Workspace& m_ws;
    std::unique_ptr<journal::SiemForwarder> m_forwarder;
    journal::SiemStatus m_status;
};

} // namespace symbolon::ui
