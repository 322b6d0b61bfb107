#include "audit/LastExport.h"

#include "audit/EvidencePack.h"
#include "journal/JournalQuery.h"
#include "journal/JournalSigner.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace symbolon::audit {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::audit", s);
}
} // namespace

Result<LastExport> LastExport::check(store::Database& db, const QString& dir,
                                     const QByteArray& signingKeySpki,
                                     const journal::VerificationReport& current, const PinnedCards* cards,
                                     int threads) {
    LastExport out;
    journal::JournalFilter exports;
    exports.actionPrefix = QStringLiteral("journal.exported");
    auto newest = journal::JournalQuery(db).page(exports, 0, 1, journal::JournalQuery::Order::NewestFirst);
    if (!newest)
        return newest.error();
    if (newest->isEmpty())
        return out;
    const journal::JournalEntry& e = newest->constFirst();
    out.exportSeq = e.seq;
    out.exportedAt = e.time.toUTC();
    out.path = e.details().value(QStringLiteral("path")).toString();
    const bool recorded = !out.path.isEmpty();
    if (!recorded)
        out.path = e.target; // the folder's name only
    if (!current.ok()) {
        out.state = State::JournalFailed;
        return out;
    }
    if (!recorded) {
        out.state = State::NoPath;
        return out;
    }
    if (!QFileInfo(QDir(out.path).filePath(QStringLiteral("manifest.json"))).isFile()) {
        out.state = State::FolderGone;
        return out;
    }
    QByteArray key = signingKeySpki;
    if (key.isEmpty()) {
        QFile pem(workspace::Workspace::journalKeyPath(dir));
        if (pem.open(QIODevice::ReadOnly))
            key = journal::JournalSigner::spkiFromPem(pem.read(64 * 1024));
    }
    if (key.isEmpty())
        return fail(
            ErrorCode::NotFound,
            audit::tr("The workspace's journal signing key is not available, so the evidence pack in %1 "
                      "cannot be checked against it.")
                .arg(out.path));
    const EvidencePack::Check older = EvidencePack::check(out.path, key, 0, threads, cards);
    out.packHeadSeq = older.headSeq;
    out.packHeadHash = older.headHash;
    auto newer = EvidencePack::workspaceCheck(db, dir, key, current, older.headSeq);
    if (!newer)
        return newer.error();
    if (auto s = EvidencePack::extends(*newer, audit::tr("The workspace's journal"), older, out.path); !s) {
        out.state = State::Mismatch;
        out.problem = s.error().message;
        return out;
    }
    out.state = State::Extends;
    return out;
}

} // namespace symbolon::audit
