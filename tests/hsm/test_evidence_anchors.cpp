// Evidence packs as anchors (issue #15). A pack checked without a pinned key is only consistent
// with the key it carries, which a forger can make: the CLI says UNANCHORED and exits 4. The key
// the checkpoints are signed with must be the one the journal's entry #1 records, so a pack
// re-signed with a forger's key fails even unpinned. `--extends OLD` proves that a later pack (or
// the workspace) still holds an earlier pack's newest entry and checkpoint: a journal forked from
// a copy of the workspace (signed with the real journal key) is caught, naming the entry and
// both hashes. The packs are real exports of the real symbolon-cli; the forger works on the files
// with OpenSSL, as anyone with the pack could.
// Pinned cards: `--cards FILE` checks every card co-signature against a card list the reviewer
// trusts (`journal export-cards FILE`, or an earlier pack's cards.json). A pack re-signed by a
// forger's journal key and co-signed by a forger's card, consistent with its own forged cards.json,
// fails when the real list is pinned, naming the card and the first entry it co-signs; so does a
// real card given another person's name. With the key pinned but not the cards: UNPINNED, exit 6.
#include "CliRunner.h"
#include "DemoFixture.h"
#include "TreeCopy.h"

#include "journal/Checkpoint.h"
#include "journal/EntryLine.h"
#include "journal/JournalSigner.h"
#include "workspace/Workspace.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace symbolon;
using test::cliArgs;
using test::runCli;

namespace {
QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}
QList<QByteArray> lines(const QString& path) {
    QList<QByteArray> out;
    for (const QByteArray& l : readFile(path).split('\n'))
        if (!l.trimmed().isEmpty())
            out.push_back(l.trimmed());
    return out;
}
QString fingerprintOf(const QByteArray& spki) {
    return QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex());
}
QStringList verifyPack(const QString& pack, const QStringList& extra = {}) {
    return QStringList{QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--evidence-pack"),
                       pack} +
           extra;
}
QStringList exportPack(const QString& ws, const QString& pack, const QStringList& extra = {}) {
    return cliArgs(ws, test::kReviewer,
                   QStringList{QStringLiteral("journal"), QStringLiteral("export"),
                               QStringLiteral("--evidence-pack"), pack} +
                       extra);
}
// The newest entry of a pack: its seq and hash (hex).
std::pair<qint64, QString> head(const QString& pack) {
    const QJsonObject o =
        QJsonDocument::fromJson(lines(QDir(pack).filePath(QStringLiteral("journal.jsonl"))).last()).object();
    return {o.value(QStringLiteral("seq")).toInteger(), o.value(QStringLiteral("hash")).toString()};
}
QString hashOf(const QString& pack, qint64 seq) {
    for (const QByteArray& l : lines(QDir(pack).filePath(QStringLiteral("journal.jsonl")))) {
        const QJsonObject o = QJsonDocument::fromJson(l).object();
        if (o.value(QStringLiteral("seq")).toInteger() == seq)
            return o.value(QStringLiteral("hash")).toString();
    }
    return {};
}

// A key of the forger's own, and what they sign with it.
struct Forger {
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key{EVP_EC_gen("prime256v1"), &EVP_PKEY_free};
    QByteArray spki() const {
        unsigned char* der = nullptr;
        const int len = i2d_PUBKEY(key.get(), &der);
        const QByteArray out(reinterpret_cast<const char*>(der), len);
        OPENSSL_free(der);
        return out;
    }
    QByteArray sign(const QByteArray& data) const {
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
        size_t len = 0;
        if (EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
            EVP_DigestSign(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(data.constData()),
                           static_cast<size_t>(data.size())) != 1)
            return {};
        QByteArray sig(static_cast<qsizetype>(len), '\0');
        if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
                           reinterpret_cast<const unsigned char*>(data.constData()),
                           static_cast<size_t>(data.size())) != 1)
            return {};
        sig.truncate(static_cast<qsizetype>(len));
        return sig;
    }
};

// Re-signs every checkpoint of the pack with the forger's key (dropping the card co-signatures
// and card list it cannot make again) and puts that key in the pack, its
// manifest updated to match. With rewriteEntryOne, entry #1 is made to record the forger's key
// too and the chain is recomputed: a pack consistent in every respect with a key of the forger's.
bool forge(const QString& dir, const Forger& forger, bool rewriteEntryOne) {
    const QString fp = fingerprintOf(forger.spki());
    const QString journalPath = QDir(dir).filePath(QStringLiteral("journal.jsonl"));
    QHash<qint64, QByteArray> hashes;
    QByteArray journalOut, prev;
    for (const QByteArray& l : lines(journalPath)) {
        QJsonObject o = QJsonDocument::fromJson(l).object();
        journal::JournalEntry e = journal::EntryLine::fromJson(o);
        if (rewriteEntryOne) {
            if (e.seq == 1) {
                QJsonObject d = e.details();
                d.insert(QStringLiteral("journal_key_fingerprint"), fp);
                e.detailsJson = journal::JournalEntry::encodeDetails(d);
            }
            if (!prev.isEmpty())
                e.prevHash = prev;
            e.hash = e.computeHash();
            prev = e.hash;
            o.insert(QStringLiteral("details_json"), QString::fromUtf8(e.detailsJson));
            o.insert(QStringLiteral("prev_hash"), QString::fromLatin1(e.prevHash.toHex()));
            o.insert(QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex()));
        }
        hashes.insert(e.seq, e.hash);
        journalOut += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    const QString cpPath = QDir(dir).filePath(QStringLiteral("checkpoints.jsonl"));
    QByteArray cpOut;
    for (const QByteArray& l : lines(cpPath)) {
        auto c = journal::Checkpoint::fromJson(QJsonDocument::fromJson(l).object());
        if (!c)
            return false;
        c->hash = hashes.value(c->seq);
        c->keyFingerprint = fp;
        c->signature = forger.sign(c->canonical());
        // The cards' co-signatures cannot be made again: the forger drops them, and the card
        // list (cards.json) with them.
        c->cardFingerprint.clear();
        c->cardSignature.clear();
        cpOut += QJsonDocument(c->toJson()).toJson(QJsonDocument::Compact) + '\n';
    }
    const QByteArray pem = journal::JournalSigner::publicKeyPem(forger.spki());
    const QString manifestPath = QDir(dir).filePath(QStringLiteral("manifest.json"));
    QJsonObject manifest = QJsonDocument::fromJson(readFile(manifestPath)).object();
    QJsonObject files = manifest.value(QStringLiteral("files_sha256")).toObject();
    files.insert(QStringLiteral("journal-signing-key.pem"),
                 QString::fromLatin1(QCryptographicHash::hash(pem, QCryptographicHash::Sha256).toHex()));
    files.remove(QStringLiteral("cards.json"));
    QFile::remove(QDir(dir).filePath(QStringLiteral("cards.json")));
    manifest.insert(QStringLiteral("files_sha256"), files);
    manifest.insert(QStringLiteral("key_fingerprint"), fp);
    return writeFile(journalPath, journalOut) && writeFile(cpPath, cpOut) &&
           writeFile(QDir(dir).filePath(QStringLiteral("journal-signing-key.pem")), pem) &&
           writeFile(manifestPath, QJsonDocument(manifest).toJson());
}

// Puts `bytes` into the pack as `name`, its SHA-256 in the manifest to match.
bool replaceFile(const QString& dir, const QString& name, const QByteArray& bytes) {
    const QString manifestPath = QDir(dir).filePath(QStringLiteral("manifest.json"));
    QJsonObject manifest = QJsonDocument::fromJson(readFile(manifestPath)).object();
    QJsonObject files = manifest.value(QStringLiteral("files_sha256")).toObject();
    files.insert(name,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    manifest.insert(QStringLiteral("files_sha256"), files);
    return writeFile(QDir(dir).filePath(name), bytes) &&
           writeFile(manifestPath, QJsonDocument(manifest).toJson());
}

// The whole forgery of issue #15 against a pack: one entry that names a person is rewritten, the
// chain recomputed, every checkpoint re-signed with the forger's journal key and co-signed with the
// forger's card, and cards.json replaced by one that lists the forger's card under every person's
// name (card_signatures_required kept true). The pack is then consistent in every respect with its
// own key and card list. Returns the rewritten entry's seq (0 on failure).
qint64 forgeWithCard(const QString& dir, const Forger& journalKey, const Forger& card) {
    if (!forge(dir, journalKey, true))
        return 0;
    const QString journalPath = QDir(dir).filePath(QStringLiteral("journal.jsonl"));
    QHash<qint64, QByteArray> hashes;
    QByteArray journalOut, prev;
    QStringList actors;
    qint64 rewritten = 0;
    for (const QByteArray& l : lines(journalPath)) {
        QJsonObject o = QJsonDocument::fromJson(l).object();
        journal::JournalEntry e = journal::EntryLine::fromJson(o);
        if (e.role != QLatin1String("system") && !actors.contains(e.actor))
            actors << e.actor;
        if (rewritten == 0 && e.role != QLatin1String("system") && e.seq > 1) {
            rewritten = e.seq;
            e.target += QStringLiteral(" (rewritten)");
            o.insert(QStringLiteral("target"), e.target);
        }
        if (!prev.isEmpty())
            e.prevHash = prev;
        e.hash = e.computeHash();
        prev = e.hash;
        o.insert(QStringLiteral("prev_hash"), QString::fromLatin1(e.prevHash.toHex()));
        o.insert(QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex()));
        hashes.insert(e.seq, e.hash);
        journalOut += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    const QString cardFp = fingerprintOf(card.spki());
    const QString cpPath = QDir(dir).filePath(QStringLiteral("checkpoints.jsonl"));
    QByteArray cpOut;
    for (const QByteArray& l : lines(cpPath)) {
        auto c = journal::Checkpoint::fromJson(QJsonDocument::fromJson(l).object());
        if (!c)
            return 0;
        c->hash = hashes.value(c->seq);
        c->signature = journalKey.sign(c->canonical());
        c->cardFingerprint = cardFp;
        c->cardSignature = card.sign(c->cardCanonical());
        cpOut += QJsonDocument(c->toJson()).toJson(QJsonDocument::Compact) + '\n';
    }
    const QJsonObject cards{
        {QStringLiteral("format"), 1},
        {QStringLiteral("card_signatures_required"), true},
        {QStringLiteral("cards"),
         QJsonArray{QJsonObject{{QStringLiteral("fingerprint"), cardFp},
                                {QStringLiteral("public_key"), QString::fromLatin1(card.spki().toBase64())},
                                {QStringLiteral("actors"), QJsonArray::fromStringList(actors)}}}}};
    if (!writeFile(journalPath, journalOut) || !writeFile(cpPath, cpOut) ||
        !replaceFile(dir, QStringLiteral("cards.json"), QJsonDocument(cards).toJson()))
        return 0;
    return rewritten;
}
} // namespace

class TestEvidenceAnchors : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{20};
    QString m_pack, m_keyPem, m_fingerprint;
    QString m_wsA, m_wsB; // two copies of the workspace at the same state
    QString m_old;        // exported from A
    QString m_cards;      // journal export-cards of the workspace: the card list the reviewer pins

    // The journal key and the card list, both pinned.
    QStringList pinned() const {
        return {QStringLiteral("--public-key"), m_keyPem, QStringLiteral("--cards"), m_cards};
    }

    QString copyPack(const QString& from, const QString& name) {
        const QString dir = m_demo.scratch(name);
        QDir().mkpath(dir);
        for (const QString& f : QDir(from).entryList(QDir::Files))
            QFile::copy(QDir(from).filePath(f), QDir(dir).filePath(f));
        return dir;
    }

private Q_SLOTS:
    void initTestCase() {
        m_pack = m_demo.scratch(QStringLiteral("pack"));
        const auto exported = runCli(exportPack(m_demo.dir(), m_pack));
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        m_keyPem = workspace::Workspace::journalKeyPath(m_demo.dir());
        const QByteArray spki = journal::JournalSigner::spkiFromPem(readFile(m_keyPem));
        QVERIFY(!spki.isEmpty());
        m_fingerprint = fingerprintOf(spki);
        m_wsA = m_demo.scratch(QStringLiteral("wsA"));
        m_wsB = m_demo.scratch(QStringLiteral("wsB"));
        QVERIFY(test::copyTree(m_demo.dir(), m_wsA));
        QVERIFY(test::copyTree(m_demo.dir(), m_wsB));
        m_old = m_demo.scratch(QStringLiteral("old"));
        const auto old = runCli(exportPack(m_wsA, m_old));
        QVERIFY2(old.code == 0, qPrintable(old.err));
        m_cards = m_demo.scratch(QStringLiteral("pinned-cards.json"));
        const auto cards =
            runCli(cliArgs(m_demo.dir(), test::kReviewer,
                           {QStringLiteral("journal"), QStringLiteral("export-cards"), m_cards}));
        QVERIFY2(cards.code == 0, qPrintable(cards.err));
        QVERIFY2(cards.out.contains(QStringLiteral("Card list written to %1").arg(m_cards)),
                 qPrintable(cards.out));
    }

    // ---- pinned keys only ----
    void aPinnedPackVerifies() {
        const auto r = runCli(verifyPack(m_pack, pinned()));
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("Chain verified")));
        QVERIFY(!r.out.contains(QStringLiteral("UNANCHORED")));
        QVERIFY(!r.out.contains(QStringLiteral("UNPINNED")));
        QVERIFY2(r.out.contains(QStringLiteral("Card keys pinned: every card co-signature is by one of the")),
                 qPrintable(r.out));
        // An earlier pack's cards.json, or the earlier pack's folder, pins them as well.
        for (const QString& earlier : {QDir(m_old).filePath(QStringLiteral("cards.json")), m_old}) {
            const auto e = runCli(verifyPack(
                m_pack, {QStringLiteral("--public-key"), m_keyPem, QStringLiteral("--cards"), earlier}));
            QVERIFY2(e.code == 0, qPrintable(e.err + e.out));
        }
    }
    void aPackWithTheKeyPinnedButNotTheCardsIsUnpinned() {
        const auto r = runCli(verifyPack(m_pack, {QStringLiteral("--public-key"), m_keyPem}));
        QCOMPARE(r.code, 6);
        QVERIFY(r.out.contains(QStringLiteral("Chain verified")));
        QVERIFY2(
            r.out.contains(QStringLiteral("UNPINNED: no --cards was given, so the card co-signatures were "
                                          "checked only against the pack's own cards.json")),
            qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("UNANCHORED")));
        // Neither pinned: UNANCHORED (4) comes first.
        QCOMPARE(runCli(verifyPack(m_pack, {QStringLiteral("--cards"), m_cards})).code, 4);
    }
    void exportCardsWritesTheRegistersCards() {
        const QJsonObject o = QJsonDocument::fromJson(readFile(m_cards)).object();
        QCOMPARE(o.value(QStringLiteral("format")).toInt(), 1);
        QVERIFY(o.value(QStringLiteral("card_signatures_required")).toBool());
        QCOMPARE(o.value(QStringLiteral("cards")).toArray().size(), 5); // the demo's five cards
        // Never overwritten, and FILE is needed.
        auto r = runCli(cliArgs(m_demo.dir(), test::kReviewer,
                                {QStringLiteral("journal"), QStringLiteral("export-cards"), m_cards}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("%1 exists").arg(m_cards)), qPrintable(r.err));
        r = runCli(cliArgs(m_demo.dir(), test::kReviewer,
                           {QStringLiteral("journal"), QStringLiteral("export-cards")}));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("needs the FILE")), qPrintable(r.err));
    }

    // ---- pinned cards: the forgeries ----
    void aPackForgedWithItsOwnCardListFailsWhenTheRealOneIsPinned() {
        const QString dir = copyPack(m_pack, QStringLiteral("forged-cards"));
        Forger journalKey, card;
        const qint64 rewritten = forgeWithCard(dir, journalKey, card);
        QVERIFY(rewritten > 1);
        const QString cardFp = fingerprintOf(card.spki());
        const qint64 firstSigned =
            QJsonDocument::fromJson(lines(QDir(dir).filePath(QStringLiteral("checkpoints.jsonl"))).first())
                .object()
                .value(QStringLiteral("seq"))
                .toInteger();
        // Consistent with its own key and card list: unpinned it is only UNANCHORED; with the
        // forger's key given as if it were the real one, only the unpinned cards say anything.
        auto r = runCli(verifyPack(dir));
        QCOMPARE(r.code, 4);
        const QString forgedPem = m_demo.scratch(QStringLiteral("forger.pem"));
        QVERIFY(writeFile(forgedPem, journal::JournalSigner::publicKeyPem(journalKey.spki())));
        r = runCli(verifyPack(dir, {QStringLiteral("--public-key"), forgedPem}));
        QCOMPARE(r.code, 6);
        QVERIFY2(r.out.contains(QStringLiteral("co-signed by their own card")), qPrintable(r.out));
        // The real card list pinned: it fails, naming the forger's card and the first entry it signs,
        // whether or not the journal key is pinned too.
        for (const QStringList& extra :
             {QStringList{QStringLiteral("--cards"), m_cards},
              QStringList{QStringLiteral("--public-key"), forgedPem, QStringLiteral("--cards"), m_cards},
              pinned()}) {
            r = runCli(verifyPack(dir, extra));
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("FAILED at entry #%1").arg(firstSigned)) &&
                         r.err.contains(QStringLiteral("lists card %1").arg(cardFp)) &&
                         r.err.contains(QStringLiteral("not in the pinned card list %1").arg(m_cards)) &&
                         r.err.contains(QStringLiteral("checkpoint of entry #%1").arg(firstSigned)),
                     qPrintable(r.err));
        }
        // Leaving the forged card out of cards.json does not help: its co-signatures are named.
        QVERIFY(replaceFile(dir, QStringLiteral("cards.json"),
                            "{\"format\":1,\"card_signatures_required\":false,\"cards\":[]}"));
        r = runCli(
            verifyPack(dir, {QStringLiteral("--public-key"), forgedPem, QStringLiteral("--cards"), m_cards}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(
                     QStringLiteral("checkpoint of entry #%1 is co-signed by card %2, which is not in the "
                                    "pinned card list")
                         .arg(firstSigned)
                         .arg(cardFp)),
                 qPrintable(r.err));
    }
    void aRealCardGivenAnotherPersonsNameFailsWhenPinned() {
        // The reviewer's own card made to count for a custodian's entries: a real key, a false name.
        const QString dir = copyPack(m_pack, QStringLiteral("renamed-card"));
        QJsonObject cards =
            QJsonDocument::fromJson(readFile(QDir(dir).filePath(QStringLiteral("cards.json")))).object();
        QJsonArray list = cards.value(QStringLiteral("cards")).toArray();
        int reviewer = -1;
        QString custodianActor;
        for (int i = 0; i < list.size(); ++i) {
            const QString actor =
                list.at(i).toObject().value(QStringLiteral("actors")).toArray().at(0).toString();
            if (actor.startsWith(demo::demoCards()[test::kReviewer - 1].holder))
                reviewer = i;
            else if (actor.startsWith(demo::demoCards()[0].holder))
                custodianActor = actor;
        }
        QVERIFY(reviewer >= 0 && !custodianActor.isEmpty());
        QJsonObject card = list.at(reviewer).toObject();
        const QString reviewerFp = card.value(QStringLiteral("fingerprint")).toString();
        QJsonArray actors = card.value(QStringLiteral("actors")).toArray();
        actors.append(custodianActor);
        card.insert(QStringLiteral("actors"), actors);
        list.replace(reviewer, card);
        cards.insert(QStringLiteral("cards"), list);
        QVERIFY(replaceFile(dir, QStringLiteral("cards.json"), QJsonDocument(cards).toJson()));
        // Unpinned, the pack's own list is believed.
        QCOMPARE(runCli(verifyPack(dir, {QStringLiteral("--public-key"), m_keyPem})).code, 6);
        const auto r = runCli(verifyPack(dir, pinned()));
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("says card %1 goes by \"%2\"").arg(reviewerFp, custodianActor)) &&
                r.err.contains(QStringLiteral("its first co-signature is on the checkpoint of entry #")),
            qPrintable(r.err));
    }
    void aPackWithoutItsCardListIsNotFullyPinned() {
        // The downgrade: cards.json left out, so that no co-signature is required. Every co-signature
        // still present is checked against the pinned keys, and the pinned list's rule is named.
        const QString dir = copyPack(m_pack, QStringLiteral("no-cards"));
        const QString manifestPath = QDir(dir).filePath(QStringLiteral("manifest.json"));
        QJsonObject manifest = QJsonDocument::fromJson(readFile(manifestPath)).object();
        QJsonObject files = manifest.value(QStringLiteral("files_sha256")).toObject();
        files.remove(QStringLiteral("cards.json"));
        manifest.insert(QStringLiteral("files_sha256"), files);
        QVERIFY(writeFile(manifestPath, QJsonDocument(manifest).toJson()));
        QVERIFY(QFile::remove(QDir(dir).filePath(QStringLiteral("cards.json"))));
        auto r = runCli(verifyPack(dir, {QStringLiteral("--public-key"), m_keyPem}));
        QCOMPARE(r.code, 6);
        QVERIFY2(r.out.contains(QStringLiteral("the pack carries no cards.json")), qPrintable(r.out));
        r = runCli(verifyPack(dir, pinned()));
        QCOMPARE(r.code, 6);
        QVERIFY2(
            r.out.contains(QStringLiteral("says this site requires every person's entries to be co-signed by "
                                          "their own card, but the pack does not require it")),
            qPrintable(r.out));
    }
    void aBadCardListIsRefused() {
        const QString dup = m_demo.scratch(QStringLiteral("dup-cards.json"));
        QVERIFY(writeFile(
            dup, "{\"format\":1,\n\"card_signatures_required\":true,\n\"cards\":[],\n\"format\":1}"));
        auto r = runCli(
            verifyPack(m_pack, {QStringLiteral("--public-key"), m_keyPem, QStringLiteral("--cards"), dup}));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("%1, line 4: the key \"format\" appears twice").arg(dup)),
                 qPrintable(r.err));
        const QString missing = m_demo.scratch(QStringLiteral("no-such-cards.json"));
        r = runCli(verifyPack(
            m_pack, {QStringLiteral("--public-key"), m_keyPem, QStringLiteral("--cards"), missing}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("%1 cannot be read").arg(missing)), qPrintable(r.err));
        // --cards is for evidence packs.
        r = runCli(cliArgs(
            m_demo.dir(), test::kReviewer,
            {QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--cards"), m_cards}));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--cards pins the card keys of an evidence pack")),
                 qPrintable(r.err));
    }
    void theReportListsTheSignersPerSpan() {
        const QString html =
            QString::fromUtf8(readFile(QDir(m_pack).filePath(QStringLiteral("report.html"))));
        QVERIFY2(html.contains(QStringLiteral("<h2>Signers by span</h2>")), qPrintable(html.left(4000)));
        const QJsonArray cards =
            QJsonDocument::fromJson(readFile(QDir(m_pack).filePath(QStringLiteral("cards.json"))))
                .object()
                .value(QStringLiteral("cards"))
                .toArray();
        // The reviewer exported it, and so co-signed at least the export's checkpoint.
        const auto& reviewer = demo::demoCards()[test::kReviewer - 1];
        QString reviewerFp;
        for (const QJsonValue& c : cards)
            if (c.toObject()
                    .value(QStringLiteral("actors"))
                    .toArray()
                    .at(0)
                    .toString()
                    .startsWith(reviewer.holder))
                reviewerFp = c.toObject().value(QStringLiteral("fingerprint")).toString();
        QVERIFY(!reviewerFp.isEmpty());
        auto registered = workspace::Workspace::cards(m_demo.dir(), {});
        QVERIFY(registered);
        QString serial;
        for (const auto& c : *registered)
            if (c.keyslot.tokenLabel == reviewer.label)
                serial = c.keyslot.tokenSerial;
        QVERIFY(!serial.isEmpty());
        const QString row = QStringLiteral("<td>%1</td><td>%2</td><td>%3</td><td><code>%4</code></td>")
                                .arg(reviewer.holder.toHtmlEscaped(), reviewer.role, serial, reviewerFp);
        QVERIFY2(html.contains(row), qPrintable(row));
        // The export's own entry is the pack's last, and its checkpoint the reviewer's: a span ends there.
        const auto [seq, hash] = head(m_pack);
        QVERIFY2(html.contains(QStringLiteral(" to #%1</td>%2").arg(seq).arg(row)) ||
                     html.contains(QStringLiteral("<td>#%1</td>%2").arg(seq).arg(row)),
                 qPrintable(html));
    }
    void anUnpinnedPackIsUnanchored() {
        const auto r = runCli(verifyPack(m_pack));
        QCOMPARE(r.code, 4);
        QVERIFY2(r.out.contains(QStringLiteral("UNANCHORED: no --public-key was given")), qPrintable(r.out));
        QVERIFY(r.out.contains(m_fingerprint));
        QVERIFY(r.out.contains(QStringLiteral("Chain verified")));
    }
    void aPackResignedWithAForgersKeyFailsEvenUnpinned() {
        const QString dir = copyPack(m_pack, QStringLiteral("resigned"));
        Forger forger;
        QVERIFY(forge(dir, forger, false));
        const QString forged = fingerprintOf(forger.spki());
        // Unpinned: the pack is consistent with the forger's key, but entry #1 names the real one.
        auto r = runCli(verifyPack(dir));
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("entry #1 records the journal signing key %1, but the checkpoints "
                                          "are signed by key %2")
                               .arg(m_fingerprint, forged)),
            qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("FAILED at entry #1")));
        // Pinned to the real key: the forger's signatures fail.
        r = runCli(verifyPack(dir, {QStringLiteral("--public-key"), m_keyPem}));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("FAILED")));
    }
    void aPackForgedThroughoutIsUnanchoredUnpinnedAndFailsPinned() {
        const QString dir = copyPack(m_pack, QStringLiteral("forged"));
        Forger forger;
        QVERIFY(forge(dir, forger, true));
        // Consistent in every respect, and so all an unpinned check can say is UNANCHORED.
        auto r = runCli(verifyPack(dir));
        QCOMPARE(r.code, 4);
        QVERIFY2(r.out.contains(QStringLiteral("UNANCHORED")), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(fingerprintOf(forger.spki())));
        r = runCli(verifyPack(dir, {QStringLiteral("--public-key"), m_keyPem}));
        QCOMPARE(r.code, 1);
        QVERIFY(!r.out.contains(QStringLiteral("UNANCHORED")));
    }
    void aPackStartingLaterIsCheckedAgainstItsManifest() {
        const QString dir = m_demo.scratch(QStringLiteral("later"));
        const auto exported = runCli(exportPack(m_wsA, dir, {QStringLiteral("--from"), QStringLiteral("3")}));
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        auto r = runCli(verifyPack(dir, {QStringLiteral("--public-key"), m_keyPem}));
        QCOMPARE(r.code, 6); // the key pinned, not the cards
        // An extract does not require every entry co-signed (its last ones may be co-signed after
        // its end): with the site's list pinned, the co-signatures it has are checked, and it says so.
        r = runCli(verifyPack(dir, pinned()));
        QCOMPARE(r.code, 6);
        QVERIFY2(r.out.contains(QStringLiteral("but the pack does not require it (an extract")),
                 qPrintable(r.out));
        Forger forger;
        QVERIFY(forge(dir, forger, false));
        // The forger also set the manifest's key_fingerprint: without #1, unpinned is all it can say.
        r = runCli(verifyPack(dir));
        QCOMPARE(r.code, 4);
        // A manifest left naming the real key: the mismatch is named.
        const QString manifestPath = QDir(dir).filePath(QStringLiteral("manifest.json"));
        QJsonObject manifest = QJsonDocument::fromJson(readFile(manifestPath)).object();
        manifest.insert(QStringLiteral("key_fingerprint"), m_fingerprint);
        QVERIFY(writeFile(manifestPath, QJsonDocument(manifest).toJson()));
        r = runCli(verifyPack(dir));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(
                     QStringLiteral("manifest.json records the journal signing key %1").arg(m_fingerprint)),
                 qPrintable(r.err));
    }

    // ---- --extends OLD ----
    void aLaterPackExtendsAnEarlierOne() {
        const QString fresh = m_demo.scratch(QStringLiteral("newA"));
        const auto exported = runCli(exportPack(m_wsA, fresh));
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const auto [seq, hash] = head(m_old);
        auto r = runCli(verifyPack(fresh, QStringList{QStringLiteral("--extends"), m_old} + pinned()));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(
            r.out.contains(
                QStringLiteral("extends %1: it holds entry #%2 with hash %3").arg(m_old).arg(seq).arg(hash)),
            qPrintable(r.out));
        // Unpinned, the extension is shown but the result is still unanchored.
        r = runCli(verifyPack(fresh, {QStringLiteral("--extends"), m_old}));
        QCOMPARE(r.code, 4);
        QVERIFY(r.out.contains(QStringLiteral("extends")));
        // The workspace itself extends it too.
        r = runCli(cliArgs(
            m_wsA, test::kReviewer,
            {QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--extends"), m_old}));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("The workspace's journal extends")));
    }
    void aForkedJournalDoesNotExtend() {
        // B is the same workspace as A before A's export: its own entry at that seq differs, and
        // everything B signs is signed with the real journal key.
        const QString other = m_demo.scratch(QStringLiteral("otherB"));
        QVERIFY(runCli(exportPack(m_wsB, other)).code == 0);
        const QString fresh = m_demo.scratch(QStringLiteral("newB"));
        QVERIFY(runCli(exportPack(m_wsB, fresh)).code == 0);
        QVERIFY(runCli(verifyPack(fresh, pinned())).code == 0);
        const auto [seq, oldHash] = head(m_old);
        const QString newHash = hashOf(fresh, seq);
        QVERIFY(!newHash.isEmpty() && newHash != oldHash);
        auto r = runCli(verifyPack(
            fresh, {QStringLiteral("--extends"), m_old, QStringLiteral("--public-key"), m_keyPem}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(
                     QStringLiteral("Entry #%1 was rewritten: %2 holds it with hash %3, but %4 holds it "
                                    "with hash %5")
                         .arg(seq)
                         .arg(m_old, oldHash, fresh, newHash)),
                 qPrintable(r.err));
        r = runCli(cliArgs(
            m_wsB, test::kReviewer,
            {QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--extends"), m_old}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Entry #%1 was rewritten").arg(seq)), qPrintable(r.err));
        QVERIFY(r.err.contains(oldHash));
    }
    void aPackEndingBeforeTheOldHeadDoesNotExtend() {
        const auto [seq, hash] = head(m_old);
        const QString shorter = m_demo.scratch(QStringLiteral("shorter"));
        QVERIFY(runCli(exportPack(m_wsA, shorter, {QStringLiteral("--to"), QString::number(seq - 1)})).code ==
                0);
        const auto r = runCli(verifyPack(
            shorter, {QStringLiteral("--extends"), m_old, QStringLiteral("--public-key"), m_keyPem}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not hold entry #%1, the newest entry of %2 (hash %3)")
                                    .arg(seq)
                                    .arg(m_old, hash)),
                 qPrintable(r.err));
    }
    void aPackWithoutTheOldCheckpointDoesNotExtend() {
        const QString fresh = m_demo.scratch(QStringLiteral("newA2"));
        QVERIFY(runCli(exportPack(m_wsA, fresh)).code == 0);
        // Drop OLD's newest checkpoint from the new pack: its later checkpoints still anchor it.
        const qint64 seq =
            QJsonDocument::fromJson(lines(QDir(m_old).filePath(QStringLiteral("checkpoints.jsonl"))).last())
                .object()
                .value(QStringLiteral("seq"))
                .toInteger();
        QVERIFY(seq > 0);
        const QString cpPath = QDir(fresh).filePath(QStringLiteral("checkpoints.jsonl"));
        QByteArray kept;
        int dropped = 0;
        for (const QByteArray& l : lines(cpPath)) {
            if (QJsonDocument::fromJson(l).object().value(QStringLiteral("seq")).toInteger() == seq) {
                ++dropped;
                continue;
            }
            kept += l + '\n';
        }
        QVERIFY(dropped > 0);
        QVERIFY(writeFile(cpPath, kept));
        QVERIFY(runCli(verifyPack(fresh, pinned())).code == 0);
        const auto r = runCli(verifyPack(
            fresh, {QStringLiteral("--extends"), m_old, QStringLiteral("--public-key"), m_keyPem}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("lacks the checkpoint of entry #%1").arg(seq)),
                 qPrintable(r.err));
    }
    void extendsErrorPaths() {
        // OLD that is not a pack, and OLD that does not verify: named, exit 1.
        const QString missing = m_demo.scratch(QStringLiteral("no-such-pack"));
        auto r = runCli(verifyPack(
            m_pack, {QStringLiteral("--extends"), missing, QStringLiteral("--public-key"), m_keyPem}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("%1 does not verify, so it cannot anchor").arg(missing)),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("is this an evidence pack?")));
        const QString damaged = copyPack(m_old, QStringLiteral("old-damaged"));
        QVERIFY(writeFile(QDir(damaged).filePath(QStringLiteral("journal.jsonl")), "{\"seq\":\n"));
        r = runCli(verifyPack(
            m_pack, {QStringLiteral("--extends"), damaged, QStringLiteral("--public-key"), m_keyPem}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("journal.jsonl, line 1")), qPrintable(r.err));
        // A pack of another workspace (another journal key): named by both keys.
        const QString otherWs = m_demo.scratch(QStringLiteral("other-workspace"));
        QVERIFY(runCli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"),
                        otherWs, QStringLiteral("--devices"), QStringLiteral("5")})
                    .code == 0);
        const QString foreign = m_demo.scratch(QStringLiteral("foreign"));
        QVERIFY(runCli(exportPack(otherWs, foreign)).code == 0);
        r = runCli(verifyPack(foreign, {QStringLiteral("--extends"), m_old}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("they are not the same workspace's journal")),
                 qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceAnchors)
#include "test_evidence_anchors.moc"
