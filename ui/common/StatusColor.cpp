#include "common/StatusColor.h"

#include <QGuiApplication>

namespace symbolon::ui {

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor statusColor(StatusTone tone, const QPalette& palette) {
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case StatusTone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    case StatusTone::Warning:
        return dark ? QColor(0xff, 0xc1, 0x07) : QColor(0x9a, 0x5b, 0x00);
    case StatusTone::Ok:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x2a);
    case StatusTone::Neutral:
        return palette.color(QPalette::WindowText);
    }
    return palette.color(QPalette::WindowText);
}

QColor statusColor(StatusTone tone) {
    return statusColor(tone, QGuiApplication::palette());
}

QColor statusBackground(StatusTone tone, const QPalette& palette) {
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case StatusTone::Error:
        return dark ? QColor(0x4a, 0x1f, 0x26) : QColor(0xfb, 0xe3, 0xe6);
    case StatusTone::Warning:
        return dark ? QColor(0x4a, 0x3a, 0x10) : QColor(0xfd, 0xf1, 0xd8);
    case StatusTone::Ok:
        return dark ? QColor(0x1e, 0x3b, 0x22) : QColor(0xe3, 0xf1, 0xe3);
    case StatusTone::Neutral:
        return palette.color(QPalette::AlternateBase);
    }
    return palette.color(QPalette::AlternateBase);
}

QString statusColorName(StatusTone tone) {
    return statusColor(tone).name();
}

QString statusStyleSheet(StatusTone tone) {
    return QStringLiteral("color: %1;").arg(statusColorName(tone));
}

QString statusHtml(StatusTone tone, const QString& html, const QString& tag) {
    return QStringLiteral("<%1 style='color:%2'>%3</%1>").arg(tag, statusColorName(tone), html);
}

QString statusBannerHtml(StatusTone tone, const QString& html) {
    return QStringLiteral("<p style='background:%1;padding:4px'>%2</p>")
        .arg(statusBackground(tone, QGuiApplication::palette()).name(), html);
}

QColor hazardBackground() {
    return QColor(0xff, 0xc1, 0x07);
}

QColor hazardText() {
    return QColor(0x00, 0x00, 0x00);
}

QColor hazardBorder() {
    return QColor(0x8a, 0x6d, 0x00);
}

QString hazardBannerHtml(const QString& html) {
    return QStringLiteral("<p style='background:%1;color:%2;padding:4px'>%3</p>")
        .arg(hazardBackground().name(), hazardText().name(), html);
}

QString printStyleSheet() {
    return QStringLiteral("table { border-collapse: collapse; } td, th { border: 1px solid #999; "
                          "padding: 3px; } th { background: #eee; } .ok { color: #145a14; } "
                          ".bad { color: #a00; } .ok, .bad { font-weight: bold; } code { font-size: 7pt; }");
}

} // namespace symbolon::ui
