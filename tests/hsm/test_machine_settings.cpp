// This machine's HSM choices (Workspace::MachineSettings, from the console's Settings): for a
// workspace that keeps its keys on an HSM, the module path and the key/journal token URIs win
// over workspace.json; a URI that selects nothing is refused with the URI named; what was applied
// is in the workspace.opened journal entry. A demo workspace's embedded store ignores them.
// The HSM workspace is a demo workspace turned into one: workspace.json loses its embedded store
// and names a module that is not on this machine; SOFTHSM2_CONF points at its tokens.
#include "CliRunner.h"

#include "journal/JournalStore.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace symbolon;
using workspace::Workspace;

class TestMachineSettings : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp{QStringLiteral("/dev/shm/symbolon-machine-XXXXXX")};
    QString m_ws, m_serial1, m_keyLabel, m_keySerial;
    workspace::MachineSettings m_machine;

    Result<std::unique_ptr<Workspace>> open() const {
        return Workspace::open(m_ws, m_serial1,
                               SecureBytes::fromString(demo::demoCards()[0].pin.toStdString()), m_machine);
    }
    static QJsonObject lastOpened(Workspace& ws) {
        auto head = ws.journal().head();
        auto entries =
            head ? ws.journal().range(head->seq, 1) : decltype(ws.journal().range(1, 1))(head.error());
        if (!entries || entries->isEmpty() || entries->front().action != QLatin1String("workspace.opened"))
            return {};
        return QJsonDocument::fromJson(entries->front().detailsJson).object();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        m_ws = m_tmp.filePath(QStringLiteral("ws"));
        const auto r =
            test::runCli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"),
                          m_ws, QStringLiteral("--devices"), QStringLiteral("3")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // An HSM workspace: no embedded store, a vendor module path that does not exist here.
        QFile f(m_ws + QStringLiteral("/workspace.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        m_keyLabel =
            o.value(QStringLiteral("key_token")).toObject().value(QStringLiteral("label")).toString();
        m_keySerial =
            o.value(QStringLiteral("key_token")).toObject().value(QStringLiteral("serial")).toString();
        QVERIFY(!m_keyLabel.isEmpty());
        o.remove(QStringLiteral("embedded_token_store"));
        o.insert(QStringLiteral("pkcs11_module"), QStringLiteral("/opt/vendor/lib/libvendor-pkcs11.so"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
        f.close();
        QFile conf(m_tmp.filePath(QStringLiteral("softhsm2.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("directories.tokendir = " + (m_ws + QStringLiteral("/tokens")).toUtf8() +
                   "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
        conf.close();
        qputenv("SOFTHSM2_CONF", conf.fileName().toUtf8());
        m_serial1.clear();
        auto cards = Workspace::cards(m_ws, {test::softhsmModule(), {}, {}});
        QVERIFY2(cards, qPrintable(cards ? QString() : cards.error().message));
        for (const auto& c : *cards)
            if (c.keyslot.tokenLabel == demo::demoCards()[0].label)
                m_serial1 = c.keyslot.tokenSerial;
        QVERIFY(!m_serial1.isEmpty());
    }
    void init() { m_machine = {}; }

    // Without this machine's module the workspace's own (absent) module is tried and named.
    void withoutSettingsTheWorkspaceModuleIsUsed() {
        auto ws = open();
        QVERIFY(!ws);
        QVERIFY2(ws.error().message.contains(QStringLiteral("/opt/vendor/lib/libvendor-pkcs11.so")),
                 qPrintable(ws.error().message));
    }

    void theMachineModuleWinsAndIsJournaled() {
        m_machine = workspace::MachineSettings({test::softhsmModule(), {}, {}});
        auto ws = open();
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
        const QJsonObject applied = lastOpened(**ws).value(QStringLiteral("machine_settings")).toObject();
        QCOMPARE(applied.value(QStringLiteral("module")).toString(), test::softhsmModule());
        QVERIFY(!applied.contains(QStringLiteral("key_token_uri")));
    }

    void aKeyTokenUriSelectsTheKeyToken() {
        m_machine = workspace::MachineSettings(
            {test::softhsmModule(),
             QStringLiteral("pkcs11:token=") + QString::fromLatin1(QUrl::toPercentEncoding(m_keyLabel)),
             {}});
        auto ws = open();
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
        QCOMPARE((*ws)->config().keyTokenSerial, m_keySerial);
        const QJsonObject applied = lastOpened(**ws).value(QStringLiteral("machine_settings")).toObject();
        QCOMPARE(applied.value(QStringLiteral("key_token_serial")).toString(), m_keySerial);
    }

    // A key token URI naming another token than the site register's (issue #14): the rebuilt PIN
    // would go to the wrong token. Under the development profile it is said on the banner; under
    // production the workspace opens read-only.
    void aKeyTokenUriNamingAnotherTokenIsShown() {
        m_machine = workspace::MachineSettings(
            {test::softhsmModule(), QStringLiteral("pkcs11:token=ACS%20card%202"), {}});
        auto ws = open();
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
        const QString notes = (*ws)->notices().join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("but the site register names ") + m_keySerial),
                 qPrintable(notes));
    }

    void aKeyTokenUriThatSelectsNothingIsRefused() {
        m_machine = workspace::MachineSettings(
            {test::softhsmModule(), QStringLiteral("pkcs11:token=No%20such%20HSM"), {}});
        auto ws = open();
        QVERIFY(!ws);
        QVERIFY2(ws.error().message.startsWith(
                     QStringLiteral("The key token URI in Settings (pkcs11:token=No%20such%20HSM) selects no "
                                    "single token: ")),
                 qPrintable(ws.error().message));
    }

    // A journal token URI naming a card: not the workspace's journal token (its login or its key
    // does not match), so nothing can be signed: the workspace opens read-only (issue #14, fail
    // closed), custodial actions are refused naming the journal token, and nothing is journaled.
    void aJournalTokenUriNamingAnotherTokenIsRefused() {
        m_machine = workspace::MachineSettings(
            {test::softhsmModule(), {}, QStringLiteral("pkcs11:token=ACS%20card%202")});
        auto ws = open();
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        QVERIFY(!(*ws)->health().ok());
        QVERIFY((*ws)->health().has(workspace::WorkspaceHealth::Check::JournalToken));
        QVERIFY(!(*ws)->signsCheckpoints());
        const Status s = (*ws)->require(policy::Permission::RunCeremony);
        QVERIFY(!s);
        QVERIFY2(s.error().message.startsWith(QStringLiteral("Custodial actions are refused: ")),
                 qPrintable(s.error().message));
        QVERIFY((*ws)->require(policy::Permission::VerifyJournal));
    }

    void aJournalTokenUriThatSelectsNothingIsRefused() {
        m_machine = workspace::MachineSettings(
            {test::softhsmModule(), {}, QStringLiteral("pkcs11:serial=ffffffffffffffff")});
        auto ws = open();
        QVERIFY(!ws);
        QVERIFY2(ws.error().message.startsWith(
                     QStringLiteral("The journal token URI in Settings (pkcs11:serial=ffffffffffffffff) "
                                    "selects no single token: ")),
                 qPrintable(ws.error().message));
    }
    // symbolon-cli opens a workspace with this machine's Settings exactly as the console does
    // (issue #13; before, only the console applied them): with the console's settings file naming
    // the module, the CLI opens the HSM workspace; without it, the workspace's own (absent) module
    // is tried and named.
    void theCliAppliesThisMachinesSettings() {
        QTemporaryDir withConfig, withoutConfig;
        QVERIFY(withConfig.isValid() && withoutConfig.isValid());
        {
            QSettings s(withConfig.filePath(QStringLiteral("Symbolon/Symbolon.conf")), QSettings::IniFormat);
            s.setValue(QLatin1String(workspace::MachineSettings::kModulePathKey), test::softhsmModule());
            s.sync();
            QCOMPARE(s.status(), QSettings::NoError);
        }
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", withConfig.path().toUtf8());
        const auto with = test::runCli(test::DemoCli::journalVerify(m_ws));
        qputenv("XDG_CONFIG_HOME", withoutConfig.path().toUtf8());
        const auto without = test::runCli(test::DemoCli::journalVerify(m_ws));
        if (saved.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", saved);
        QVERIFY2(with.code == 0, qPrintable(with.err));
        QVERIFY2(without.code != 0 &&
                     without.err.contains(QStringLiteral("/opt/vendor/lib/libvendor-pkcs11.so")),
                 qPrintable(without.err));
    }
};

QTEST_GUILESS_MAIN(TestMachineSettings)
#include "test_machine_settings.moc"
