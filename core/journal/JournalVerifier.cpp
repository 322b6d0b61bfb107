#include "journal/JournalVerifier.h"

#include "journal/JournalSigner.h"

#include <QCoreApplication>

#include <map>

namespace symbolon::journal {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::journal", s);
}

bool sameCheckpoint(const Checkpoint& a, const Checkpoint& b) {
    return a.seq == b.seq && a.hash == b.hash && a.signature == b.signature &&
           a.keyFingerprint == b.keyFingerprint;
}
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
            bySeq.emplace(c.seq, c);
            // Each checkpoint counts once: the database's are also in the sidecar.
            if (set == &in.externalCheckpoints || in.externalCheckpoints.isEmpty())
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

    // 3. The chain itself, streamed.
    QByteArray prev = in.firstPrevHash;
    qint64 expected = 0;
    JournalEntry e;
    while (true) {
        auto more = in.nextEntry(e);
        if (!more)
            return failAt(expected, more.error().message);
        if (!*more)
            break;
        if (expected == 0) {
            expected = e.seq;
            r.firstSeq = e.seq;
            if (in.firstPrevHash == QByteArray(32, '\0') && e.seq != 1)
                return failAt(
                    1, journal::tr("the journal does not start at entry #1 (it starts at #%1)").arg(e.seq));
        }
        if (e.seq != expected)
            return failAt(expected,
                          e.seq > expected
                              ? journal::tr("the entry is missing (the next one found is #%1)").arg(e.seq)
                              : journal::tr("entries are out of order (found #%1 here)").arg(e.seq));
        if (e.prevHash != prev)
            return failAt(e.seq, journal::tr("it does not link to the entry before it (prev_hash differs)"));
        if (e.computeHash() != e.hash)
            return failAt(e.seq, journal::tr("its content was altered: the hash does not match"));
        for (auto [it, end] = bySeq.equal_range(e.seq); it != end; ++it)
            if (it->second.hash != e.hash)
                return failAt(e.seq, journal::tr("it differs from the version signed in the checkpoint of %1")
                                         .arg(it->second.time.toUTC().toString(Qt::ISODate)));
        prev = e.hash;
        r.lastSeq = e.seq;
        ++r.entries;
        ++expected;
        if (in.progress && (r.entries & 0xFFFF) == 0)
            in.progress(e.seq);
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
    if (!in.publicKey.isEmpty() && in.requireCheckpoint && r.checkpoints == 0)
        return failAt(0,
                      journal::tr("no checkpoint was found: nothing anchors the chain against truncation"));
    return r;
}

} // namespace symbolon::journal
