#include "journal/JournalSigner.h"

#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/Session.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

#include <mutex>

namespace symbolon::journal {

const QByteArray& JournalSigner::keyId() {
    static const QByteArray id = QByteArrayLiteral("symbolon-journal-key");
    return id;
}

const QString& JournalSigner::tokenLabel() {
    static const QString label = QStringLiteral("Symbolon journal");
    return label;
}

namespace {
// Login state belongs to the token, not the session: with two workspaces open in one process
// (the console and a test, or two windows), the first to close must not log the other out.
std::mutex g_loginsMutex;
QHash<QString, int>& logins() {
    static QHash<QString, int> counts;
    return counts;
}
} // namespace

JournalSigner::~JournalSigner() {
    if (!m_session)
        return;
    std::lock_guard lock(g_loginsMutex);
    if (--logins()[m_loginKey] == 0) {
        logins().remove(m_loginKey);
        (void)m_session->logout();
    }
}

Result<JournalSigner::Enrolled> JournalSigner::enrol(hsm::Module& module, const QString& label) {
    SecureBytes pin = randomPin();
    SecureBytes so = SecureBytes::random(16).toHex();
    auto token = module.initToken(label, so, pin);
    if (!token)
        return token.error();
    auto session = module.openSession(token->slotId, true);
    if (!session)
        return session.error();
    if (auto s = (*session)->login(pin); !s)
        return s.error();
    auto key = hsm::EcKeyPair::generate(**session, QStringLiteral("Symbolon journal signing key"), keyId());
    (void)(*session)->logout();
    if (!key)
        return key.error();
    return Enrolled{token->serial, std::move(pin), key->publicKeyDer()};
}

namespace {
// Logs the journal token in with its PIN and checks it holds no journal key yet; logged in on
// success, logged out otherwise.
Status logInFree(hsm::Session& session, const hsm::TokenInfo& token, const SecureBytes& pin) {
    if (auto s = session.loginCheckingPin(pin); !s)
        return Error{s.error().code,
                     QCoreApplication::translate("symbolon::journal", "The journal token \"%1\": %2")
                         .arg(token.label, s.error().message),
                     s.error().ckrv, s.error().hasCkrv};
    auto existing = hsm::EcKeyPair::exists(session, JournalSigner::keyId());
    if (existing && !*existing)
        return {};
    (void)session.logout();
    if (!existing)
        return existing.error();
    return fail(ErrorCode::AlreadyExists,
                QCoreApplication::translate("symbolon::journal",
                                            "The journal token \"%1\" already holds a journal signing "
                                            "key: it serves another workspace. Give this site a token of "
                                            "its own, or remove that key first.")
                    .arg(token.label));
}
} // namespace

Status JournalSigner::checkFree(hsm::Module& module, const hsm::TokenInfo& token, const SecureBytes& pin) {
    auto session = module.openSession(token.slotId, false);
    if (!session)
        return session.error();
    if (auto s = logInFree(**session, token, pin); !s)
        return s;
    (void)(*session)->logout();
    return {};
}

Result<JournalSigner::Enrolled> JournalSigner::enrolExisting(hsm::Module& module, const hsm::TokenInfo& token,
                                                             const SecureBytes& pin) {
    auto session = module.openSession(token.slotId, true);
    if (!session)
        return session.error();
    if (auto s = logInFree(**session, token, pin); !s)
        return s.error();
    auto key = hsm::EcKeyPair::generate(**session, QStringLiteral("Symbolon journal signing key"), keyId());
    (void)(*session)->logout();
    if (!key)
        return key.error();
    return Enrolled{token.serial, SecureBytes(pin), key->publicKeyDer()};
}

Result<std::unique_ptr<JournalSigner>> JournalSigner::open(hsm::Module& module, const QString& serial,
                                                           const SecureBytes& pin) {
    auto token = module.findTokenBySerial(serial);
    if (!token)
        return Error::make(
            token.error().code,
            QCoreApplication::translate("symbolon::journal",
                                        "The journal token is not present, so checkpoints cannot be "
                                        "signed: %1")
                .arg(token.error().message));
    return open(module, *token, pin);
}

Result<std::unique_ptr<JournalSigner>> JournalSigner::open(hsm::Module& module, const hsm::TokenInfo& token,
                                                           const SecureBytes& pin) {
    auto session = module.openSession(token.slotId, false);
    if (!session)
        return session.error();
    if (auto s = (*session)->login(pin); !s)
        return s.error();
    auto key = hsm::EcKeyPair::find(**session, keyId());
    if (!key)
        return key.error();
    std::unique_ptr<JournalSigner> signer(new JournalSigner());
    signer->m_loginKey = module.path() + QLatin1Char('#') + QString::number(token.slotId);
    {
        std::lock_guard lock(g_loginsMutex);
        ++logins()[signer->m_loginKey];
    }
    signer->m_session = std::move(*session);
    signer->m_key = std::make_unique<hsm::EcKeyPair>(*key);
    return signer;
}

SecureBytes JournalSigner::randomPin() {
    return SecureBytes::random(16).toHex();
}

Status JournalSigner::changePin(const SecureBytes& from, const SecureBytes& to) {
    auto rw = m_session->module().openSession(m_session->slotId(), true);
    if (!rw)
        return rw.error();
    return (*rw)->setPin(from, to);
}

QByteArray JournalSigner::publicKey() const {
    return m_key->publicKeyDer();
}
QString JournalSigner::fingerprint() const {
    return m_key->fingerprint();
}

Result<Checkpoint> JournalSigner::sign(qint64 seq, const QByteArray& hash) {
    Checkpoint c;
    c.seq = seq;
    c.hash = hash;
    c.time = QDateTime::currentDateTimeUtc();
    c.keyFingerprint = fingerprint();
    auto sig = m_key->sign(*m_session, c.canonical());
    if (!sig)
        return sig.error();
    c.signature = *sig;
    return c;
}

Result<QByteArray> JournalSigner::signData(const QByteArray& data) {
    return m_key->sign(*m_session, data);
}

QByteArray JournalSigner::publicKeyPem(const QByteArray& spki) {
    QByteArray out("-----BEGIN PUBLIC KEY-----\n");
    const QByteArray b64 = spki.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    out += "-----END PUBLIC KEY-----\n";
    return out;
}

QByteArray JournalSigner::spkiFromPem(const QByteArray& pem) {
    const qsizetype begin = pem.indexOf("-----BEGIN PUBLIC KEY-----");
    const qsizetype end = pem.indexOf("-----END PUBLIC KEY-----");
    if (begin < 0 || end < begin)
        return {};
    const QByteArray body = pem.mid(begin + 26, end - begin - 26).simplified().replace(' ', "");
    const QByteArray der = QByteArray::fromBase64(body, QByteArray::AbortOnBase64DecodingErrors);
    return hsm::p256PointFromSpki(der).isEmpty() ? QByteArray() : der;
}

bool JournalSigner::verify(const QByteArray& spki, const Checkpoint& c) {
    const QString fp =
        QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex());
    return fp == c.keyFingerprint && hsm::verifyEcdsaSha256(spki, c.canonical(), c.signature);
}

bool JournalSigner::verifyData(const QByteArray& spki, const QByteArray& data, const QByteArray& signature) {
    return hsm::verifyEcdsaSha256(spki, data, signature);
}

} // namespace symbolon::journal
