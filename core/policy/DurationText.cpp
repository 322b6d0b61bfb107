#include "policy/DurationText.h"

#include <QCoreApplication>

namespace symbolon::policy {

namespace {
// English forms are chosen here rather than with a "(s)" source string, because core runs
// without a translator (tests, CLI); "%n days" still carries n, so a Welsh translation can give
// all its plural forms.
QString unit(qint64 n, const char* one, const char* many) {
    return n == 1 ? QCoreApplication::translate("symbolon::policy", one)
                  : QCoreApplication::translate("symbolon::policy", many, nullptr, int(n));
}
} // namespace

QString durationText(qint64 seconds) {
    if (seconds < 0)
        seconds = -seconds;
    constexpr qint64 kMinute = 60, kHour = 60 * kMinute, kDay = 24 * kHour;
    if (seconds >= kDay)
        return unit(seconds / kDay, QT_TRANSLATE_NOOP("symbolon::policy", "1 day"),
                    QT_TRANSLATE_N_NOOP("symbolon::policy", "%n days"));
    if (seconds >= kHour)
        return unit(seconds / kHour, QT_TRANSLATE_NOOP("symbolon::policy", "1 hour"),
                    QT_TRANSLATE_N_NOOP("symbolon::policy", "%n hours"));
    return unit(seconds / kMinute, QT_TRANSLATE_NOOP("symbolon::policy", "1 minute"),
                QT_TRANSLATE_N_NOOP("symbolon::policy", "%n minutes"));
}

} // namespace symbolon::policy
