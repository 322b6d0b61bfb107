// The Re-key wizard driven offscreen on a migrated demo, by objectName: select → the blast
// radius shows the counts the inventory has and every refusal → plan (confirmation naming the
// counts) → two custodians approve → the run completes with progress → results → the
// instruction batch and the DCO's keys are exported. Then refusals that block Next (keys already
// in flight), the PMA instruction a post-rotation re-key requires, and a cancelled run.
#include "MigratedDemo.h"

#include "common/DeviceText.h"
#include "inventory/InventoryStore.h"
#include "keystates/KeyStateTableModel.h"
#include "keystates/KeyStatesView.h"
#include "mainwindow/MainWindow.h"
#include "quorum/QuorumSession.h"
#include "rekey/KeyStateStore.h"
#include "rekey/RekeyConfirmPage.h"
#include "rekey/RekeyRadiusPage.h"
#include "rekey/RekeyResultsPage.h"
#include "rekey/RekeyRunPage.h"
#include "rekey/RekeyWizard.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace symbolon;

class TestRekeyWizard : public QObject {
    Q_OBJECT
    // SYMBOLON_SCREENSHOT_DIR (docs/screenshots): a national-looking run for the progress page.
    const int kDevices = qEnvironmentVariableIsSet("SYMBOLON_SCREENSHOT_DIR") ? 20000 : 120;
    test::DemoFixture m_demo{kDevices, 41};

    template <typename T> static T* find(QWidget* root, const char* name) {
        T* w = root->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }
    // Clicks Yes on the next message box (the plan's confirmation), from inside its exec().
    static void acceptNextMessageBox(QStringList* text) {
        auto* timer = new QTimer(qApp);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, [timer, text] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                    *text << box->text();
                    box->button(QMessageBox::Yes)->click();
                    timer->deleteLater();
                    return;
                }
        });
        timer->start();
    }
    static void approve(ui::RekeyWizard* wizard, int card) {
        auto* combo = find<QComboBox>(wizard, "quorumCardCombo");
        auto* button = find<QPushButton>(wizard, "quorumApproveButton");
        QTRY_VERIFY(combo->count() >= 3);
        QTRY_VERIFY(button->isEnabled()); // the previous approval has finished
        const int i = combo->findText(demo::demoCards()[card].label, Qt::MatchStartsWith);
        QVERIFY(i >= 0);
        combo->setCurrentIndex(i);
        QTest::keyClicks(find<QLineEdit>(wizard, "quorumPinEdit"), demo::demoCards()[card].pin);
        button->click();
    }
    static qint64 devicesWith(workspace::Workspace& ws, inventory::RotationFilter r) {
        inventory::DeviceFilter f;
        f.rotation = r;
        return *inventory::InventoryStore(ws.db()).count(f, QDateTime::currentDateTimeUtc());
    }
    static void next(ui::RekeyWizard* w) {
        QTRY_VERIFY(w->button(QWizard::NextButton)->isEnabled() ||
                    w->button(QWizard::CommitButton)->isEnabled());
        if (w->button(QWizard::CommitButton)->isVisible())
            w->button(QWizard::CommitButton)->click();
        else
            w->button(QWizard::NextButton)->click();
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<rekey::RekeyProgress>();
        test::migrateDemo(m_demo);
    }

    void rotationReKeyFromSelectToExport() {
        ui::MainWindow window(m_demo.open(test::kResponderCard));
        window.show();
        window.findChild<QAction*>(QStringLiteral("actionRekey"))->trigger();
        auto* wizard = window.findChild<ui::RekeyWizard*>(QStringLiteral("rekeyWizard"));
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        const qint64 dueOrOverdue = devicesWith(window.workspace(), inventory::RotationFilter::DueOrOverdue);
        QVERIFY(dueOrOverdue > 0 && dueOrOverdue < kDevices);

        // Select: due-or-overdue, AK + GUEK (the defaults).
        QCOMPARE(wizard->currentId(), int(ui::RekeyWizard::SelectPage));
        QCOMPARE(find<QComboBox>(wizard, "rekeyRotationFilter")->currentData().toInt(),
                 int(inventory::RotationFilter::DueOrOverdue));
        next(wizard);

        // Blast radius: the counts the inventory has, nothing refused.
        QCOMPARE(wizard->currentId(), int(ui::RekeyWizard::RadiusPage));
        auto* radius = qobject_cast<ui::RekeyRadiusPage*>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!radius->isPreviewing(), 30000);
        QVERIFY(wizard->radius());
        const auto& b = wizard->radius()->withInstruction.radius;
        QCOMPARE(b.devices, dueOrOverdue);
        QCOMPARE(b.keys, dueOrOverdue * 8);
        QCOMPARE(b.refused(), 0);
        QCOMPARE(wizard->radius()->needInstruction, 0);
        qint64 byCohort = 0;
        for (qint64 n : b.byCohort)
            byCohort += n;
        QCOMPARE(byCohort, dueOrOverdue);
        QVERIFY(radius->radiusText().contains(QLocale().toString(dueOrOverdue)));
        QVERIFY(radius->radiusText().contains(QStringLiteral("IOC")) ||
                radius->radiusText().contains(QStringLiteral("FOC")));
        next(wizard);

        // Justification: no PMA instruction needed; a reason.
        QCOMPARE(wizard->currentId(), int(ui::RekeyWizard::JustificationPage));
        find<QPlainTextEdit>(wizard, "rekeyReason")
            ->setPlainText(QStringLiteral("post-commissioning rotation"));
        next(wizard);

        // Confirm: the plan is created after a confirmation naming the counts.
        QCOMPARE(wizard->currentId(), int(ui::RekeyWizard::ConfirmPage));
        find<QSpinBox>(wizard, "rekeyChunkSize")->setValue(3);
        // Worker sessions: automatic unless a number is chosen (issue #21), up to 64.
        auto* workers = find<QSpinBox>(wizard, "rekeyWorkers");
        QCOMPARE(workers->value(), 0);
        QCOMPARE(workers->text(), QStringLiteral("Automatic"));
        QCOMPARE(workers->maximum(), 64);
        if (const QString dir = qEnvironmentVariable("SYMBOLON_SCREENSHOT_DIR"); !dir.isEmpty()) {
            const QSize was = wizard->size();
            for (const QSize size : {QSize(1024, 700), QSize(1400, 900)}) {
                wizard->resize(size);
                QCoreApplication::processEvents();
                QVERIFY(wizard->grab().save(
                    QDir(dir).filePath(QStringLiteral("rekey-confirm-workers-en-%1x%2.png")
                                           .arg(size.width())
                                           .arg(size.height()))));
            }
            wizard->resize(was);
        }
        auto* confirm = qobject_cast<ui::RekeyConfirmPage*>(wizard->currentPage());
        QSignalSpy created(confirm, &ui::RekeyConfirmPage::planCreated);
        QStringList boxes;
        acceptNextMessageBox(&boxes);
        find<QPushButton>(wizard, "rekeyCreatePlanButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 30000);
        QVERIFY2(created.front().at(0).toBool(),
                 qPrintable(find<QLabel>(wizard, "rekeyConfirmStatus")->text()));
        QCOMPARE(boxes.size(), 1);
        QVERIFY2(boxes.front().contains(QLocale().toString(dueOrOverdue)) &&
                     boxes.front().contains(QLocale().toString(dueOrOverdue * 8)),
                 qPrintable(boxes.front()));
        QVERIFY(wizard->run() && wizard->session());
        QCOMPARE(wizard->run()->deviceCount, dueOrOverdue);
        next(wizard);

        // Quorum: two custodians.
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::QuorumPage));
        approve(wizard, 0);
        QTRY_COMPARE(wizard->session()->approvals().size(), 1);
        approve(wizard, 1);
        QTRY_COMPARE(wizard->session()->approvals().size(), 2);

        // Run: progress with rate; the screenshot of the page mid-run when asked for.
        QSignalSpy progress(wizard, &ui::CeremonyWizard::rekeyProgress);
        const QString shots = qEnvironmentVariable("SYMBOLON_SCREENSHOT_DIR");
        bool shot = false;
        connect(wizard, &ui::CeremonyWizard::rekeyProgress, wizard, [&](const rekey::RekeyProgress& p) {
            if (shots.isEmpty() || shot || p.done * 5 < p.total * 2) // mid-run: from 40 %
                return;
            shot = true; // the run page has taken this report already (connected first)
            QVERIFY(wizard->grab().save(QDir(shots).filePath(QStringLiteral("rekey-progress.png"))));
        });
        next(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::CeremonyWizard::ResultPage), 120000);
        QCOMPARE(progress.size(), int((dueOrOverdue + 2) / 3)); // one report per chunk of 3
        const auto last = progress.back().at(0).value<rekey::RekeyProgress>();
        QCOMPARE(last.done, dueOrOverdue);
        QCOMPARE(last.total, dueOrOverdue);
        QCOMPARE(last.failed, 0);
        QVERIFY(find<QLabel>(wizard, "rekeyRunRate")->text().endsWith(QStringLiteral("devices/s")));
        auto* runPage = qobject_cast<ui::RekeyRunPage*>(wizard->page(ui::CeremonyWizard::RunPage));
        QCOMPARE(runPage->lastProgress().done, dueOrOverdue);
        QCOMPARE(find<QLabel>(wizard, "rekeyRunFailed")->text(), QStringLiteral("0"));

        // Results: the record, the devices' status, then the exports.
        auto* results = qobject_cast<ui::RekeyResultsPage*>(wizard->currentPage());
        QVERIFY(wizard->outcome() && *wizard->outcome());
        QTRY_VERIFY(results->resultText().contains(QStringLiteral("No device failed")));
        QVERIFY(results->resultText().contains(wizard->run()->title()));
        QVERIFY(results->resultText().contains(QStringLiteral("committed")));
        QVERIFY(results->exportBatchButton()->isEnabled());
        QSignalSpy exported(results, &ui::RekeyResultsPage::exported);
        QSignalSpy failed(results, &ui::RekeyResultsPage::exportFailed);
        const QString batch = m_demo.scratch(QStringLiteral("batch.jsonl"));
        results->exportBatch(batch);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size() + failed.size(), 1, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.front().at(0).toString()));
        QVERIFY(QFile::exists(batch));
        const QString keys = m_demo.scratch(QStringLiteral("dco-keys.jsonl"));
        results->exportKeys(rekey::ExportRecipient::Dco, keys, QString());
        QTRY_COMPARE_WITH_TIMEOUT(exported.size() + failed.size(), 2, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.front().at(0).toString()));
        QVERIFY(QFile::exists(keys));
        QVERIFY(results->resultText().contains(QStringLiteral("Instruction batch")));

        // The Key States view sees the new keys, now Distributed.
        auto counts =
            rekey::KeyStateStore(window.workspace().db()).countsPerState({}, QDateTime::currentDateTimeUtc());
        QVERIFY(counts);
        QCOMPARE(counts->perState.value(policy::KeyState::Distributed), dueOrOverdue * 8);
        wizard->button(QWizard::FinishButton)->click();
    }

    void refusalsBlockNextAndAPostRotationReKeyNeedsThePma() {
        ui::MainWindow window(m_demo.open(test::kResponderCard));
        auto* wizard = window.startRekey();
        QVERIFY(wizard);
        // Every device: those re-keyed above are refused (keys in flight), with the reason.
        auto* rotation = find<QComboBox>(wizard, "rekeyRotationFilter");
        rotation->setCurrentIndex(rotation->findData(int(inventory::RotationFilter::Any)));
        next(wizard);
        auto* radius = qobject_cast<ui::RekeyRadiusPage*>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!radius->isPreviewing(), 30000);
        const qint64 inFlight = *window.workspace().db().scalarInt(
            "SELECT count(DISTINCT device) FROM key_records WHERE state IN ('Generated','Distributed');");
        QVERIFY(inFlight > 0);
        QCOMPARE(wizard->radius()->withInstruction.radius.refused(), inFlight);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(
            find<QLabel>(wizard, "rekeyRadiusStatus")->text().contains(QStringLiteral("Next is disabled")));
        QVERIFY(radius->radiusText().contains(QStringLiteral("not yet confirmed active")));

        // Back: only devices past their rotation — allowed, but only on a PMA instruction.
        const qint64 done = devicesWith(window.workspace(), inventory::RotationFilter::Done);
        if (done == 0)
            QSKIP("this demo seed has no device past its post-commissioning rotation");
        wizard->back();
        rotation->setCurrentIndex(rotation->findData(int(inventory::RotationFilter::Done)));
        next(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(!radius->isPreviewing(), 30000);
        QCOMPARE(wizard->radius()->withInstruction.radius.refused(), 0);
        QCOMPARE(wizard->radius()->needInstruction, done);
        QCOMPARE(wizard->radius()->withInstruction.radius.afterRotation, done);
        QVERIFY(radius->radiusText().contains(QStringLiteral("PMA instruction")));
        next(wizard);
        QCOMPARE(wizard->currentId(), int(ui::RekeyWizard::JustificationPage));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        auto* ground = find<QComboBox>(wizard, "rekeyPmaGround");
        ground->setCurrentIndex(1);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // the reference too
        find<QLineEdit>(wizard, "rekeyPmaReference")->setText(QStringLiteral("PMA-2026-11"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        next(wizard);

        // Plan, quorum, then stop after the first chunk: the rest stays pending, to resume.
        find<QSpinBox>(wizard, "rekeyChunkSize")->setValue(1);
        auto* confirm = qobject_cast<ui::RekeyConfirmPage*>(wizard->currentPage());
        QSignalSpy created(confirm, &ui::RekeyConfirmPage::planCreated);
        confirm->createPlan();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 30000);
        QVERIFY(created.front().at(0).toBool());
        QVERIFY(QJsonDocument(wizard->run()->justification).toJson().contains("PMA-2026-11"));
        next(wizard);
        // The custodians read the justification they approve (nested JSON shown, not dropped).
        QTRY_VERIFY(find<QLabel>(wizard, "quorumAsked")->text().contains(QStringLiteral("PMA-2026-11")));
        approve(wizard, 1);
        QTRY_COMPARE(wizard->session()->approvals().size(), 1);
        approve(wizard, 2);
        QTRY_COMPARE(wizard->session()->approvals().size(), 2);
        next(wizard);
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::RunPage));
        find<QPushButton>(wizard, "rekeyRunStopButton")->click(); // before the first chunk commits
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::CeremonyWizard::ResultPage), 60000);
        QVERIFY(wizard->outcome() && *wizard->outcome());
        QVERIFY((*wizard->outcome())->cancelled);
        auto* results = qobject_cast<ui::RekeyResultsPage*>(wizard->currentPage());
        QVERIFY(results->resultText().contains(QStringLiteral("Stopped before completion")));
        auto pending = window.workspace().db().prepare(
            "SELECT count(*) FROM rekey_devices WHERE run = ? AND status = 'pending';");
        QVERIFY(pending);
        pending->bind(1, wizard->run()->id);
        QVERIFY(*pending->step());
        // Stopped after the chunk in progress when Stop was clicked (normally the first): what the
        // record says was re-keyed is committed, the rest pending.
        const qint64 rekeyed =
            (*wizard->outcome())->extra.value(QStringLiteral("devices_rekeyed")).toInteger();
        QVERIFY(rekeyed >= 1 && rekeyed < done);
        QCOMPARE(pending->int64(0), done - rekeyed);
        const qint64 runId = wizard->run()->id;
        wizard->button(QWizard::FinishButton)->click();

        // Resume: the same run, its pending devices, under a new approval.
        auto* resume = window.resumeRekey(runId);
        QVERIFY(resume);
        QCOMPARE(resume->currentId(), int(ui::RekeyWizard::ConfirmPage));
        auto* button = find<QPushButton>(resume, "rekeyCreatePlanButton");
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 15000);
        QVERIFY(find<QTextBrowser>(resume, "rekeyConfirmText")
                    ->toPlainText()
                    .contains(QStringLiteral("cancelled")));
        auto* resumeConfirm = qobject_cast<ui::RekeyConfirmPage*>(resume->currentPage());
        QSignalSpy opened(resumeConfirm, &ui::RekeyConfirmPage::planCreated);
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
        QVERIFY(opened.front().at(0).toBool());
        QCOMPARE(resume->plan().rekeyDetails.value(QStringLiteral("resume")).toBool(), true);
        next(resume);
        approve(resume, 0);
        QTRY_COMPARE(resume->session()->approvals().size(), 1);
        approve(resume, 2);
        QTRY_COMPARE(resume->session()->approvals().size(), 2);
        next(resume);
        QTRY_COMPARE_WITH_TIMEOUT(resume->currentId(), int(ui::CeremonyWizard::ResultPage), 120000);
        QVERIFY(resume->outcome() && *resume->outcome());
        QVERIFY(!(*resume->outcome())->cancelled);
        pending->reset();
        pending->bind(1, runId);
        QVERIFY(*pending->step());
        QCOMPARE(pending->int64(0), 0);
        resume->button(QWizard::FinishButton)->click();

        // Nothing left to resume: said so, and no quorum is asked.
        auto* again = window.resumeRekey(runId);
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QLabel>(again, "rekeyConfirmStatus")->text().contains(QStringLiteral("nothing to resume")),
            15000);
        QVERIFY(!find<QPushButton>(again, "rekeyCreatePlanButton")->isEnabled());
        QVERIFY(!again->session());
        again->reject();
    }

    void reKeyThisDeviceFromKeyStates() {
        ui::MainWindow window(m_demo.open(test::kResponderCard));
        window.show();
        window.showView(ui::MainWindow::View::KeyStates);
        ui::KeyStatesView* view = window.keyStatesView();
        QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded(), 15000);
        QTRY_VERIFY(view->model()->keyAt(0));
        view->table()->selectRow(0);
        const QString device = view->currentDeviceId();
        QVERIFY(!device.isEmpty());
        QVERIFY(view->rekeyDeviceAction()->isEnabled());
        view->rekeyDeviceAction()->trigger();
        auto* wizard = window.findChild<ui::RekeyWizard*>(QStringLiteral("rekeyWizard"));
        QVERIFY(wizard);
        QCOMPARE(wizard->preselectedDevices(), QStringList{device});
        QVERIFY(find<QLabel>(wizard, "rekeyPreselected")->isVisible());
        QVERIFY(find<QLabel>(wizard, "rekeyPreselected")->text().contains(ui::dashedDeviceId(device)));
        next(wizard);
        auto* radius = qobject_cast<ui::RekeyRadiusPage*>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!radius->isPreviewing(), 30000);
        // Exactly that device: allowed, or refused with its reason (its keys may be in flight).
        const auto& b = wizard->radius()->withInstruction.radius;
        QCOMPARE(b.devices + b.refused(), 1);
        QCOMPARE(wizard->button(QWizard::NextButton)->isEnabled(), b.devices == 1);
        wizard->reject();
    }
};

QTEST_MAIN(TestRekeyWizard)
#include "test_rekeywizard.moc"
