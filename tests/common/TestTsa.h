#pragma once

// A real Time-Stamping Authority on loopback for tests (issue #15): a CA and a TSA certificate
// (extendedKeyUsage timeStamping, critical) made with the openssl command, `openssl ts -reply`
// behind tests/common/tsa_responder_main.cpp. Started by the test, stopped with it.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace symbolon::test {

class TestTsa {
public:
    // Empty error(): running at url().
    TestTsa() {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return;
        }
        const QDir d(m_dir.path());
        writeFile(d.filePath(QStringLiteral("tsa.ext")),
                  "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                  "extendedKeyUsage=critical,timeStamping\n");
        writeFile(d.filePath(QStringLiteral("serial")), "01\n");
        writeFile(
            d.filePath(QStringLiteral("tsa.cnf")),
            QStringLiteral(
                "[ tsa ]\ndefault_tsa = tsa1\n[ tsa1 ]\ndir = %1\nserial = $dir/serial\n"
                "crypto_device = builtin\nsigner_cert = $dir/tsa.pem\ncerts = $dir/ca.pem\n"
                "signer_key = $dir/tsa.key\nsigner_digest = sha256\ndefault_policy = 1.3.6.1.4.1.99999.1\n"
                "digests = sha256\naccuracy = secs:1\nordering = yes\ntsa_name = yes\n"
                "ess_cert_id_chain = no\ness_cert_id_alg = sha256\n")
                .arg(d.path())
                .toUtf8());
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
        if (!run(d,
                 QStringList{QStringLiteral("req"), QStringLiteral("-x509")}
                     << ec
                     << QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                    QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-subj"),
                                    QStringLiteral("/CN=Symbolon test TSA root"), QStringLiteral("-days"),
                                    QStringLiteral("30"), QStringLiteral("-addext"),
                                    QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                    QStringLiteral("-addext"),
                                    QStringLiteral("keyUsage=critical,keyCertSign")}) ||
            !run(d, QStringList{QStringLiteral("req")}
                        << ec
                        << QStringList{QStringLiteral("-keyout"), QStringLiteral("tsa.key"),
                                       QStringLiteral("-out"), QStringLiteral("tsa.csr"),
                                       QStringLiteral("-subj"), QStringLiteral("/CN=Symbolon test TSA")}) ||
            !run(d, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("tsa.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-set_serial"),
                     QStringLiteral("2"), QStringLiteral("-days"), QStringLiteral("30"),
                     QStringLiteral("-extfile"), QStringLiteral("tsa.ext"), QStringLiteral("-out"),
                     QStringLiteral("tsa.pem")}))
            return;
        m_responder.setWorkingDirectory(d.path());
        m_responder.start(QStringLiteral(SYMBOLON_TEST_TSA),
                          {d.filePath(QStringLiteral("tsa.cnf")), d.path()});
        if (!m_responder.waitForStarted(10000) || !m_responder.waitForReadyRead(10000)) {
            m_error = QStringLiteral("the TSA responder did not start: %1").arg(m_responder.errorString());
            return;
        }
        const QByteArray line = m_responder.readLine().trimmed();
        if (!line.startsWith("PORT ")) {
            m_error = QStringLiteral("the TSA responder said %1").arg(QString::fromUtf8(line));
            return;
        }
        m_url = QStringLiteral("http://127.0.0.1:%1/tsa").arg(QString::fromLatin1(line.mid(5)));
    }
    ~TestTsa() {
        m_responder.kill();
        m_responder.waitForFinished(5000);
    }
    QString error() const { return m_error; }
    QString url() const { return m_url; }
    // The TSA's root, as a verifier pins it.
    QString caPath() const { return QDir(m_dir.path()).filePath(QStringLiteral("ca.pem")); }
    QByteArray caPem() const {
        QFile f(caPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    static void writeFile(const QString& path, const QByteArray& data) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(data);
    }
    bool run(const QDir& d, const QStringList& args) {
        QProcess p;
        p.setWorkingDirectory(d.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            m_error = QStringLiteral("openssl %1: %2")
                          .arg(args.first(), QString::fromUtf8(p.readAllStandardError()));
            return false;
        }
        return true;
    }
    QTemporaryDir m_dir{QStringLiteral("/dev/shm/symbolon-tsa-XXXXXX")};
    QProcess m_responder;
    QString m_error;
    QString m_url;
};

} // namespace symbolon::test
