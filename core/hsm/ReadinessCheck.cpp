#include "hsm/ReadinessCheck.h"

#include "dlms/AesBlock.h"
#include "dlms/Kcv.h"
#include "hsm/CkrvText.h"
#include "hsm/KeyWrap.h"
#include "hsm/P11.h"
#include "hsm/SecretKey.h"
#include "hsm/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace symbolon::hsm {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::hsm", s);
}

// RFC 3394 §4.1, "Wrap 128 bits of Key Data with a 128-bit KEK": the check's known keys.
const unsigned char kKek[16] = {0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
                                0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F};
const unsigned char kKeyData[16] = {0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
                                    0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF};
const char kWrappedHex[] = "1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5";

// Two components whose XOR is the key: the first a constant, the second the key XOR it.
QVector<SecureBytes> componentsOf(const unsigned char* key, unsigned char first) {
    SecureBytes a(16), b(16);
    for (int i = 0; i < 16; ++i) {
        a.data()[i] = static_cast<unsigned char>(first + i);
        b.data()[i] = key[i] ^ a.data()[i];
    }
    return {a, b};
}

// Whether a token refused with one of the CKRs that mean "this rule holds": any other failure
// (a device error, a lost handle) says nothing about the rule.
bool refusedWith(const Error& e, std::initializer_list<unsigned long> meaning) {
    return e.hasCkrv && std::find(meaning.begin(), meaning.end(), e.ckrv) != meaning.end();
}

SecretKeyAttributes sessionCopy(SecretKeyRole role, policy::PolicyProfile profile) {
    SecretKeyAttributes a = secretKeyAttributes(role, profile);
    a.token = false; // scratch: gone with the session whatever happens
    return a;
}

QStringList differences(const SecretKeyAttributes& want, const SecretKeyAttributes& got) {
    QStringList out;
    const auto check = [&](const char* name, bool w, bool g) {
        if (w != g)
            out << QStringLiteral("%1=%2").arg(QLatin1String(name),
                                               g ? QStringLiteral("true") : QStringLiteral("false"));
    };
    check("CKA_TOKEN", want.token, got.token);
    check("CKA_PRIVATE", want.privateObject, got.privateObject);
    check("CKA_SENSITIVE", want.sensitive, got.sensitive);
    check("CKA_EXTRACTABLE", want.extractable, got.extractable);
    check("CKA_ENCRYPT", want.encrypt, got.encrypt);
    check("CKA_DECRYPT", want.decrypt, got.decrypt);
    check("CKA_WRAP", want.wrap, got.wrap);
    check("CKA_UNWRAP", want.unwrap, got.unwrap);
    check("CKA_SIGN", want.sign, got.sign);
    check("CKA_VERIFY", want.verify, got.verify);
    check("CKA_DERIVE", want.derive, got.derive);
    check("CKA_TRUSTED", want.trusted, got.trusted);
    check("CKA_WRAP_WITH_TRUSTED", want.wrapWithTrusted, got.wrapWithTrusted);
    check("CKA_MODIFIABLE", want.modifiable, got.modifiable);
    return out;
}

// One call, timed into its row (the row's time per call; a row that never ran has no time).
template <class F> auto timed(ReadinessRow& r, F&& call) {
    QElapsedTimer timer;
    timer.start();
    auto out = call();
    r.calls = 1;
    r.nanosPerCall = timer.nsecsElapsed();
    return out;
}

class Run {
public:
    Run(Session& s, const Capabilities& caps, policy::PolicyProfile profile)
        : m_s(s), m_caps(caps), m_profile(profile),
          m_prefix(QStringLiteral("symbolon-readiness-%1")
                       .arg(QString::number(QRandomGenerator::system()->generate64(), 16))) {}
    ~Run() {
        for (unsigned long h : std::as_const(m_scratch))
            (void)m_s.destroyObject(h);
    }

    ReadinessReport report() {
        ReadinessReport rep;
        rep.profile = m_profile;
        generation(rep);
        entry(rep);
        combination(rep);
        wraps(rep);
        trustedRules(rep);
        return rep;
    }

private:
    Session& m_s;
    const Capabilities& m_caps;
    policy::PolicyProfile m_profile;
    QString m_prefix;
    int m_next = 0;
    QVector<unsigned long> m_scratch;
    std::optional<SecretKey> m_kek, m_device;
    QString m_kekProblem, m_deviceProblem;
    QByteArray m_package; // ECB package of the device key under the KEK, as the token made it

    QString label() { return QStringLiteral("%1-%2").arg(m_prefix).arg(++m_next); }
    void keep(const SecretKey& k) { m_scratch << k.handle(); }
    void drop(SecretKey& k) {
        m_scratch.removeAll(k.handle());
        (void)k.destroy(m_s);
    }
    // Failed under production (a token that lets this happen does not hold the site's rules), a
    // warning under development.
    ReadinessRow::Outcome weakness() const {
        return m_profile == policy::PolicyProfile::Production ? ReadinessRow::Outcome::Failed
                                                              : ReadinessRow::Outcome::Warning;
    }

    ReadinessRow tableRow(KeyOperation op, const char* check) const {
        const PathDecision d = m_caps.decide(op);
        ReadinessRow r;
        r.check = QLatin1String(check);
        r.operation = keyOperationName(op);
        r.tableOp = op;
        r.kind = d.kind;
        r.mechanism = d.mechanismName.isEmpty() ? QStringLiteral("C_CreateObject") : d.mechanismName;
        return r;
    }
    // Whether the table's path may run under the profile; when not, the row says why.
    bool mayRun(ReadinessRow& r) const {
        auto ok = m_caps.require(*r.tableOp, m_profile);
        if (ok)
            return true;
        r.outcome = ReadinessRow::Outcome::Failed;
        r.result = ok.error().message;
        return false;
    }
    // A boundary rule tried: refused with a CKR that means the rule holds, or it does not hold,
    // or the token failed otherwise and could not tell.
    void ruleOutcome(ReadinessRow& r, const Result<QByteArray>& attempt,
                     std::initializer_list<unsigned long> meaning, const QString& holds,
                     const QString& broken) const {
        if (attempt) {
            r.outcome = weakness();
            r.result = broken;
        } else if (refusedWith(attempt.error(), meaning))
            passed(r, holds.arg(ckrvName(attempt.error().ckrv)));
        else {
            r.outcome = ReadinessRow::Outcome::Failed;
            r.result = hsm::tr("could not tell: %1").arg(attempt.error().message);
        }
    }
    static void notRun(ReadinessRow& r, const QString& why) {
        r.outcome = ReadinessRow::Outcome::Failed;
        r.result = hsm::tr("not run: %1").arg(why);
    }
    static void failedWith(ReadinessRow& r, const Error& e) {
        r.outcome = ReadinessRow::Outcome::Failed;
        r.result = e.message;
    }
    static void passed(ReadinessRow& r, const QString& result) {
        r.outcome = ReadinessRow::Outcome::Passed;
        r.result = result;
    }

    void generation(ReadinessReport& rep) {
        const struct {
            SecretKeyRole role;
            const char* check;
        } roles[] = {{SecretKeyRole::DcoKey, "generate.dco-key"},
                     {SecretKeyRole::SharedKey, "generate.shared-key"},
                     {SecretKeyRole::TransportKey, "generate.transport-key"},
                     {SecretKeyRole::DeviceKey, "generate.device-key"},
                     {SecretKeyRole::DeviceMasterKey, "generate.device-master-key"}};
        for (const auto& role : roles) {
            ReadinessRow r;
            r.check = QLatin1String(role.check);
            r.operation = hsm::tr("AES key generation, %1 template").arg(secretKeyRoleName(role.role));
            r.mechanism = QStringLiteral("CKM_AES_KEY_GEN");
            const SecretKeyAttributes want = sessionCopy(role.role, m_profile);
            auto k = timed(r, [&] { return SecretKey::generate(m_s, want, label(), QByteArray()); });
            if (!k) {
                failedWith(r, k.error());
            } else {
                keep(*k);
                auto got = k->readAttributes(m_s);
                if (!got)
                    failedWith(r, got.error());
                else if (const QStringList diff = differences(want, *got); !diff.isEmpty()) {
                    r.outcome = ReadinessRow::Outcome::Failed;
                    r.result = hsm::tr("the token holds the key otherwise than asked: %1")
                                   .arg(diff.join(QStringLiteral(", ")));
                } else
                    passed(r, hsm::tr("ok; every attribute reads back as set"));
                drop(*k);
            }
            rep.rows << r;
        }
    }

    // The KEK of published value enters the module the way a typed Transport Key component does
    // (KeyWrap::enterComponent, as the table decides), with the DCO Key's template: it wraps,
    // unwraps, signs (CMAC), encrypts (ECB-3B) and, under development only, decrypts (the
    // unpackaging fallback), as the KEKs do. Its KCVs are compared with the published key's.
    void entry(ReadinessReport& rep) {
        ReadinessRow r = tableRow(KeyOperation::ComponentEntry, "component-entry");
        if (mayRun(r)) {
            auto h = timed(r, [&] {
                return KeyWrap::enterComponent(m_s, m_caps, m_profile, SecureBytes(kKek, 16),
                                               sessionCopy(SecretKeyRole::DcoKey, m_profile));
            });
            if (!h) {
                failedWith(r, h.error());
                m_kekProblem = h.error().message;
            } else {
                m_kek = SecretKey(*h, hsm::tr("RFC 3394 test KEK"), QByteArray());
                keep(*m_kek);
            }
        } else
            m_kekProblem = r.result;
        ReadinessRow kcvRows[2];
        bool confirmed = false;
        for (const auto method : {dlms::KcvMethod::Cmac5B, dlms::KcvMethod::Ecb3B}) {
            const bool cmac = method == dlms::KcvMethod::Cmac5B;
            ReadinessRow& k = kcvRows[cmac ? 0 : 1];
            k = tableRow(cmac ? KeyOperation::KcvCmac5B : KeyOperation::KcvEcb3B,
                         cmac ? "kcv.cmac-5b" : "kcv.ecb-3b");
            if (!m_kek)
                notRun(k, hsm::tr("no key of known value (%1)").arg(m_kekProblem));
            else if (mayRun(k)) {
                auto kcv = timed(k, [&] { return m_kek->kcv(m_s, m_caps, method); });
                auto expected = dlms::computeKcv(SecureBytes(kKek, 16), method);
                if (!kcv)
                    failedWith(k, kcv.error());
                else if (!expected)
                    failedWith(k, expected.error());
                else if (*kcv != *expected) {
                    k.outcome = ReadinessRow::Outcome::Failed;
                    k.result = hsm::tr("%1, where RFC 3394's KEK has %2")
                                   .arg(dlms::formatKcv(method, *kcv), dlms::formatKcv(method, *expected));
                } else {
                    confirmed = true;
                    passed(k, hsm::tr("ok: %1, RFC 3394's KEK").arg(dlms::formatKcv(method, *kcv)));
                }
            }
        }
        if (m_kek) {
            if (confirmed)
                passed(r, hsm::tr("ok: the entered key has the published key's KCV"));
            else {
                r.outcome = ReadinessRow::Outcome::Failed;
                r.result = hsm::tr("entered, but its value could not be confirmed by a KCV");
                m_kek.reset(); // not a key of known value
                m_kekProblem = r.result;
            }
        }
        rep.rows << r << kcvRows[0] << kcvRows[1];
    }

    // Two components of the published KEK combined: the result must have the entered KEK's KCV.
    void combination(ReadinessReport& rep) {
        ReadinessRow r = tableRow(KeyOperation::CombineComponents, "combine-components");
        if (mayRun(r)) {
            auto combined = timed(r, [&] {
                return KeyWrap::combineComponents(m_s, m_caps, m_profile, componentsOf(kKek, 0xA0),
                                                  sessionCopy(SecretKeyRole::DcoKey, m_profile), label(),
                                                  QByteArray());
            });
            if (!combined)
                failedWith(r, combined.error());
            else {
                keep(combined->key);
                auto kcv = combined->key.kcv(m_s, m_caps, dlms::KcvMethod::Cmac5B);
                auto expected = dlms::computeKcv(SecureBytes(kKek, 16), dlms::KcvMethod::Cmac5B);
                if (kcv && expected && *kcv == *expected)
                    passed(r, hsm::tr("ok: the combined key has the published key's KCV"));
                else {
                    r.outcome = ReadinessRow::Outcome::Failed;
                    r.result = kcv ? hsm::tr("the combined key is not the XOR of its components")
                                   : hsm::tr("combined, but its KCV could not be computed: %1")
                                         .arg(kcv.error().message);
                }
            }
        }
        rep.rows << r;
    }

    // The published wrapped key data comes in by RFC 3394 unwrap (as every migration key does);
    // its ECB package under the KEK and its RFC 3394 wrap must be the published bytes.
    void wraps(ReadinessReport& rep) {
        auto expectedPackage = dlms::aesBlockEncrypt(SecureBytes(kKek, 16), SecureBytes(kKeyData, 16));
        const QByteArray expectedWrap = QByteArray::fromHex(kWrappedHex);

        ReadinessRow unwrap = tableRow(KeyOperation::Rfc3394Unwrap, "rfc3394-unwrap");
        if (!m_kek)
            notRun(unwrap, hsm::tr("no key of known value (%1)").arg(m_kekProblem));
        else if (mayRun(unwrap)) {
            auto k = timed(unwrap, [&] {
                return KeyWrap::unwrapRfc3394(m_s, m_caps, *m_kek, expectedWrap,
                                              sessionCopy(SecretKeyRole::DeviceKey, m_profile), label(),
                                              QByteArray());
            });
            if (!k) {
                failedWith(unwrap, k.error());
                m_deviceProblem = k.error().message;
            } else {
                m_device = *k;
                keep(*m_device);
            }
        } else
            m_deviceProblem = unwrap.result;
        const QString noDevice = m_kek ? m_deviceProblem : m_kekProblem;

        ReadinessRow pkg = tableRow(KeyOperation::EcbPackage, "ecb-package");
        if (!m_device)
            notRun(pkg, hsm::tr("no key of known value to package (%1)").arg(noDevice));
        else if (mayRun(pkg)) {
            auto p = timed(pkg, [&] { return KeyWrap::package(m_s, m_caps, *m_kek, *m_device); });
            if (!p)
                failedWith(pkg, p.error());
            else if (!expectedPackage || p->package != *expectedPackage) {
                pkg.outcome = ReadinessRow::Outcome::Failed;
                pkg.result = hsm::tr("the package is not AES-ECB of RFC 3394's key data under its KEK");
            } else {
                m_package = p->package;
                passed(pkg, hsm::tr("ok: AES-ECB of RFC 3394's key data under its KEK"));
            }
        }
        if (m_device) {
            if (!m_package.isEmpty())
                passed(unwrap,
                       hsm::tr("ok: RFC 3394 §4.1's key data (its ECB package is the published one)"));
            else {
                unwrap.outcome = ReadinessRow::Outcome::Warning;
                unwrap.result = hsm::tr("unwrapped; its value could not be confirmed (no ECB packaging)");
            }
        }

        ReadinessRow un = tableRow(KeyOperation::EcbUnpackage, "ecb-unpackage");
        if (m_package.isEmpty())
            notRun(un, hsm::tr("no package (ECB packaging)"));
        else if (mayRun(un)) {
            auto u = timed(un, [&] {
                return KeyWrap::unpackage(m_s, m_caps, m_profile, *m_kek, m_package,
                                          sessionCopy(SecretKeyRole::DeviceKey, m_profile), label(),
                                          QByteArray());
            });
            if (!u)
                failedWith(un, u.error());
            else {
                keep(u->key);
                sameValue(un, u->key, hsm::tr("ok: packaged again, the same 16 bytes"));
            }
        }

        ReadinessRow wrap = tableRow(KeyOperation::Rfc3394Wrap, "rfc3394-wrap");
        if (!m_device)
            notRun(wrap, hsm::tr("no key of known value to wrap (%1)").arg(noDevice));
        else if (mayRun(wrap)) {
            auto wrapped = timed(wrap, [&] { return KeyWrap::wrapRfc3394(m_s, m_caps, *m_kek, *m_device); });
            if (!wrapped)
                failedWith(wrap, wrapped.error());
            else if (*wrapped != expectedWrap) {
                wrap.outcome = ReadinessRow::Outcome::Failed;
                wrap.result =
                    hsm::tr("%1, where RFC 3394 §4.1 has %2")
                        .arg(QString::fromLatin1(wrapped->toHex()), QString::fromLatin1(kWrappedHex));
            } else
                passed(wrap, hsm::tr("ok: RFC 3394 §4.1's ciphertext"));
        }
        rep.rows << pkg << un << wrap << unwrap;
    }

    // A key brought back into the module has the known value when packaging it again gives the
    // package the token made of the known key.
    void sameValue(ReadinessRow& r, const SecretKey& key, const QString& okText) {
        if (m_package.isEmpty()) {
            r.outcome = ReadinessRow::Outcome::Warning;
            r.result = hsm::tr("done; its value could not be confirmed (no ECB packaging)");
            return;
        }
        auto again = KeyWrap::package(m_s, m_caps, *m_kek, key);
        if (!again)
            failedWith(r, again.error());
        else if (again->package != m_package) {
            r.outcome = ReadinessRow::Outcome::Failed;
            r.result = hsm::tr("the key that came back is not the key that went in");
        } else
            passed(r, okText);
    }

    void trustedRules(ReadinessReport& rep) {
        // The DCO Key is made CKA_EXTRACTABLE=false so that nobody logged in can take it out, in
        // any form: a token that wraps it anyway (NSS softoken, in both modes, checked) lets a
        // logged-in user wrap it under a key of their own and read it.
        ReadinessRow stays;
        stays.check = QStringLiteral("extractable.refused");
        stays.operation = hsm::tr("CKA_EXTRACTABLE=false enforced by C_WrapKey");
        const PathDecision packaging = m_caps.decide(KeyOperation::EcbPackage);
        stays.mechanism = packaging.mechanismName;
        if (!m_kek || packaging.kind != PathKind::InModule)
            notRun(stays, hsm::tr("no ECB packaging, or no key to wrap under"));
        else {
            // The DCO Key's template without CKA_WRAP_WITH_TRUSTED: only the one rule is tried.
            SecretKeyAttributes dco = sessionCopy(SecretKeyRole::DcoKey, m_profile);
            dco.wrapWithTrusted = false;
            auto fixed = SecretKey::generate(m_s, dco, label(), QByteArray());
            if (!fixed)
                failedWith(stays, fixed.error());
            else {
                keep(*fixed);
                auto wrapped = timed(stays, [&] { return KeyWrap::package(m_s, m_caps, *m_kek, *fixed); });
                ruleOutcome(stays,
                            wrapped ? Result<QByteArray>(wrapped->package)
                                    : Result<QByteArray>(wrapped.error()),
                            {CKR_KEY_UNEXTRACTABLE},
                            hsm::tr("refused (%1): a key made not extractable stays in the module"),
                            hsm::tr("wrapped: the token lets a key marked CKA_EXTRACTABLE=false leave it, so "
                                    "anyone logged in could take the DCO Key out"));
                drop(*fixed);
            }
        }
        rep.rows << stays;

        ReadinessRow trusted;
        trusted.check = QStringLiteral("trusted.user-refused");
        trusted.operation = hsm::tr("CKA_TRUSTED set by a user");
        trusted.mechanism = QStringLiteral("CKM_AES_KEY_GEN");
        SecretKeyAttributes a = sessionCopy(SecretKeyRole::TransportKey, m_profile);
        a.trusted = true;
        auto k = timed(trusted, [&] { return SecretKey::generate(m_s, a, label(), QByteArray()); });
        if (!k)
            ruleOutcome(trusted, k.error(),
                        {CKR_ATTRIBUTE_READ_ONLY, CKR_TEMPLATE_INCONSISTENT, CKR_ATTRIBUTE_VALUE_INVALID},
                        hsm::tr("refused (%1): only the security officer marks keys trusted"), QString());
        else {
            keep(*k);
            auto got = k->readAttributes(m_s);
            if (!got) {
                trusted.outcome = ReadinessRow::Outcome::Failed;
                trusted.result = hsm::tr("could not tell: %1").arg(got.error().message);
            } else if (!got->trusted)
                passed(trusted, hsm::tr("accepted, but the key reads back not trusted"));
            else {
                trusted.outcome = weakness();
                trusted.result = hsm::tr("accepted: a user can mark a key trusted, so CKA_WRAP_WITH_TRUSTED "
                                         "does not limit where the Shared Key can go");
            }
            drop(*k);
        }
        rep.rows << trusted;

        ReadinessRow wwt;
        wwt.check = QStringLiteral("trusted.wrap-with-trusted");
        wwt.operation = hsm::tr("CKA_WRAP_WITH_TRUSTED enforced");
        wwt.mechanism = QStringLiteral("CKM_AES_KEY_WRAP");
        if (!m_kek || m_caps.decide(KeyOperation::Rfc3394Wrap).kind != PathKind::InModule)
            notRun(wwt, hsm::tr("no RFC 3394 wrap, or no key to wrap under"));
        else {
            SecretKeyAttributes s = sessionCopy(SecretKeyRole::SharedKey, m_profile);
            s.wrapWithTrusted = true;
            auto shared = SecretKey::generate(m_s, s, label(), QByteArray());
            if (!shared)
                failedWith(wwt, shared.error());
            else {
                keep(*shared);
                auto wrapped = timed(wwt, [&] { return KeyWrap::wrapRfc3394(m_s, m_caps, *m_kek, *shared); });
                ruleOutcome(wwt, wrapped, {CKR_KEY_NOT_WRAPPABLE},
                            hsm::tr("refused (%1) under a key that is not trusted"),
                            hsm::tr("wrapped under a key that is not trusted: the token does not enforce "
                                    "CKA_WRAP_WITH_TRUSTED"));
            }
        }
        rep.rows << wwt;
    }
};

} // namespace

QString ReadinessRow::pathText(policy::PolicyProfile profile) const {
    switch (kind) {
    case PathKind::InModule:
        return hsm::tr("native");
    case PathKind::ClearKeyFallback:
        return profile == policy::PolicyProfile::Development ? hsm::tr("fallback (development only)")
                                                             : hsm::tr("fallback: refused (production)");
    case PathKind::Unavailable:
        return hsm::tr("impossible");
    }
    return {};
}

namespace {
// The journal's words for a row (ReadinessReport::toJson), never translated.
QString pathToken(PathKind kind) {
    return QLatin1String(kind == PathKind::InModule           ? "native"
                         : kind == PathKind::ClearKeyFallback ? "fallback"
                                                              : "impossible");
}
QString outcomeToken(ReadinessRow::Outcome outcome) {
    return QLatin1String(outcome == ReadinessRow::Outcome::Passed    ? "passed"
                         : outcome == ReadinessRow::Outcome::Warning ? "warning"
                                                                     : "failed");
}
QString timeText(int calls, double microseconds) {
    return calls ? hsm::tr("%1 ms").arg(microseconds / 1000.0, 0, 'f', 3) : QStringLiteral("-");
}
} // namespace

QString ReadinessRow::outcomeText() const {
    return readinessOutcomeWord(outcomeToken(outcome));
}

QString readinessPathWord(const QString& token) {
    if (token == QLatin1String("native"))
        return hsm::tr("native");
    if (token == QLatin1String("fallback"))
        return hsm::tr("fallback");
    return hsm::tr("impossible");
}

QString readinessOutcomeWord(const QString& token) {
    if (token == QLatin1String("passed"))
        return hsm::tr("passed");
    if (token == QLatin1String("warning"))
        return hsm::tr("WARNING");
    return hsm::tr("FAILED");
}

QString readinessTimeText(const QJsonObject& row) {
    return timeText(row.value(QStringLiteral("calls")).toInt(),
                    row.value(QStringLiteral("us_per_call")).toDouble());
}

bool ReadinessReport::ready() const {
    return std::none_of(rows.begin(), rows.end(),
                        [](const ReadinessRow& r) { return r.outcome == ReadinessRow::Outcome::Failed; });
}

QJsonArray ReadinessReport::toJson() const {
    QJsonArray out;
    for (const ReadinessRow& r : rows) {
        out.append(QJsonObject{{QStringLiteral("check"), r.check},
                               {QStringLiteral("operation"), r.operation},
                               {QStringLiteral("path"), pathToken(r.kind)},
                               {QStringLiteral("mechanism"), r.mechanism},
                               {QStringLiteral("outcome"), outcomeToken(r.outcome)},
                               {QStringLiteral("result"), r.result},
                               {QStringLiteral("calls"), r.calls},
                               {QStringLiteral("us_per_call"), double(r.nanosPerCall / 100) / 10.0}});
    }
    return out;
}

QString ReadinessReport::toText() const {
    const QStringList head{hsm::tr("Operation"), hsm::tr("Path"), hsm::tr("Mechanism"), hsm::tr("Outcome"),
                           hsm::tr("Time per call")};
    QVector<QStringList> lines{head};
    for (const ReadinessRow& r : rows)
        lines << QStringList{r.operation, r.pathText(profile), r.mechanism, r.outcomeText(),
                             timeText(r.calls, double(r.nanosPerCall) / 1000.0)};
    QVector<qsizetype> width(head.size(), 0);
    for (const QStringList& l : lines)
        for (int c = 0; c < l.size(); ++c)
            width[c] = std::max(width[c], l[c].size());
    QStringList out;
    for (int i = 0; i < lines.size(); ++i) {
        QStringList cells;
        for (int c = 0; c < lines[i].size(); ++c)
            cells << (c + 1 < lines[i].size() ? lines[i][c].leftJustified(width[c]) : lines[i][c]);
        out << cells.join(QStringLiteral("  "));
        if (i > 0)
            out << QStringLiteral("    %1").arg(rows[i - 1].result);
    }
    out << (ready() ? hsm::tr("Ready: every operation this site needs works on this token.")
                    : hsm::tr("NOT READY: see the FAILED rows."));
    return out.join(QLatin1Char('\n'));
}

Result<ReadinessReport> ReadinessCheck::run(Session& keyToken, const Capabilities& caps,
                                            policy::PolicyProfile profile) {
    Run run(keyToken, caps, profile);
    return run.report();
}

} // namespace symbolon::hsm
