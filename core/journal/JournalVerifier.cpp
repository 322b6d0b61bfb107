#include "journal/JournalVerifier.h"

#include "hsm/EcKeyPair.h"
#include "journal/JournalSigner.h"

#include <QCoreApplication>

#include <algorithm>
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

    // 3. The chain itself, streamed.
    QByteArray prev = in.firstPrevHash;
    qint64 expected = 0;
    JournalEntry e;
    // With no checkpoint at all, the one problem to name is that (below), not every entry's card.
    const bool requireCards = in.requireCardSignatures && !bySeq.empty();
    const QString system = QStringLiteral("system");
    qint64 newestCheckpoint = 0; // entries after it were never signed by anyone: a stopped process
    for (const auto& [seq, c] : bySeq)
        newestCheckpoint = std::max(newestCheckpoint, seq);
    QString lastActor; // entries come in runs by one person: one lookup per run
    qint64 lastCovered = -1;
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
        if (requireCards && e.role != system) {
            if (e.actor != lastActor) {
                lastActor = e.actor;
                lastCovered = coveredUntil.value(e.actor, -1);
            }
            if (lastCovered < e.seq && e.actor == in.awaitingActor) {
                if (r.awaiting++ == 0)
                    r.awaitingFrom = e.seq;
                r.awaitingTo = e.seq;
            } else if (lastCovered < e.seq && e.seq > newestCheckpoint)
                return failAt(
                    e.seq, journal::tr("it names %1, but no checkpoint covers it yet: a process of theirs "
                                       "stopped before signing (their card co-signs it when they next open "
                                       "the workspace), or someone else wrote it in their name")
                               .arg(e.actor));
            else if (lastCovered < e.seq)
                return failAt(
                    e.seq,
                    lastCovered < 0
                        ? journal::tr("it names %1, but no checkpoint is co-signed by that person's card: it "
                                      "was written or changed without their card")
                              .arg(e.actor)
                        : journal::tr("it names %1, but that person's card co-signed the journal only up to "
                                      "#%2: it was written or changed without their card")
                              .arg(e.actor)
                              .arg(lastCovered));
        }
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
