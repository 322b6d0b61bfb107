// Secrets hygiene (issue #7): run ceremonies with known PINs, Transport Key components and device
// keys through the real symbolon-cli, then look for those bytes everywhere the product writes:
// the decrypted database (every table and column, as text and as hex), the journal as SIEM
// (RFC 5424) messages, the checkpoint sidecar, the evidence pack, the key package, every other
// file in the workspace, the CLI's stdout and stderr, and this test's own log. A hit names the
// place, the offset and which secret (never the secret itself).
//
// The lead extends secretsToLookFor() with the re-key keys once core/rekey exists.
#include "TestPaths.h"

#include "common/SecureBytes.h"
#include "demo/DemoInventoryGenerator.h"
#include "demo/DemoWorkspace.h"
#include "dlms/GlobalKeyTransfer.h"
#include "dlms/Rfc3394.h"
#include "journal/JournalStore.h"
#include "journal/SyslogMessage.h"
#include "policy/DlmsClient.h"
#include "policy/KeyKind.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace symbolon;

namespace {

constexpr int kDevices = 12;
constexpr quint64 kSeed = 424242;

// Everything this test writes to its log also goes here, so that the log is searched too.
QByteArray g_ownLog;
QtMessageHandler g_previousHandler = nullptr;
void captureMessage(QtMsgType type, const QMessageLogContext& ctx, const QString& msg) {
    g_ownLog += msg.toUtf8() + '\n';
    if (g_previousHandler)
        g_previousHandler(type, ctx, msg);
}

struct Secret {
    QString name;            // what it is, e.g. "PIN of ACS card 1 (text)": printed on a hit
    QByteArray bytes;        // the exact bytes to look for
    bool wholeToken = false; // short secrets (PINs): only a hit not inside a longer run of
                             // letters/digits counts, or any hex dump would "contain" 111111
};

QByteArray fromSecure(const SecureBytes& s) {
    return QByteArray(reinterpret_cast<const char*>(s.data()), static_cast<qsizetype>(s.size()));
}

// A key as raw bytes, upper-case hex and lower-case hex.
void addKey(QVector<Secret>& out, const QString& name, const QByteArray& raw) {
    out.append({name + QStringLiteral(" (raw bytes)"), raw});
    out.append({name + QStringLiteral(" (hex, upper case)"), raw.toHex().toUpper()});
    out.append({name + QStringLiteral(" (hex, lower case)"), raw.toHex()});
}

// The secrets of one run. Extend here: re-key keys, new ceremony inputs.
QVector<Secret> secretsToLookFor() {
    QVector<Secret> out;
    for (const auto& card : demo::demoCards()) {
        const QByteArray pin = card.pin.toUtf8();
        out.append({QStringLiteral("PIN of %1 (text)").arg(card.label), pin, true});
        out.append({QStringLiteral("PIN of %1 (hex of the text)").arg(card.label), pin.toHex(), false});
        out.append({QStringLiteral("PIN of %1 (hex of the text, upper case)").arg(card.label),
                    pin.toHex().toUpper()});
    }
    const QStringList components = demo::demoTransportKeyComponents();
    for (int i = 0; i < components.size(); ++i)
        addKey(out, QStringLiteral("Transport Key component %1").arg(i + 1),
               QByteArray::fromHex(components[i].toLatin1()));
    addKey(out, QStringLiteral("Transport Key"), fromSecure(demo::demoTransportKey()));

    demo::DemoInventoryOptions o;
    o.seed = kSeed;
    o.deviceCount = kDevices;
    o.now = QDateTime::currentDateTimeUtc();
    const demo::DemoInventoryGenerator gen(o);
    const policy::DlmsClient keyed[] = {policy::DlmsClient::DataCollection,
                                        policy::DlmsClient::ExtendedDataCollection,
                                        policy::DlmsClient::Management, policy::DlmsClient::Firmware};
    for (int d = 0; d < kDevices; ++d) {
        auto mk = gen.clearKey(d, policy::KeyKind::MK);
        if (mk)
            addKey(out, QStringLiteral("device %1 MK").arg(d), fromSecure(*mk));
        for (auto client : keyed)
            for (auto kind : {policy::KeyKind::AK, policy::KeyKind::GUEK}) {
                auto k = gen.clearKey(d, kind, client);
                if (k)
                    addKey(out,
                           QStringLiteral("device %1 %2 %3")
                               .arg(d)
                               .arg(policy::keyKindCode(kind), policy::clientName(client)),
                           fromSecure(*k));
            }
    }
    return out;
}

bool isWordByte(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// Every hit of every secret in `haystack`, as "place @offset: secret name".
QStringList find(const QVector<Secret>& secrets, const QString& place, const QByteArray& haystack) {
    QStringList hits;
    for (const Secret& s : secrets) {
        for (qsizetype at = haystack.indexOf(s.bytes); at >= 0; at = haystack.indexOf(s.bytes, at + 1)) {
            if (s.wholeToken) {
                const qsizetype end = at + s.bytes.size();
                if ((at > 0 && isWordByte(haystack[at - 1])) ||
                    (end < haystack.size() && isWordByte(haystack[end])))
                    continue;
            }
            hits << QStringLiteral("%1 @%2: %3").arg(place).arg(at).arg(s.name);
        }
    }
    return hits;
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSecretsHygiene : public QObject {
    Q_OBJECT
    QTemporaryDir m_root{QStringLiteral("/dev/shm/symbolon-secrets-XXXXXX")};
    QString m_ws;
    QByteArray m_cliOutput; // stdout and stderr of every run, labelled
    QVector<Secret> m_secrets;

    struct Run {
        int code = -1;
        QString out, err;
    };
    Run cli(const QStringList& args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const auto& cards = demo::demoCards();
        for (int i = 0; i < cards.size(); ++i) {
            env.insert(QStringLiteral("PIN%1").arg(i + 1), cards[i].pin);
            env.insert(QStringLiteral("OPEN%1").arg(i + 1), cards[i].pin);
        }
        const QStringList tk = demo::demoTransportKeyComponents();
        env.insert(QStringLiteral("TK1"), tk[0]);
        env.insert(QStringLiteral("TK2"), tk[1]);
        p.setProcessEnvironment(env);
        p.start(test::cliPath(), args);
        if (!p.waitForFinished(300000))
            qFatal("symbolon-cli did not finish");
        Run r{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
              QString::fromUtf8(p.readAllStandardError())};
        // `demo create` prints the demo cards' PINs on purpose (they are published in the README
        // and on the console's banner); every other command's output is searched.
        if (args.value(0) != QLatin1String("demo"))
            m_cliOutput +=
                "== " + args.join(QLatin1Char(' ')).toUtf8() + "\n" + r.out.toUtf8() + r.err.toUtf8();
        return r;
    }
    QStringList ceremony(const QStringList& command, int a, int b) {
        QStringList args{QStringLiteral("--workspace"), m_ws,
                         QStringLiteral("--card"),      QStringLiteral("ACS card 1"),
                         QStringLiteral("--pin-env"),   QStringLiteral("OPEN1"),
                         QStringLiteral("ceremony")};
        args << command;
        for (int card : {a, b})
            args << QStringLiteral("--quorum-card") << demo::demoCards()[card - 1].label
                 << QStringLiteral("--quorum-pin-env") << QStringLiteral("PIN%1").arg(card);
        return args;
    }

    // A re-key of every device, MK included (the MK passes through host memory on SoftHSM's
    // unpackaging fallback): plan, quorum run, instruction batch, both exports. The new keys are
    // recovered here from the batch with the devices' known MKs and added to the secrets looked for.
    void rekeyEveryDevice() {
        auto responder = [&](const QStringList& command) {
            return cli(QStringList{QStringLiteral("--workspace"), m_ws, QStringLiteral("--card"),
                                   QStringLiteral("Responder card"), QStringLiteral("--pin-env"),
                                   QStringLiteral("OPEN5")}
                       << command);
        };
        auto r = responder({QStringLiteral("rekey"), QStringLiteral("plan"), QStringLiteral("--rotation"),
                            QStringLiteral("any"), QStringLiteral("--kinds"), QStringLiteral("all"),
                            QStringLiteral("--pma-ground"), QStringLiteral("major-incident"),
                            QStringLiteral("--pma-ref"), QStringLiteral("PMA-SECRETS")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = responder({QStringLiteral("rekey"), QStringLiteral("run"), QStringLiteral("1"),
                       QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--quorum-card"),
                       QStringLiteral("ACS card 1"), QStringLiteral("--quorum-pin-env"),
                       QStringLiteral("PIN1"), QStringLiteral("--quorum-card"), QStringLiteral("ACS card 3"),
                       QStringLiteral("--quorum-pin-env"), QStringLiteral("PIN3")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString batch = m_root.filePath(QStringLiteral("batch.jsonl"));
        r = responder({QStringLiteral("rekey"), QStringLiteral("batch"), QStringLiteral("1"),
                       QStringLiteral("--out"), batch});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QString& who : {QStringLiteral("dco"), QStringLiteral("s1sp")}) {
            r = responder({QStringLiteral("rekey"), QStringLiteral("export"), QStringLiteral("1"),
                           QStringLiteral("--recipient"), who, QStringLiteral("--out"),
                           m_root.filePath(who + QStringLiteral("-keys.jsonl"))});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        demo::DemoInventoryOptions o;
        o.seed = kSeed;
        o.deviceCount = kDevices;
        o.now = QDateTime::currentDateTimeUtc();
        const demo::DemoInventoryGenerator gen(o);
        auto devices = gen.generate();
        QVERIFY(devices);
        QHash<QString, int> index;
        for (int i = 0; i < devices->size(); ++i)
            index.insert((*devices)[i].record.deviceId.toString(), i);
        int recovered = 0;
        for (const QByteArray& line : readFile(batch).split('\n')) {
            const QJsonObject d = QJsonDocument::fromJson(line).object();
            if (!d.contains(QStringLiteral("transfers")))
                continue; // header and signature lines
            const QString id = d.value(QStringLiteral("device_id")).toString();
            QVERIFY2(index.contains(id), qPrintable(id));
            auto mk = gen.clearKey(index.value(id), policy::KeyKind::MK);
            QVERIFY(mk);
            for (const QJsonValue& t : d.value(QStringLiteral("transfers")).toArray()) {
                auto entries = dlms::decodeGlobalKeyTransfer(
                    QByteArray::fromHex(t.toObject().value(QStringLiteral("params")).toString().toLatin1()));
                QVERIFY(entries);
                for (const dlms::WrappedKeyEntry& e : *entries) {
                    auto key = dlms::rfc3394Unwrap(*mk, e.wrapped);
                    QVERIFY(key);
                    addKey(m_secrets,
                           QStringLiteral("re-keyed device %1 %2 (%3)")
                               .arg(id, dlms::globalKeyIdName(e.keyId),
                                    t.toObject().value(QStringLiteral("client")).toString()),
                           fromSecure(*key));
                    ++recovered;
                }
            }
        }
        QCOMPARE(recovered, kDevices * 9);
    }

private Q_SLOTS:
    void initTestCase() {
        g_previousHandler = qInstallMessageHandler(captureMessage);
        QVERIFY(!test::cliPath().isEmpty());
        m_secrets = secretsToLookFor();
        QVERIFY(m_secrets.size() > 20);
        m_ws = m_root.filePath(QStringLiteral("demo"));
    }

    // The self-test: the search finds what is there, and reports it without the secret.
    void searchFindsPlantedSecrets() {
        const Secret& pin = m_secrets[0];
        QCOMPARE(find(m_secrets, QStringLiteral("x"), "pin=" + pin.bytes + ";").size(), 1);
        QVERIFY(find(m_secrets, QStringLiteral("x"), "AB" + pin.bytes + "CD").isEmpty()); // inside a hex run
        const QByteArray tkHex = demo::demoTransportKeyComponents()[0].toLatin1();
        const QStringList hits = find(m_secrets, QStringLiteral("planted"), "key " + tkHex.toLower() + "\n");
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits[0].startsWith(QStringLiteral("planted @4: Transport Key component 1")));
        QVERIFY(!hits[0].contains(QString::fromLatin1(tkHex), Qt::CaseInsensitive));
    }

    void runCeremonies() {
        auto r = cli({QStringLiteral("demo"), QStringLiteral("create"), QStringLiteral("--workspace"), m_ws,
                      QStringLiteral("--devices"), QString::number(kDevices), QStringLiteral("--seed"),
                      QString::number(kSeed)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(ceremony({QStringLiteral("generate-keks")}, 1, 2));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(ceremony(
            {QStringLiteral("transport-key"), QStringLiteral("--component-env"), QStringLiteral("TK1,TK2")},
            2, 3));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(ceremony({QStringLiteral("migrate")}, 1, 3));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("migrated %1 / %1 devices").arg(kDevices)), qPrintable(r.err));
        rekeyEveryDevice();
        r = cli(ceremony({QStringLiteral("export-shared-key"), QStringLiteral("--transport-key"),
                          QStringLiteral("Symbolon Transport Key"), QStringLiteral("--out"),
                          m_root.filePath(QStringLiteral("shared-key.json"))},
                         1, 2));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // A wrong PIN and a refused component: error paths must not echo either.
        QStringList wrong = ceremony({QStringLiteral("generate-keks")}, 1, 2);
        wrong[wrong.indexOf(QStringLiteral("PIN2"))] = QStringLiteral("PIN3");
        r = cli(wrong);
        QVERIFY(r.code != 0);
        r = cli({QStringLiteral("--workspace"), m_ws, QStringLiteral("--card"),
                 QStringLiteral("PMA reviewer"), QStringLiteral("--pin-env"), QStringLiteral("OPEN4"),
                 QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--evidence-pack"),
                 m_root.filePath(QStringLiteral("pack"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("--workspace"), m_ws, QStringLiteral("--card"), QStringLiteral("ACS card 2"),
                 QStringLiteral("--pin-env"), QStringLiteral("OPEN2"), QStringLiteral("journal"),
                 QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("1"),
                 QStringLiteral("--limit"), QStringLiteral("1000")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void noSecretInTheDecryptedDatabase() {
        auto cards = workspace::Workspace::cards(m_ws, {});
        QVERIFY(cards);
        QString serial;
        for (const auto& c : *cards)
            if (c.keyslot.tokenLabel == QLatin1String("ACS card 3"))
                serial = c.keyslot.tokenSerial;
        auto ws = workspace::Workspace::open(m_ws, serial, SecureBytes::fromString("333333"), {});
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        auto& db = (*ws)->db();
        QStringList tables;
        {
            auto st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;");
            QVERIFY(st);
            for (auto row = st->step(); row && *row; row = st->step())
                tables << st->text(0);
        }
        QVERIFY(tables.contains(QStringLiteral("journal")) &&
                tables.contains(QStringLiteral("migration_keys")));
        QStringList hits;
        qint64 values = 0;
        for (const QString& table : tables) {
            // SELECT * with the column count from the table's own description.
            const QByteArray info = "PRAGMA table_info(\"" + table.toUtf8() + "\");";
            auto cols = db.prepare(info.constData());
            QVERIFY(cols);
            int columns = 0;
            for (auto row = cols->step(); row && *row; row = cols->step())
                ++columns;
            QVERIFY(columns > 0);
            const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\";";
            auto st = db.prepare(sql.constData());
            QVERIFY(st);
            QByteArray text, hex;
            for (auto row = st->step(); row && *row; row = st->step())
                for (int c = 0; c < columns; ++c) {
                    const QByteArray v = st->blob(c);
                    text += v + '\x1F';
                    hex += v.toHex() + '\x1F';
                    ++values;
                }
            hits << find(m_secrets, QStringLiteral("database table %1 (as stored)").arg(table), text);
            hits << find(m_secrets, QStringLiteral("database table %1 (as hex)").arg(table), hex);
        }
        QVERIFY(values > kDevices * 9);
        // The journal as the SIEM receives it (RFC 5424 over RELP).
        QByteArray syslog;
        auto cursor = (*ws)->journal().cursor();
        QVERIFY(cursor);
        journal::JournalEntry e;
        for (auto more = (*cursor)(e); more && *more; more = (*cursor)(e))
            syslog += journal::SyslogMessage::format(e, QStringLiteral("host"), 1) + '\n';
        QVERIFY(syslog.size() > 1000);
        hits << find(m_secrets, QStringLiteral("SIEM messages"), syslog);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    void noSecretInAnyFileWritten() {
        QStringList hits;
        int files = 0;
        // The workspace (except the SoftHSM store, which keeps its objects under its own
        // encryption), the evidence pack, the key package and its signer key.
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QStringLiteral("/tokens/")))
                continue;
            ++files;
            hits << find(m_secrets, QDir(m_root.path()).relativeFilePath(path), readFile(path));
        }
        QVERIFY(files >= 8);
        QVERIFY(QFile::exists(m_root.filePath(QStringLiteral("pack/journal.jsonl"))));
        QVERIFY(QFile::exists(workspace::Workspace::checkpointFilePath(m_ws)));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    void noSecretInCliOutput() {
        QVERIFY(m_cliOutput.contains("Transport Key: CMAC-5B "));
        const QStringList hits = find(m_secrets, QStringLiteral("symbolon-cli output"), m_cliOutput);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    void noSecretInOwnLog() {
        const QStringList hits = find(m_secrets, QStringLiteral("this test's log"), g_ownLog);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSecretsHygiene)
#include "test_secrets_hygiene.moc"
