#include "cli/Areas.h"

#include "journal/ForwardingQueueStore.h"
#include "journal/SiemForwarder.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

#include <csignal>

namespace symbolon::cli {

namespace {
volatile std::sig_atomic_t g_stopSignal = 0;
void onStopSignal(int) {
    g_stopSignal = 1;
}

void addOptions(QCommandLineParser& p) {
    p.addOption({QStringLiteral("collector"),
                 QStringLiteral("siem: the RELP collector (e.g. rsyslog imrelp)."),
                 QStringLiteral("HOST:PORT")});
    p.addOption({QStringLiteral("once"),
                 QStringLiteral("siem forward: send everything queued, exit 0 once the collector has "
                                "acknowledged it all.")});
    p.addOption({QStringLiteral("timeout"),
                 QStringLiteral("siem forward --once: give up after this many seconds (default 60)."),
                 QStringLiteral("SECONDS")});
    p.addOption({QStringLiteral("window"),
                 QStringLiteral("siem forward: RELP window, at least 2 (default 4)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("tls"), QStringLiteral("siem forward: RELP over TLS (untested).")});
    p.addOption({QStringLiteral("tls-ca"), QStringLiteral("siem forward --tls: CA certificate file."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("tls-cert"), QStringLiteral("siem forward --tls: client certificate file."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("tls-key"), QStringLiteral("siem forward --tls: client private key file."),
                 QStringLiteral("FILE")});
}

// HOST:PORT into the config; false (with the usage printed) when malformed.
bool parseCollector(CliContext& ctx, journal::SiemConfig& config) {
    const QString value = ctx.parser.value(QStringLiteral("collector"));
    const int colon = value.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? value.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || port == 0 || port > 65535) {
        (void)ctx.usage(
            QStringLiteral("--collector HOST:PORT is required (e.g. --collector siem.example:2514)."));
        return false;
    }
    config.relp.host = value.left(colon);
    config.relp.port = static_cast<quint16>(port);
    return true;
}

void printStatus(QTextStream& out, const journal::SiemStatus& s) {
    out << "siem " << s.collector << ": " << journal::siemStateName(s.state) << ", acknowledged up to #"
        << s.ackedSeq << ", newest #" << s.headSeq << ", queued " << s.queued;
    if (!s.lastError.isEmpty())
        out << "; last error: " << s.lastError;
    out << Qt::endl;
}

int forward(CliContext& ctx) {
    journal::SiemConfig config;
    if (!parseCollector(ctx, config))
        return ExitUsage;
    if (ctx.parser.isSet(QStringLiteral("window")))
        config.relp.windowSize = qMax(2, ctx.parser.value(QStringLiteral("window")).toInt());
    config.relp.tls = ctx.parser.isSet(QStringLiteral("tls"));
    config.relp.caCertFile = ctx.parser.value(QStringLiteral("tls-ca"));
    config.relp.ownCertFile = ctx.parser.value(QStringLiteral("tls-cert"));
    config.relp.privateKeyFile = ctx.parser.value(QStringLiteral("tls-key"));
    if (const QString b = qEnvironmentVariable("SYMBOLON_SIEM_BACKOFF_MAX_MS"); !b.isEmpty())
        config.backoffMaxMs = qMax(1, b.toInt()); // tests: retry quickly

    auto ws = ctx.openWorkspace();
    if (!ws)
        return ctx.failWith(ws.error());
    workspace::Workspace* w = ws->get();
    // The collector anchors the journal (issue #15): an acknowledged entry whose hash changed
    // stops forwarding before anything is sent, and is journaled (while the workspace takes
    // entries) for whoever opens it next. The forwarder checks again at every poll.
    {
        journal::ForwardingQueueStore queue(w->db(), config.collectorName());
        Status anchored = queue.ensureSchema();
        if (anchored)
            anchored = queue.checkAnchor();
        if (!anchored) {
            if (anchored.error().code == ErrorCode::Crypto && w->health().ok())
                (void)w->record(QStringLiteral("siem.anchor_mismatch"), config.collectorName(),
                                QJsonObject{{QStringLiteral("problem"), anchored.error().message}});
            return ctx.failWith(anchored.error());
        }
    }
    journal::SiemForwarder forwarder([w] { return w->openConnection(false); }, config);

    if (ctx.parser.isSet(QStringLiteral("once"))) {
        const int seconds = ctx.parser.isSet(QStringLiteral("timeout"))
                                ? ctx.parser.value(QStringLiteral("timeout")).toInt()
                                : 60;
        auto acked = forwarder.drain(QDeadlineTimer(qint64(qMax(1, seconds)) * 1000));
        if (!acked)
            return ctx.failWith(acked.error());
        ctx.out << "siem " << config.collectorName() << ": every journal entry up to #" << *acked
                << " is acknowledged by the collector." << Qt::endl;
        return ExitOk;
    }

    // Until SIGINT/SIGTERM: then a graceful stop (the proving close), so the tail is not re-sent.
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    // The forwarder stops by itself only on what it must not retry (a changed anchor, a database
    // error): then this command fails too.
    QObject::connect(&forwarder, &journal::SiemForwarder::statusChanged, &forwarder,
                     [&ctx](const journal::SiemStatus& s) {
                         printStatus(ctx.out, s);
                         if (s.state == journal::SiemStatus::State::Stopped && !s.lastError.isEmpty())
                             QCoreApplication::exit(ExitFailed);
                     });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [] {
        if (g_stopSignal)
            QCoreApplication::quit();
    });
    poll.start(100);
    forwarder.start();
    const int code = QCoreApplication::exec();
    forwarder.stop();
    const journal::SiemStatus last = forwarder.status();
    printStatus(ctx.out, last);
    if (code != ExitOk) {
        ctx.err << "symbolon-cli: siem forward stopped: " << last.lastError << Qt::endl;
        return ExitFailed;
    }
    return ExitOk;
}

int status(CliContext& ctx) {
    auto ws = ctx.openWorkspace();
    if (!ws)
        return ctx.failWith(ws.error());
    auto& db = (*ws)->db();
    journal::ForwardingQueueStore probe(db, QString());
    if (auto s = probe.ensureSchema(); !s)
        return ctx.failWith(s.error());
    auto head = probe.headSeq();
    if (!head)
        return ctx.failWith(head.error());
    QVector<journal::ForwardingQueueStore::Row> rows;
    if (ctx.parser.isSet(QStringLiteral("collector"))) {
        journal::SiemConfig config;
        if (!parseCollector(ctx, config))
            return ExitUsage;
        journal::ForwardingQueueStore q(db, config.collectorName());
        auto acked = q.ackedSeq();
        if (!acked)
            return ctx.failWith(acked.error());
        rows.push_back({config.collectorName(), *acked});
    } else {
        auto all = journal::ForwardingQueueStore::all(db);
        if (!all)
            return ctx.failWith(all.error());
        rows = *all;
    }
    if (rows.isEmpty())
        ctx.out << "No SIEM collector has received this journal yet (newest entry #" << *head << ")."
                << Qt::endl;
    for (const auto& r : rows)
        ctx.out << "siem " << r.collector << ": acknowledged up to #" << r.ackedSeq << ", newest #" << *head
                << ", queued " << qMax<qint64>(0, *head - r.ackedSeq) << Qt::endl;
    return ExitOk;
}

int run(CliContext& ctx) {
    if (!ctx.requireWorkspace())
        return ExitUsage;
    if (ctx.args == QStringList{QStringLiteral("forward")})
        return forward(ctx);
    if (ctx.args == QStringList{QStringLiteral("status")})
        return status(ctx);
    return ctx.usage(QStringLiteral("siem commands: forward, status"));
}
} // namespace

const CliArea kSiemArea{
    "siem",
    "  siem forward --collector H:P  send the journal to the SIEM over RELP (--once: until "
    "all acknowledged)\n"
    "  siem status [--collector H:P] what each collector has acknowledged, what is queued\n",
    addOptions, run};

} // namespace symbolon::cli
