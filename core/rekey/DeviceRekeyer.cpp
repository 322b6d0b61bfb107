#include "rekey/DeviceRekeyer.h"

#include "dlms/GlobalKeyTransfer.h"
#include "dlms/Kcv.h"
#include "hsm/KeyWrap.h"
#include "hsm/Session.h"
#include "policy/DlmsClient.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace symbolon::rekey {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::rekey", s);
}

dlms::GlobalKeyId keyIdOf(const QString& kind) {
    if (kind == QLatin1String("AK"))
        return dlms::GlobalKeyId::Authentication;
    if (kind == QLatin1String("MK"))
        return dlms::GlobalKeyId::Master;
    return dlms::GlobalKeyId::GlobalUnicastEncryption;
}

Error withDevice(const QString& deviceId, const Error& e) {
    return Error{e.code, rekey::tr("Device %1: %2").arg(deviceId, e.message), e.ckrv, e.hasCkrv};
}
} // namespace

DeviceRekeyer::DeviceRekeyer(hsm::Session& session, const hsm::Capabilities& caps,
                             policy::PolicyProfile profile, const RunKeks& keks, const RekeyKinds& kinds)
    : m_session(session), m_caps(caps), m_profile(profile), m_keks(keks), m_kinds(kinds),
      m_mkAttributes(hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceMasterKey, profile)),
      m_keyAttributes(hsm::secretKeyAttributes(hsm::SecretKeyRole::DeviceKey, profile)) {}

QString DeviceRekeyer::slotKey(const KeySlot& s) {
    return QStringLiteral("%1/%2").arg(s.kind).arg(s.client);
}

Result<DeviceOutput> DeviceRekeyer::rekey(const DeviceInput& device) {
    DeviceOutput out;
    out.row = device.row;
    out.deviceId = device.deviceId;
    out.systemTitle = device.systemTitle;
    out.mkKcv = device.mkKcv;
    const hsm::SecretKey* mkKek = m_keks.dcoFor(device.mkKekVersion);
    if (!mkKek) {
        out.failure = rekey::tr("its master key is packaged under DCO Key v%1, which is neither active nor "
                                "being rolled over")
                          .arg(device.mkKekVersion);
        return out;
    }
    auto mk = hsm::KeyWrap::unpackage(m_session, m_caps, m_profile, *mkKek, device.mkPackage, m_mkAttributes,
                                      QString(), QByteArray());
    if (!mk) {
        if (mk.error().hasCkrv || mk.error().code == ErrorCode::PolicyRefused)
            return withDevice(device.deviceId, mk.error());
        out.failure = rekey::tr("its master key package could not be opened: %1").arg(mk.error().message);
        return out;
    }
    hsm::ScopedSecretKey mkObject{m_session, mk->key};
    if (mk->path.fallback())
        out.fallbacks << mk->path.describe();
    auto mkKcv = mk->key.labelledKcv(m_session, m_caps, dlms::KcvMethod::Cmac5B);
    if (!mkKcv)
        return withDevice(device.deviceId, mkKcv.error());
    if (*mkKcv != device.mkKcv) {
        out.failure =
            rekey::tr("its master key package opens to KCV %1, but the record says %2: the package is not "
                      "under this DCO Key or was altered")
                .arg(*mkKcv, device.mkKcv);
        return out;
    }

    for (const KeySlot& slot : m_kinds.slots()) {
        auto key = hsm::SecretKey::generate(m_session, m_keyAttributes, QString(), QByteArray());
        if (!key)
            return withDevice(device.deviceId, key.error());
        hsm::ScopedSecretKey keyObject{m_session, *key};
        auto wrapped = hsm::KeyWrap::wrapRfc3394(m_session, m_caps, mk->key, *key);
        if (!wrapped)
            return withDevice(device.deviceId, wrapped.error());
        const bool underDco = slot.kind != QLatin1String("GUEK");
        auto packaged = hsm::KeyWrap::package(m_session, m_caps, underDco ? m_keks.dco : m_keks.shared, *key);
        if (!packaged)
            return withDevice(device.deviceId, packaged.error());
        auto kcv = key->labelledKcv(m_session, m_caps, dlms::KcvMethod::Cmac5B);
        if (!kcv)
            return withDevice(device.deviceId, kcv.error());
        NewKey nk;
        nk.slot = slot;
        nk.generation = device.nextGeneration.value(slotKey(slot), 1);
        nk.package = packaged->package;
        nk.wrapped = *wrapped;
        nk.kek = underDco ? QStringLiteral("DCO Key") : QStringLiteral("Shared Key");
        nk.kekKcv = underDco ? m_keks.dcoKcv : m_keks.sharedKcv;
        nk.kekVersion = underDco ? m_keks.dcoVersion : m_keks.sharedVersion;
        nk.kcv = *kcv;
        out.keys.push_back(nk);
    }

    return out;
}

Result<QJsonObject> DeviceRekeyer::instruction(const DeviceOutput& out) {
    // The instruction: one global_key_transfer per keyed client (GUEK and AK), then the MK last,
    // all wrapped under the device's current MK.
    QJsonArray transfers;
    auto block = [&](const QString& client, const QVector<const NewKey*>& keys) -> Status {
        QList<dlms::WrappedKeyEntry> entries;
        QJsonArray described;
        for (const NewKey* k : keys) {
            entries.push_back({keyIdOf(k->slot.kind), k->wrapped});
            described.append(QJsonObject{{QStringLiteral("kind"), k->slot.kind},
                                         {QStringLiteral("key_id"), static_cast<int>(keyIdOf(k->slot.kind))},
                                         {QStringLiteral("generation"), k->generation},
                                         {QStringLiteral("kcv"), k->kcv}});
        }
        auto encoded = dlms::encodeGlobalKeyTransfer(entries);
        if (!encoded)
            return encoded.error();
        transfers.append(QJsonObject{{QStringLiteral("client"), client},
                                     {QStringLiteral("params"), QString::fromLatin1(encoded->toHex())},
                                     {QStringLiteral("keys"), described}});
        return {};
    };
    for (policy::DlmsClient c : policy::kKeyedClients) {
        QVector<const NewKey*> keys;
        for (const NewKey& k : out.keys)
            if (k.slot.client == static_cast<int>(c) && k.slot.kind != QLatin1String("MK"))
                keys.push_back(&k);
        // GUEK (key id 0) before AK (key id 2), as the device applies them in order.
        std::sort(keys.begin(), keys.end(), [](const NewKey* a, const NewKey* b) {
            return keyIdOf(a->slot.kind) < keyIdOf(b->slot.kind);
        });
        if (!keys.isEmpty())
            if (auto s = block(policy::clientCode(c), keys); !s)
                return withDevice(out.deviceId, s.error());
    }
    for (const NewKey& k : out.keys)
        if (k.slot.kind == QLatin1String("MK"))
            if (auto s = block(policy::clientCode(policy::DlmsClient::Management), {&k}); !s)
                return withDevice(out.deviceId, s.error());
    return QJsonObject{{QStringLiteral("device_id"), out.deviceId},
                       {QStringLiteral("system_title"), QString::fromLatin1(out.systemTitle.toHex())},
                       {QStringLiteral("wrapped_under_mk_kcv"), out.mkKcv},
                       {QStringLiteral("transfers"), transfers}};
}

} // namespace symbolon::rekey
