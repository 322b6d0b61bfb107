#pragma once

#include "journal/Checkpoint.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace symbolon::audit {

// Who co-signed which entries (issue #15), for the evidence pack's report: each checkpoint's card
// co-signature covers the entries since the checkpoint before it. Spans that the same cards
// co-signed one after the other are merged, so a long run of one person's chunks is one row.
struct SignerSpan {
    qint64 from = 0;
    qint64 to = 0;
    QStringList cards;  // fingerprints (hex SHA-256 of the card's SPKI), sorted; empty: no card co-signed
    QDateTime signedAt; // the newest checkpoint of the span
};

// What the report says of a card, from the site register.
struct SignerCard {
    QString holder;
    QString role;
    QString serial;
};

// The spans of the checkpoints whose seq lies in [fromSeq, toSeq], in order. Entries after the
// last checkpoint of the range are not in any span.
QVector<SignerSpan> signerSpans(const QVector<journal::Checkpoint>& checkpoints, qint64 fromSeq,
                                qint64 toSeq);

// The report's section: a table with, per span and card, the entries (from..to), holder, role,
// card serial and key fingerprint; every text from the register is HTML-escaped. Entries after
// the last span (or fromSeq, without one) up to toSeq are named as not yet covered.
QString signerSpansHtml(const QVector<SignerSpan>& spans, const QHash<QString, SignerCard>& cards,
                        qint64 fromSeq, qint64 toSeq);

} // namespace symbolon::audit
