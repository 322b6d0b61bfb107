#include "screenshots/Screenshots.h"

#include "devices/DeviceTableModel.h"
#include "devices/DevicesView.h"
#include "hsm/HsmSlotsView.h"
#include "journal/JournalEntry.h"
#include "journal/JournalTableModel.h"
#include "journal/JournalView.h"
#include "keystates/KeyStateTableModel.h"
#include "keystates/KeyStatesView.h"
#include "open/OpenWorkspaceDialog.h"
#include "overview/OverviewView.h"
#include "quorum/QuorumView.h"
#include "settings/SettingsDialog.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QPixmap>
#include <QSet>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace symbolon::ui::screenshots {

int openDialog(const QString& workspaceDir, const QString& file) {
    OpenWorkspaceDialog dialog(workspaceDir);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(660, 380)));
    int rc = 2;
    QObject::connect(&dialog, &OpenWorkspaceDialog::cardsListed, &dialog, [&] {
        QTimer::singleShot(100, &dialog, [&] {
            rc = dialog.grab().save(file) ? 0 : 1;
            QApplication::quit();
        });
    });
    QTimer::singleShot(30000, &dialog, [] { QApplication::exit(3); });
    dialog.show();
    QApplication::exec();
    return rc;
}

int settingsDialog(const QString& file) {
    SettingsDialog dialog;
    dialog.show();
    dialog.adjustSize();
    int rc = 2;
    QTimer::singleShot(100, &dialog, [&] {
        rc = dialog.grab().save(file) ? 0 : 1;
        QApplication::quit();
    });
    QApplication::exec();
    return rc;
}

int view(std::unique_ptr<workspace::Workspace> ws, MainWindow::View view, const QString& file) {
    MainWindow window(std::move(ws));
    window.showView(view);
    window.show();

    int rc = 2;
    auto save = [&] {
        // One more turn of the event loop so that the last dataChanged is painted.
        QTimer::singleShot(100, &window, [&] {
            rc = window.grab().save(file) ? 0 : 1;
            if (rc)
                std::fprintf(stderr, "symbolon: cannot write %s\n", qPrintable(file));
            QApplication::quit();
        });
    };
    if (view == MainWindow::View::Devices) {
        DevicesView* v = window.devicesView();
        QObject::connect(v, &DevicesView::loaded, &window, [v, save] {
            if (v->model()->rowCount() > 0)
                v->table()->selectRow(0);
            save();
        });
    } else if (view == MainWindow::View::HsmSlots) {
        QObject::connect(window.hsmSlotsView(), &HsmSlotsView::loaded, &window, save);
    } else if (view == MainWindow::View::Quorum) {
        QObject::connect(window.quorumView(), &QuorumView::loaded, &window, save);
    } else if (view == MainWindow::View::KeyStates) {
        // The first page and the chart's counts both in.
        KeyStatesView* v = window.keyStatesView();
        auto waiting = std::make_shared<QSet<int>>(QSet<int>{0, 1});
        auto arrived = [v, save, waiting](int what) {
            if (!waiting->remove(what) || !waiting->isEmpty())
                return;
            if (v->model()->rowCount() > 0)
                v->table()->selectRow(0);
            save();
        };
        QObject::connect(v, &KeyStatesView::loaded, &window, [arrived] { arrived(0); });
        QObject::connect(v, &KeyStatesView::countsChanged, &window, [arrived] { arrived(1); });
    } else if (view == MainWindow::View::Journal) {
        JournalView* v = window.journalView();
        QObject::connect(v, &JournalView::loaded, &window, [v, save] {
            // Show an entry with something to read: the most recent with approvals or a
            // ceremony-like action, else the newest.
            int pick = 0;
            for (int row = 0; row < v->model()->rowCount() && row < 256; ++row)
                if (const auto* e = v->model()->entryAt(row);
                    e && (e->detailsJson.contains("\"approvals\"") ||
                          e->action.startsWith(QLatin1String("key-token.")))) {
                    pick = row;
                    break;
                }
            if (v->model()->rowCount() > 0)
                v->table()->selectRow(pick);
            save();
        });
    } else {
        QObject::connect(window.overviewView(), &OverviewView::loaded, &window, save);
    }
    QTimer::singleShot(30000, &window, [&] {
        std::fprintf(stderr, "symbolon: the view did not load within 30 s\n");
        QApplication::exit(3);
    });
    QApplication::exec();
    return rc;
}

} // namespace symbolon::ui::screenshots
