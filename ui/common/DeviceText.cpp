#include "common/DeviceText.h"

#include "common/StatusColor.h"

#include <QCoreApplication>
#include <QLocale>

#include <climits>

namespace symbolon::ui {

namespace {
// Free functions: lupdate files their texts under the namespace, so the context is "symbolon::ui".
QString tr(const char* s, int n = -1) {
    return QCoreApplication::translate("symbolon::ui", s, nullptr, n);
}
// "1 day" is its own text so that English, without a catalogue, never shows "1 days"; a
// catalogue gives every plural form of the %n text (Welsh has five).
QString count(qint64 n, const char* one, const char* many) {
    return n == 1 ? tr(one) : tr(many, int(qMin<qint64>(n, INT_MAX)));
}
} // namespace

RotationState rotationState(const inventory::DeviceRow& row, const QDateTime& now) {
    if (row.rotationDoneAt)
        return RotationState::Done;
    return now > row.deadline ? RotationState::Overdue : RotationState::Due;
}

QString rotationStateText(RotationState s) {
    switch (s) {
    case RotationState::Due:
        return tr("Due");
    case RotationState::Overdue:
        return tr("Overdue");
    case RotationState::Done:
        return tr("Done");
    }
    return {};
}

QColor rotationStateColor(RotationState s) {
    switch (s) {
    case RotationState::Due:
        return statusColor(StatusTone::Warning); // amber, 4.5:1 on the palette's window
    case RotationState::Overdue:
        return statusColor(StatusTone::Error);
    case RotationState::Done:
        return statusColor(StatusTone::Ok);
    }
    return {};
}

QString durationText(qint64 seconds) {
    seconds = qAbs(seconds);
    if (seconds >= 86400) {
        const qint64 d = seconds / 86400;
        return count(d, QT_TRANSLATE_NOOP("symbolon::ui", "1 day"),
                     QT_TRANSLATE_N_NOOP("symbolon::ui", "%n days"));
    }
    if (seconds >= 3600) {
        const qint64 h = seconds / 3600;
        return count(h, QT_TRANSLATE_NOOP("symbolon::ui", "1 hour"),
                     QT_TRANSLATE_N_NOOP("symbolon::ui", "%n hours"));
    }
    const qint64 m = qMax<qint64>(1, seconds / 60);
    return count(m, QT_TRANSLATE_NOOP("symbolon::ui", "1 minute"),
                 QT_TRANSLATE_N_NOOP("symbolon::ui", "%n minutes"));
}

QString deviceCountText(qint64 n) {
    return count(n, QT_TRANSLATE_NOOP("symbolon::ui", "1 device"),
                 QT_TRANSLATE_N_NOOP("symbolon::ui", "%Ln devices"));
}

QString errorCountText(qint64 n) {
    return count(n, QT_TRANSLATE_NOOP("symbolon::ui", "1 error"),
                 QT_TRANSLATE_N_NOOP("symbolon::ui", "%Ln errors"));
}

QString utcText(const QDateTime& t) {
    if (!t.isValid())
        return tr("—");
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString rotationDeadlineText(const inventory::DeviceRow& row, const QDateTime& now) {
    switch (rotationState(row, now)) {
    case RotationState::Done:
        return tr("done on %1").arg(utcText(*row.rotationDoneAt));
    case RotationState::Overdue:
        return tr("overdue by %1").arg(durationText(row.deadline.secsTo(now)));
    case RotationState::Due:
        return tr("due in %1").arg(durationText(now.secsTo(row.deadline)));
    }
    return {};
}

QString dashedDeviceId(const QString& canonical) {
    if (canonical.size() != 16)
        return canonical;
    QString out;
    out.reserve(23);
    for (int i = 0; i < 16; i += 2) {
        if (i)
            out += QLatin1Char('-');
        out += QStringView(canonical).mid(i, 2);
    }
    return out;
}

QString systemTitleHex(const QByteArray& systemTitle) {
    if (systemTitle.isEmpty())
        return tr("—");
    return QString::fromLatin1(systemTitle.toHex(' ').toUpper());
}

QString g244CategoryText(const std::optional<int>& category) {
    if (!category)
        return tr("Not classified");
    return tr("Category %1").arg(*category);
}

} // namespace symbolon::ui
