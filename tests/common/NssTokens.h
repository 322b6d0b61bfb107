#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace symbolon::test {

// The site tests' administrator PINs. NSS softoken's FIPS mode refuses a PIN of fewer than 7
// characters or 3 classes; every test token uses ones it accepts.
inline const QString kNssPassword = QStringLiteral("nss-admin-9Kq2");
inline const QString kHsmPin = QStringLiteral("hsm-admin-4711");
inline const QString kJournalPin = QStringLiteral("journal-admin-77");

// "pkcs11:token=<label>" (RFC 7512, the label percent-encoded).
inline QString tokenUri(const QString& label) {
    return QStringLiteral("pkcs11:token=") + QString::fromLatin1(QUrl::toPercentEncoding(label));
}

// An NSS database in `dir` (made if missing), its password in `passwordFile`, made by
// `certutil -N` (libnss3-tools); what went wrong, or empty.
inline QString makeNssDatabase(const QString& dir, const QString& passwordFile) {
    QDir().mkpath(dir);
    QProcess p;
    p.start(QStringLiteral("certutil"), {QStringLiteral("-N"), QStringLiteral("-d"),
                                         QStringLiteral("sql:") + dir, QStringLiteral("-f"), passwordFile});
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("certutil -N failed: ") + QString::fromUtf8(p.readAllStandardError());
    return {};
}

// Two NSS softoken tokens (libsoftokn3 from libnss3), each a database made by `certutil -N`
// (libnss3-tools) with a password, under one module: the first is the NSS "Certificate DB"
// slot, the second an extra token opened through the parameter string's tokens= list. What a
// site's key token and journal token look like behind a second, independent PKCS#11
// implementation. NSS tokens all have the serial 0000000000000000: they are told apart by label.
class NssTokens {
public:
    static QString library() { return QStringLiteral("/usr/lib/x86_64-linux-gnu/libsoftokn3.so"); }
    static bool available() { return QFile::exists(library()); }

    NssTokens(const QString& keyLabel, const QString& journalLabel, const QString& password)
        : m_dir(QStringLiteral("/dev/shm/symbolon-nss-XXXXXX")), m_keyLabel(keyLabel),
          m_journalLabel(journalLabel) {
        QFile pw(m_dir.filePath(QStringLiteral("password")));
        if (!pw.open(QIODevice::WriteOnly) || pw.write(password.toUtf8() + '\n') < 0)
            return;
        pw.close();
        for (const QString& db : {keyDb(), journalDb()}) {
            m_error = makeNssDatabase(db, pw.fileName());
            if (!m_error.isEmpty())
                return;
        }
        m_ok = true;
    }
    bool isValid() const { return m_ok; }
    QString error() const { return m_error; }
    QString keyDb() const { return m_dir.filePath(QStringLiteral("key-token")); }
    QString journalDb() const { return m_dir.filePath(QStringLiteral("journal-token")); }
    // CK_C_INITIALIZE_ARGS.pReserved (p11-kit's x-init-reserved).
    QString initArgs() const {
        return QStringLiteral("configdir='sql:%1' certPrefix='' keyPrefix='' secmod='secmod.db' flags= "
                              "tokens=<0x2=[configdir='sql:%1' tokenDescription='%2'] "
                              "0x10=[configdir='sql:%3' tokenDescription='%4']>")
            .arg(keyDb(), m_keyLabel, journalDb(), m_journalLabel);
    }
    QString keyUri() const { return tokenUri(m_keyLabel); }
    QString journalUri() const { return tokenUri(m_journalLabel); }

private:
    QTemporaryDir m_dir;
    QString m_keyLabel, m_journalLabel, m_error;
    bool m_ok = false;
};

// One NSS softoken database made by `certutil -N` with a password, served as one token: the
// "Certificate DB" slot (2) through C_GetFunctionList, or, in FIPS mode, the FIPS slot (3)
// through FC_GetFunctionList, which refuses clear secret keys and any PIN of fewer than 7
// characters or 3 classes (docs/hsm-compatibility.md). The label comes from the parameter
// string (dbTokenDescription / FIPSTokenDescription). FIPS mode cannot open a second database
// as another token (tokens= fails its C_Initialize): one database per module instance.
class NssToken {
public:
    static QString fipsEntry() { return QStringLiteral("FC_GetFunctionList"); }

    NssToken(const QString& label, const QString& password, bool fips)
        : m_dir(QStringLiteral("/dev/shm/symbolon-nss-XXXXXX")), m_label(label), m_fips(fips) {
        QFile pw(m_dir.filePath(QStringLiteral("password")));
        if (!pw.open(QIODevice::WriteOnly) || pw.write(password.toUtf8() + '\n') < 0)
            return;
        pw.close();
        m_error = makeNssDatabase(m_dir.path(), pw.fileName());
        m_ok = m_error.isEmpty();
    }
    bool isValid() const { return m_ok; }
    QString error() const { return m_error; }
    bool fips() const { return m_fips; }
    QString label() const { return m_label; }
    QString functionList() const { return m_fips ? fipsEntry() : QString(); }
    QString initArgs() const {
        return QStringLiteral(
                   "configdir='sql:%1' certPrefix='' keyPrefix='' secmod='secmod.db' flags= %2='%3'")
            .arg(m_dir.path(),
                 m_fips ? QStringLiteral("FIPSTokenDescription") : QStringLiteral("dbTokenDescription"),
                 m_label);
    }
    QString uri() const { return tokenUri(m_label); }

private:
    QTemporaryDir m_dir;
    QString m_label, m_error;
    bool m_fips = false;
    bool m_ok = false;
};

} // namespace symbolon::test
