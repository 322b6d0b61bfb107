#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <compare>

namespace symbolon::policy {

// A SMETS1 device id: an EUI-64. Held as a number so that comparisons, hashing and storage are
// cheap; text is produced on demand. Two written forms are accepted (POLICY.md vocabulary):
// "00DB1234567890A0" and "00-DB-12-34-56-78-90-A0", in either case.
class DeviceId {
public:
    constexpr DeviceId() = default;
    constexpr explicit DeviceId(quint64 value) : m_value(value) {}

    constexpr quint64 value() const { return m_value; }

    // Canonical form: 16 uppercase hex digits, no dashes (what is stored and exported).
    QString toString() const;
    QByteArray toLatin1() const;
    // Display form: "00-DB-12-34-56-78-90-A0".
    QString toDisplayString() const;

    // Exactly 16 hex digits, or 8 groups of 2 hex digits separated by single dashes; nothing
    // else (no spaces, no "0x", no colons): an id the custodian did not mean is worse than a
    // rejected line.
    [[nodiscard]] static Result<DeviceId> parse(QByteArrayView text);
    [[nodiscard]] static Result<DeviceId> parse(QStringView text);
    // The sentence used when parsing fails (shared with the inventory parser's "expected").
    static QString expectedText();

    friend constexpr auto operator<=>(DeviceId, DeviceId) = default;

private:
    quint64 m_value = 0;
};

inline size_t qHash(DeviceId id, size_t seed = 0) noexcept {
    return ::qHash(id.value(), seed);
}

} // namespace symbolon::policy
