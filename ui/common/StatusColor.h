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
// "#rrggbb" for style sheets and rich text.
QString statusColorName(StatusTone tone);

} // namespace symbolon::ui
