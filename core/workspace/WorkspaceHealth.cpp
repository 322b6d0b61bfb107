#include "workspace/WorkspaceHealth.h"

#include "journal/CheckpointStore.h"
#include "journal/JournalSigner.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace symbolon::workspace {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::workspace", s);
}

QString withoutFinalStop(QString s) {
    s = s.trimmed();
    while (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}
} // namespace

bool WorkspaceHealth::has(Check c) const {
    for (const Problem& p : m_problems)
        if (p.check == c)
            return true;
    return false;
}

QString WorkspaceHealth::summary() const {
    QStringList parts;
    for (const Problem& p : m_problems)
        parts << withoutFinalStop(p.text);
    return parts.join(QStringLiteral("; "));
}

QString WorkspaceHealth::refusal() const {
    if (ok())
        return {};
    return workspace::tr("Custodial actions are refused: %1. You can still open, read, verify and export.")
        .arg(summary());
}

bool WorkspaceHealth::readOnlyAllows(policy::Permission permission) {
    switch (permission) {
    case policy::Permission::OpenWorkspace:
    case policy::Permission::BrowseInventory:
    case policy::Permission::BrowseJournal:
    case policy::Permission::VerifyJournal:
    case policy::Permission::ExportEvidence:
        return true;
    default:
        return false;
    }
}

Status WorkspaceHealth::gate(policy::Permission permission) const {
    if (ok() || readOnlyAllows(permission))
        return {};
    return fail(ErrorCode::PolicyRefused, refusal());
}

WorkspaceHealth WorkspaceHealth::check(Workspace& ws, const QString& journalTokenProblem,
                                       const QString& witnessProblem) {
    QElapsedTimer timer;
    timer.start();
    WorkspaceHealth h;
    // 0. The opener's card is a witness: the head it last co-signed must still be in the journal.
    if (!witnessProblem.isEmpty())
        h.add(Check::Witness, witnessProblem);
    const WorkspaceConfig& config = ws.config();

    // 1. The database file, page by page (a damaged index page is found here, not at open).
    if (const QStringList bad = ws.db().quickCheck(3); !bad.isEmpty())
        h.add(Check::Database,
              workspace::tr("the database fails its integrity check (PRAGMA quick_check): %1")
                  .arg(bad.join(QStringLiteral("; "))));

    QByteArray publicKey; // the key the journal is verified with
    if (!config.journalTokenSerial.isEmpty()) {
        // 2. The signing key's PEM: the key a reviewer verifies with must be this workspace's.
        const QString pemPath = Workspace::journalKeyPath(ws.dir());
        QFile pem(pemPath);
        if (!pem.exists()) {
            h.add(Check::SigningKey, workspace::tr("the journal signing key %1 is missing").arg(pemPath));
        } else if (!pem.open(QIODevice::ReadOnly)) {
            h.add(Check::SigningKey, workspace::tr("the journal signing key %1 cannot be read: %2")
                                         .arg(pemPath, pem.errorString()));
        } else {
            const QByteArray spki = journal::JournalSigner::spkiFromPem(pem.read(64 * 1024));
            const QString fingerprint =
                QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex());
            if (spki.isEmpty())
                h.add(Check::SigningKey,
                      workspace::tr("the journal signing key %1 is not a PEM public key").arg(pemPath));
            else if (!config.journalKeyFingerprint.isEmpty() && fingerprint != config.journalKeyFingerprint)
                h.add(Check::SigningKey,
                      workspace::tr("the journal signing key %1 was replaced: its fingerprint %2 is not this "
                                    "workspace's %3")
                          .arg(pemPath, fingerprint.left(16), config.journalKeyFingerprint.left(16)));
            else
                publicKey = spki;
        }
        // 3. The checkpoint file beside the database.
        const QString sidecar = Workspace::checkpointFilePath(ws.dir());
        if (!QFileInfo::exists(sidecar))
            h.add(Check::CheckpointFile, workspace::tr("the checkpoint file %1 is missing").arg(sidecar));
        else if (QFileInfo(sidecar).size() == 0)
            h.add(Check::CheckpointFile, workspace::tr("the checkpoint file %1 is empty").arg(sidecar));
        else if (auto read = journal::CheckpointStore::fromFile(sidecar); !read)
            h.add(Check::CheckpointFile,
                  workspace::tr("the checkpoint file is damaged: %1").arg(read.error().message));
        // 4. The journal token: without it nothing can be signed.
        if (!journalTokenProblem.isEmpty())
            h.add(Check::JournalToken, journalTokenProblem);
        // With the PEM damaged, the chain is still checked, against the journal token's own key.
        if (publicKey.isEmpty())
            publicKey = ws.signingPublicKey();
    }

    // 5. The journal: every hash, link and checkpoint (the sidecar's too).
    if (!config.journalTokenSerial.isEmpty() && publicKey.isEmpty()) {
        h.add(Check::Journal,
              workspace::tr("the journal cannot be verified: neither the signing key file nor "
                            "the journal token gives its public key"));
    } else {
        const journal::VerificationReport r = ws.verifyJournal(publicKey, {}, ws.identity().actor());
        h.m_awaiting = r.awaiting;
        h.m_awaitingFrom = r.awaitingFrom;
        h.m_awaitingTo = r.awaitingTo;
        bool known = false; // a damaged checkpoint file gives the verifier the same words
        for (const Problem& p : std::as_const(h.m_problems))
            known = known || p.text.contains(withoutFinalStop(r.problem));
        if (!r.ok() && !known)
            h.add(Check::Journal, r.firstBadSeq > 0
                                      ? workspace::tr("the journal does not verify at entry #%1: %2")
                                            .arg(r.firstBadSeq)
                                            .arg(r.problem)
                                      : workspace::tr("the journal does not verify: %1").arg(r.problem));
    }
    h.m_elapsedMs = timer.elapsed();
    return h;
}

} // namespace symbolon::workspace
