#include "audit/EvidencePack.h"

#include "audit/SignerSpans.h"
#include "workspace/JournalCards.h"

#include "common/StrictJson.h"
#include "journal/CheckpointStore.h"
#include "journal/EntryLine.h"
#include "journal/JournalSigner.h"
#include "journal/JournalStore.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryFile>

#include <openssl/evp.h>

#include <algorithm>
#include <future>
#include <map>
#include <memory>

namespace symbolon::audit {

using namespace symbolon::journal;

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::audit", s);
}
const char kFormat[] = "symbolon-evidence-pack-v1";

QJsonObject entryJson(const JournalEntry& e) {
    return QJsonObject{{QStringLiteral("seq"), e.seq},
                       {QStringLiteral("time"), e.timeText()},
                       {QStringLiteral("actor"), e.actor},
                       {QStringLiteral("role"), e.role},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("target"), e.target},
                       {QStringLiteral("details_json"), QString::fromUtf8(e.detailsJson)},
                       {QStringLiteral("prev_hash"), QString::fromLatin1(e.prevHash.toHex())},
                       {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}};
}

// What every entry read from a pack must have, however it was decoded.
Status checkEntry(const JournalEntry& e) {
    if (e.seq < 1 || e.timeStored.size() < 20 || e.prevHash.size() != 32 || e.hash.size() != 32)
        return fail(ErrorCode::InvalidInput,
                    audit::tr("expected seq, time, actor, role, action, target, details_json, "
                              "prev_hash (64 hex) and hash (64 hex)"));
    return {};
}

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

// OpenSSL's SHA-256 (several times faster than QCryptographicHash's): a pack at 1,000,000
// entries holds about a gigabyte of journal and report.
QByteArray fileSha256(const QString& path) {
    QFile f(path);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return {};
    if (f.open(QIODevice::ReadOnly)) {
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (qint64 got; (got = f.read(block.data(), block.size())) > 0;)
            if (EVP_DigestUpdate(ctx.get(), block.constData(), static_cast<size_t>(got)) != 1)
                return {};
    }
    unsigned char digest[32];
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &len) != 1 || len != sizeof digest)
        return {};
    return QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex();
}

// The report up to the table of notable entries (which is streamed after it, row by row).
QString reportHead(const workspace::Workspace& ws, const EvidencePack::Summary& s,
                   const std::map<QString, qint64>& counts, const QString& signers) {
    QString h;
    h += QStringLiteral("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Symbolon "
                        "evidence pack</title>"
                        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#111}"
                        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3em "
                        ".5em;text-align:left;"
                        "vertical-align:top}th{background:#eee}.ok{color:#145a14;font-weight:bold}.bad{color:"
                        "#a00;font-weight:bold}"
                        "code{font-size:.85em;word-break:break-all}</style></head><body>");
    h += audit::tr("<h1>Symbolon evidence pack</h1>");
    h += audit::tr(
             "<p>Workspace <b>%1</b> (%2 profile). Journal entries #%3 to #%4 (%5 entries), exported %6 by "
             "%7.</p>")
             .arg(esc(ws.config().name), esc(ws.config().profile))
             .arg(s.fromSeq)
             .arg(s.toSeq)
             .arg(s.entries)
             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), esc(ws.identity().actor()));
    h += audit::tr("<h2>Verification at export</h2><p class=\"%1\">%2</p>")
             .arg(s.verification.ok() ? QStringLiteral("ok") : QStringLiteral("bad"),
                  esc(s.verification.summary()));
    h += audit::tr(
        "<p>Check this pack yourself, with no workspace or token: <code>symbolon-cli journal verify "
        "--evidence-pack "
        "DIR --public-key EXPECTED.pem --cards EXPECTED-cards.json</code>.</p>");
    h += signers;
    h += audit::tr("<h2>Entries by action</h2><table><tr><th>action</th><th>entries</th></tr>");
    for (const auto& [action, n] : counts)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(action)).arg(n);
    h += QStringLiteral("</table>");
    h += audit::tr(
        "<h2>Ceremonies, quorum sessions, imports and re-keys</h2><table><tr><th>#</th><th>time (UTC)</th>"
        "<th>action</th><th>actor</th><th>target</th><th>approvals and details</th></tr>");
    return h;
}

bool isNotable(const JournalEntry& e) {
    return e.action.startsWith(QLatin1String("quorum.")) || e.action.startsWith(QLatin1String("ceremony.")) ||
           e.action.startsWith(QLatin1String("inventory.")) || e.action.startsWith(QLatin1String("rekey.")) ||
           e.action.startsWith(QLatin1String("key-token.")) || e.action.startsWith(QLatin1String("keys."));
}

// "On whose instruction?" (issue #16): a re-key plan keeps the PMA instruction in its
// justification ({"pma_ground", "pma_reference"}); every later entry of the run names the run
// only. The instruction of each run, from its rekey.planned entry, for the rows of that run.
using Instructions = QHash<qint64, QString>;
void notePlan(const JournalEntry& e, Instructions& byRun) {
    if (e.action != QLatin1String("rekey.planned"))
        return;
    const QJsonObject d = e.details();
    const QJsonObject j = d.value(QStringLiteral("justification")).toObject();
    const QString ref = j.value(QStringLiteral("pma_reference")).toString();
    const QString ground = j.value(QStringLiteral("pma_ground")).toString();
    byRun.insert(d.value(QStringLiteral("run")).toInteger(),
                 ref.isEmpty() ? ground : QStringLiteral("%1 (%2)").arg(ref, ground));
}

// One row of the report's table of ceremonies, quorum sessions, imports and re-keys.
QString notableRow(const JournalEntry& e, const Instructions& byRun) {
    const QJsonObject d = e.details();
    QString approvals;
    for (const QJsonValue& a : d.value(QStringLiteral("approvals")).toArray()) {
        if (a.isString()) { // ceremony records name each approver as text
            approvals += esc(a.toString()) + QStringLiteral("<br>");
            continue;
        }
        const QJsonObject o = a.toObject();
        approvals += audit::tr("%1 (%2, card %3, key %4…)<br>")
                         .arg(esc(o.value(QStringLiteral("holder")).toString()),
                              esc(o.value(QStringLiteral("role")).toString()),
                              esc(o.value(QStringLiteral("card_label")).toString()),
                              esc(o.value(QStringLiteral("key_fingerprint")).toString().left(16)));
    }
    if (d.contains(QStringLiteral("outcome")))
        approvals += audit::tr("outcome: %1<br>").arg(esc(d.value(QStringLiteral("outcome")).toString()));
    if (d.contains(QStringLiteral("pma_reference")))
        approvals += audit::tr("PMA instruction: %1<br>")
                         .arg(esc(d.value(QStringLiteral("pma_reference")).toString()));
    else if (e.action.startsWith(QLatin1String("rekey.")) &&
             byRun.contains(d.value(QStringLiteral("run")).toInteger()))
        approvals += audit::tr("PMA instruction: %1<br>")
                         .arg(esc(byRun.value(d.value(QStringLiteral("run")).toInteger())));
    if (e.action == QLatin1String("keys.compromised"))
        approvals += audit::tr("Reference: %1<br>").arg(esc(d.value(QStringLiteral("reference")).toString()));
    return QStringLiteral(
               "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6<code>%7</code></td></tr>")
        .arg(e.seq)
        .arg(e.timeText(), esc(e.action), esc(e.actor), esc(e.target), approvals,
             esc(QString::fromUtf8(e.detailsJson.left(400))));
}
} // namespace

Result<EvidencePack::Summary> EvidencePack::write(workspace::Workspace& ws, const QString& outDir,
                                                  qint64 fromSeq, qint64 toSeq,
                                                  const ExtraFiles& extraFiles) {
    if (auto allowed = ws.require(policy::Permission::ExportEvidence); !allowed)
        return allowed.error();
    if (QDir(outDir).exists() && !QDir(outDir).isEmpty())
        return fail(ErrorCode::AlreadyExists,
                    audit::tr("%1 exists and is not empty: choose a new folder.").arg(outDir));
    if (!QDir().mkpath(outDir))
        return fail(ErrorCode::Io, audit::tr("The folder %1 cannot be created.").arg(outDir));
    // Journal the export first, so the pack (when it runs to the end) includes its own export. The
    // entry records the range the pack holds: from (1 when not given) to the given end, or to the
    // export entry itself (issue #16: it recorded {"from":0,"to":0}).
    // A workspace that fails its checks is read-only (WorkspaceHealth): the pack is written as it
    // stands, without an export entry, and its verification says what is wrong.
    auto before = ws.journal().head();
    if (!before)
        return before.error();
    if (ws.health().ok()) {
        const qint64 exportSeq = before->seq + 1;
        const qint64 rangeFrom = fromSeq > 0 ? fromSeq : 1;
        const qint64 rangeTo = toSeq > 0 ? qMin(toSeq, exportSeq) : exportSeq;
        // The absolute path too: the console checks at each verification that the journal still
        // extends the last pack it exported, where that folder still is (issue #15).
        auto exported = ws.record(QStringLiteral("journal.exported"), QDir(outDir).dirName(),
                                  QJsonObject{{QStringLiteral("from"), rangeFrom},
                                              {QStringLiteral("to"), rangeTo},
                                              {QStringLiteral("path"), QDir(outDir).absolutePath()}});
        if (!exported)
            return exported.error();
    }

    Summary s;
    s.dir = QDir(outDir).absolutePath();
    s.verification = ws.verifyJournal();
    auto head = ws.journal().head();
    if (!head)
        return head.error();
    s.fromSeq = fromSeq > 0 ? fromSeq : 1;
    s.toSeq = toSeq > 0 ? qMin(toSeq, head->seq) : head->seq;
    if (s.fromSeq > s.toSeq)
        return fail(ErrorCode::InvalidInput,
                    audit::tr("The range #%1 to #%2 holds no entries.").arg(s.fromSeq).arg(s.toSeq));

    QSaveFile journalFile(QDir(outDir).filePath(QStringLiteral("journal.jsonl")));
    if (!journalFile.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, journalFile.errorString());
    QByteArray firstPrev;
    std::map<QString, qint64> counts;
    // The report's rows are known before its head (which counts them): they wait in a scratch
    // file inside the pack, so that memory does not grow with the journal.
    QTemporaryFile notableRows(QDir(outDir).filePath(QStringLiteral(".report-rows-XXXXXX")));
    if (!notableRows.open())
        return fail(ErrorCode::Io, notableRows.errorString());
    // The plans of runs that the period continues: their instruction is named on their rows too.
    Instructions instructions;
    for (qint64 seq = 1; seq < s.fromSeq;) {
        auto batch = ws.journal().range(seq, 4096);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        for (const JournalEntry& e : *batch)
            if (e.seq < s.fromSeq)
                notePlan(e, instructions);
        seq = batch->constLast().seq + 1;
    }
    for (qint64 seq = s.fromSeq; seq <= s.toSeq;) {
        auto batch = ws.journal().range(seq, 4096);
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            break;
        for (const JournalEntry& e : *batch) {
            if (e.seq > s.toSeq)
                break;
            if (firstPrev.isEmpty())
                firstPrev = e.prevHash;
            journalFile.write(QJsonDocument(entryJson(e)).toJson(QJsonDocument::Compact) + '\n');
            ++counts[e.action];
            ++s.entries;
            notePlan(e, instructions);
            if (isNotable(e) && notableRows.write(notableRow(e, instructions).toUtf8()) < 0)
                return fail(ErrorCode::Io, notableRows.errorString());
            seq = e.seq + 1;
        }
    }
    if (!journalFile.commit())
        return fail(ErrorCode::Io, journalFile.errorString());

    auto sidecar = CheckpointStore::fromFile(workspace::Workspace::checkpointFilePath(ws.dir()));
    const bool damaged = !ws.health().ok(); // the pack then shows the workspace as it stands
    if (!sidecar && !damaged)
        return sidecar.error();
    QSaveFile cpFile(QDir(outDir).filePath(QStringLiteral("checkpoints.jsonl")));
    if (!cpFile.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, cpFile.errorString());
    if (sidecar) {
        for (const Checkpoint& c : std::as_const(*sidecar))
            if (c.seq >= s.fromSeq && c.seq <= s.toSeq) {
                cpFile.write(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact) + '\n');
                ++s.checkpoints;
            }
    } else { // a garbled checkpoint file goes into the pack as it is, where verification names the line
        QFile raw(workspace::Workspace::checkpointFilePath(ws.dir()));
        if (raw.open(QIODevice::ReadOnly))
            cpFile.write(raw.readAll());
    }
    if (!cpFile.commit())
        return fail(ErrorCode::Io, cpFile.errorString());
    // The card keys the checkpoints' co-signatures are checked with (issue #15), from the register
    // versions that verified at open. Required only for a whole journal: an extract's last entries
    // may be co-signed by checkpoints after its end.
    const bool withCards = !ws.siteRegisterChain().isEmpty();
    if (withCards) {
        journal::JournalVerifier::Input cards;
        workspace::addJournalCards(ws.siteRegisterChain(), cards);
        const bool whole = s.fromSeq == 1 && s.toSeq == head->seq;
        QSaveFile cardsFile(QDir(outDir).filePath(QStringLiteral("cards.json")));
        if (!cardsFile.open(QIODevice::WriteOnly) ||
            cardsFile.write(
                QJsonDocument(workspace::journalCardsJson(cards, cards.requireCardSignatures && whole))
                    .toJson()) < 0 ||
            !cardsFile.commit())
            return fail(ErrorCode::Io, cardsFile.errorString());
    }
    const QString packKey = QDir(outDir).filePath(QStringLiteral("journal-signing-key.pem"));
    if (!QFile::copy(workspace::Workspace::journalKeyPath(ws.dir()), packKey)) {
        // A damaged workspace whose PEM is gone: the journal token's own public key, when open found it.
        QSaveFile fromToken(packKey);
        if (!damaged || ws.signingPublicKey().isEmpty() || !fromToken.open(QIODevice::WriteOnly) ||
            fromToken.write(journal::JournalSigner::publicKeyPem(ws.signingPublicKey())) < 0 ||
            !fromToken.commit())
            return fail(ErrorCode::Io,
                        audit::tr("The journal signing key could not be copied into the pack."));
    }

    // Who co-signed which entries (issue #15), with each card's holder, role and serial from the
    // register (the newest version that lists the card).
    QHash<QString, SignerCard> registered;
    for (const workspace::RegisterVersion& v : ws.siteRegisterChain())
        for (const workspace::RegisteredCard& c : v.doc.cards)
            registered.insert(c.fingerprint(), {c.holder, c.role, c.cardSerial});
    const QString signers =
        signerSpansHtml(signerSpans(sidecar ? *sidecar : QVector<Checkpoint>(), s.fromSeq, s.toSeq),
                        registered, s.fromSeq, s.toSeq);

    QSaveFile report(QDir(outDir).filePath(QStringLiteral("report.html")));
    bool written = report.open(QIODevice::WriteOnly) &&
                   report.write(reportHead(ws, s, counts, signers).toUtf8()) >= 0 && notableRows.seek(0);
    while (written && !notableRows.atEnd()) {
        const QByteArray block = notableRows.read(1 << 20);
        written = !block.isEmpty() && report.write(block) == block.size();
    }
    if (!written || report.write("</table></body></html>\n") < 0 || !report.commit())
        return fail(ErrorCode::Io, report.errorString());
    notableRows.remove();

    QStringList names{QStringLiteral("journal.jsonl"), QStringLiteral("checkpoints.jsonl"),
                      QStringLiteral("journal-signing-key.pem"), QStringLiteral("report.html")};
    if (withCards)
        names.push_back(QStringLiteral("cards.json"));
    if (extraFiles) {
        auto extra = extraFiles(s.dir);
        if (!extra)
            return extra.error();
        for (const QString& name : std::as_const(*extra)) {
            if (name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')) ||
                names.contains(name) || !QFileInfo(QDir(outDir).filePath(name)).isFile())
                return fail(ErrorCode::Internal,
                            audit::tr("The extra file \"%1\" is not a new file inside the pack.").arg(name));
            names.push_back(name);
        }
    }
    QJsonObject files;
    for (const QString& name : std::as_const(names))
        files.insert(name, QString::fromLatin1(fileSha256(QDir(outDir).filePath(name))));
    const QJsonObject manifest{
        {QStringLiteral("format"), QString::fromLatin1(kFormat)},
        {QStringLiteral("workspace"), ws.config().name},
        {QStringLiteral("from_seq"), s.fromSeq},
        {QStringLiteral("to_seq"), s.toSeq},
        {QStringLiteral("entries"), s.entries},
        {QStringLiteral("first_prev_hash"), QString::fromLatin1(firstPrev.toHex())},
        {QStringLiteral("key_fingerprint"), ws.config().journalKeyFingerprint},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("created_by"), ws.identity().actor()},
        {QStringLiteral("files_sha256"), files}};
    QSaveFile m(QDir(outDir).filePath(QStringLiteral("manifest.json")));
    if (!m.open(QIODevice::WriteOnly) || m.write(QJsonDocument(manifest).toJson()) < 0 || !m.commit())
        return fail(ErrorCode::Io, m.errorString());
    return s;
}

namespace {
QString checkFiles(const QString& dir, const QJsonObject& files);
void verifyChain(const QString& dir, const QJsonObject& manifest, const QByteArray& publicKeySpki,
                 qint64 probeSeq, int threads, const PinnedCards* pinnedCards, EvidencePack::Check& check);
} // namespace

VerificationReport EvidencePack::verify(const QString& dir, const QByteArray& publicKeySpki) {
    return check(dir, publicKeySpki).report;
}

EvidencePack::Check EvidencePack::check(const QString& dir, const QByteArray& publicKeySpki, qint64 probeSeq,
                                        int threads, const PinnedCards* pinnedCards) {
    Check c;
    c.pinned = !publicKeySpki.isEmpty();
    c.cardsPinned = pinnedCards != nullptr;
    c.pinnedRequiresCards = pinnedCards && pinnedCards->required;
    VerificationReport& failed = c.report;
    QFile mf(QDir(dir).filePath(QStringLiteral("manifest.json")));
    if (!mf.open(QIODevice::ReadOnly)) {
        failed.problem = audit::tr("%1 cannot be read: is this an evidence pack?").arg(mf.fileName());
        return c;
    }
    QJsonParseError pe{};
    const QByteArray manifestBytes = mf.read(1 << 20);
    const QJsonDocument manifestDoc = QJsonDocument::fromJson(manifestBytes, &pe);
    if (pe.error == QJsonParseError::NoError)
        if (const json::Duplicate d = json::findDuplicateKey(manifestBytes); d.found()) {
            failed.problem = audit::tr("manifest.json, line %1: %2.")
                                 .arg(json::lineOf(manifestBytes, d.offset))
                                 .arg(json::duplicateKeyMessage(d));
            return c;
        }
    if (pe.error != QJsonParseError::NoError || !manifestDoc.isObject()) {
        failed.problem =
            audit::tr("manifest.json is not a JSON object (%1 near byte %2): the pack is damaged or "
                      "truncated.")
                .arg(pe.error != QJsonParseError::NoError ? pe.errorString()
                                                          : audit::tr("another JSON value"))
                .arg(pe.offset);
        return c;
    }
    const QJsonObject manifest = manifestDoc.object();
    if (manifest.value(QStringLiteral("format")).toString() != QLatin1String(kFormat)) {
        failed.problem =
            audit::tr("manifest.json: field \"format\" must be \"%1\".").arg(QString::fromLatin1(kFormat));
        return c;
    }
    // The files against the manifest on another thread, while the chain is verified on this one;
    // a file's problem is reported before the chain's, as when they ran one after the other.
    auto fileCheck = std::async(std::launch::async | std::launch::deferred, checkFiles, dir,
                                manifest.value(QStringLiteral("files_sha256")).toObject());
    verifyChain(dir, manifest, publicKeySpki, probeSeq, threads, pinnedCards, c);
    if (const QString problem = fileCheck.get(); !problem.isEmpty()) {
        c.report = VerificationReport();
        c.report.problem = problem;
    }
    return c;
}

namespace {
QString checkFiles(const QString& dir, const QJsonObject& files) {
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (it.key().contains(QLatin1Char('/')) || it.key().startsWith(QLatin1Char('.')))
            return audit::tr("manifest.json names a file outside the pack: %1").arg(it.key());
        // The journal and checkpoints are checked entry by entry (verifyChain), which says more
        // than their SHA-256 would: theirs is not computed.
        if (it.key() == QLatin1String("journal.jsonl") || it.key() == QLatin1String("checkpoints.jsonl"))
            continue;
        if (fileSha256(QDir(dir).filePath(it.key())) != it.value().toString().toLatin1())
            return audit::tr(
                       "%1 does not match the SHA-256 in manifest.json: the file was changed or is missing.")
                .arg(it.key());
    }
    return {};
}

void verifyChain(const QString& dir, const QJsonObject& manifest, const QByteArray& publicKeySpki,
                 qint64 probeSeq, int threads, const PinnedCards* pinnedCards, EvidencePack::Check& check) {
    VerificationReport& failed = check.report;
    QByteArray key = publicKeySpki;
    if (key.isEmpty()) {
        QFile pem(QDir(dir).filePath(QStringLiteral("journal-signing-key.pem")));
        if (pem.open(QIODevice::ReadOnly))
            key = JournalSigner::spkiFromPem(pem.readAll());
        if (key.isEmpty()) {
            failed.problem =
                audit::tr("The pack's journal-signing-key.pem is missing or not a PEM public key.");
            return;
        }
    }
    check.keyFingerprint =
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
    auto checkpoints = CheckpointStore::fromFile(QDir(dir).filePath(QStringLiteral("checkpoints.jsonl")));
    if (!checkpoints) {
        failed.problem = checkpoints.error().message;
        return;
    }
    check.checkpoints = *checkpoints;
    QFile journalFile(QDir(dir).filePath(QStringLiteral("journal.jsonl")));
    if (!journalFile.open(QIODevice::ReadOnly)) {
        failed.problem = audit::tr("%1 cannot be read.").arg(journalFile.fileName());
        return;
    }
    QString entryOneAction;
    JournalVerifier::Input in;
    in.threads = threads;
    in.publicKey = key;
    in.externalCheckpoints = *checkpoints;
    if (manifest.value(QStringLiteral("files_sha256")).toObject().contains(QStringLiteral("cards.json"))) {
        QFile cardsFile(QDir(dir).filePath(QStringLiteral("cards.json")));
        const QByteArray bytes = cardsFile.open(QIODevice::ReadOnly) ? cardsFile.read(4 << 20) : QByteArray();
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
        if (const json::Duplicate d = json::findDuplicateKey(bytes); d.found()) {
            failed.problem = audit::tr("cards.json, line %1: %2.")
                                 .arg(json::lineOf(bytes, d.offset))
                                 .arg(json::duplicateKeyMessage(d));
            return;
        }
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            failed.problem = audit::tr("cards.json is missing or not a JSON object: the pack is damaged.");
            return;
        }
        if (auto read = workspace::journalCardsFromJson(doc.object(), in); !read) {
            failed.problem = read.error().message;
            return;
        }
        check.packHasCards = true;
    }
    check.packRequiresCards = in.requireCardSignatures;
    // A pinned card list (issue #15) replaces the pack's own: every card the pack names, and every
    // card that co-signed, must be pinned with the same key and names; then only the pinned keys
    // and names count. The co-signature rule stays the pack's (an extract does not require it); the
    // CLI says when the pinned list requires what the pack does not.
    if (pinnedCards) {
        if (const PinnedCards::Mismatch m = pinnedCards->compare(in.cards, *checkpoints);
            !m.problem.isEmpty()) {
            failed.firstBadSeq = m.firstBadSeq;
            failed.problem = m.problem;
            return;
        }
        in.cards = pinnedCards->cards;
    }
    const QByteArray firstPrev =
        QByteArray::fromHex(manifest.value(QStringLiteral("first_prev_hash")).toString().toLatin1());
    in.firstPrevHash = firstPrev.size() == 32 ? firstPrev : QByteArray(32, '\0');
    int line = 0;
    // One line buffer for the whole file (up to 16 MiB a line, as before): QIODevice::readLine(max)
    // would allocate and release max bytes for every line. Pages past the longest line are never
    // touched, so they cost no memory.
    constexpr qint64 kMaxLine = 16 * 1024 * 1024;
    QByteArray buffer(kMaxLine + 1, Qt::Uninitialized);
    // Issue #21: this thread reads the lines; the verifier's worker threads decode them (decode
    // below, which touches nothing but its line) and hash the entries.
    in.nextRecord = [&](JournalVerifier::Input::Record& record) -> Result<bool> {
        while (!journalFile.atEnd()) {
            const qint64 got = journalFile.readLine(buffer.data(), buffer.size());
            if (got < 0)
                return fail(ErrorCode::Io, audit::tr("%1 cannot be read.").arg(journalFile.fileName()));
            const QByteArrayView view = QByteArrayView(buffer.constData(), got).trimmed();
            ++line;
            if (view.isEmpty())
                continue;
            record.bytes.resize(0); // keeps the capacity of the batch slot's earlier line
            record.bytes.append(view.data(), view.size());
            record.position = line;
            return true;
        }
        return false;
    };
    in.decode = [](const JournalVerifier::Input::Record& record) -> Result<JournalEntry> {
        const QByteArrayView view = record.bytes;
        // The form export writes takes a shortcut; any other line goes through QJsonDocument.
        Result<JournalEntry> parsed = JournalEntry();
        if (!EntryLine::decodeSimple(view, *parsed)) {
            // decodeSimple declines a repeated key; here it is refused, not read one way.
            const QJsonDocument doc = QJsonDocument::fromJson(record.bytes);
            const json::Duplicate d = doc.isObject() ? json::findDuplicateKey(view) : json::Duplicate{};
            parsed =
                d.found() ? Result<JournalEntry>(fail(ErrorCode::InvalidInput, json::duplicateKeyMessage(d)))
                : doc.isObject()
                    ? Result<JournalEntry>(EntryLine::fromJson(doc.object()))
                    : Result<JournalEntry>(fail(ErrorCode::InvalidInput, audit::tr("not a JSON object")));
        }
        if (parsed)
            if (Status checked = checkEntry(*parsed); !checked)
                parsed = checked.error();
        if (!parsed)
            return fail(
                ErrorCode::InvalidInput,
                audit::tr("journal.jsonl, line %1: %2").arg(record.position).arg(parsed.error().message));
        return parsed;
    };
    in.onEntry = [&](const JournalEntry& e) {
        if (e.seq == 1) {
            check.recordedInEntryOne = true;
            entryOneAction = e.action;
            check.recordedFingerprint =
                e.details().value(QStringLiteral("journal_key_fingerprint")).toString();
        }
        if (e.seq == probeSeq)
            check.probeHash = e.hash;
        check.headSeq = e.seq;
        check.headHash = e.hash;
    };
    VerificationReport r = JournalVerifier::verify(std::move(in));
    const qint64 expectedEntries = manifest.value(QStringLiteral("entries")).toInteger(-1);
    if (r.ok() && expectedEntries != r.entries) {
        r.problem = audit::tr("the manifest promises %1 entries but journal.jsonl holds %2")
                        .arg(expectedEntries)
                        .arg(r.entries);
        r.firstBadSeq = r.lastSeq + 1;
    }
    // The key cross-check (issue #15): the workspace's first entry records the fingerprint of its
    // journal signing key. A pack re-signed with another key, whose entry #1 was left as it was,
    // fails here even when no key is pinned. A pack that starts later is compared with its
    // manifest's record instead (as forgeable as the rest of an unpinned pack, but not a second
    // key by mistake).
    if (r.ok() && check.recordedInEntryOne && entryOneAction != QLatin1String("workspace.created")) {
        r.firstBadSeq = 1;
        r.problem = audit::tr("entry #1 is \"%1\", not the workspace's creation entry that records its "
                              "journal key: this is not a whole journal.")
                        .arg(entryOneAction);
    } else if (r.ok() && check.recordedInEntryOne && check.recordedFingerprint != check.keyFingerprint) {
        r.firstBadSeq = 1;
        r.problem =
            audit::tr("entry #1 records the journal signing key %1, but the checkpoints are signed "
                      "by key %2: this pack was not signed with the workspace's own journal key.")
                .arg(check.recordedFingerprint.isEmpty() ? audit::tr("(none)") : check.recordedFingerprint,
                     check.keyFingerprint);
    } else if (r.ok() && !check.recordedInEntryOne) {
        check.recordedFingerprint = manifest.value(QStringLiteral("key_fingerprint")).toString();
        if (!check.recordedFingerprint.isEmpty() && check.recordedFingerprint != check.keyFingerprint)
            r.problem = audit::tr("manifest.json records the journal signing key %1, but the checkpoints "
                                  "are signed by key %2 (entry #1, which records the workspace's key, is "
                                  "not in this pack).")
                            .arg(check.recordedFingerprint, check.keyFingerprint);
    }
    check.report = r;
}
} // namespace

Result<EvidencePack::Check> EvidencePack::workspaceCheck(store::Database& db, const QString& dir,
                                                         const QByteArray& signingKeySpki,
                                                         const VerificationReport& report, qint64 probeSeq) {
    Check current;
    current.report = report;
    current.pinned = true;
    current.keyFingerprint =
        QString::fromLatin1(QCryptographicHash::hash(signingKeySpki, QCryptographicHash::Sha256).toHex());
    current.headSeq = report.lastSeq;
    if (probeSeq > 0) {
        auto hash = JournalStore(db).hashAt(probeSeq);
        if (!hash)
            return hash.error();
        current.probeHash = *hash;
    }
    auto sidecar = CheckpointStore::fromFile(workspace::Workspace::checkpointFilePath(dir));
    if (!sidecar)
        return sidecar.error();
    current.checkpoints = *sidecar;
    return current;
}

Status EvidencePack::extends(const Check& newer, const QString& newerName, const Check& older,
                             const QString& olderName) {
    if (!older.report.ok())
        return fail(ErrorCode::InvalidInput, audit::tr("%1 does not verify, so it cannot anchor %2: %3")
                                                 .arg(olderName, newerName, older.report.summary()));
    if (!newer.report.ok())
        return fail(ErrorCode::InvalidInput,
                    audit::tr("%1 does not verify: %2").arg(newerName, newer.report.summary()));
    if (older.keyFingerprint != newer.keyFingerprint)
        return fail(ErrorCode::InvalidInput,
                    audit::tr("%1 is signed by journal key %2 but %3 by key %4: they are not the same "
                              "workspace's journal.")
                        .arg(olderName, older.keyFingerprint, newerName, newer.keyFingerprint));
    const QString oldHash = QString::fromLatin1(older.headHash.toHex());
    if (newer.probeHash.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    audit::tr("%1 does not hold entry #%2, the newest entry of %3 (hash %4): it holds #%5 "
                              "to #%6, so it cannot show that the journal still contains it.")
                        .arg(newerName)
                        .arg(older.headSeq)
                        .arg(olderName, oldHash)
                        .arg(newer.report.firstSeq)
                        .arg(newer.report.lastSeq));
    if (newer.probeHash != older.headHash)
        return fail(ErrorCode::InvalidInput,
                    audit::tr("Entry #%1 was rewritten: %2 holds it with hash %3, but %4 holds it with hash "
                              "%5. The journal changed after %2 was exported.")
                        .arg(older.headSeq)
                        .arg(olderName, oldHash, newerName, QString::fromLatin1(newer.probeHash.toHex())));
    // The same head hash covers every earlier entry through the chain. The newest checkpoint of
    // the older pack must also still be there, signature and all: the checkpoint file is
    // append-only, and ECDSA signatures are randomised, so a re-signed one differs.
    if (const auto& cp = older.report.newest;
        cp && cp->seq >= newer.report.firstSeq && cp->seq <= newer.report.lastSeq) {
        const bool kept =
            std::any_of(newer.checkpoints.begin(), newer.checkpoints.end(), [&](const Checkpoint& c) {
                return c.seq == cp->seq && c.hash == cp->hash && c.signature == cp->signature;
            });
        if (!kept)
            return fail(ErrorCode::InvalidInput,
                        audit::tr("%1 lacks the checkpoint of entry #%2 signed at %3 that %4 holds: the "
                                  "checkpoints were replaced after %4 was exported.")
                            .arg(newerName)
                            .arg(cp->seq)
                            .arg(cp->time.toUTC().toString(Qt::ISODate), olderName));
    }
    return {};
}

} // namespace symbolon::audit
