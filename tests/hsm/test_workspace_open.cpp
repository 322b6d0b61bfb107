// Opening a workspace with a card: keyslot ECDH on a real SoftHSM2 card, SQLCipher keyed with
// the unwrapped key, and every failure a custodian can cause changing nothing.
#include "TestPaths.h"
#include "TokenStore.h"

#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/Session.h"
#include "journal/JournalStore.h"
#include "store/Database.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSchema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace symbolon;

class TestWorkspaceOpen : public QObject {
    Q_OBJECT

    test::TokenStore m_store;
    QTemporaryDir m_root{QStringLiteral("/dev/shm/symbolon-ws-XXXXXX")};
    std::shared_ptr<hsm::Module> m_module;
    QString m_serial1, m_serial2;
    const QByteArray m_keyId = QByteArrayLiteral("\x53\x59\x4d\x01");

    QString makeCard(const QString& label, const char* pin) {
        auto t =
            m_module->initToken(label, SecureBytes::fromString("so-pin-1234"), SecureBytes::fromString(pin));
        if (!t)
            qFatal("initToken failed");
        auto s = m_module->openSession(t->slotId, true);
        if (!s || !(*s)->login(SecureBytes::fromString(pin)))
            qFatal("login failed");
        auto kp = hsm::EcKeyPair::generate(**s, QStringLiteral("Symbolon custodian key"), m_keyId);
        if (!kp)
            qFatal("%s", qPrintable(kp.error().message));
        (void)(*s)->logout();
        return t->serial;
    }

    QString makeWorkspace(const QString& name) {
        const QString dir = m_root.filePath(name);
        workspace::WorkspaceConfig c;
        c.name = name;
        c.modulePath = test::softhsmModule();
        c.createdAt = QDateTime::currentDateTimeUtc();
        c.quorumK = 1; // one custodian signs site register version 1 (development profile)
        c.quorumN = 1;
        auto ws = workspace::Workspace::create(dir, c,
                                               {{QStringLiteral("Alice Hughes"), QStringLiteral("custodian"),
                                                 m_serial1, m_keyId, SecureBytes::fromString("111111")},
                                                {QStringLiteral("Rhys Evans"), QStringLiteral("reviewer"),
                                                 m_serial2, m_keyId, SecureBytes::fromString("444444")}});
        if (!ws)
            qFatal("%s", qPrintable(ws.error().message));
        return dir;
    }

    static QByteArray fileHash(const QString& path) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_store.isValid());
        auto m = hsm::Module::load(test::softhsmModule());
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        m_module = *m;
        m_serial1 = makeCard(QStringLiteral("ACS card 1"), "111111");
        m_serial2 = makeCard(QStringLiteral("PMA reviewer"), "444444");
    }

    void opensWithTheRightPin() {
        const QString dir = makeWorkspace(QStringLiteral("ok"));
        auto ws = workspace::Workspace::open(dir, m_serial1, SecureBytes::fromString("111111"), {});
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        QCOMPARE((*ws)->identity().holder, QStringLiteral("Alice Hughes"));
        QCOMPARE((*ws)->identity().role, QStringLiteral("custodian"));
        auto n = (*ws)->journal().verifyChain();
        QVERIFY(n);
        QCOMPARE(*n, 2); // workspace.created, workspace.opened
        auto head = (*ws)->journal().head();
        QVERIFY(head);
        QCOMPARE(head->action, QStringLiteral("workspace.opened"));
        QVERIFY(head->actor.startsWith(QStringLiteral("Alice Hughes [card ")));
        // The reviewer's card opens the same workspace with its own keyslot.
        ws->reset();
        auto rv = workspace::Workspace::open(dir, m_serial2, SecureBytes::fromString("444444"), {});
        QVERIFY2(rv, rv ? "" : qPrintable(rv.error().message));
        QCOMPARE((*rv)->identity().role, QStringLiteral("reviewer"));
    }

    void theDatabaseIsEncrypted() {
        const QString dir = makeWorkspace(QStringLiteral("enc"));
        QFile f(workspace::Workspace::databasePath(dir));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("workspace.created"));
        QVERIFY(!bytes.contains("Alice Hughes"));
    }

    void wrongPinChangesNothing() {
        const QString dir = makeWorkspace(QStringLiteral("wrongpin"));
        const QByteArray before = fileHash(workspace::Workspace::databasePath(dir));
        auto ws = workspace::Workspace::open(dir, m_serial1, SecureBytes::fromString("999999"), {});
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::PinIncorrect);
        QVERIFY(ws.error().hasCkrv);
        QVERIFY(ws.error().message.contains(QStringLiteral("CKR_PIN_INCORRECT")));
        QCOMPARE(fileHash(workspace::Workspace::databasePath(dir)), before);
    }

    void emptyPinIsRefused() {
        const QString dir = makeWorkspace(QStringLiteral("emptypin"));
        auto ws = workspace::Workspace::open(dir, m_serial1, SecureBytes(), {});
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::PinIncorrect);
    }

    void cardWithoutKeyslotIsRefused() {
        const QString dir = makeWorkspace(QStringLiteral("nokeyslot"));
        auto ws = workspace::Workspace::open(dir, QStringLiteral("0000000000000000"),
                                             SecureBytes::fromString("1"), {});
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::NotFound);
        QVERIFY(ws.error().message.contains(QStringLiteral("has no keyslot")));
    }

    void missingDatabaseIsReported() {
        const QString dir = makeWorkspace(QStringLiteral("missing"));
        QVERIFY(QFile::remove(workspace::Workspace::databasePath(dir)));
        auto ws = workspace::Workspace::open(dir, m_serial1, SecureBytes::fromString("111111"), {});
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::NotFound);
        QVERIFY(ws.error().message.contains(QStringLiteral("missing")));
    }

    void corruptedDatabaseIsReported() {
        const QString dir = makeWorkspace(QStringLiteral("corrupt"));
        const QString path = workspace::Workspace::databasePath(dir);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(0);
        f.write(QByteArray(64, '\x5a')); // the first page's salt and header
        f.close();
        const QByteArray before = fileHash(path);
        auto ws = workspace::Workspace::open(dir, m_serial1, SecureBytes::fromString("111111"), {});
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::WrongKey);
        QCOMPARE(fileHash(path), before);
    }

    void editedKeyslotRoleDoesNotOpen() {
        const QString dir = makeWorkspace(QStringLiteral("tamper"));
        const QString path = dir + QStringLiteral("/keyslots.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray slots = doc.value(QStringLiteral("keyslots")).toArray();
        QJsonObject reviewer = slots[1].toObject();
        reviewer[QStringLiteral("role")] = QStringLiteral("custodian"); // promote oneself
        slots[1] = reviewer;
        doc[QStringLiteral("keyslots")] = slots;
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(doc).toJson());
        f.close();
        auto ws = workspace::Workspace::open(dir, m_serial2, SecureBytes::fromString("444444"), {});
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::Crypto);
        QVERIFY(ws.error().message.contains(QStringLiteral("altered")));
    }

    void malformedConfigNamesTheField() {
        const QString dir = makeWorkspace(QStringLiteral("badconfig"));
        QFile f(dir + QStringLiteral("/workspace.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        doc[QStringLiteral("profile")] = QStringLiteral("lax");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(doc).toJson());
        f.close();
        auto ws = workspace::Workspace::open(dir, m_serial1, SecureBytes::fromString("111111"), {});
        QVERIFY(!ws);
        QCOMPARE(ws.error().code, ErrorCode::InvalidInput);
        QVERIFY(ws.error().message.contains(QStringLiteral("\"profile\"")));
    }

    void anOlderSchemaIsUpgradedOnOpen() {
        const QString dir = makeWorkspace(QStringLiteral("upgrade"));
        {
            auto ws = workspace::Workspace::open(dir, m_serial1, SecureBytes::fromString("111111"), {});
            QVERIFY(ws);
            // Make it look like a version-1 workspace.
            QVERIFY((*ws)->db().exec(
                "DROP TABLE kek_versions; DROP TABLE kek_rollovers;"
                "DROP TABLE checkpoint_timestamps; DROP TABLE journal_pin_seals;"
                "DROP TABLE key_token_shares; DROP TABLE site_register; DROP TABLE rekey_devices; DROP TABLE "
                "rekey_runs;"
                "DROP TABLE key_state_counts; DROP TABLE key_records;"
                "DROP INDEX devices_rotation_summary;"
                "CREATE TABLE v1_checkpoints AS SELECT seq, hash, ts, key_fingerprint, signature FROM "
                "checkpoints; DROP TABLE checkpoints;"
                "CREATE TABLE checkpoints (seq INTEGER NOT NULL, hash BLOB NOT NULL, ts TEXT NOT "
                "NULL, key_fingerprint TEXT NOT NULL, signature BLOB NOT NULL, PRIMARY KEY (seq, "
                "ts)); INSERT INTO checkpoints SELECT * FROM v1_checkpoints; DROP TABLE "
                "v1_checkpoints;"
                "UPDATE meta SET value = '1' WHERE key = 'schema';"));
        }
        auto ws = workspace::Workspace::open(dir, m_serial1, SecureBytes::fromString("111111"), {});
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        auto version = (*ws)->db().scalarInt("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema';");
        QVERIFY(version);
        QCOMPARE(*version, qint64(workspace::workspaceSchema().currentVersion()));
        QVERIFY((*ws)->db().scalarInt("SELECT count(*) FROM key_records;"));
        auto index = (*ws)->db().scalarInt(
            "SELECT count(*) FROM sqlite_master WHERE name = 'devices_rotation_summary';");
        QCOMPARE(*index, qint64(1));
        auto counted = (*ws)->db().scalarInt("SELECT count(*) FROM sqlite_master WHERE name IN ("
                                             "'key_state_counts', 'key_state_counts_insert',"
                                             " 'key_state_counts_delete', 'key_state_counts_update',"
                                             " 'key_records_compromised', 'key_records_device_keys',"
                                             " 'kek_versions', 'kek_rollovers', 'key_records_active_kek',"
                                             " 'kek_packages_insert');");
        QCOMPARE(*counted, qint64(10));
    }

    void aNewerSchemaIsRefused() {
        const QString dir = makeWorkspace(QStringLiteral("newer"));
        {
            auto ws = workspace::Workspace::open(dir, m_serial1, SecureBytes::fromString("111111"), {});
            QVERIFY(ws);
            QVERIFY((*ws)->db().exec("UPDATE meta SET value = '99' WHERE key = 'schema';"));
        }
        auto ws = workspace::Workspace::open(dir, m_serial1, SecureBytes::fromString("111111"), {});
        QVERIFY(!ws);
        QVERIFY(ws.error().message.contains(QStringLiteral("newer Symbolon")));
    }

    void wrongKeyIsDetectedByDatabaseLayer() {
        const QString dir = makeWorkspace(QStringLiteral("wrongkey"));
        auto db = store::Database::open(workspace::Workspace::databasePath(dir), SecureBytes::random(32),
                                        store::Database::Mode::OpenExisting);
        QVERIFY(!db);
        QCOMPARE(db.error().code, ErrorCode::WrongKey);
    }

    void signatureVerifiesInSoftware() {
        auto t = m_module->findTokenBySerial(m_serial1);
        QVERIFY(t);
        auto s = m_module->openSession(t->slotId, false);
        QVERIFY(s);
        QVERIFY((*s)->login(SecureBytes::fromString("111111")));
        auto kp = hsm::EcKeyPair::find(**s, m_keyId);
        QVERIFY(kp);
        auto sig = kp->sign(**s, QByteArrayLiteral("approve: request 42"));
        (void)(*s)->logout();
        QVERIFY(sig);
        QVERIFY(hsm::verifyEcdsaSha256(kp->publicKeyDer(), QByteArrayLiteral("approve: request 42"), *sig));
        QVERIFY(!hsm::verifyEcdsaSha256(kp->publicKeyDer(), QByteArrayLiteral("approve: request 43"), *sig));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceOpen)
#include "test_workspace_open.moc"
