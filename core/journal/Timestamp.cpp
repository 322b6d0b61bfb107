#include "journal/Timestamp.h"

#include "journal/Checkpoint.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/http.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include <QCoreApplication>
#include <QCryptographicHash>

#include <memory>

namespace symbolon::journal {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::journal", s);
}

template <typename T, void (*F)(T*)> struct Deleter {
    void operator()(T* p) const { F(p); }
};
template <typename T, void (*F)(T*)> using Owned = std::unique_ptr<T, Deleter<T, F>>;

void freeTsReq(TS_REQ* p) {
    TS_REQ_free(p);
}
void freeTsResp(TS_RESP* p) {
    TS_RESP_free(p);
}
void freeMsgImprint(TS_MSG_IMPRINT* p) {
    TS_MSG_IMPRINT_free(p);
}
void freeAlgor(X509_ALGOR* p) {
    X509_ALGOR_free(p);
}
void freeInteger(ASN1_INTEGER* p) {
    ASN1_INTEGER_free(p);
}
void freeBio(BIO* p) {
    BIO_free_all(p);
}
void freeVerifyCtx(TS_VERIFY_CTX* p) {
    TS_VERIFY_CTX_free(p);
}
void freePkcs7(PKCS7* p) {
    PKCS7_free(p);
}
void freeTstInfo(TS_TST_INFO* p) {
    TS_TST_INFO_free(p);
}

// The first OpenSSL error on this thread, and the queue cleared.
QString openSslReason() {
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (e == 0)
        return tr("no reason given");
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

Error cryptoError(const QString& what) {
    return Error::make(ErrorCode::Crypto, QStringLiteral("%1 (%2)").arg(what, openSslReason()));
}

QDateTime fromAsn1(const ASN1_GENERALIZEDTIME* t) {
    struct tm tm {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}
} // namespace

QByteArray Timestamp::imprintOf(const Checkpoint& c) {
    return QCryptographicHash::hash(c.canonical(), QCryptographicHash::Sha256);
}

Result<QByteArray> Timestamp::request(const QString& url, const QByteArray& imprint, int timeoutSeconds) {
    if (imprint.size() != 32)
        return fail(ErrorCode::Internal, journal::tr("A timestamp is asked for over 32 bytes (SHA-256)."));
    if (!url.startsWith(QLatin1String("http://")))
        return fail(
            ErrorCode::InvalidInput,
            journal::tr("The TSA address %1 is not an http:// URL (RFC 3161 over HTTP; the answers are "
                        "signed).")
                .arg(url));
    ERR_clear_error();
    Owned<TS_REQ, freeTsReq> req(TS_REQ_new());
    Owned<TS_MSG_IMPRINT, freeMsgImprint> mi(TS_MSG_IMPRINT_new());
    Owned<X509_ALGOR, freeAlgor> alg(X509_ALGOR_new());
    quint64 nonceValue = 0;
    Owned<ASN1_INTEGER, freeInteger> nonce(ASN1_INTEGER_new());
    if (!req || !mi || !alg || !nonce ||
        RAND_bytes(reinterpret_cast<unsigned char*>(&nonceValue), sizeof nonceValue) != 1)
        return cryptoError(journal::tr("A timestamp request could not be made"));
    if (!X509_ALGOR_set0(alg.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr) ||
        !TS_MSG_IMPRINT_set_algo(mi.get(), alg.get()) ||
        !TS_MSG_IMPRINT_set_msg(mi.get(),
                                reinterpret_cast<unsigned char*>(const_cast<char*>(imprint.constData())),
                                int(imprint.size())) ||
        !TS_REQ_set_version(req.get(), 1) || !TS_REQ_set_msg_imprint(req.get(), mi.get()) ||
        !ASN1_INTEGER_set_uint64(nonce.get(), nonceValue >> 1) /* positive, minimal DER */ ||
        !TS_REQ_set_nonce(req.get(), nonce.get()) || !TS_REQ_set_cert_req(req.get(), 1))
        return cryptoError(journal::tr("A timestamp request could not be made"));

    Owned<BIO, freeBio> body(BIO_new(BIO_s_mem()));
    if (!body || i2d_TS_REQ_bio(body.get(), req.get()) != 1)
        return cryptoError(journal::tr("A timestamp request could not be encoded"));
    const QByteArray u = url.toUtf8();
    int ssl = 0;
    char* host = nullptr;
    char* port = nullptr;
    char* path = nullptr;
    if (!OSSL_HTTP_parse_url(u.constData(), &ssl, nullptr, &host, &port, nullptr, &path, nullptr, nullptr))
        return fail(ErrorCode::InvalidInput, journal::tr("The TSA address %1 is not a URL.").arg(url));
    // The environment's http_proxy and no_proxy apply, as for any HTTP client.
    Owned<BIO, freeBio> answer(
        OSSL_HTTP_transfer(nullptr, host, port, path, 0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
                           0, nullptr, "application/timestamp-query", body.get(),
                           "application/timestamp-reply", 1, 64 * 1024, timeoutSeconds, 0));
    OPENSSL_free(host);
    OPENSSL_free(port);
    OPENSSL_free(path);
    if (!answer)
        return Error::make(ErrorCode::Io,
                           journal::tr("The TSA at %1 did not answer: %2").arg(url, openSslReason()));
    Owned<TS_RESP, freeTsResp> resp(d2i_TS_RESP_bio(answer.get(), nullptr));
    if (!resp)
        return cryptoError(
            journal::tr("The TSA at %1 answered something that is not a timestamp response").arg(url));
    const ASN1_INTEGER* status = TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(resp.get()));
    const long granted = ASN1_INTEGER_get(status);
    if (granted != 0 && granted != 1)
        return fail(ErrorCode::Crypto,
                    journal::tr("The TSA at %1 refused the timestamp (PKIStatus %2).").arg(url).arg(granted));
    // Version, imprint and nonce as asked; not the signature (no trust anchor here).
    Owned<TS_VERIFY_CTX, freeVerifyCtx> check(TS_REQ_to_TS_VERIFY_CTX(req.get(), nullptr));
    if (check)
        TS_VERIFY_CTX_set_flags(check.get(), TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_NONCE);
    if (!check || TS_RESP_verify_response(check.get(), resp.get()) != 1)
        return cryptoError(journal::tr("The TSA at %1 answered for another request").arg(url));
    PKCS7* token = TS_RESP_get_token(resp.get());
    unsigned char* der = nullptr;
    const int n = token ? i2d_PKCS7(token, &der) : -1;
    if (n <= 0)
        return cryptoError(journal::tr("The TSA's token could not be encoded"));
    QByteArray out(reinterpret_cast<const char*>(der), n);
    OPENSSL_free(der);
    return out;
}

Result<Timestamp::Verified> Timestamp::verify(const QByteArray& token, const QByteArray& imprint,
                                              const QByteArray& trustedPem) {
    ERR_clear_error();
    const unsigned char* p = reinterpret_cast<const unsigned char*>(token.constData());
    Owned<PKCS7, freePkcs7> cms(d2i_PKCS7(nullptr, &p, long(token.size())));
    if (!cms)
        return cryptoError(journal::tr("The timestamp token is not DER CMS"));
    Owned<TS_VERIFY_CTX, freeVerifyCtx> ctx(TS_VERIFY_CTX_new());
    X509_STORE* store = X509_STORE_new();
    if (!ctx || !store) {
        X509_STORE_free(store);
        return cryptoError(journal::tr("A timestamp could not be checked"));
    }
    TS_VERIFY_CTX_set_store(ctx.get(), store); // owned by ctx from here
    Owned<BIO, freeBio> pem(BIO_new_mem_buf(trustedPem.constData(), int(trustedPem.size())));
    int certificates = 0;
    while (X509* cert = PEM_read_bio_X509(pem.get(), nullptr, nullptr, nullptr)) {
        X509_STORE_add_cert(store, cert);
        X509_free(cert);
        ++certificates;
    }
    ERR_clear_error(); // the end of the PEM
    if (certificates == 0)
        return fail(ErrorCode::InvalidInput,
                    journal::tr("The pinned TSA certificate file holds no PEM certificate."));
    auto* copy = static_cast<unsigned char*>(OPENSSL_malloc(size_t(imprint.size())));
    if (!copy)
        return cryptoError(journal::tr("A timestamp could not be checked"));
    memcpy(copy, imprint.constData(), size_t(imprint.size()));
    TS_VERIFY_CTX_set_imprint(ctx.get(), copy, long(imprint.size()));
    TS_VERIFY_CTX_set_flags(ctx.get(), TS_VFY_VERSION | TS_VFY_SIGNATURE | TS_VFY_IMPRINT);
    // The TSA's certificates are checked as they were when it signed, so that an old timestamp
    // stays valid after they expire.
    Owned<TS_TST_INFO, freeTstInfo> info(PKCS7_to_TS_TST_INFO(cms.get()));
    if (!info)
        return cryptoError(journal::tr("The timestamp token holds no TSTInfo"));
    const QDateTime signedAt = fromAsn1(TS_TST_INFO_get_time(info.get()));
    if (!signedAt.isValid())
        return fail(ErrorCode::Crypto, journal::tr("The timestamp's time cannot be read."));
    X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store), time_t(signedAt.toSecsSinceEpoch()));
    if (TS_RESP_verify_token(ctx.get(), cms.get()) != 1)
        return cryptoError(journal::tr("The timestamp does not verify against the pinned TSA certificate, or "
                                       "is over other data"));
    Verified v;
    v.genTime = signedAt;
    if (const ASN1_INTEGER* serial = TS_TST_INFO_get_serial(info.get())) {
        BIGNUM* bn = ASN1_INTEGER_to_BN(serial, nullptr);
        char* hex = bn ? BN_bn2hex(bn) : nullptr;
        v.serial = hex ? QString::fromLatin1(hex) : QString();
        OPENSSL_free(hex);
        BN_free(bn);
    }
    if (STACK_OF(X509)* signers = PKCS7_get0_signers(cms.get(), nullptr, 0)) {
        if (sk_X509_num(signers) > 0) {
            char name[256];
            X509_NAME_oneline(X509_get_subject_name(sk_X509_value(signers, 0)), name, sizeof name);
            v.tsa = QString::fromUtf8(name);
        }
        sk_X509_free(signers);
    }
    ERR_clear_error();
    return v;
}

} // namespace symbolon::journal
