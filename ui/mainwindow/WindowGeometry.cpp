#include "mainwindow/WindowGeometry.h"

#include "settings/AppSettings.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace symbolon::ui {

void restoreWindowGeometry(QWidget& window, const AppSettings& settings) {
    const QScreen* screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1400, 900);
    const QRect before = window.geometry();
    if (window.restoreGeometry(settings.windowGeometry()) && available.contains(window.frameGeometry()))
        return;
    window.setGeometry(before);
    // The frame (title bar, borders) is not known before the window is shown: leave room for it.
    const QSize size = QSize(1400, 900).boundedTo(available.size() - QSize(16, 48));
    window.resize(size.expandedTo(window.minimumSizeHint()));
    window.move(available.center() - QPoint(window.width() / 2, window.height() / 2));
}

void saveWindowGeometry(const QWidget& window, AppSettings& settings) {
    settings.setWindowGeometry(window.saveGeometry());
    settings.sync();
}

} // namespace symbolon::ui
