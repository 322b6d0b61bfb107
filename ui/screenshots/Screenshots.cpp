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
#include "site/SiteSetupWizard.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QFileInfo>
#include <QPixmap>
#include <QSet>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <functional>

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

namespace {
// The README's site, with sample names: what the screenshots show on every page.
site::SiteSpec sampleSite(const QString& dir) {
    site::SiteSpec s;
    s.dir = dir;
    s.name = QStringLiteral("North DCO");
    s.profile = QStringLiteral("production");
    s.fipsDeclaration = {{QStringLiteral("manufacturer"), QStringLiteral("Example HSM Ltd")},
                         {QStringLiteral("model"), QStringLiteral("EX-7000 Network HSM")},
                         {QStringLiteral("serial"), QStringLiteral("EX7-004211")},
                         {QStringLiteral("certificate"), QStringLiteral("#0000 (sample)")}};
    s.quorumK = 2;
    s.cardModule = QStringLiteral("opensc-pkcs11");
    s.keyToken.module = QStringLiteral("vendor-hsm");
    s.keyToken.tokenUri = QStringLiteral("pkcs11:token=SMETS1%20KEK");
    s.journalToken.module = QStringLiteral("vendor-hsm");
    s.journalToken.tokenUri = QStringLiteral("pkcs11:token=Journal");
    // Not PINs: something for the pages to say "entered" about.
    const SecureBytes sample = SecureBytes::fromString("sample");
    s.keyTokenUserPin = sample;
    s.journalTokenPin = sample;
    const std::pair<const char*, const char*> cards[] = {{"Alice Hughes", "custodian"},
                                                         {"Bethan Morgan", "custodian"},
                                                         {"Chidi Okafor", "custodian"},
                                                         {"Rhys Evans", "reviewer"}};
    int serial = 0;
    for (const auto& [holder, role] : cards)
        s.cards.push_back({QString::fromUtf8(holder), QString::fromLatin1(role),
                           QStringLiteral("pkcs11:serial=%1").arg(++serial, 4, 10, QLatin1Char('0')),
                           sample});
    return s;
}

QString pageFile(const QString& file, const QString& page) {
    if (file.contains(QLatin1String("{page}")))
        return QString(file).replace(QLatin1String("{page}"), page);
    const QFileInfo info(file);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("png") : info.suffix();
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('-') + page +
           QLatin1Char('.') + suffix;
}
} // namespace

int siteSetupWizard(const QString& file, const QSize& size) {
    const QString dir = QStringLiteral("/srv/symbolon/north");
    SiteSetupWizard wizard(dir);
    wizard.setIntroduction(SiteSetupWizard::noWorkspaceIntroduction(dir));
    wizard.prefill(sampleSite(dir));
    if (size.isValid())
        wizard.resize(size);
    wizard.show();
    int rc = 2;
    // Each page once it is painted; then Next (which checks the page, as for a person).
    std::function<void()> shoot = [&] {
        const int id = wizard.currentId();
        const QString path = pageFile(file, SiteSetupWizard::pageName(id));
        if (!wizard.grab().save(path)) {
            std::fprintf(stderr, "symbolon: cannot write %s\n", qPrintable(path));
            rc = 1;
            QApplication::quit();
            return;
        }
        std::printf("%s\n", qPrintable(path));
        if (id == SiteSetupWizard::SummaryPage) {
            rc = 0;
            QApplication::quit();
            return;
        }
        wizard.next();
        if (wizard.currentId() == id) {
            std::fprintf(stderr, "symbolon: the sample site was refused on the %s page\n",
                         qPrintable(SiteSetupWizard::pageName(id)));
            rc = 1;
            QApplication::quit();
            return;
        }
        QTimer::singleShot(100, &wizard, shoot);
    };
    QTimer::singleShot(100, &wizard, shoot);
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
