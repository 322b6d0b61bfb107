#include "journal/SiemLog.h"

#include "journal/JournalStore.h"
#include "journal/SyslogMessage.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace symbolon::journal {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::journal", s);
}
constexpr qint64 kMaxLine = 16 * 1024 * 1024; // the collector's own limit is far smaller (64k)
} // namespace

Result<QVector<SiemLog::Entry>> SiemLog::read(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    journal::tr("The SIEM log %1 cannot be read: %2.").arg(path, f.errorString()));
    const QByteArray sdId = QByteArray("[") + SyslogMessage::kSdId + ' ';
    // seq and hash are written by SyslogMessage::format in the structured data, digits and hex only.
    static const QRegularExpression seqRe(QStringLiteral("^[^\\]]*?\\bseq=\"([1-9][0-9]{0,17})\""));
    static const QRegularExpression hashRe(QStringLiteral("^[^\\]]*?\\bhash=\"([0-9a-f]{64})\""));
    QVector<Entry> out;
    QHash<qint64, int> bySeq; // index into out
    int line = 0;
    while (!f.atEnd()) {
        const QByteArray text = f.readLine(kMaxLine);
        ++line;
        const qsizetype at = text.indexOf(sdId);
        if (at < 0)
            continue; // another program's message, or not a syslog line at all
        const QString sd = QString::fromUtf8(text.mid(at + sdId.size()));
        const auto seq = seqRe.match(sd);
        const auto hash = hashRe.match(sd);
        if (!seq.hasMatch() || !hash.hasMatch())
            return fail(
                ErrorCode::InvalidInput,
                journal::tr(
                    "%1, line %2: a Symbolon message without a valid seq and hash (expected seq=\"N\" "
                    "hash=\"64 hex digits\" in its [%3] element).")
                    .arg(path)
                    .arg(line)
                    .arg(QString::fromLatin1(SyslogMessage::kSdId)));
        Entry e{seq.captured(1).toLongLong(), QByteArray::fromHex(hash.captured(1).toLatin1()), line};
        if (const auto it = bySeq.constFind(e.seq); it != bySeq.constEnd()) {
            const Entry& first = out.at(*it);
            if (first.hash != e.hash)
                return fail(
                    ErrorCode::InvalidInput,
                    journal::tr(
                        "%1, line %2: entry #%3 has hash %4 here but hash %5 on line %6: the collector "
                        "received two different entries under one number.")
                        .arg(path)
                        .arg(line)
                        .arg(e.seq)
                        .arg(QString::fromLatin1(e.hash.toHex()), QString::fromLatin1(first.hash.toHex()))
                        .arg(first.line));
            continue; // a re-send (at-least-once delivery)
        }
        bySeq.insert(e.seq, static_cast<int>(out.size()));
        out.push_back(std::move(e));
    }
    if (out.isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            journal::tr("%1 holds no Symbolon journal message (%2 lines read): is this the collector's file?")
                .arg(path)
                .arg(line));
    std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) { return a.seq < b.seq; });
    return out;
}

Result<SiemLog::Comparison> SiemLog::compare(const QString& path, const QVector<Entry>& entries,
                                             const JournalStore& journal) {
    Comparison c;
    auto head = journal.head();
    if (!head)
        return head.error();
    QVector<JournalEntry> batch;
    qsizetype next = 0; // index into batch
    for (const Entry& want : entries) {
        if (want.seq > head->seq)
            return fail(
                ErrorCode::Crypto,
                journal::tr(
                    "%1, line %2: entry #%3 (hash %4) is not in the journal, which ends at #%5: entries "
                    "were deleted after they were forwarded.")
                    .arg(path)
                    .arg(want.line)
                    .arg(want.seq)
                    .arg(QString::fromLatin1(want.hash.toHex()))
                    .arg(head->seq));
        while (next < batch.size() && batch.at(next).seq < want.seq)
            ++next;
        if (next >= batch.size() || batch.at(next).seq > want.seq) {
            auto more = journal.range(want.seq, 4096);
            if (!more)
                return more.error();
            batch = std::move(*more);
            next = 0;
        }
        if (batch.isEmpty() || batch.at(next).seq != want.seq)
            return fail(
                ErrorCode::Crypto,
                journal::tr(
                    "%1, line %2: entry #%3 (hash %4) is not in the journal: it was deleted after it was "
                    "forwarded.")
                    .arg(path)
                    .arg(want.line)
                    .arg(want.seq)
                    .arg(QString::fromLatin1(want.hash.toHex())));
        const JournalEntry& have = batch.at(next);
        if (have.hash != want.hash)
            return fail(
                ErrorCode::Crypto,
                journal::tr(
                    "%1, line %2: entry #%3 has hash %4 in the collector's copy but hash %5 in the journal: "
                    "it was rewritten after it was forwarded.")
                    .arg(path)
                    .arg(want.line)
                    .arg(want.seq)
                    .arg(QString::fromLatin1(want.hash.toHex()), QString::fromLatin1(have.hash.toHex())));
        if (c.entries == 0)
            c.firstSeq = want.seq;
        c.lastSeq = want.seq;
        ++c.entries;
    }
    return c;
}

} // namespace symbolon::journal
