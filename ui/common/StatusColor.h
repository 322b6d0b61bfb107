#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace symbolon::ui {

// Colours that carry a meaning (error, warning, fine) chosen for the palette in use, so that they
// keep their contrast on a dark theme as on a light one. Text never relies on colour alone.
enum class StatusTone { Error, Warning, Ok, Neutral };

// True when the palette's window colour is dark (a dark theme).
bool isDarkPalette(const QPalette& palette);
// The text colour for a tone on the palette's window or base colour (≥ 4.5:1 either way).
QColor statusColor(StatusTone tone, const QPalette& palette);
QColor statusColor(StatusTone tone); // on the application palette
// A faint background for a banner of that tone.
QColor statusBackground(StatusTone tone, const QPalette& palette);
// "#rrggbb" for style sheets and rich text built in code (never inside a tr() string).
QString statusColorName(StatusTone tone);
// "color: #rrggbb;" for a widget's style sheet.
QString statusStyleSheet(StatusTone tone);
// Rich text in the tone's colour: <tag style='color:#rrggbb'>html</tag>. The html is already
// translated and escaped; the tag is an element name such as "span", "p" or "h3".
QString statusHtml(StatusTone tone, const QString& html, const QString& tag = QStringLiteral("span"));
// A paragraph of rich text on the tone's faint background (a banner inside a text).
QString statusBannerHtml(StatusTone tone, const QString& html);

// The development-profile and fallback warnings: black on amber whatever the theme (above 10:1),
// with a darker amber rule under a banner.
QColor hazardBackground();
QColor hazardText();
QColor hazardBorder();
// A paragraph of rich text in the hazard colours.
QString hazardBannerHtml(const QString& html);
// The default style sheet of a printed report (HtmlPdf): table rules and the .ok / .bad status
// classes in fixed colours for white paper, whatever the screen's theme.
QString printStyleSheet();

} // namespace symbolon::ui
