#include "ceremony/TransportKeyCeremony.h"

#include "dlms/Kcv.h"
#include "hsm/Capabilities.h"
#include "hsm/KeyWrap.h"
#include "hsm/Module.h"
#include "hsm/SecretKey.h"
#include "hsm/Session.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace symbolon::ceremony {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::ceremony", s);
}
int hexValue(std::uint8_t c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
bool isSpace(std::uint8_t c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
} // namespace

Result<SecureBytes> TransportKeyCeremony::parseComponent(int number, const SecureBytes& typed) {
    std::size_t begin = 0, end = typed.size();
    while (begin < end && isSpace(typed.data()[begin]))
        ++begin;
    while (end > begin && isSpace(typed.data()[end - 1]))
        --end;
    const std::size_t digits = end - begin;
    for (std::size_t i = begin; i < end; ++i)
        if (hexValue(typed.data()[i]) < 0)
            return fail(
                ErrorCode::InvalidInput,
                ceremony::tr(
                    "Component %1: character %2 is not a hexadecimal digit (0-9, A-F). Expected exactly 32 "
                    "hexadecimal digits.")
                    .arg(number)
                    .arg(i - begin + 1));
    if (digits != 32)
        return fail(
            ErrorCode::InvalidInput,
            ceremony::tr("Component %1: %2 hexadecimal digits were entered; expected exactly 32 (16 bytes).")
                .arg(number)
                .arg(digits));
    SecureBytes value(16);
    bool allZero = true;
    for (std::size_t i = 0; i < 16; ++i) {
        const int b = hexValue(typed.data()[begin + 2 * i]) << 4 | hexValue(typed.data()[begin + 2 * i + 1]);
        value.data()[i] = static_cast<std::uint8_t>(b);
        allZero = allZero && b == 0;
    }
    if (allZero)
        return fail(
            ErrorCode::InvalidInput,
            ceremony::tr("Component %1 is all zeros: that is no secret. Enter the component from its sealed "
                         "envelope.")
                .arg(number));
    return value;
}

Result<QVector<SecureBytes>> TransportKeyCeremony::parseComponents(const QVector<SecureBytes>& typed) {
    if (typed.size() < 2 || typed.size() > 3)
        return fail(ErrorCode::InvalidInput,
                    ceremony::tr("A Transport Key is built from 2 or 3 components; %1 were entered.")
                        .arg(typed.size()));
    QVector<SecureBytes> values;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        auto v = parseComponent(static_cast<int>(i + 1), typed[i]);
        if (!v)
            return v.error();
        for (qsizetype j = 0; j < values.size(); ++j)
            if (values[j].equals(*v))
                return fail(
                    ErrorCode::InvalidInput,
                    ceremony::tr(
                        "Component %1 is the same as component %2: each custodian must enter their own "
                        "component.")
                        .arg(i + 1)
                        .arg(j + 1));
        values.push_back(std::move(*v));
    }
    return values;
}

Result<QString> TransportKeyCeremony::componentKcv(const SecureBytes& component) {
    auto k = dlms::computeKcv(component, dlms::KcvMethod::Cmac5B);
    if (!k)
        return k.error();
    return dlms::formatKcv(dlms::KcvMethod::Cmac5B, *k);
}

Result<CeremonyRecord> TransportKeyCeremony::run(hsm::Session& keyToken, const CeremonyContext& ctx,
                                                 const QVector<SecureBytes>& typedComponents,
                                                 const QString& label) {
    CeremonyRecord rec = CeremonyRecord::begin(QStringLiteral("transport-key"), ctx);
    auto components = parseComponents(typedComponents);
    if (!components)
        return components.error();
    auto exists = hsm::SecretKey::exists(keyToken, label);
    if (!exists)
        return exists.error();
    if (*exists)
        return fail(
            ErrorCode::AlreadyExists,
            ceremony::tr("The key token already holds \"%1\": choose another label. Nothing was changed.")
                .arg(label));
    auto caps = hsm::Capabilities::read(keyToken.module(), keyToken.slotId());
    if (!caps)
        return caps.error();
    for (qsizetype i = 0; i < components->size(); ++i) {
        auto kcv = componentKcv((*components)[i]);
        if (!kcv)
            return kcv.error();
        rec.addKcv(ceremony::tr("Component %1").arg(i + 1), *kcv);
    }
    const QByteArray id = QCryptographicHash::hash(label.toUtf8(), QCryptographicHash::Sha256).left(8);
    auto combined = hsm::KeyWrap::combineComponents(
        keyToken, *caps, ctx.profile, *components,
        hsm::secretKeyAttributes(hsm::SecretKeyRole::TransportKey, ctx.profile), label, id);
    if (!combined)
        return combined.error();
    rec.paths << combined->path.describe();
    if (combined->path.fallback())
        rec.fallbacks << combined->path.describe();
    for (dlms::KcvMethod m : {dlms::KcvMethod::Cmac5B, dlms::KcvMethod::Ecb3B}) {
        auto kcv = combined->key.labelledKcv(keyToken, *caps, m);
        if (!kcv) {
            (void)combined->key.destroy(keyToken);
            return kcv.error();
        }
        rec.addKcv(ceremony::tr("Transport Key"), *kcv);
    }
    rec.extra.insert(QStringLiteral("label"), label);
    rec.extra.insert(QStringLiteral("components"), static_cast<int>(components->size()));
    rec.finishedAt = QDateTime::currentDateTimeUtc();
    return rec;
}

} // namespace symbolon::ceremony
