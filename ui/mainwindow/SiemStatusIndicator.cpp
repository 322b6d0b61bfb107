#include "mainwindow/SiemStatusIndicator.h"

#include "common/StatusColor.h"
#include "journal/SiemForwarder.h"
#include "settings/AppSettings.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

namespace symbolon::ui {

SiemStatusIndicator::SiemStatusIndicator(workspace::Workspace& ws, QWidget* parent)
    : QLabel(parent), m_ws(ws) {
    setObjectName(QStringLiteral("statusSiem"));
    setContentsMargins(6, 0, 6, 0);
    showText(tr("SIEM: off"), tr("No syslog collector is set: the journal is not forwarded (Settings)."));
}

SiemStatusIndicator::~SiemStatusIndicator() {
    stop();
}

void SiemStatusIndicator::stop() {
    if (!m_forwarder)
        return;
    m_forwarder->stop();
    m_forwarder.reset();
}

void SiemStatusIndicator::reconfigure(const AppSettings& settings) {
    stop();
    m_status = {};
    const QString host = settings.syslogHost();
    if (host.isEmpty()) {
        showText(tr("SIEM: off"), tr("No syslog collector is set: the journal is not forwarded (Settings)."));
        return;
    }
    const QString collector = QStringLiteral("%1:%2").arg(host).arg(settings.syslogPort());
    if (!settings.syslogRelp()) {
        showText(tr("SIEM: not forwarding"),
                 tr("RELP is off in Settings: plain syslog cannot prove that %1 received an entry, so "
                    "Symbolon forwards only over RELP.")
                     .arg(collector));
        return;
    }
    journal::SiemConfig config;
    config.relp.host = host;
    config.relp.port = static_cast<quint16>(settings.syslogPort());
    config.relp.tls = settings.syslogTls();
    if (const QString b = qEnvironmentVariable("SYMBOLON_SIEM_BACKOFF_MAX_MS"); !b.isEmpty())
        config.backoffMaxMs = qMax(1, b.toInt()); // tests: retry quickly
    workspace::Workspace* ws = &m_ws;
    m_forwarder =
        std::make_unique<journal::SiemForwarder>([ws] { return ws->openConnection(false); }, config);
    connect(m_forwarder.get(), &journal::SiemForwarder::statusChanged, this,
            &SiemStatusIndicator::showStatus);
    showText(tr("SIEM: connecting to %1").arg(collector),
             tr("Forwarding the journal to %1 over RELP.").arg(collector));
    m_forwarder->start();
}

void SiemStatusIndicator::showStatus(const journal::SiemStatus& s) {
    if (!m_forwarder)
        return; // a late status from a forwarder already stopped
    m_status = s;
    QString text;
    switch (s.state) {
    case journal::SiemStatus::State::Idle:
        text = tr("SIEM: up to date (#%1)").arg(s.ackedSeq);
        break;
    case journal::SiemStatus::State::Connecting:
        text = tr("SIEM: connecting to %1").arg(s.collector);
        break;
    case journal::SiemStatus::State::Sending:
        text = tr("SIEM: sending, %n waiting", nullptr, int(qMin<qint64>(s.queued, INT_MAX)));
        break;
    case journal::SiemStatus::State::Waiting:
        text = tr("SIEM: %1 unreachable, %n waiting", nullptr, int(qMin<qint64>(s.queued, INT_MAX)))
                   .arg(s.collector);
        break;
    case journal::SiemStatus::State::Stopped:
        // The forwarder stops by itself only on what it must not retry, such as an acknowledged
        // entry whose hash changed (the journal was rewritten): said in red, the cause in the tip.
        text = s.lastError.isEmpty() ? tr("SIEM: stopped") : tr("SIEM: STOPPED on an error");
        break;
    }
    QPalette pal = parentWidget() ? parentWidget()->palette() : QPalette();
    if (s.state == journal::SiemStatus::State::Stopped && !s.lastError.isEmpty())
        pal.setColor(QPalette::WindowText, statusColor(StatusTone::Error, pal));
    setPalette(pal);
    QString tip = tr("Collector %1 (RELP): every entry up to #%2 acknowledged; newest #%3.")
                      .arg(s.collector)
                      .arg(s.ackedSeq)
                      .arg(s.headSeq);
    if (!s.lastError.isEmpty())
        tip += QLatin1Char('\n') +
               tr("Last error (%1): %2")
                   .arg(QLocale().toString(s.lastErrorTime.toLocalTime(), QLocale::ShortFormat), s.lastError);
    showText(text, tip);
}

void SiemStatusIndicator::showText(const QString& text, const QString& toolTip) {
    setText(text);
    setToolTip(toolTip);
    setAccessibleName(text);
    setAccessibleDescription(toolTip);
    Q_EMIT shown(m_status);
}

} // namespace symbolon::ui
