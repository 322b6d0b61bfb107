#include "journal/JournalVerifier.h"

#include "hsm/EcKeyPair.h"
#include "journal/JournalSigner.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace symbolon::journal {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::journal", s);
}

bool sameCheckpoint(const Checkpoint& a, const Checkpoint& b) {
    return a.seq == b.seq && a.hash == b.hash && a.signature == b.signature &&
           a.keyFingerprint == b.keyFingerprint;
}

// Entries travel in batches: the reader fills one, a worker hashes it (decoding its records first),
// and the checks take it in seq order.
constexpr int kBatchSize = 1024;

struct Slot {
    JournalVerifier::Input::Record record; // nextRecord's, before decode
    JournalEntry entry;
    std::optional<Error> decodeError; // decode's failure, reported at this place in the sequence
    bool hashOk = false;              // the entry's hash is SHA-256 of its prev_hash and content
};

struct Batch {
    std::vector<Slot> slots = std::vector<Slot>(kBatchSize);
    int count = 0;
    std::optional<Error> readError; // the reader failed after slots[count - 1]
    bool done = false;              // hashed; guarded by HashPool's mutex
};

// A worker's part, which needs nothing but the batch: decode (decode is thread-safe), then hash.
void hashBatch(const JournalVerifier::Input& in, bool records, Batch& b) {
    for (int i = 0; i < b.count; ++i) {
        Slot& s = b.slots[std::size_t(i)];
        if (records) {
            auto decoded = in.decode(s.record);
            if (!decoded) {
                s.decodeError = decoded.error();
                continue;
            }
            s.decodeError.reset();
            s.entry = std::move(*decoded);
        }
        s.hashOk = s.entry.computeHash() == s.entry.hash;
    }
}

// Worker threads that hash batches in the order they are submitted. The thread waiting for a batch
// hashes queued ones meanwhile, so with no worker at all (one thread) it does everything itself.
class HashPool {
public:
    HashPool(int workers, std::function<void(Batch&)> hash) : m_workers(workers), m_hash(std::move(hash)) {}
    ~HashPool() {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_queue.clear();
        }
        m_queued.notify_all();
        for (std::thread& t : m_threads)
            t.join(); // a batch being hashed is finished first: its memory outlives the pool
    }
    HashPool(const HashPool&) = delete;
    HashPool& operator=(const HashPool&) = delete;

    void submit(Batch* b) {
        // The workers start with the second batch: a journal of one batch (a new workspace, most
        // tests) is hashed on the calling thread, where starting threads would cost more than it saves.
        if (++m_submitted == 2)
            start();
        {
            std::lock_guard lock(m_mutex);
            b->done = false;
            m_queue.push_back(b);
        }
        m_queued.notify_one();
    }
    bool isDone(const Batch* b) {
        std::lock_guard lock(m_mutex);
        return b->done;
    }
    // Returns once b is hashed, hashing queued batches (oldest first) on this thread meanwhile.
    void finish(Batch* b) {
        std::unique_lock lock(m_mutex);
        while (!b->done) {
            if (m_queue.empty()) {
                m_done.wait(lock);
                continue;
            }
            hashOldest(lock);
        }
    }

private:
    void start() {
        try {
            for (int i = 0; i < m_workers; ++i)
                m_threads.emplace_back([this] { run(); });
        } catch (const std::system_error&) {
            // Fewer threads than asked for (finish() hashes on the caller's thread): slower, not wrong.
        }
    }
    void run() {
        std::unique_lock lock(m_mutex);
        while (true) {
            m_queued.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop)
                return;
            hashOldest(lock);
            m_done.notify_all();
        }
    }
    // Takes the oldest queued batch and hashes it without the lock (held on entry and return).
    void hashOldest(std::unique_lock<std::mutex>& lock) {
        Batch* next = m_queue.front();
        m_queue.pop_front();
        lock.unlock();
        m_hash(*next);
        lock.lock();
        next->done = true;
    }

    const int m_workers;
    int m_submitted = 0;
    std::function<void(Batch&)> m_hash;
    std::mutex m_mutex;
    std::condition_variable m_queued; // a batch was submitted, or stop
    std::condition_variable m_done;   // a worker finished a batch
    std::deque<Batch*> m_queue;       // submitted, not yet taken
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

// The checks that need the entries in order: sequence, links, cards, checkpoints. The hash itself
// was compared on a worker (Slot::hashOk); the problems, and which is named first, are those of
// checking one entry after another.
class ChainChecks {
public:
    ChainChecks(const JournalVerifier::Input& in, VerificationReport& r,
                const std::multimap<qint64, Checkpoint>& bySeq, const QHash<QString, qint64>& coveredUntil)
        : m_in(in), m_r(r), m_bySeq(bySeq), m_coveredUntil(coveredUntil), m_prev(in.firstPrevHash),
          // With no checkpoint at all, the one problem to name is that (verify does), not every
          // entry's card.
          m_requireCards(in.requireCardSignatures && !bySeq.empty()) {
        for (const auto& [seq, c] : bySeq)
            m_newestCheckpoint = std::max(m_newestCheckpoint, seq);
    }

    // false: r names the first problem.
    bool checkBatch(const Batch& b) {
        for (int i = 0; i < b.count; ++i) {
            const Slot& s = b.slots[std::size_t(i)];
            if (s.decodeError)
                return failAt(m_expected, s.decodeError->message);
            if (m_in.onEntry)
                m_in.onEntry(s.entry);
            if (!check(s.entry, s.hashOk))
                return false;
        }
        if (b.readError)
            return failAt(m_expected, b.readError->message);
        return true;
    }

private:
    bool failAt(qint64 seq, const QString& why) {
        m_r.firstBadSeq = seq;
        m_r.problem = why;
        return false;
    }

    bool check(const JournalEntry& e, bool hashOk) {
        if (m_expected == 0) {
            m_expected = e.seq;
            m_r.firstSeq = e.seq;
            if (m_in.firstPrevHash == QByteArray(32, '\0') && e.seq != 1)
                return failAt(
                    1, journal::tr("the journal does not start at entry #1 (it starts at #%1)").arg(e.seq));
        }
        if (e.seq != m_expected)
            return failAt(m_expected,
                          e.seq > m_expected
                              ? journal::tr("the entry is missing (the next one found is #%1)").arg(e.seq)
                              : journal::tr("entries are out of order (found #%1 here)").arg(e.seq));
        if (e.prevHash != m_prev)
            return failAt(e.seq, journal::tr("it does not link to the entry before it (prev_hash differs)"));
        if (!hashOk)
            return failAt(e.seq, journal::tr("its content was altered: the hash does not match"));
        if (m_requireCards && e.role != m_system) {
            if (e.actor != m_lastActor) {
                m_lastActor = e.actor;
                m_lastCovered = m_coveredUntil.value(e.actor, -1);
            }
            if (m_lastCovered < e.seq && e.actor == m_in.awaitingActor) {
                if (m_r.awaiting++ == 0)
                    m_r.awaitingFrom = e.seq;
                m_r.awaitingTo = e.seq;
            } else if (m_lastCovered < e.seq && e.seq > m_newestCheckpoint)
                return failAt(
                    e.seq, journal::tr("it names %1, but no checkpoint covers it yet: a process of theirs "
                                       "stopped before signing (their card co-signs it when they next open "
                                       "the workspace), or someone else wrote it in their name")
                               .arg(e.actor));
            else if (m_lastCovered < e.seq)
                return failAt(
                    e.seq,
                    m_lastCovered < 0
                        ? journal::tr("it names %1, but no checkpoint is co-signed by that person's card: it "
                                      "was written or changed without their card")
                              .arg(e.actor)
                        : journal::tr("it names %1, but that person's card co-signed the journal only up to "
                                      "#%2: it was written or changed without their card")
                              .arg(e.actor)
                              .arg(m_lastCovered));
        }
        for (auto [it, end] = m_bySeq.equal_range(e.seq); it != end; ++it)
            if (it->second.hash != e.hash)
                return failAt(e.seq, journal::tr("it differs from the version signed in the checkpoint of %1")
                                         .arg(it->second.time.toUTC().toString(Qt::ISODate)));
        m_prev = e.hash;
        m_r.lastSeq = e.seq;
        ++m_r.entries;
        ++m_expected;
        if (m_in.progress && (m_r.entries & 0xFFFF) == 0)
            m_in.progress(e.seq);
        return true;
    }

    const JournalVerifier::Input& m_in;
    VerificationReport& m_r;
    const std::multimap<qint64, Checkpoint>& m_bySeq;
    const QHash<QString, qint64>& m_coveredUntil;
    QByteArray m_prev;
    qint64 m_expected = 0;
    const bool m_requireCards;
    const QString m_system = QStringLiteral("system");
    qint64 m_newestCheckpoint = 0; // entries after it were never signed by anyone: a stopped process
    QString m_lastActor;           // entries come in runs by one person: one lookup per run
    qint64 m_lastCovered = -1;
};
} // namespace

QString VerificationReport::summary() const {
    if (!ok())
        return firstBadSeq > 0
                   ? journal::tr("Verification FAILED at entry #%1: %2").arg(firstBadSeq).arg(problem)
                   : journal::tr("Verification FAILED: %1").arg(problem);
    QString s = journal::tr("Chain verified: %1 entries (#%2 to #%3), every hash and link intact")
                    .arg(entries)
                    .arg(firstSeq)
                    .arg(lastSeq);
    if (newest)
        s += journal::tr("; %1 checkpoint signatures verified, the last covering #%2, signed at %3 by key %4")
                 .arg(checkpoints)
                 .arg(newest->seq)
                 .arg(newest->time.toUTC().toString(Qt::ISODate), newest->keyFingerprint.left(16));
    else
        s += journal::tr("; no checkpoint anchors it");
    if (cardSignaturesRequired)
        s += journal::tr("; every person's entries are co-signed by their own card (%1 card signatures)")
                 .arg(cardSignatures);
    else if (cardSignatures > 0)
        s += journal::tr("; %1 card co-signatures verified (not required for this journal)")
                 .arg(cardSignatures);
    if (!signers.isEmpty()) {
        QStringList who;
        for (const auto& [actor, upTo] : signers)
            who << journal::tr("%1 up to #%2").arg(actor).arg(upTo);
        s += journal::tr("; co-signed by: %1").arg(who.join(QStringLiteral(", ")));
    }
    return s + QLatin1Char('.');
}

VerificationReport JournalVerifier::verify(Input in) {
    VerificationReport r;
    auto failAt = [&](qint64 seq, const QString& why) {
        r.firstBadSeq = seq;
        r.problem = why;
        return r;
    };

    // 1. Every checkpoint's signature, from both sources.
    std::multimap<qint64, Checkpoint> bySeq;
    QHash<QString, qint64> coveredUntil; // actor -> newest entry a checkpoint their card signed covers
    r.cardSignaturesRequired = in.requireCardSignatures;
    for (const QVector<Checkpoint>* set : {&in.databaseCheckpoints, &in.externalCheckpoints})
        for (const Checkpoint& c : *set) {
            if (in.publicKey.isEmpty())
                return failAt(
                    0, journal::tr("checkpoints are present but no public key was given to verify them"));
            if (!JournalSigner::verify(in.publicKey, c))
                return failAt(
                    0, journal::tr(
                           "the checkpoint of #%1 signed at %2 does not verify: it was altered, or signed by "
                           "another key (fingerprint %3)")
                           .arg(c.seq)
                           .arg(c.time.toUTC().toString(Qt::ISODate), c.keyFingerprint.left(16)));
            const bool countOnce = set == &in.externalCheckpoints || in.externalCheckpoints.isEmpty();
            if (c.cardSigned() && !in.cards.isEmpty()) {
                const auto card = in.cards.constFind(c.cardFingerprint);
                if (card == in.cards.constEnd())
                    return failAt(0,
                                  journal::tr("the checkpoint of #%1 signed at %2 is co-signed by a card the "
                                              "site register never enrolled (fingerprint %3)")
                                      .arg(c.seq)
                                      .arg(c.time.toUTC().toString(Qt::ISODate), c.cardFingerprint.left(16)));
                if (!hsm::verifyEcdsaSha256(card->spki, c.cardCanonical(), c.cardSignature))
                    return failAt(
                        0, journal::tr("the card signature of %1 on the checkpoint of #%2 signed at %3 "
                                       "does not verify: the checkpoint was altered or forged")
                               .arg(card->actors.value(0))
                               .arg(c.seq)
                               .arg(c.time.toUTC().toString(Qt::ISODate)));
                for (const QString& actor : card->actors) {
                    qint64& until = coveredUntil[actor];
                    until = std::max(until, c.seq);
                }
                if (countOnce)
                    ++r.cardSignatures;
            }
            bySeq.emplace(c.seq, c);
            // Each checkpoint counts once: the database's are also in the sidecar.
            if (countOnce)
                ++r.checkpoints;
            if (!r.newest || c.seq > r.newest->seq || (c.seq == r.newest->seq && c.time > r.newest->time))
                r.newest = c;
        }
    // 2. Every database checkpoint is also outside the database.
    if (!in.externalCheckpoints.isEmpty() || !in.databaseCheckpoints.isEmpty())
        for (const Checkpoint& c : std::as_const(in.databaseCheckpoints)) {
            bool found = false;
            for (const Checkpoint& e : std::as_const(in.externalCheckpoints))
                found = found || sameCheckpoint(c, e);
            if (!found)
                return failAt(
                    0,
                    journal::tr(
                        "the checkpoint file lacks the checkpoint of #%1 signed at %2: it was truncated or "
                        "replaced")
                        .arg(c.seq)
                        .arg(c.time.toUTC().toString(Qt::ISODate)));
        }

    // 3. The chain itself, streamed: read here, hashed on the workers, checked here in seq order.
    ChainChecks chain(in, r, bySeq, coveredUntil);
    const int threads = in.threads > 0 ? in.threads : std::max(1, QThread::idealThreadCount());
    const bool records = bool(in.nextRecord);
    // Batches in flight (read, being hashed, or hashed and waiting for their turn): enough to keep
    // every worker busy while this thread reads, few enough that memory stays flat.
    const std::size_t maxInFlight = threads > 1 ? std::size_t(2 * threads + 2) : 1;
    std::vector<std::unique_ptr<Batch>> owned; // every batch; outlives the pool (declared before it)
    std::vector<Batch*> spare;                 // checked, ready for reuse
    std::deque<Batch*> inFlight;               // in seq order
    HashPool pool(threads - 1, [&in, records](Batch& b) { hashBatch(in, records, b); });
    bool reading = true;
    while (reading || !inFlight.empty()) {
        if (reading && inFlight.size() < maxInFlight) {
            Batch* b = nullptr;
            if (!spare.empty()) {
                b = spare.back();
                spare.pop_back();
            } else {
                owned.push_back(std::make_unique<Batch>());
                b = owned.back().get();
            }
            b->count = 0;
            b->readError.reset();
            while (b->count < kBatchSize) {
                Slot& s = b->slots[std::size_t(b->count)];
                auto more = records ? in.nextRecord(s.record) : in.nextEntry(s.entry);
                if (!more || !*more) {
                    if (!more)
                        b->readError = more.error();
                    reading = false;
                    break;
                }
                ++b->count;
            }
            pool.submit(b);
            inFlight.push_back(b);
            // The batches already hashed are checked now, without waiting for the others.
            while (!inFlight.empty() && pool.isDone(inFlight.front())) {
                if (!chain.checkBatch(*inFlight.front()))
                    return r;
                spare.push_back(inFlight.front());
                inFlight.pop_front();
            }
            continue;
        }
        pool.finish(inFlight.front()); // hashing queued batches here meanwhile
        if (!chain.checkBatch(*inFlight.front()))
            return r;
        spare.push_back(inFlight.front());
        inFlight.pop_front();
    }
    // 4. No checkpoint may name entries beyond the end: that is a truncated tail.
    if (!bySeq.empty() && bySeq.rbegin()->first > r.lastSeq) {
        const Checkpoint& c = bySeq.rbegin()->second;
        return failAt(
            r.lastSeq + 1,
            journal::tr("the journal ends at #%1, but a checkpoint signed at %2 covers #%3: entries were "
                        "deleted from the end")
                .arg(r.lastSeq)
                .arg(c.time.toUTC().toString(Qt::ISODate))
                .arg(c.seq));
    }
    for (auto it = coveredUntil.cbegin(); it != coveredUntil.cend(); ++it)
        r.signers.push_back({it.key(), it.value()});
    std::sort(r.signers.begin(), r.signers.end(),
              [](const auto& a, const auto& b) { return a.second > b.second; });
    if (!in.publicKey.isEmpty() && in.requireCheckpoint && r.checkpoints == 0)
        return failAt(0,
                      journal::tr("no checkpoint was found: nothing anchors the chain against truncation"));
    return r;
}

} // namespace symbolon::journal
