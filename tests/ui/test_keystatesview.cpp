// The Key States view on a migrated demo, offscreen: the paged model counts and loads pages on
// demand, filters narrow the table and the chart follows them, the detail pane shows a record,
// and the responder's actions are gated by role — disabled with a tooltip naming who may for a
// custodian and a reviewer, enabled for the responder, who marks a device's keys compromised.
#include "MigratedDemo.h"

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
                    .contains(QStringLiteral("Key (")));
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
};

QTEST_MAIN(TestKeyStatesView)
#include "test_keystatesview.moc"
