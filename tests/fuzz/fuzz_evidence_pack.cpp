// libFuzzer target: the evidence pack verifier (core/audit/EvidencePack::verify, and through it
// CheckpointStore::fromFile, the journal.jsonl entry decoder and JournalVerifier). A pack comes
// from outside (a reviewer's USB stick), so every byte of it is untrusted.
//
// Input: the pack's files one after another, separated by lines "--8<--":
//   manifest.json, journal.jsonl, checkpoints.jsonl, journal-signing-key.pem
// (missing parts are missing files). They are written to a scratch folder on /dev/shm and
// verified there. Oracle: no crash, no sanitizer report, and a pack that verifies has at least one
// entry and one checkpoint (the fuzzer cannot forge an ECDSA signature, so "ok" on anything but a
// seed would be a verifier bug). And every journal line that EntryLine::decodeSimple accepts is
// a JSON object that QJsonDocument decodes to the very same fields.
#include "audit/EvidencePack.h"
#include "journal/EntryLine.h"

#include <QJsonDocument>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace symbolon::journal;
using symbolon::audit::EvidencePack;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static QTemporaryDir scratch(QStringLiteral("/dev/shm/symbolon-fuzz-pack-XXXXXX"));
    if (!scratch.isValid())
        std::abort();
    static const char* names[] = {"manifest.json", "journal.jsonl", "checkpoints.jsonl",
                                  "journal-signing-key.pem"};
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QByteArray separator("\n--8<--\n");
    QDir dir(scratch.path());
    qsizetype from = 0;
    for (const char* name : names) {
        const QString path = dir.filePath(QLatin1String(name));
        QFile::remove(path);
        if (from > input.size())
            continue;
        qsizetype end = input.indexOf(separator, from);
        if (end < 0)
            end = input.size();
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(input.mid(from, end - from)) < 0)
            std::abort();
        from = end + separator.size();
    }
    QFile journalFile(dir.filePath(QStringLiteral("journal.jsonl")));
    if (journalFile.open(QIODevice::ReadOnly))
        for (const QByteArray& raw : journalFile.readAll().split('\n')) {
            const QByteArray line = raw.trimmed();
            JournalEntry fast;
            if (!EntryLine::decodeSimple(line, fast))
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (!doc.isObject())
                std::abort();
            const JournalEntry slow = EntryLine::fromJson(doc.object());
            if (fast.seq != slow.seq || fast.timeStored != slow.timeStored || fast.actor != slow.actor ||
                fast.role != slow.role || fast.action != slow.action || fast.target != slow.target ||
                fast.detailsJson != slow.detailsJson || fast.prevHash != slow.prevHash ||
                fast.hash != slow.hash)
                std::abort();
        }
    const VerificationReport report = EvidencePack::verify(scratch.path());
    (void)report.summary();
    if (report.ok() && (report.entries < 1 || report.checkpoints < 1))
        std::abort();
    return 0;
}
