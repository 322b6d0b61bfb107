#include "journal/SiemForwarder.h"

#include "journal/ForwardingQueueStore.h"
#include "journal/SyslogMessage.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutexLocker>
#include <QSysInfo>
#include <QThread>

#include <atomic>
#include <deque>

namespace symbolon::journal {

QString SiemConfig::collectorName() const {
    return QStringLiteral("%1:%2").arg(relp.host).arg(relp.port);
}

SiemForwarder::SiemForwarder(ConnectionFactory openConnection, SiemConfig config, QObject* parent)
    : QObject(parent), m_openConnection(std::move(openConnection)), m_config(std::move(config)) {
    m_hostname = m_config.hostname.isEmpty() ? QSysInfo::machineHostName() : m_config.hostname;
    m_status.collector = m_config.collectorName();
}

SiemForwarder::~SiemForwarder() {
    stop();
}

bool SiemForwarder::isRunning() const {
    return m_thread && m_thread->isRunning();
}

void SiemForwarder::start() {
    if (isRunning())
        return;
    delete m_thread;
    {
        QMutexLocker lock(&m_mutex);
        m_stopRequested = false;
    }
    std::atomic_ref<int>(m_stopNow).store(0);
    m_thread = QThread::create([this] {
        if (auto r = run(false, QDeadlineTimer(QDeadlineTimer::Forever)); !r)
            noteError(r.error().message);
        SiemStatus s = status();
        publish(SiemStatus::State::Stopped, s.ackedSeq, s.headSeq);
    });
    m_thread->setObjectName(QStringLiteral("siem-forwarder"));
    m_thread->start();
}

void SiemForwarder::stop() {
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopRequested = true;
        m_wake.wakeAll();
    }
    if (!m_thread->wait(qMax(0, m_config.stopGraceMs))) {
        // The collector is not answering the close: give up on proving the tail (it stays queued).
        std::atomic_ref<int>(m_stopNow).store(1);
        m_thread->wait();
    }
    delete m_thread;
    m_thread = nullptr;
}

bool SiemForwarder::stopRequested() const {
    QMutexLocker lock(&m_mutex);
    return m_stopRequested;
}

void SiemForwarder::sleepFor(int ms) {
    QMutexLocker lock(&m_mutex);
    if (!m_stopRequested && ms > 0)
        m_wake.wait(&m_mutex, QDeadlineTimer(ms));
}

SiemStatus SiemForwarder::status() const {
    QMutexLocker lock(&m_mutex);
    return m_status;
}

void SiemForwarder::publish(SiemStatus::State state, qint64 acked, qint64 head) {
    SiemStatus s;
    {
        QMutexLocker lock(&m_mutex);
        if (m_status.state == state && m_status.ackedSeq == acked && m_status.headSeq == qMax(head, acked) &&
            m_status.lastError == m_lastPublishedError)
            return;
        m_lastPublishedError = m_status.lastError;
        m_status.state = state;
        m_status.ackedSeq = acked;
        m_status.headSeq = qMax(head, acked);
        m_status.queued = m_status.headSeq - acked;
        s = m_status;
    }
    Q_EMIT statusChanged(s);
}

void SiemForwarder::noteError(const QString& message) {
    QMutexLocker lock(&m_mutex);
    m_status.lastError = message;
    m_status.lastErrorTime = QDateTime::currentDateTimeUtc();
}

void SiemForwarder::clearError() {
    QMutexLocker lock(&m_mutex);
    m_status.lastError.clear();
}

Result<qint64> SiemForwarder::drain(QDeadlineTimer deadline) {
    if (isRunning())
        return fail(ErrorCode::Internal, tr("The SIEM forwarder is already running."));
    {
        QMutexLocker lock(&m_mutex);
        m_stopRequested = false;
    }
    return run(true, deadline);
}

Result<qint64> SiemForwarder::run(bool once, QDeadlineTimer deadline) {
    auto db = m_openConnection();
    if (!db)
        return db.error();
    ForwardingQueueStore queue(**db, m_config.collectorName());
    if (auto s = queue.ensureSchema(); !s)
        return s.error();
    auto ackedR = queue.ackedSeq();
    if (!ackedR)
        return ackedR.error();
    qint64 acked = *ackedR;
    int backoff = qMax(1, m_config.backoffMinMs);

    while (!stopRequested()) {
        // The collector's copy anchors the journal: what it acknowledged must not have changed
        // (checked at every poll, so a rewrite while running is found too). Not retried.
        if (auto anchored = queue.checkAnchor(); !anchored)
            return anchored.error();
        auto head = queue.headSeq();
        if (!head)
            return head.error();
        if (*head <= acked) {
            publish(SiemStatus::State::Idle, acked, *head);
            if (once)
                return acked;
            sleepFor(m_config.pollMs);
            continue;
        }
        if (once && deadline.hasExpired())
            break;
        publish(SiemStatus::State::Connecting, acked, *head);
        RelpClient client(&m_stopNow);
        Status s = client.connect(m_config.relp);
        if (s) {
            publish(SiemStatus::State::Sending, acked, *head);
            s = pump(client, queue, once, acked);
        }
        if (s) {
            backoff = qMax(1, m_config.backoffMinMs);
            clearError();
            continue;
        }
        noteError(s.error().message);
        if (stopRequested())
            break;
        publish(SiemStatus::State::Waiting, acked, *head);
        int wait = backoff;
        if (once && !deadline.isForever()) {
            const qint64 left = deadline.remainingTime();
            if (left <= 0)
                break;
            wait = static_cast<int>(qMin<qint64>(backoff, left));
        }
        sleepFor(wait);
        backoff = qMin(backoff * 2, qMax(1, m_config.backoffMaxMs));
    }
    if (once) {
        auto head = queue.headSeq();
        const qint64 left = head ? *head - acked : -1;
        const QString why = status().lastError;
        return fail(ErrorCode::Io,
                    tr("The SIEM collector %1 did not acknowledge every journal entry in time: %2 remain "
                       "queued and will be sent on the next run.%3")
                        .arg(m_config.collectorName())
                        .arg(left)
                        .arg(why.isEmpty() ? QString() : QStringLiteral(" ") + why));
    }
    return acked;
}

Status SiemForwarder::pump(RelpClient& client, ForwardingQueueStore& queue, bool once, qint64& acked) {
    const int window = qMax(2, m_config.relp.windowSize);
    const qint64 pid = QCoreApplication::applicationPid();
    // Sent in this session, not yet proven acknowledged: seq and the hash it was sent with.
    std::deque<std::pair<qint64, QByteArray>> unproven;
    qint64 sent = acked;
    qint64 persisted = acked;
    QByteArray ackedHash;
    QElapsedTimer sincePersist, sincePublish, idle;
    sincePersist.start();
    sincePublish.start();
    qint64 head = sent;

    const auto persist = [&]() -> Status {
        if (acked == persisted)
            return {};
        if (auto s = queue.advanceAckedSeq(acked, ackedHash); !s)
            return s;
        persisted = acked;
        sincePersist.restart();
        return {};
    };

    while (!stopRequested()) {
        auto batch = queue.pending(sent, qMax(1, m_config.batchSize));
        if (!batch)
            return batch.error();
        if (batch->isEmpty()) {
            if (once)
                break;
            if (!idle.isValid())
                idle.start();
            if (idle.elapsed() >= m_config.lingerMs)
                break;
            if (auto s = persist(); !s)
                return s;
            publish(SiemStatus::State::Sending, acked, sent);
            sleepFor(qMin(50, m_config.lingerMs));
            continue;
        }
        idle.invalidate();
        head = batch->last().seq;
        for (const JournalEntry& e : *batch) {
            if (stopRequested())
                break;
            if (auto s = client.send(SyslogMessage::format(e, m_hostname, pid)); !s) {
                (void)persist();
                return s;
            }
            if (client.errorCount() != 0) {
                (void)persist();
                return fail(ErrorCode::Io, tr("The SIEM collector %1 reported an error: %2. Unproven "
                                              "entries stay queued and are sent again.")
                                               .arg(client.endpoint(), client.lastError()));
            }
            sent = e.seq;
            unproven.emplace_back(e.seq, e.hash);
            // The send of message k returned: messages up to k-W of this session are answered.
            while (static_cast<int>(unproven.size()) > window) {
                acked = unproven.front().first;
                ackedHash = unproven.front().second;
                unproven.pop_front();
            }
            if (acked - persisted >= m_config.persistEvery ||
                sincePersist.elapsed() >= m_config.persistIntervalMs) {
                if (auto s = persist(); !s)
                    return s;
            }
            if (sincePublish.elapsed() >= 100) {
                auto h = queue.headSeq();
                publish(SiemStatus::State::Sending, acked, h ? *h : head);
                sincePublish.restart();
            }
        }
    }
    // The proving close: an answered close, with no error in the session, covers every frame.
    Status closed = client.close();
    if (closed && !unproven.empty()) {
        acked = unproven.back().first;
        ackedHash = unproven.back().second;
    }
    if (auto s = persist(); !s)
        return s;
    auto h = queue.headSeq();
    publish(closed ? SiemStatus::State::Idle : SiemStatus::State::Waiting, acked, h ? *h : head);
    return closed;
}

} // namespace symbolon::journal
