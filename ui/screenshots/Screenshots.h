#pragma once

#include "mainwindow/MainWindow.h"

#include <QSize>
#include <QString>

#include <memory>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui::screenshots {

// symbolon --screenshot FILE: renders one screen once its data has arrived, saves it as PNG and
// returns the exit code (0 saved, 1 not written, 2 no event loop result, 3 not loaded in 30 s).
// The event loop runs inside: call with a QApplication and nothing else shown.

// The Open dialog as a custodian first sees it: the cards listed, no PIN typed.
int openDialog(const QString& workspaceDir, const QString& file);
// The Settings dialog with the saved settings (no workspace needed).
int settingsDialog(const QString& file);
// The Site Setup wizard filled with a sample site (nothing is loaded or created), every page in
// turn, at `size` (empty: the wizard's own). Each page goes to `file` with "{page}" replaced by
// the page's name (site, tokens, pins, cards, summary), or with "-<page>" before the extension.
int siteSetupWizard(const QString& file, const QSize& size);
// The console on one view, with a row selected where the view has a table.
int view(std::unique_ptr<workspace::Workspace> ws, MainWindow::View view, const QString& file);

} // namespace symbolon::ui::screenshots
