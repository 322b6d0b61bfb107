// Closing the re-key loop in the console (issue #17, item 6), on a migrated demo with two runs:
// run A executed and its batch sent, run B planned. Re-key ▸ Re-key runs… lists both; importing
// the DCO's confirmations from the console makes keys Active and lists the failures; a bad file
// names its line and field and changes nothing; the devices the DCO refused are excluded and the
// re-send carries only the rest; the custodians approving a run see its devices; Resume from the
// list opens the run's wizard.
#include "MigratedDemo.h"

#include "mainwindow/MainWindow.h"
#include "quorum/QuorumSession.h"
#include "rekey/InstructionBatch.h"
#include "rekey/RekeyConfirmPage.h"
#include "rekey/RekeyConsistencyQuery.h"
#include "rekey/RekeyDeviceListModel.h"
#include "rekey/RekeyDevicesDialog.h"
#include "rekey/RekeyExclusion.h"
#include "rekey/RekeyRunQuery.h"
#include "rekey/RekeyRunsDialog.h"
#include "rekey/RekeyWizard.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace symbolon;

class TestRekeyRuns : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{80, 43};
    qint64 m_runA = 0, m_runB = 0;
    QStringList m_devicesA, m_devicesB;

    static qint64 scalar(workspace::Workspace& ws, const char* sql, qint64 bind) {
        auto st = ws.db().prepare(sql);
        if (!st)
            qFatal("%s", qPrintable(st.error().message));
        st->bind(1, bind);
        auto row = st->step();
        if (!row || !*row)
            qFatal("no row: %s", sql);
        return st->int64(0);
    }
    static QByteArray confirmationLine(qint64 run, const QString& device, const QString& result,
                                       const QString& reason = QString()) {
        QJsonObject o{{QStringLiteral("run"), run},
                      {QStringLiteral("device_id"), device},
                      {QStringLiteral("result"), result}};
        if (!reason.isEmpty())
            o.insert(QStringLiteral("reason"), reason);
        return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    QString writeFile(const QString& name, const QByteArray& content) const {
        const QString path = m_demo.scratch(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static ui::RekeyRunsDialog* openRuns(ui::MainWindow& window) {
        window.findChild<QAction*>(QStringLiteral("actionRekeyRuns"))->trigger();
        ui::RekeyRunsDialog* dialog = nullptr;
        for (auto* d : window.findChildren<ui::RekeyRunsDialog*>(QStringLiteral("rekeyRunsDialog")))
            if (d->isVisible())
                dialog = d;
        if (!dialog)
            qFatal("no runs dialog");
        return dialog;
    }
    // SYMBOLON_SCREENSHOT_DIR (docs/screenshots): the window as the custodian sees it.
    static void screenshot(QWidget* w, const QString& name) {
        const QString dir = qEnvironmentVariable("SYMBOLON_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(200); // the layout settles
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
    }
    static bool waitLoaded(ui::RekeyRunsDialog* dialog) {
        QSignalSpy loaded(dialog, &ui::RekeyRunsDialog::runsLoaded);
        if (!dialog->isBusy())
            return true;
        return loaded.wait(30000);
    }
    static const rekey::RekeyRunSummary* summary(ui::RekeyRunsDialog* dialog, qint64 run) {
        for (const auto& r : dialog->runs())
            if (r.run == run)
                return &r;
        return nullptr;
    }
    static policy::PmaInstruction pma() {
        return policy::PmaInstruction{policy::PmaGround::MajorIncident, QStringLiteral("PMA-2026-31")};
    }
    // Plans a run of the given devices (responder), as the CLI's "rekey plan --device-list" does.
    rekey::RekeyRun plan(workspace::Workspace& ws, const QStringList& devices, const QString& reason) {
        rekey::RekeyRequest r;
        r.filter.rotation = inventory::RotationFilter::Any;
        r.deviceIds = devices;
        r.listSource = QStringLiteral("test");
        r.reason = reason;
        r.instruction = pma(); // most demo devices are past their post-commissioning rotation
        auto run = rekey::RekeyPlanner::create(ws, r, QDateTime::currentDateTimeUtc());
        if (!run)
            qFatal("plan: %s", qPrintable(run.error().message));
        return *run;
    }

private Q_SLOTS:
    void initTestCase() {
        test::migrateDemo(m_demo);
        auto ws = m_demo.open(test::kResponderCard);
        auto ids = ws->db().prepare("SELECT device_id FROM devices ORDER BY id LIMIT 14;");
        QVERIFY(ids);
        QStringList all;
        QVERIFY(ids->forEachRow([&](const store::Statement& st) { all << st.text(0); }));
        QCOMPARE(all.size(), 14);
        m_devicesA = all.mid(0, 8);
        m_devicesB = all.mid(8);
        const rekey::RekeyRun a = plan(*ws, m_devicesA, QStringLiteral("compromised head-end batch A"));
        m_runA = a.id;
        auto record = test::runRekey(m_demo, *ws, a, 3);
        QVERIFY2(record, record ? "" : qPrintable(record.error().message));
        auto batch =
            rekey::InstructionBatch::write(*ws, m_runA, m_demo.scratch(QStringLiteral("a.jsonl")), false);
        QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
        QCOMPARE(batch->devices, 8);
        m_runB = plan(*ws, m_devicesB, QStringLiteral("rotation batch B")).id;
    }

    void runsListShowsEveryRun() {
        {
            ui::MainWindow window(m_demo.open(test::kResponderCard));
            window.show();
            auto* dialog = openRuns(window);
            QVERIFY(waitLoaded(dialog));
            auto runs = rekey::RekeyRunQuery::all(window.workspace().db());
            QVERIFY(runs);
            QCOMPARE(dialog->table()->rowCount(), int(runs->size()));
            QCOMPARE(dialog->table()->rowCount(), 2);
            // Newest first: B (planned, 6 devices, all outstanding), then A (executed, 8 distributed).
            auto cell = [&](int row, int column) { return dialog->table()->item(row, column)->text(); };
            QCOMPARE(cell(0, ui::RekeyRunsDialog::RunColumn), QString::number(m_runB));
            QCOMPARE(cell(0, ui::RekeyRunsDialog::StateColumn), QStringLiteral("planned"));
            QCOMPARE(cell(0, ui::RekeyRunsDialog::DevicesColumn), QStringLiteral("6"));
            QCOMPARE(cell(0, ui::RekeyRunsDialog::OutstandingColumn), QStringLiteral("6"));
            QVERIFY(cell(0, ui::RekeyRunsDialog::JustificationColumn)
                        .contains(QStringLiteral("rotation batch B")));
            QCOMPARE(cell(1, ui::RekeyRunsDialog::RunColumn), QString::number(m_runA));
            QCOMPARE(cell(1, ui::RekeyRunsDialog::StateColumn), QStringLiteral("executed"));
            QCOMPARE(cell(1, ui::RekeyRunsDialog::DevicesColumn), QStringLiteral("8"));
            QCOMPARE(cell(1, ui::RekeyRunsDialog::ConfirmedColumn), QStringLiteral("0"));
            QCOMPARE(cell(1, ui::RekeyRunsDialog::OutstandingColumn), QStringLiteral("8"));
            // What each run allows: B resumes (it has not started), A exports its batch.
            QVERIFY(dialog->selectRun(m_runB));
            QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("rekeyRunsResumeButton"))->isEnabled());
            QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("rekeyRunsBatchButton"))->isEnabled());
            QVERIFY(dialog->selectRun(m_runA));
            QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("rekeyRunsResumeButton"))->isEnabled());
            QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("rekeyRunsBatchButton"))->isEnabled());
            QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("rekeyRunsExcludeButton"))->isEnabled());
            // Its devices, with their status.
            auto* devices = dialog->showDevices(m_runA);
            QSignalSpy loaded(devices, &ui::RekeyDevicesDialog::loaded);
            QVERIFY(loaded.wait(15000));
            QCOMPARE(devices->model()->rowCount(), 8);
            QCOMPARE(devices->model()->deviceAt(0), m_devicesA.front());
            QCOMPARE(devices->model()->index(0, ui::RekeyDeviceListModel::StatusColumn).data().toString(),
                     QStringLiteral("distributed"));
            dialog->reject();
        } // one open workspace at a time (the workspace lock)

        // A reviewer sees the list but may not import confirmations.
        ui::MainWindow reviewer(m_demo.open(test::kReviewerCard));
        QVERIFY(!reviewer.findChild<QAction*>(QStringLiteral("actionRekeyImportConfirmations"))->isEnabled());
        auto* theirs = openRuns(reviewer);
        QVERIFY(waitLoaded(theirs));
        QCOMPARE(theirs->table()->rowCount(), 2);
        QVERIFY(!theirs->findChild<QPushButton*>(QStringLiteral("rekeyRunsImportButton"))->isEnabled());
        theirs->reject();
    }

    void aBadConfirmationsFileNamesTheLineAndChangesNothing() {
        ui::MainWindow window(m_demo.open(test::kResponderCard));
        auto* dialog = openRuns(window);
        QVERIFY(waitLoaded(dialog));
        workspace::Workspace& ws = window.workspace();
        const qint64 seq = *ws.db().scalarInt("SELECT max(seq) FROM journal;");
        const char* active = "SELECT count(*) FROM key_records WHERE rekey_run = ? AND state = 'Active';";
        const char* confirmed = "SELECT count(*) FROM rekey_devices WHERE run = ? AND status = 'confirmed';";
        QByteArray bad = confirmationLine(m_runA, m_devicesA[0], QStringLiteral("success"));
        bad += confirmationLine(m_runA, m_devicesA[1], QStringLiteral("maybe"));
        QSignalSpy ended(dialog, &ui::RekeyRunsDialog::operationEnded);
        dialog->importConfirmations(writeFile(QStringLiteral("bad.jsonl"), bad));
        QVERIFY(ended.wait(30000));
        QCOMPARE(ended.front().at(0).toBool(), false);
        const QString text = dialog->outcomeText();
        QVERIFY2(text.contains(QStringLiteral("line 2")) && text.contains(QStringLiteral("\"result\"")) &&
                     text.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(text));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("rekeyRunsOutcome"))->textFormat(), Qt::PlainText);
        QCOMPARE(*ws.db().scalarInt("SELECT max(seq) FROM journal;"), seq);
        QCOMPARE(scalar(ws, active, m_runA), 0);
        QCOMPARE(scalar(ws, confirmed, m_runA), 0);
        dialog->reject();
    }

    void importingConfirmationsFromTheConsoleActivatesKeys() {
        ui::MainWindow window(m_demo.open(test::kResponderCard));
        auto* dialog = openRuns(window);
        QVERIFY(waitLoaded(dialog));
        workspace::Workspace& ws = window.workspace();
        // Devices 0-3 confirmed, 4-5 refused by the DCO, 6-7 not reported yet.
        QByteArray content;
        for (int i = 0; i < 4; ++i)
            content += confirmationLine(m_runA, m_devicesA[i], QStringLiteral("success"));
        content +=
            confirmationLine(m_runA, m_devicesA[4], QStringLiteral("failure"), QStringLiteral("no response"));
        content += confirmationLine(m_runA, m_devicesA[5], QStringLiteral("failure"),
                                    QStringLiteral("tamper alert"));
        QSignalSpy ended(dialog, &ui::RekeyRunsDialog::operationEnded);
        dialog->importConfirmations(writeFile(QStringLiteral("confirm.jsonl"), content));
        QVERIFY(ended.wait(30000));
        QVERIFY2(ended.front().at(0).toBool(), qPrintable(dialog->outcomeText()));
        const QString text = dialog->outcomeText();
        QVERIFY2(text.contains(QStringLiteral("4 devices confirmed")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("32 key(s) now Active")), qPrintable(text));
        QVERIFY2(text.contains(m_devicesA[4] + QStringLiteral(": no response")) &&
                     text.contains(m_devicesA[5] + QStringLiteral(": tamper alert")),
                 qPrintable(text));
        QCOMPARE(
            scalar(ws, "SELECT count(*) FROM key_records WHERE rekey_run = ? AND state = 'Active';", m_runA),
            32);
        QCOMPARE(
            scalar(ws,
                   "SELECT count(*) FROM key_records k JOIN rekey_devices r ON r.device = k.device WHERE "
                   "r.run = "
                   "? AND r.status = 'confirmed' AND k.state = 'Superseded' AND k.kind IN ('AK','GUEK');",
                   m_runA),
            32);
        // The list is read again: A has 4 confirmed, 2 refused, 4 outstanding (2 refused + 2 waiting).
        QTRY_VERIFY(!dialog->isBusy());
        const rekey::RekeyRunSummary* a = summary(dialog, m_runA);
        QVERIFY(a);
        QCOMPARE(a->confirmed, 4);
        QCOMPARE(a->refused, 2);
        QCOMPARE(a->outstanding, 4);
        dialog->reject();
    }

    void excludeTheRefusedAndContinueWithTheRest() {
        ui::MainWindow window(m_demo.open(test::kResponderCard));
        auto* dialog = openRuns(window);
        QVERIFY(waitLoaded(dialog));
        workspace::Workspace& ws = window.workspace();
        QVERIFY(dialog->selectRun(m_runA));
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("rekeyRunsExcludeButton"))->isEnabled());
        // A device still awaiting its result cannot be excluded: refused, nothing changes.
        auto refusedExclusion =
            rekey::RekeyExclusion::exclude(ws, m_runA, {m_devicesA[6]}, QStringLiteral("test"));
        QVERIFY(!refusedExclusion);
        QVERIFY(refusedExclusion.error().message.contains(m_devicesA[6]));
        QSignalSpy ended(dialog, &ui::RekeyRunsDialog::operationEnded);
        dialog->excludeFailedAndRefused(m_runA, QStringLiteral("meters replaced on site"));
        QVERIFY(ended.wait(30000));
        QVERIFY2(ended.front().at(0).toBool(), qPrintable(dialog->outcomeText()));
        QVERIFY2(dialog->outcomeText().contains(QStringLiteral("2 devices that the DCO refused")),
                 qPrintable(dialog->outcomeText()));
        QCOMPARE(*ws.db().scalarInt("SELECT count(*) FROM journal WHERE action = 'rekey.devices-excluded';"),
                 1);
        QTRY_VERIFY(!dialog->isBusy());
        const rekey::RekeyRunSummary* a = summary(dialog, m_runA);
        QVERIFY(a);
        QCOMPARE(a->excluded, 2);
        QCOMPARE(a->refused, 0);
        QCOMPARE(a->outstanding, 2);
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("rekeyRunsExcludeButton"))->isEnabled());
        dialog->resize(1000, 560);
        dialog->show();
        screenshot(dialog, QStringLiteral("rekey-runs-en-1000x560.png"));
        // Continue: the re-send carries the two still awaiting their result, not the excluded.
        const QString resend = m_demo.scratch(QStringLiteral("resend.jsonl"));
        dialog->exportBatch(m_runA, resend, true);
        QVERIFY(ended.wait(30000));
        QVERIFY2(ended.back().at(0).toBool(), qPrintable(dialog->outcomeText()));
        QFile f(resend);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray batch = f.readAll();
        QVERIFY(batch.contains(m_devicesA[6].toLatin1()) && batch.contains(m_devicesA[7].toLatin1()));
        QVERIFY(!batch.contains(m_devicesA[4].toLatin1()) && !batch.contains(m_devicesA[5].toLatin1()));
        QVERIFY(dialog->outcomeText().contains(QStringLiteral("2 devices")));
        // The excluded keys stay Distributed (the device may hold them); a later success still counts.
        QCOMPARE(scalar(ws,
                        "SELECT count(*) FROM key_records k JOIN rekey_devices r ON r.device = k.device AND "
                        "k.rekey_run = r.run WHERE r.run = ? AND r.result LIKE 'excluded:%' AND k.state = "
                        "'Distributed';",
                        m_runA),
                 16);
        dialog->reject();
    }

    void approversSeeTheDevicesAndResumeStartsFromTheList() {
        ui::MainWindow window(m_demo.open(test::kResponderCard));
        window.show();
        auto* dialog = openRuns(window);
        QVERIFY(waitLoaded(dialog));
        QVERIFY(dialog->selectRun(m_runB));
        dialog->findChild<QPushButton*>(QStringLiteral("rekeyRunsResumeButton"))->click();
        ui::RekeyWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<ui::RekeyWizard*>(QStringLiteral("rekeyWizard"))));
        QCOMPARE(wizard->resumeRunId(), m_runB);
        QCOMPARE(wizard->currentId(), int(ui::RekeyWizard::ConfirmPage));
        auto* start = wizard->findChild<QPushButton*>(QStringLiteral("rekeyCreatePlanButton"));
        QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 15000);
        auto* show = wizard->findChild<QPushButton*>(QStringLiteral("rekeyShowDevicesButton"));
        QVERIFY2(show->text().contains(QStringLiteral("(6)")), qPrintable(show->text()));
        auto* confirm = qobject_cast<ui::RekeyConfirmPage*>(wizard->currentPage());
        QSignalSpy opened(confirm, &ui::RekeyConfirmPage::planCreated);
        start->click();
        QVERIFY(opened.wait(30000));
        QVERIFY(opened.front().at(0).toBool());
        QTRY_VERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
        wizard->button(QWizard::CommitButton)->click();
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::QuorumPage));
        // On the page where the custodians approve: the run's devices, one row each.
        QPushButton* quorumDevices = wizard->quorumDevicesButton();
        QVERIFY(quorumDevices->isVisible());
        QVERIFY2(quorumDevices->text().contains(QStringLiteral("(6)")), qPrintable(quorumDevices->text()));
        quorumDevices->click();
        auto* list = wizard->findChild<ui::RekeyDevicesDialog*>(QStringLiteral("rekeyDevicesDialog"));
        QVERIFY(list);
        if (list->isLoading()) {
            QSignalSpy loaded(list, &ui::RekeyDevicesDialog::loaded);
            QVERIFY(loaded.wait(15000));
        }
        QCOMPARE(list->model()->rowCount(), 6);
        QStringList shown;
        for (int i = 0; i < list->model()->rowCount(); ++i)
            shown << list->model()->deviceAt(i);
        QCOMPARE(shown, m_devicesB);
        QCOMPARE(list->model()->index(0, ui::RekeyDeviceListModel::KindsColumn).data().toString(),
                 QStringLiteral("AK+GUEK"));
        list->resize(720, 420);
        screenshot(list, QStringLiteral("rekey-approver-devices-en-720x420.png"));
        list->reject();
        // Closing gives up the open quorum session: the wizard asks first; Close.
        QTimer::singleShot(0, wizard, [wizard] {
            QTRY_VERIFY(wizard->findChild<QMessageBox*>(QStringLiteral("closeCeremonyQuestion")));
            wizard->findChild<QMessageBox*>(QStringLiteral("closeCeremonyQuestion"))
                ->button(QMessageBox::Close)
                ->click();
        });
        wizard->reject();
        QVERIFY(!wizard->isVisible());
    }

    // The core operation behind `rekey exclude` on pending devices: a planned run gives them up
    // (they can be planned again), and a run with none left pending is closed.
    void pendingDevicesExcludedFromAPlannedRunCanBePlannedAgain() {
        auto ws = m_demo.open(test::kResponderCard);
        const QString one = m_devicesB.front();
        rekey::RekeyRequest again;
        again.deviceIds = {one};
        again.instruction = pma();
        auto before = rekey::RekeyPlanner::preview(*ws, again, QDateTime::currentDateTimeUtc());
        QVERIFY(before);
        QCOMPARE(before->radius.refused(), 1); // in open run B
        auto noReason = rekey::RekeyExclusion::exclude(*ws, m_runB, {one}, QStringLiteral("  "));
        QVERIFY(!noReason);
        auto x = rekey::RekeyExclusion::exclude(*ws, m_runB, {one}, QStringLiteral("replaced meter"));
        QVERIFY2(x, x ? "" : qPrintable(x.error().message));
        QCOMPARE(x->pending, 1);
        QVERIFY(!x->runClosed);
        auto after = rekey::RekeyPlanner::preview(*ws, again, QDateTime::currentDateTimeUtc());
        QVERIFY(after);
        QCOMPARE(after->radius.refused(), 0);
        QCOMPARE(after->radius.devices, 1);
        auto rest =
            rekey::RekeyExclusion::exclude(*ws, m_runB, m_devicesB, QStringLiteral("replaced meters"));
        QVERIFY2(rest, rest ? "" : qPrintable(rest.error().message));
        QCOMPARE(rest->pending, 5);
        QCOMPARE(rest->alreadyExcluded, 1);
        QVERIFY(rest->runClosed);
        auto run = rekey::RekeyRun::load(ws->db(), m_runB);
        QVERIFY(run);
        QCOMPARE(run->state, rekey::RunState::Abandoned);
        auto check = rekey::RekeyConsistencyQuery::check(ws->db());
        QVERIFY(check);
        QVERIFY2(check->isEmpty(), qPrintable(check->join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestRekeyRuns)
#include "test_rekeyruns.moc"
