#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace symbolon::inventory {

// ISO 8601 timestamps for inventory files, done by hand because QDateTime::fromString is both
// lenient (it accepts times without a zone as local time) and slow for a million rows.
//
// Accepted: YYYY-MM-DDThh:mm[:ss[.fraction]] followed by Z or an offset ±hh:mm, ±hhmm or ±hh
// ('T' and 'Z' in either case). A date alone, or a time without a zone, is refused: the 7-day
// post-commissioning clock starts at commissioning, and guessing the hour or the zone could
// make an overdue device look in time. Fractions beyond milliseconds are truncated.
// Returns milliseconds since the Unix epoch, UTC.
std::optional<qint64> parseIsoTimestamp(QByteArrayView text);

// "2024-03-01T09:30:00Z", with ".mmm" only when the milliseconds are not zero. Parses back
// to the same instant.
QByteArray formatIsoTimestamp(const QDateTime& utc);

} // namespace symbolon::inventory
