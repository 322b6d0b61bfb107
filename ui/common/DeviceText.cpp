#include "common/DeviceText.h"

#include <QCoreApplication>
#include <QLocale>

namespace symbolon::ui {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::ui::DeviceText", s);
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
        return QColor(0x9a, 0x5b, 0x00); // amber, dark enough for 4.5:1 on white
    case RotationState::Overdue:
        return QColor(0xb0, 0x00, 0x20);
    case RotationState::Done:
        return QColor(0x1b, 0x6e, 0x2a);
    }
    return {};
}

QString durationText(qint64 seconds) {
    seconds = qAbs(seconds);
    if (seconds >= 86400) {
        const qint64 d = seconds / 86400;
        return d == 1 ? tr("1 day") : tr("%1 days").arg(d);
    }
    if (seconds >= 3600) {
        const qint64 h = seconds / 3600;
        return h == 1 ? tr("1 hour") : tr("%1 hours").arg(h);
    }
    const qint64 m = qMax<qint64>(1, seconds / 60);
    return m == 1 ? tr("1 minute") : tr("%1 minutes").arg(m);
}

QString deviceCountText(qint64 n) {
    return n == 1 ? tr("1 device") : tr("%1 devices").arg(QLocale().toString(n));
}

QString errorCountText(qint64 n) {
    return n == 1 ? tr("1 error") : tr("%1 errors").arg(QLocale().toString(n));
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
