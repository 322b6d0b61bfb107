#include "demo/DemoInventoryGenerator.h"

#include "dlms/Rfc3394.h"
#include "inventory/InventoryColumn.h"
#include "inventory/InventoryCsvWriter.h"

#include <QCoreApplication>

#include <array>

namespace symbolon::demo {

using policy::DeviceId;

using namespace symbolon::inventory;

namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::demo", s);
}

// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and the same on every compiler, unlike the
// std distributions. Not for secrets: demo data only.
quint64 mix64(quint64 z) {
    z = (z ^ (z >> 30)) * Q_UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * Q_UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

class SplitMix64 {
public:
    explicit SplitMix64(quint64 state) : m_state(state) {}
    quint64 next() { return mix64(m_state += Q_UINT64_C(0x9E3779B97F4A7C15)); }
    quint64 below(quint64 n) { return n ? next() % n : 0; } // the modulo bias is irrelevant here
    qint64 between(qint64 lo, qint64 hi) {
        return lo + static_cast<qint64>(below(static_cast<quint64>(hi - lo + 1)));
    }
    bool percent(int p) { return below(1000) < static_cast<quint64>(p * 10); }
    bool permille(int p) { return below(1000) < static_cast<quint64>(p); }

private:
    quint64 m_state;
};

// Independent streams per premises and per device key, so that adding key columns or more
// devices does not change the devices already generated.
SplitMix64 stream(quint64 seed, quint64 domain, quint64 index) {
    return SplitMix64(mix64(seed ^ mix64(domain * Q_UINT64_C(0x9E3779B97F4A7C15) + index)));
}
constexpr quint64 kPremisesDomain = 1;
constexpr quint64 kKeyDomain = 2;
constexpr quint64 kIdDomain = 3;

struct Maker {
    const char* name;
    std::array<const char*, 2> models; // second may be null
    quint64 oui;                       // invented 24-bit prefixes for the EUI-64s
    const char* flagId;                // DLMS system titles start with the 3-letter manufacturer id
};

// All invented. GPFs live on the Communications Hub, so they share the CHF maker.
constexpr Maker kChfMakers[] = {{"Fenwick Communications", {"FC-CH1", "FC-CH2"}, 0x00DB12, "FNW"},
                                {"Halden Networks", {"HN-100", nullptr}, 0x1C5A3E, "HLD"}};
constexpr const char* kGpfModels[] = {"FC-GPF1", "HN-GPF"};
constexpr Maker kEsmeMakers[] = {{"Ashdown Metering", {"AE-210", "AE-310"}, 0x38A5C9, "ASH"},
                                 {"Brightwater Meters", {"BW-E3", nullptr}, 0x5C8E12, "BWM"},
                                 {"Corran Electric", {"CE-1P", "CE-3P"}, 0x84F3EB, "CRN"}};
constexpr Maker kGsmeMakers[] = {{"Calder Gas Systems", {"CG-G4", nullptr}, 0x4A16E0, "CLD"},
                                 {"Ashdown Metering", {"AG-110", nullptr}, 0x38A5C9, "ASH"}};
constexpr Maker kPpmidMakers[] = {{"Dunmore Displays", {"DD-P2", nullptr}, 0x68C9D2, "DUN"},
                                  {"Brightwater Meters", {"BW-P1", nullptr}, 0x5C8E12, "BWM"}};
constexpr const char* kS1sps[] = {"Northgate S1SP", "Meridian S1SP", "Tamar S1SP"};
constexpr int kS1spWeights[] = {45, 35, 20};

constexpr qint64 kDay = 86400;
constexpr qint64 kEarliestSecs = Q_INT64_C(1230768000) + kDay; // after 2009-01-01, the parser's floor

// A bijection on 40 bits (odd multiply, add, xorshift, odd multiply): unique, random-looking
// device serials from a running index, without a set of ids already used.
quint64 permute40(quint64 x, quint64 key) {
    constexpr quint64 mask = (Q_UINT64_C(1) << 40) - 1;
    x = (x * Q_UINT64_C(0x9E3779B97F) + key) & mask;
    x ^= x >> 17;
    x = (x * Q_UINT64_C(0xC2B2AE3D27)) & mask;
    x ^= x >> 21;
    return x;
}

int keySlot(policy::KeyKind kind, int clientIndex) {
    return kind == policy::KeyKind::MK ? 0 : (kind == policy::KeyKind::AK ? 1 : 5) + clientIndex;
}

SecureBytes demoKey(quint64 seed, int deviceIndex, int slot) {
    SplitMix64 rng =
        stream(seed, kKeyDomain, static_cast<quint64>(deviceIndex) * 16 + static_cast<quint64>(slot));
    std::array<quint64, 2> words{rng.next(), rng.next()};
    SecureBytes key(words.data(), sizeof words);
    words.fill(0);
    return key;
}

template <std::size_t N> const Maker& pick(SplitMix64& rng, const Maker (&makers)[N]) {
    return makers[rng.below(N)];
}

QString modelOf(SplitMix64& rng, const Maker& maker) {
    const char* model = maker.models[1] && rng.percent(50) ? maker.models[1] : maker.models[0];
    return QString::fromLatin1(model);
}

} // namespace

DemoInventoryGenerator::DemoInventoryGenerator(DemoInventoryOptions options)
    : m_options(std::move(options)) {}

Status DemoInventoryGenerator::validate() const {
    if (m_options.deviceCount < 0)
        return fail(ErrorCode::InvalidInput, demo::tr("the number of demo devices cannot be negative"));
    if (!m_options.now.isValid())
        return fail(ErrorCode::InvalidInput,
                    demo::tr("a reference time is needed to generate a demo inventory"));
    if (m_options.transportKey && m_options.transportKey->size() != 16 &&
        m_options.transportKey->size() != 24 && m_options.transportKey->size() != 32)
        return fail(ErrorCode::InvalidInput, demo::tr("the Transport Key must be 16, 24 or 32 bytes"));
    return {};
}

Result<SecureBytes> DemoInventoryGenerator::clearKey(int deviceIndex, policy::KeyKind kind,
                                                     policy::DlmsClient client) const {
    if (deviceIndex < 0 || deviceIndex >= m_options.deviceCount)
        return fail(ErrorCode::InvalidInput, demo::tr("no such demo device"));
    if (kind == policy::KeyKind::MK)
        return demoKey(m_options.seed, deviceIndex, keySlot(kind, 0));
    const auto clientIndex = inventory::keyedClientIndex(client);
    if ((kind != policy::KeyKind::AK && kind != policy::KeyKind::GUEK) || !clientIndex)
        return fail(ErrorCode::InvalidInput,
                    demo::tr("demo devices have an MK, and an AK and a GUEK per keyed client"));
    return demoKey(m_options.seed, deviceIndex, keySlot(kind, *clientIndex));
}

Status DemoInventoryGenerator::forEachDevice(const std::function<Status(DemoDevice&&)>& sink) const {
    if (Status st = validate(); !st)
        return st;
    const qint64 nowSecs = m_options.now.toSecsSinceEpoch();
    const qint64 oldestSecs = std::max(kEarliestSecs, nowSecs - 4 * 365 * kDay);
    const quint64 idKey = mix64(m_options.seed ^ kIdDomain);
    const int n = m_options.deviceCount;
    int index = 0;
    for (quint64 premises = 0; index < n; ++premises) {
        SplitMix64 rng = stream(m_options.seed, kPremisesDomain, premises);
        const policy::Cohort cohort = rng.percent(70) ? policy::Cohort::IOC : policy::Cohort::FOC;
        int s1spPick = static_cast<int>(rng.below(100));
        int s1sp = 0;
        while (s1spPick >= kS1spWeights[s1sp])
            s1spPick -= kS1spWeights[s1sp++];
        const QString s1spName = QString::fromLatin1(kS1sps[s1sp]);

        // When the premises was commissioned, and whether its rotation is done.
        const quint64 bucket = rng.below(1000);
        qint64 base = 0;
        enum class Rotation { Done, Due, Overdue } rotation = Rotation::Done;
        if (bucket < 30) { // the last 7 days: due, or already done
            base = nowSecs - rng.between(3 * 3600, 7 * kDay - 3 * 3600);
            rotation = rng.percent(50) ? Rotation::Due : Rotation::Done;
        } else if (bucket < 45) { // 8 to 30 days ago, never rotated
            base = nowSecs - rng.between(8 * kDay, 30 * kDay);
            rotation = Rotation::Overdue;
        } else {
            base = rng.between(oldestSecs, std::max(oldestSecs, nowSecs - 8 * kDay));
        }
        base = std::max(base, kEarliestSecs);

        // Which devices: a CHF and an ESME always, gas (GSME + GPF) usually, a PPMID sometimes.
        const Maker& chf = pick(rng, kChfMakers);
        const int chfIndex = static_cast<int>(&chf - kChfMakers);
        struct Planned {
            policy::DeviceType type;
            const Maker* maker;
            QString model;
        };
        Planned planned[5];
        int count = 0;
        planned[count++] = {policy::DeviceType::CHF, &chf, modelOf(rng, chf)};
        const Maker& esme = pick(rng, kEsmeMakers);
        planned[count++] = {policy::DeviceType::ESME, &esme, modelOf(rng, esme)};
        if (rng.percent(85)) {
            const Maker& gsme = pick(rng, kGsmeMakers);
            planned[count++] = {policy::DeviceType::GSME, &gsme, modelOf(rng, gsme)};
            planned[count++] = {policy::DeviceType::GPF, &chf, QString::fromLatin1(kGpfModels[chfIndex])};
        }
        if (rng.percent(30)) {
            const Maker& ppmid = pick(rng, kPpmidMakers);
            planned[count++] = {policy::DeviceType::PPMID, &ppmid, modelOf(rng, ppmid)};
        }

        qint64 at = base;
        for (int k = 0; k < count && index < n; ++k, ++index) {
            const Planned& p = planned[k];
            DemoDevice device;
            InventoryRecord& r = device.record;
            r.deviceId = DeviceId((p.maker->oui << 40) | permute40(static_cast<quint64>(index), idKey));
            r.deviceType = p.type;
            r.cohort = cohort;
            r.s1sp = s1spName;
            r.manufacturer = QString::fromLatin1(p.maker->name);
            r.model = p.model;
            at += rng.between(0, 30 * 60); // the installer works through the premises
            r.commissionedAt = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
            if (rng.permille(50))
                r.category = 1;
            else if (rng.permille(53)) // 5 % of the remaining 95 %
                r.category = 2;
            r.systemTitle = QByteArray(p.maker->flagId, 3);
            const quint64 serial = rng.next();
            for (int b = 4; b >= 0; --b)
                r.systemTitle += static_cast<char>((serial >> (8 * b)) & 0xFF);

            if (rotation == Rotation::Done) {
                // Within 7 days, and never after `now`.
                const qint64 latest = std::min(at + 7 * kDay - 3600, nowSecs - 60);
                const qint64 doneAt = latest <= at + 600 ? latest : rng.between(at + 600, latest);
                device.rotationDoneAt = QDateTime::fromSecsSinceEpoch(std::max(doneAt, at), Qt::UTC);
            }

            if (m_options.transportKey) {
                const SecureBytes& tk = *m_options.transportKey;
                auto wrap = [&](int slot, QByteArray& out) -> Status {
                    Result<QByteArray> w = dlms::rfc3394Wrap(tk, demoKey(m_options.seed, index, slot));
                    if (!w)
                        return w.error();
                    out = std::move(w).value();
                    return {};
                };
                if (Status st = wrap(keySlot(policy::KeyKind::MK, 0), r.mk); !st)
                    return st;
                for (int c = 0; c < 4; ++c) {
                    if (Status st = wrap(keySlot(policy::KeyKind::AK, c), r.ak[static_cast<std::size_t>(c)]);
                        !st)
                        return st;
                    if (Status st =
                            wrap(keySlot(policy::KeyKind::GUEK, c), r.guek[static_cast<std::size_t>(c)]);
                        !st)
                        return st;
                }
            }
            if (Status st = sink(std::move(device)); !st)
                return st;
        }
    }
    return {};
}

Result<QVector<DemoDevice>> DemoInventoryGenerator::generate() const {
    QVector<DemoDevice> out;
    out.reserve(std::max(0, m_options.deviceCount));
    Status st = forEachDevice([&](DemoDevice&& d) {
        out.append(std::move(d));
        return Status();
    });
    if (!st)
        return st.error();
    return out;
}

Status DemoInventoryGenerator::writeCsv(QIODevice& out) const {
    if (Status st = validate(); !st)
        return st;
    InventoryCsvWriter writer(out, m_options.transportKey.has_value());
    if (Status st = writer.writeHeader(); !st)
        return st;
    if (Status st = forEachDevice([&](DemoDevice&& d) { return writer.write(d.record); }); !st)
        return st;
    return writer.finish();
}

} // namespace symbolon::demo
