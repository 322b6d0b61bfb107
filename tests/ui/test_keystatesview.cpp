// The Key States view on a migrated demo, offscreen: the paged model counts and loads pages on
// demand, filters narrow the table and the chart follows them, the detail pane shows a record,
// and the responder's actions are gated by role — disabled with a tooltip naming who may for a
// custodian and a reviewer, enabled for the responder, who marks a device's keys compromised.
// Issue #20: each record's KEK version in the table and the detail pane, and the filter by KEK
// version across a DCO Key rollover (stopped half-way, then finished), in English and Welsh.
#include "MigratedDemo.h"

#include "ceremony/KekRollover.h"
#include "common/KekText.h"
#include "common/UiLanguage.h"

#include "devices/DevicesView.h"
#include "keystates/KeyDetailPane.h"
#include "keystates/KeyStateChart.h"
#include "keystates/KeyStateTableModel.h"
#include "keystates/KeyStatesView.h"
#include "keystates/MarkCompromisedDialog.h"
#include "mainwindow/MainWindow.h"
#include "rekey/KeyStateStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace symbolon;
using policy::KeyState;

class TestKeyStatesView : public QObject {
    Q_OBJECT
    static constexpr int kDevices = 150;
    test::DemoFixture m_demo{kDevices, 31};

private Q_SLOTS:
    void initTestCase() { test::migrateDemo(m_demo); }

    void modelPagesFiltersAndChart() {
        auto ws = m_demo.open(test::kResponderCard);
        ui::KeyStatesView view(*ws);
        view.resize(1400, 900);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), 15000);
        ui::KeyStateTableModel* model = view.model();
        QCOMPARE(model->totalRows(), qint64(kDevices) * 9);
        QCOMPARE(model->rowCount(), kDevices * 9);
        QCOMPARE(model->columnCount(), int(ui::KeyStateTableModel::ColumnCount));
        // Pages arrive on demand: the last row's page is not loaded until it is painted.
        const int last = model->rowCount() - 1;
        QVERIFY(!model->keyAt(last));
        QCOMPARE(model->data(model->index(last, 0)).toString(), QStringLiteral("…"));
        QTRY_VERIFY(model->keyAt(last));
        QVERIFY(model->cachedPages() >= 1);
        QCOMPARE(model->data(model->index(0, ui::KeyStateTableModel::StateColumn)).toString(),
                 policy::keyStateName(KeyState::Migrated));
        QVERIFY(model->data(model->index(0, ui::KeyStateTableModel::KcvColumn))
                    .toString()
                    .contains(QLatin1Char(' ')));
        QVERIFY(model->data(model->index(0, ui::KeyStateTableModel::KekColumn))
                    .toString()
                    .contains(QStringLiteral("Key v1 (")));
        QVERIFY(!model->data(model->index(0, ui::KeyStateTableModel::DeadlineColumn)).toString().isEmpty());

        // The chart counts per state for the filter: every key Migrated.
        ui::KeyStateChart* chart = view.findChild<ui::KeyStateChart*>(QStringLiteral("keyStateChart"));
        QVERIFY(chart);
        QVERIFY(chart->isVisible());
        QCOMPARE(chart->barCount(), 5);
        QTRY_COMPARE(chart->counts().perState.value(KeyState::Migrated), qint64(kDevices) * 9);

        // Kind filter: only the MKs, and the chart follows.
        auto* kind = view.findChild<QComboBox*>(QStringLiteral("keyStatesKindFilter"));
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(QStringLiteral("MK")));
        QTRY_COMPARE(model->totalRows(), qint64(kDevices));
        QTRY_COMPARE(chart->counts().perState.value(KeyState::Migrated), qint64(kDevices));
        // A state with no keys: an empty table, nothing fails.
        auto* state = view.findChild<QComboBox*>(QStringLiteral("keyStatesStateFilter"));
        state->setCurrentIndex(state->findData(int(KeyState::Active)));
        QTRY_COMPARE(model->totalRows(), qint64(0));
        state->setCurrentIndex(0);
        kind->setCurrentIndex(0);
        QTRY_COMPARE(model->totalRows(), qint64(kDevices) * 9);

        // The detail pane shows the selected record.
        QTRY_VERIFY(model->keyAt(0));
        view.table()->selectRow(0);
        QTRY_VERIFY(view.detail()->shownKeyId() == model->keyAt(0)->keyId);
        QVERIFY(view.detail()->text().contains(model->keyAt(0)->kcv));
        QVERIFY(view.detail()->text().contains(QStringLiteral(" v1, KCV")));
        QCOMPARE(model->keyAt(0)->kekVersion, 1);
        QCOMPARE(view.currentDeviceId(), model->keyAt(0)->deviceId);
    }

    void actionsAreGatedByRole() {
        for (int card : {0, test::kReviewerCard}) {
            auto ws = m_demo.open(card);
            ui::KeyStatesView view(*ws);
            QVERIFY(!view.markCompromisedAction()->isEnabled());
            QVERIFY2(view.markCompromisedAction()->toolTip().contains(QStringLiteral("responder")),
                     qPrintable(view.markCompromisedAction()->toolTip()));
            QVERIFY(!view.rekeyDeviceAction()->isEnabled());
            QVERIFY(view.rekeyDeviceAction()->toolTip().contains(QStringLiteral("responder")));
        }
        { // one workspace open at a time, in this process too (issue #14)
            auto ws = m_demo.open(test::kResponderCard);
            ui::KeyStatesView view(*ws);
            QVERIFY(view.markCompromisedAction()->isEnabled());
            QVERIFY(view.rekeyDeviceAction()->isEnabled());
        }
        { // the same two actions on the Devices view, gated the same way by the main window
            ui::MainWindow custodian(m_demo.open(0));
            QVERIFY(!custodian.devicesView()->markCompromisedAction()->isEnabled());
            QVERIFY(!custodian.devicesView()->rekeyDeviceAction()->isEnabled());
            QVERIFY(!custodian.findChild<QAction*>(QStringLiteral("actionRekey"))->isEnabled());
            QVERIFY(!custodian.startRekey());
        }
        ui::MainWindow responder(m_demo.open(test::kResponderCard));
        QVERIFY(responder.devicesView()->markCompromisedAction()->isEnabled());
        QVERIFY(responder.devicesView()->rekeyDeviceAction()->isEnabled());
        auto* rekey = responder.findChild<QAction*>(QStringLiteral("actionRekey"));
        QVERIFY(rekey && rekey->isEnabled() && !rekey->shortcut().isEmpty());
        // Key States is in the navigation, with its shortcut.
        auto* show = responder.findChild<QAction*>(QStringLiteral("actionKeyStates"));
        QVERIFY(show && !show->shortcut().isEmpty());
        show->trigger();
        QCOMPARE(responder.currentView(), ui::MainWindow::View::KeyStates);
        QVERIFY(responder.keyStatesView()->isVisibleTo(&responder));
    }

    void responderMarksADeviceCompromised() {
        QString device;
        { // the responder's workspace, closed before the custodian's opens (issue #14: one at a time)
            auto ws = m_demo.open(test::kResponderCard);
            ui::KeyStatesView view(*ws);
            view.resize(1400, 900);
            view.show(); // pages load as the table paints them
            QTRY_VERIFY_WITH_TIMEOUT(view.isLoaded(), 15000);
            QTRY_VERIFY(view.model()->keyAt(20));
            device = view.model()->keyAt(20)->deviceId;
            QSignalSpy marked(&view, &ui::KeyStatesView::compromiseMarked);
            view.markCompromised(device, QString(), QStringLiteral("INC-2026-0142"));
            QTRY_COMPARE_WITH_TIMEOUT(marked.size(), 1, 15000);
            QCOMPARE(marked.front().at(0).toString(), device);
            QCOMPARE(marked.front().at(1).toLongLong(), 9);
            view.findChild<QCheckBox*>(QStringLiteral("keyStatesCompromisedFilter"))->setChecked(true);
            QTRY_COMPARE(view.model()->totalRows(), qint64(9));
            QTRY_VERIFY(view.model()->keyAt(0));
            QCOMPARE(view.model()->keyAt(0)->compromisedRef, QStringLiteral("INC-2026-0142"));
            QVERIFY(view.model()
                        ->data(view.model()->index(0, ui::KeyStateTableModel::CompromisedColumn))
                        .toString()
                        .contains(QStringLiteral("INC-2026-0142")));
            QTRY_COMPARE(view.chart()->counts().compromised, qint64(9));

            // The dialog names exactly the keys it will flag, and needs a reference.
            auto keys = rekey::KeyStateStore(ws->db()).keysOfDevice(device);
            QVERIFY(keys);
            ui::MarkCompromisedDialog dialog(device, *keys);
            QCOMPARE(dialog.keysToMark().size(), 9);
            auto* ok = dialog.findChild<QPushButton*>(QStringLiteral("markCompromisedOk"));
            QVERIFY(ok && !ok->isEnabled());
            dialog.findChild<QLineEdit*>(QStringLiteral("markCompromisedReference"))
                ->setText(QStringLiteral("INC-3"));
            QVERIFY(ok->isEnabled());
            auto* kindCombo = dialog.findChild<QComboBox*>(QStringLiteral("markCompromisedKind"));
            kindCombo->setCurrentIndex(kindCombo->findData(QStringLiteral("GUEK")));
            QCOMPARE(dialog.keysToMark().size(), 4);
            for (const QString& k : dialog.keysToMark())
                QVERIFY2(k.startsWith(QStringLiteral("GUEK, ")), qPrintable(k));
            QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("markCompromisedList"))
                        ->text()
                        .contains(QStringLiteral("Firmware")));
        }

        // A custodian's workspace: core refuses too, and the view says so.
        auto custodianWs = m_demo.open(0);
        ui::KeyStatesView custodian(*custodianWs);
        QSignalSpy failed(&custodian, &ui::KeyStatesView::compromiseFailed);
        custodian.markCompromised(device, QString(), QStringLiteral("INC-2"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QVERIFY(failed.front().at(0).toString().contains(QStringLiteral("role")));
    }

    // Store level: the KEK version term counts, pages and counts per state from key_records.
    void kekVersionFilterAcrossARollover() {
        auto ws = m_demo.open(0);
        ceremony::CeremonyPlan plan;
        plan.kind = ceremony::CeremonyKind::RolloverKek;
        plan.kek = QStringLiteral("dco");
        plan.kekVersion = 1;
        plan.pmaGround = QStringLiteral("major-incident");
        plan.pmaReference = QStringLiteral("PMA-2026-020");
        plan.chunkSize = 100;
        ceremony::KekRollover::Options o;
        o.instruction = {policy::PmaGround::MajorIncident, plan.pmaReference};
        o.chunkSize = plan.chunkSize;
        o.progress = [](const ceremony::RolloverProgress&) { return false; }; // stop after the first chunk
        auto rollover = [&](const ceremony::KekRollover::Options& options) {
            return test::underQuorum(m_demo, *ws, plan,
                                     [&](hsm::Session& s, const ceremony::CeremonyContext& ctx) {
                                         return ceremony::KekRollover::run(*ws, s, ctx, options);
                                     });
        };
        auto half = rollover(o);
        QVERIFY2(half, qPrintable(half ? QString() : half.error().message));
        QVERIFY(half->cancelled);

        rekey::KeyStateStore store(ws->db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto under = [](const char* kek, int version) {
            rekey::KeyStateFilter f;
            f.kekVersion = rekey::KeyStateFilter::KekVersionTerm{QString::fromLatin1(kek), version};
            return f;
        };
        const qint64 dco = qint64(kDevices) * 5, shared = qint64(kDevices) * 4;
        const qint64 v1 = *store.count(under("DCO Key", 1), now), v2 = *store.count(under("DCO Key", 2), now);
        QVERIFY2(v1 > 0 && v2 > 0, qPrintable(QStringLiteral("%1 %2").arg(v1).arg(v2)));
        QCOMPARE(v1 + v2, dco);
        QCOMPARE(*store.count(under("Shared Key", 1), now), shared);
        QCOMPARE(*store.count(under("Shared Key", 2), now), qint64(0));
        // With the other terms: a kind, a device term, the per-state counts.
        rekey::KeyStateFilter mk = under("DCO Key", 2);
        mk.kind = QStringLiteral("MK");
        rekey::KeyStateFilter allMk;
        allMk.kind = QStringLiteral("MK");
        QVERIFY(*store.count(mk, now) <= *store.count(allMk, now));
        rekey::KeyStateFilter ioc = under("DCO Key", 1);
        ioc.device.cohort = policy::Cohort::IOC;
        QVERIFY(*store.count(ioc, now) <= v1);
        auto perState = store.countsPerState(under("DCO Key", 2), now);
        QVERIFY(perState);
        QCOMPARE(perState->total(), v2);
        auto page =
            store.page(under("DCO Key", 2), rekey::KeyStateColumn::DeviceId, Qt::AscendingOrder, 0, 50, now);
        QVERIFY(page && !page->isEmpty());
        for (const rekey::KeyStateRow& r : *page)
            QVERIFY(r.kek == QLatin1String("DCO Key") && r.kekVersion == 2);

        // Resumed to the end: nothing is left under v1.
        o.progress = {};
        auto rest = rollover(o);
        QVERIFY2(rest, qPrintable(rest ? QString() : rest.error().message));
        QVERIFY(!rest->cancelled);
        QCOMPARE(*store.count(under("DCO Key", 1), now), qint64(0));
        QCOMPARE(*store.count(under("DCO Key", 2), now), dco);
        auto byState = store.page(under("DCO Key", 2), rekey::KeyStateColumn::State, Qt::DescendingOrder,
                                  dco - 10, 50, now);
        QVERIFY(byState);
        QCOMPARE(byState->size(), 10);
    }

    // The view after the rollover: the filter lists every version, the table and the pane name it.
    // SYMBOLON_SCREENSHOT_DIR: the console on Key States filtered by DCO Key v2, at two sizes.
    void kekVersionFilterInTheView_data() {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en_GB");
        QTest::newRow("cy") << QStringLiteral("cy");
    }
    void kekVersionFilterInTheView() {
        QFETCH(QString, lang);
        QVERIFY(ui::UiLanguage::install(lang));
        for (const QSize size : {QSize(1024, 700), QSize(1400, 900)}) {
            ui::MainWindow window(m_demo.open(test::kResponderCard));
            window.resize(size);
            window.show();
            window.showView(ui::MainWindow::View::KeyStates);
            ui::KeyStatesView* view = window.keyStatesView();
            QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded(), 15000);
            auto* kek = view->findChild<QComboBox*>(QStringLiteral("keyStatesKekFilter"));
            QVERIFY(kek);
            QTRY_COMPARE(kek->count(), 4); // any, DCO Key v1 and v2, Shared Key v1
            const int v2 = kek->findText(ui::kekVersionText(keys::Kek::Dco, 2), Qt::MatchStartsWith);
            QVERIFY(v2 > 0);
            QVERIFY(kek->itemText(v2).contains(ui::kekVersionStateText(keys::KekVersionState::Active)));
            kek->setCurrentIndex(v2);
            QTRY_COMPARE(view->model()->totalRows(), qint64(kDevices) * 5);
            QTRY_COMPARE(view->chart()->counts().total(), qint64(kDevices) * 5);
            QTRY_VERIFY(view->model()->keyAt(0));
            QVERIFY(view->model()
                        ->data(view->model()->index(0, ui::KeyStateTableModel::KekColumn))
                        .toString()
                        .startsWith(ui::kekVersionText(keys::Kek::Dco, 2) + QStringLiteral(" (")));
            view->table()->selectRow(0);
            QTRY_VERIFY(view->detail()->shownKeyId() == view->model()->keyAt(0)->keyId);
            QVERIFY(view->detail()->text().contains(ui::kekVersionText(keys::Kek::Dco, 2)));
            // The retired version holds nothing now.
            kek->setCurrentIndex(kek->findText(ui::kekVersionText(keys::Kek::Dco, 1), Qt::MatchStartsWith));
            QTRY_COMPARE(view->model()->totalRows(), qint64(0));
            kek->setCurrentIndex(v2);
            QTRY_COMPARE(view->model()->totalRows(), qint64(kDevices) * 5);
            QTRY_VERIFY(view->model()->keyAt(0));
            view->table()->selectRow(0);
            QTRY_COMPARE(view->chart()->counts().total(), qint64(kDevices) * 5);
            QTest::qWait(100);
            if (const QString dir = qEnvironmentVariable("SYMBOLON_SCREENSHOT_DIR"); !dir.isEmpty())
                QVERIFY(
                    window.grab().save(QDir(dir).filePath(QStringLiteral("keystates-kek-version-%1-%2x%3.png")
                                                              .arg(lang.left(2))
                                                              .arg(size.width())
                                                              .arg(size.height()))));
        }
        QVERIFY(ui::UiLanguage::install(QStringLiteral("en_GB")));
    }
};

QTEST_MAIN(TestKeyStatesView)
#include "test_keystatesview.moc"
