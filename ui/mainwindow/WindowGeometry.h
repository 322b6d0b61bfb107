#pragma once

class QWidget;

namespace symbolon::ui {

class AppSettings;

// The main window's size and place (issue #17, item 3): as it was when the console last closed,
// if that still fits the screen it is on; otherwise 1400 × 900, or less to fit the screen's
// available area, centred on it. Screenshots and tests size their windows themselves.
void restoreWindowGeometry(QWidget& window, const AppSettings& settings);
void saveWindowGeometry(const QWidget& window, AppSettings& settings);

} // namespace symbolon::ui
