#include "audit/SignerSpans.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace symbolon::audit {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::audit", s);
}
QString esc(const QString& s) {
    return s.toHtmlEscaped();
}
} // namespace

QVector<SignerSpan> signerSpans(const QVector<journal::Checkpoint>& checkpoints, qint64 fromSeq,
                                qint64 toSeq) {
    struct At {
        QStringList cards;
        QDateTime newest;
    };
    std::map<qint64, At> bySeq;
    for (const journal::Checkpoint& c : checkpoints) {
        if (c.seq < fromSeq || c.seq > toSeq)
            continue;
        At& at = bySeq[c.seq];
        if (c.cardSigned() && !at.cards.contains(c.cardFingerprint))
            at.cards.push_back(c.cardFingerprint);
        if (!at.newest.isValid() || c.time > at.newest)
            at.newest = c.time;
    }
    QVector<SignerSpan> spans;
    qint64 next = fromSeq;
    for (auto& [seq, at] : bySeq) {
        std::sort(at.cards.begin(), at.cards.end());
        if (!spans.isEmpty() && spans.last().cards == at.cards) {
            spans.last().to = seq;
            spans.last().signedAt = std::max(spans.last().signedAt, at.newest);
        } else {
            spans.push_back({next, seq, at.cards, at.newest});
        }
        next = seq + 1;
    }
    return spans;
}

QString signerSpansHtml(const QVector<SignerSpan>& spans, const QHash<QString, SignerCard>& cards,
                        qint64 fromSeq, qint64 toSeq) {
    QString h = audit::tr(
        "<h2>Signers by span</h2><p>Each checkpoint is signed by the journal signing key and co-signed by "
        "the card of the person whose session made it: a card's signature covers the entries since the "
        "checkpoint before it (and, through the chain, every earlier entry).</p><table><tr><th>entries</th>"
        "<th>holder</th><th>role</th><th>card serial</th><th>card key fingerprint (SHA-256)</th>"
        "<th>last signed (UTC)</th></tr>");
    for (const SignerSpan& s : spans) {
        const QString entries = s.from == s.to ? QStringLiteral("#%1").arg(s.to)
                                               : QStringLiteral("#%1 to #%2").arg(s.from).arg(s.to);
        const QString when = s.signedAt.toUTC().toString(Qt::ISODate);
        if (s.cards.isEmpty()) {
            h += QStringLiteral("<tr><td>%1</td><td colspan=\"4\">%2</td><td>%3</td></tr>")
                     .arg(entries, audit::tr("no card co-signed (journal signing key only)"), when);
            continue;
        }
        for (const QString& fp : s.cards) {
            const auto card = cards.constFind(fp);
            if (card == cards.constEnd()) {
                h += QStringLiteral(
                         "<tr><td>%1</td><td colspan=\"3\">%2</td><td><code>%3</code></td><td>%4</td></tr>")
                         .arg(entries, audit::tr("a card the site register does not list"), esc(fp), when);
                continue;
            }
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td><code>%5</code></"
                                "td><td>%6</td></tr>")
                     .arg(entries, esc(card->holder), esc(card->role), esc(card->serial), esc(fp), when);
        }
    }
    const qint64 covered = spans.isEmpty() ? 0 : spans.last().to;
    if (covered < toSeq) {
        const qint64 from = spans.isEmpty() ? fromSeq : covered + 1;
        h += QStringLiteral("<tr><td>%1</td><td colspan=\"5\">%2</td></tr>")
                 .arg(from < toSeq ? QStringLiteral("#%1 to #%2").arg(from).arg(toSeq)
                                   : QStringLiteral("#%1").arg(toSeq),
                      audit::tr("no checkpoint in this pack covers these entries yet"));
    }
    return h + QStringLiteral("</table>");
}

} // namespace symbolon::audit
