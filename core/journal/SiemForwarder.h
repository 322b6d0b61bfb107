#pragma once

#include "common/Result.h"
#include "journal/RelpClient.h"
#include "journal/SiemStatus.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

#include <functional>
#include <memory>

class QThread;

namespace symbolon::store {
class Database;
}

namespace symbolon::journal {

class ForwardingQueueStore;
class RelpClient;

// Forwards the journal to the site SIEM: each entry as an RFC 5424 message (SyslogMessage) over
// RELP (librelp) to one collector, in seq order, from the high-water mark kept in the database
// (ForwardingQueueStore). Runs on its own QThread with its own database connection.
//
// What librelp tells us, and what this relies on (librelp 1.11, checked against rsyslogd 8.2302
// with imrelp; tests/interop/test_siem_relp.cpp repeats the checks):
//  - No per-message acknowledgement reaches the caller. relpCltSendSyslog returns once the frame
//    is written, and it writes only when fewer than W frames are unanswered (W = window size).
//    With the collector frozen (SIGSTOP), exactly W sends return and send W+1 fails after the
//    timeout. A window of 1 is silently ignored (relpSessSetWindowSize keeps the default 128:
//    128 sends returned), so W >= 2.
//  - A "500" error answer frees a window slot just like "200 OK"; librelp only reports it
//    through the onErr callback (RelpClient counts those).
//  - relpEngineCltDestruct sends "close" and waits for its answer; a missing answer or an error
//    is again reported only through onErr. On a session it already knows to be broken it sends
//    nothing and reports nothing (checked: returns at once, no callback).
//  - A librelp server (rsyslog's imrelp) handles a session's frames one after the other and
//    answers them in order. imrelp answers once the message is in rsyslog's main queue (with a
//    Direct main queue, as in the tests, once the action has written it).
//  - Pitfalls: librelp 1.11 calls the engine's dbgprint unconditionally (NULL by default: set
//    one), has no C++ guards in librelp.h, and sends with flags 0, so a vanished collector
//    raises SIGPIPE (RelpClient blocks it around librelp calls).
// Hence the rule: after the send of the k-th message of a session returns, with no error
// reported so far in that session, messages 1 … k-W of the session were answered "200 OK"; after
// a close handshake with no error in the whole session, all were. Only those are credited to
// acked_seq. A failed session credits nothing more; the next one starts again at acked_seq + 1.
// So after an outage at most W messages are sent twice (those answered but not yet proven, or
// received but never answered); after a crash, also those credited in memory but not yet
// written to the database (at most persistEvery). Each message carries its seq and hash, so
// the SIEM can drop duplicates. Nothing is lost: an entry leaves the queue only when proven
// acknowledged.
//
// Before each session the entry at acked_seq must still have the hash it had when it was
// acknowledged (ForwardingQueueStore::checkAnchor): a rewritten journal stops the forwarder with
// an error naming the entry and both hashes, and is not retried.
//
// When the queue is empty the session is closed (after lingerMs) to prove the tail, and a new
// one is opened for the next entries. An unreachable collector is retried with exponential
// backoff (backoffMinMs … backoffMaxMs).
struct SiemConfig {
    RelpOptions relp;
    QString hostname;    // HOSTNAME of the messages; empty: this machine's name
    int batchSize = 256; // entries read from the database at a time
    int lingerMs = 500;  // keep an idle session open this long before the proving close
    int pollMs = 250;    // how often an idle forwarder looks for new journal entries
    int backoffMinMs = 250;
    int backoffMaxMs = 30000;
    int persistEvery = 64;       // write acked_seq at least every this many credited entries
    int persistIntervalMs = 250; // … or this often while sending
    int stopGraceMs = 3000;      // stop(): wait this long for the proving close, then abandon it

    QString collectorName() const; // "host:port": the key of the forwarding queue
};

class SiemForwarder : public QObject {
    Q_OBJECT
public:
    using ConnectionFactory = std::function<Result<std::unique_ptr<store::Database>>()>;

    // openConnection is called on the forwarder's thread (e.g. Workspace::openConnection(false));
    // whatever it uses must outlive the forwarder.
    SiemForwarder(ConnectionFactory openConnection, SiemConfig config, QObject* parent = nullptr);
    ~SiemForwarder() override; // stops

    // Runs until stop() on a QThread of its own.
    void start();
    // Finishes the message in flight, closes the session to prove what it can, and returns.
    void stop();
    bool isRunning() const;

    // On the caller's thread: sends every entry queued now and returns when the collector has
    // acknowledged them all (the acked seq), retrying an unreachable collector until the
    // deadline. Not while start()ed.
    [[nodiscard]] Result<qint64> drain(QDeadlineTimer deadline);

    SiemStatus status() const;
    const SiemConfig& config() const { return m_config; }

Q_SIGNALS:
    // Emitted from the forwarder's thread (queued to receivers elsewhere).
    void statusChanged(const symbolon::journal::SiemStatus& status);

private:
    Result<qint64> run(bool once, QDeadlineTimer deadline);
    Status pump(RelpClient& client, ForwardingQueueStore& queue, bool once, qint64& acked);
    void publish(SiemStatus::State state, qint64 acked, qint64 head);
    void noteError(const QString& message);
    void clearError();
    bool stopRequested() const;
    void sleepFor(int ms); // wakes early on stop()

    ConnectionFactory m_openConnection;
    SiemConfig m_config;
    QString m_hostname;
    QThread* m_thread = nullptr;
    int m_stopNow = 0;            // librelp's immediate-shutdown flag (std::atomic_ref)
    bool m_stopRequested = false; // guarded by m_mutex
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    SiemStatus m_status;
    QString m_lastPublishedError;
};

} // namespace symbolon::journal
