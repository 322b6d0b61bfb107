// The reviewer's Journal view driven through its real widgets, offscreen, on a demo workspace:
// entries listed and filtered, the detail pane's JSON and re-checked quorum signatures, the
// verification banner green and then red after tampering, role gating of import and the risk
// review, recording a review (the Overview's next due date), an evidence pack with its PDF
// that still verifies, and the banner's check that the journal extends the last pack exported
// (extended; folder gone; no path recorded; a pack of a forked journal shown red with both hashes).
#include "CliRunner.h"
#include "DemoFixture.h"
#include "TreeCopy.h"

#include "audit/EvidencePack.h"
#include "common/StatusColor.h"
#include "journal/JournalDetailPane.h"
#include "journal/JournalFilterBar.h"
#include "journal/JournalTableModel.h"
#include "journal/JournalView.h"
#include "journal/RiskReviewDialog.h"
#include "journal/VerificationBanner.h"
#include "mainwindow/MainWindow.h"
#include "quorum/QuorumSession.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace symbolon;

class TestJournalView : public QObject {
    Q_OBJECT

    test::DemoFixture m_demo{40};
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_head = 0;
    QString m_fork; // a copy of the workspace made before the window opened: its journal forks

    template <typename T> T* child(QObject* parent, const char* name) {
        T* w = parent->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }
    ui::JournalView* view() { return m_window->journalView(); }

    QString serialOf(int demoCard) {
        auto cards = workspace::Workspace::cards(m_demo.dir(), {});
        for (const auto& c : *cards)
            if (c.keyslot.tokenLabel == demo::demoCards()[demoCard].label)
                return c.keyslot.tokenSerial;
        return {};
    }

    void setActionFilter(const QString& prefix) {
        auto* combo = child<QComboBox>(m_window.get(), "journalFilterAction");
        combo->setCurrentIndex(combo->findData(prefix));
    }

    // Verify again, and wait for the outcome.
    ui::VerificationBanner* verifiedAgain() {
        auto* again = child<QPushButton>(m_window.get(), "journalVerifyAgain");
        ui::VerificationBanner* banner = view()->banner();
        if (!QTest::qWaitFor([&] { return again->isEnabled(); }, 15000))
            return banner;
        again->click();
        if (!QTest::qWaitFor([&] { return !banner->isRunning() && again->isEnabled(); }, 30000))
            qWarning("the banner did not finish verifying");
        return banner;
    }
    void recordExport(const QString& target, const QJsonObject& details) {
        auto e = m_window->workspace().record(QStringLiteral("journal.exported"), target, details);
        QVERIFY2(e, e ? "" : qPrintable(e.error().message));
    }
private Q_SLOTS:
    void initTestCase() {
        // A real quorum session (2 of 3 custodian cards) so that there are approvals to re-check.
        auto custodian = m_demo.open(0);
        auto session = quorum::QuorumSession::start(
            *custodian,
            quorum::QuorumRequest::make(QStringLiteral("test.noop"),
                                        {{QStringLiteral("why"), QStringLiteral("journal view test")}},
                                        custodian->identity().actor()));
        QVERIFY(session);
        for (int card : {0, 1}) {
            const auto s = session->approve(
                serialOf(card), SecureBytes::fromString(demo::demoCards()[card].pin.toStdString()));
            QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        }
        auto done = session->execute([](hsm::Session&) -> Result<QJsonObject> { return QJsonObject{}; });
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        custodian.reset();
        m_fork = m_demo.scratch(QStringLiteral("fork"));
        QVERIFY(test::copyTree(m_demo.dir(), m_fork));

        auto reviewer = m_demo.open(3);
        QCOMPARE(reviewer->identity().role, QStringLiteral("reviewer"));
        m_window = std::make_unique<ui::MainWindow>(std::move(reviewer));
        m_head = m_window->workspace().journal().head()->seq;
        m_window->show();
        child<QAction>(m_window.get(), "actionJournal")->trigger();
        QCOMPARE(m_window->currentView(), ui::MainWindow::View::Journal);
    }

    void listsEntriesNewestFirst() {
        QTRY_COMPARE_WITH_TIMEOUT(view()->model()->totalRows(), m_head, 10000);
        QTRY_VERIFY(view()->model()->entryAt(0) != nullptr);
        QCOMPARE(view()->model()->entryAt(0)->seq, m_head);
        QCOMPARE(view()->model()->entryAt(0)->action, QStringLiteral("workspace.opened"));
        QCOMPARE(
            view()->model()->data(view()->model()->index(0, ui::JournalTableModel::RoleColumn)).toString(),
            QStringLiteral("reviewer"));
    }

    void bannerSaysVerified() {
        ui::VerificationBanner* banner = view()->banner();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isRunning() && banner->report().entries > 0, 15000);
        QVERIFY2(banner->report().ok(), qPrintable(banner->text()));
        QVERIFY2(banner->text().startsWith(QStringLiteral("Chain verified up to #")),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("last checkpoint signed at")));
        QVERIFY(banner->property("verified").toBool());
        // Which anchors were checked, and which are not configured (issue #15).
        const QString anchors = banner->anchorsText();
        QVERIFY2(anchors.contains(QStringLiteral("co-signed by their own card")), qPrintable(anchors));
        QVERIFY2(anchors.contains(QStringLiteral("Not checked here:")) &&
                     anchors.contains(QStringLiteral("trusted timestamps (no checkpoint has one")),
                 qPrintable(anchors));
        // With timestamps, the banner counts them and says how a reviewer checks them.
        const QString stamped = ui::VerificationBanner::anchors(banner->report(), 0, nullptr, 3);
        QVERIFY2(stamped.contains(QStringLiteral("trusted timestamps: 3 checkpoint")) &&
                     stamped.contains(QStringLiteral("journal verify --tsa-cert")),
                 qPrintable(stamped));
    }

    void filterByActionNarrowsAndDetailShowsVerifiedApprovals() {
        setActionFilter(QStringLiteral("quorum."));
        QTRY_COMPARE(view()->model()->totalRows(), 1);
        QTRY_VERIFY(view()->model()->entryAt(0) != nullptr);
        QCOMPARE(view()->model()->entryAt(0)->action, QStringLiteral("quorum.test.noop"));
        QVERIFY(view()
                    ->model()
                    ->data(view()->model()->index(0, ui::JournalTableModel::ApproversColumn))
                    .toString()
                    .contains(QStringLiteral(", ")));
        QCOMPARE(
            view()->model()->data(view()->model()->index(0, ui::JournalTableModel::OutcomeColumn)).toString(),
            QStringLiteral("completed"));
        view()->table()->selectRow(0);
        auto* json = child<QPlainTextEdit>(m_window.get(), "journalDetailJson");
        QTRY_VERIFY(json->toPlainText().contains(QStringLiteral("\"action\": \"quorum.test.noop\"")));
        QVERIFY(json->toPlainText().contains(QStringLiteral("\n    \"details\": {"))); // indented
        // Issue #17, item 8: labelled fields first, each value copied with Ctrl+C.
        auto* fields = child<QTreeWidget>(m_window.get(), "journalDetailFields");
        QVERIFY(fields->isVisible());
        QTreeWidgetItem* action = nullptr;
        QTreeWidgetItem* hash = nullptr;
        for (int i = 0; i < fields->topLevelItemCount(); ++i) {
            QTreeWidgetItem* it = fields->topLevelItem(i);
            if (it->text(0) == QLatin1String("Action"))
                action = it;
            if (it->text(0) == QLatin1String("Hash"))
                hash = it;
        }
        QVERIFY(action && hash);
        QCOMPARE(action->text(1), QStringLiteral("quorum.test.noop"));
        QCOMPARE(hash->text(1), QString::fromLatin1(view()->model()->entryAt(0)->hash.toHex()));
        fields->setCurrentItem(hash);
        QGuiApplication::clipboard()->clear();
        fields->setFocus();
        QTest::keySequence(fields, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), hash->text(1));
        auto* approvals = child<QTreeWidget>(m_window.get(), "journalApprovals");
        QCOMPARE(approvals->topLevelItemCount(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(approvals->topLevelItem(i)->text(0), QStringLiteral("verified"));

        // Device id and free text narrow too; clearing restores everything.
        setActionFilter(QString());
        child<QLineEdit>(m_window.get(), "journalFilterText")->setText(QStringLiteral("key-token.enrolled"));
        QTRY_COMPARE(view()->model()->totalRows(), 1);
        child<QPushButton>(m_window.get(), "journalFilterClear")->click();
        QTRY_COMPARE(view()->model()->totalRows(), m_head);
    }

    // Issue #15: the quorum entry's request edited after the custodians signed it (its parameters
    // no longer give the signed digest). The approvals are shown red, "does not match" — not amber
    // "not checked", which reads as harmless.
    void anEditedRequestsApprovalsAreRedNotAmber() {
        setActionFilter(QStringLiteral("quorum."));
        QTRY_COMPARE(view()->model()->totalRows(), 1);
        QTRY_VERIFY(view()->model()->entryAt(0) != nullptr);
        const journal::JournalEntry quorum = *view()->model()->entryAt(0);
        setActionFilter(QString());
        QVERIFY(quorum.details().contains(QStringLiteral("approvals")));
        journal::JournalEntry edited = quorum;
        QJsonObject details = edited.details();
        QJsonObject request = details.value(QStringLiteral("request")).toObject();
        QJsonObject parameters = request.value(QStringLiteral("parameters")).toObject();
        parameters.insert(QStringLiteral("why"), QStringLiteral("something else"));
        request.insert(QStringLiteral("parameters"), parameters);
        details.insert(QStringLiteral("request"), request);
        edited.detailsJson = journal::JournalEntry::encodeDetails(details);

        ui::JournalDetailPane pane(m_window->workspace().registeredCards());
        pane.showEntry(quorum);
        auto* approvals = child<QTreeWidget>(&pane, "journalApprovals");
        QVERIFY(approvals);
        QCOMPARE(approvals->topLevelItemCount(), 2);
        QCOMPARE(approvals->topLevelItem(0)->text(0), QStringLiteral("verified"));
        pane.showEntry(edited);
        QCOMPARE(approvals->topLevelItemCount(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(approvals->topLevelItem(i)->text(0), QStringLiteral("does not match"));
            QCOMPARE(approvals->topLevelItem(i)->foreground(0).color(),
                     ui::statusColor(ui::StatusTone::Error, pane.palette()));
            QVERIFY(approvals->topLevelItem(i)->text(3).contains(QStringLiteral("digest")));
        }
    }

    void recordRiskReviewShowsNextDueOnOverview() {
        child<QAction>(m_window.get(), "actionRecordRiskReview")->trigger();
        ui::RiskReviewDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ui::RiskReviewDialog*>()) != nullptr);
        auto* record = child<QPushButton>(dialog, "riskReviewRecord");
        QVERIFY(!record->isEnabled()); // no reference yet
        const QDate today = QDateTime::currentDateTimeUtc().date();
        dialog->dateEdit()->setDate(today);
        dialog->referenceEdit()->setText(QStringLiteral("PMA-RR-2025-01"));
        dialog->findingsEdit()->setPlainText(QStringLiteral("Dual control observed; no findings."));
        QVERIFY(record->isEnabled());
        record->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<ui::RiskReviewDialog*>() == nullptr, 10000);

        const QString due = today.addYears(5).toString(Qt::ISODate);
        auto* label = child<QLabel>(m_window.get(), "overviewRiskReview");
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(due), 10000);
        QVERIFY(label->text().contains(QStringLiteral("PMA-RR-2025-01")));
        setActionFilter(QStringLiteral("risk-review."));
        QTRY_COMPARE(view()->model()->totalRows(), 1);
        setActionFilter(QString());
    }

    void exportEvidencePackWithPdfThatVerifies() {
        const QString dir = m_demo.scratch(QStringLiteral("pack"));
        QSignalSpy done(view(), &ui::JournalView::evidenceExported);
        view()->exportEvidencePack(dir);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QCOMPARE(done.at(0).at(1).toString(), QString());
        // Issue #17, item 5: the console says where the pack went and what it holds.
        auto* told = m_window->findChild<QDialog*>(QStringLiteral("evidenceExportedDialog"));
        QVERIFY(told && told->isVisible());
        QCOMPARE(child<QLineEdit>(told, "evidencePackPath")->text(), QDir::toNativeSeparators(dir));
        const QString entries = child<QLabel>(told, "evidencePackEntries")->text();
        QVERIFY2(entries.contains(QStringLiteral("#1 to #")), qPrintable(entries));
        QVERIFY(
            child<QLabel>(told, "evidencePackCheckpoints")->text().contains(QStringLiteral("checkpoint")));
        QVERIFY(child<QLabel>(told, "evidencePackHowToCheck")->text().contains(dir));
        QGuiApplication::clipboard()->clear();
        child<QPushButton>(told, "evidencePackCopyPath")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QDir::toNativeSeparators(dir));
        told->close();
        const QString pdf = QDir(dir).filePath(QStringLiteral("report.pdf"));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QFile head(pdf);
        QVERIFY(head.open(QIODevice::ReadOnly));
        QCOMPARE(head.read(5), QByteArray("%PDF-"));
        QFile manifest(QDir(dir).filePath(QStringLiteral("manifest.json")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(manifest.readAll())
                    .object()
                    .value(QStringLiteral("files_sha256"))
                    .toObject()
                    .contains(QStringLiteral("report.pdf")));
        const journal::VerificationReport r = audit::EvidencePack::verify(dir);
        QVERIFY2(r.ok(), qPrintable(r.summary()));

        // The PDF is covered by the manifest: changing it fails verification.
        {
            QFile f(pdf);
            QVERIFY(f.open(QIODevice::Append));
            f.write("%tampered\n");
        }
        QVERIFY(!audit::EvidencePack::verify(dir).ok());
    }

    // Issue #15: at each verification the banner checks that the journal still extends the last
    // evidence pack exported, where that folder still is.
    void theBannerSaysTheJournalExtendsTheLastPack() {
        // The pack exported above had its PDF changed afterwards: it no longer verifies, and so it
        // anchors nothing, in red.
        ui::VerificationBanner* banner = verifiedAgain();
        QVERIFY(banner->lastExport().has_value());
        QCOMPARE(int(banner->lastExport()->state), int(audit::LastExport::State::Mismatch));
        QVERIFY2(banner->lastExportText().contains(QStringLiteral("does not verify, so it cannot anchor")) &&
                     banner->lastExportText().contains(QStringLiteral("report.pdf does not match")),
                 qPrintable(banner->lastExportText()));
        QVERIFY(!banner->property("verified").toBool());
        // A fresh export: the journal extends it.
        const QString dir = QDir(m_demo.scratch(QStringLiteral("pack-2"))).absolutePath();
        QSignalSpy done(view(), &ui::JournalView::evidenceExported);
        view()->exportEvidencePack(dir);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QCOMPARE(done.at(0).at(1).toString(), QString());
        if (auto* told = m_window->findChild<QDialog*>(QStringLiteral("evidenceExportedDialog")))
            told->close();
        banner = verifiedAgain();
        const QString text = banner->lastExportText();
        QVERIFY2(banner->lastExport()->state == audit::LastExport::State::Extends, qPrintable(text));
        QVERIFY2(
            text.startsWith(QStringLiteral("This journal extends the evidence pack exported on ")) &&
                text.contains(
                    QStringLiteral(" to %1 (entry #%2)").arg(dir).arg(banner->lastExport()->packHeadSeq)),
            qPrintable(text));
        QVERIFY(banner->property("verified").toBool());
        QVERIFY2(banner->anchorsText().contains(
                     QStringLiteral("the last evidence pack exported (its newest entry")),
                 qPrintable(banner->anchorsText()));
        auto* label = child<QLabel>(banner, "journalVerificationLastPack");
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    void aPackFolderThatIsGoneIsNotChecked() {
        const QString gone = m_demo.scratch(QStringLiteral("moved-away"));
        recordExport(
            QStringLiteral("moved-away"),
            {{QStringLiteral("from"), 1}, {QStringLiteral("to"), 2}, {QStringLiteral("path"), gone}});
        ui::VerificationBanner* banner = verifiedAgain();
        QCOMPARE(int(banner->lastExport()->state), int(audit::LastExport::State::FolderGone));
        QVERIFY2(banner->lastExportText().contains(
                     QStringLiteral("to %1, was not checked: that folder no longer holds it").arg(gone)),
                 qPrintable(banner->lastExportText()));
        QVERIFY(banner->property("verified").toBool()); // not checked is not a failure
        QVERIFY(banner->anchorsText().contains(
            QStringLiteral("the last evidence pack exported (see below why)")));
        // An export entry made before the path was recorded names only the folder.
        recordExport(QStringLiteral("<b>old-pack</b>"),
                     {{QStringLiteral("from"), 1}, {QStringLiteral("to"), 2}});
        banner = verifiedAgain();
        QCOMPARE(int(banner->lastExport()->state), int(audit::LastExport::State::NoPath));
        QVERIFY2(banner->lastExportText().contains(QStringLiteral("folder \"<b>old-pack</b>\"")) &&
                     banner->lastExportText().contains(
                         QStringLiteral("does not record where the folder was written")),
                 qPrintable(banner->lastExportText()));
    }
    void aPackOfAForkedJournalIsShownRed() {
        // The fork (the same workspace before this window opened) exports a pack signed with the
        // real journal key; this journal's entry at that pack's head is another one.
        const QString forkPack = m_demo.scratch(QStringLiteral("fork-pack"));
        const auto exported = test::runCli(test::cliArgs(m_fork, test::kReviewer,
                                                         {QStringLiteral("journal"), QStringLiteral("export"),
                                                          QStringLiteral("--evidence-pack"), forkPack}));
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const audit::EvidencePack::Check fork = audit::EvidencePack::check(forkPack);
        QVERIFY2(fork.report.ok(), qPrintable(fork.report.summary()));
        while (m_window->workspace().journal().head()->seq < fork.headSeq)
            recordExport(QStringLiteral("filler"), {{QStringLiteral("from"), 1}, {QStringLiteral("to"), 1}});
        const QByteArray ours = *m_window->workspace().journal().hashAt(fork.headSeq);
        QVERIFY(!ours.isEmpty() && ours != fork.headHash);
        recordExport(QStringLiteral("fork-pack"), {{QStringLiteral("from"), 1},
                                                   {QStringLiteral("to"), fork.headSeq},
                                                   {QStringLiteral("path"), QDir(forkPack).absolutePath()}});
        ui::VerificationBanner* banner = verifiedAgain();
        QVERIFY(banner->report().ok()); // the chain itself is intact
        QCOMPARE(int(banner->lastExport()->state), int(audit::LastExport::State::Mismatch));
        const QString text = banner->lastExportText();
        QVERIFY2(
            text.startsWith(QStringLiteral("This journal does NOT extend the evidence pack exported on")) &&
                text.contains(QStringLiteral("Entry #%1 was rewritten").arg(fork.headSeq)) &&
                text.contains(QString::fromLatin1(fork.headHash.toHex())) &&
                text.contains(QString::fromLatin1(ours.toHex())),
            qPrintable(text));
        QVERIFY(!banner->property("verified").toBool());
        QVERIFY(banner->styleSheet().contains(QStringLiteral("#b00020")));
    }

    void tamperingTurnsTheBannerRed() {
        auto rw = m_window->workspace().openConnection(false);
        QVERIFY(rw);
        auto db = std::move(*rw);
        QVERIFY(db->exec("UPDATE journal SET target = target || 'x' WHERE seq = 2;"));
        auto* again = child<QPushButton>(m_window.get(), "journalVerifyAgain");
        ui::VerificationBanner* banner = view()->banner();
        QTRY_VERIFY(again->isEnabled());
        again->click();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isRunning() && !banner->report().ok(), 15000);
        QCOMPARE(banner->report().firstBadSeq, 2);
        QVERIFY2(banner->text().contains(QStringLiteral("#2")), qPrintable(banner->text()));
        // The last pack is not compared with a journal that does not verify.
        QCOMPARE(int(banner->lastExport()->state), int(audit::LastExport::State::JournalFailed));
        QVERIFY2(banner->lastExportText().contains(QStringLiteral("the journal itself does not verify")),
                 qPrintable(banner->lastExportText()));
        QVERIFY(!banner->property("verified").toBool());
        QVERIFY(banner->styleSheet().contains(QStringLiteral("#b00020")));

        QVERIFY(db->exec("UPDATE journal SET target = substr(target, 1, length(target) - 1) WHERE seq = 2;"));
        again->click();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isRunning() && banner->report().ok(), 15000);
    }

    void reviewerCannotImportButACustodianCan() {
        auto* import = child<QAction>(m_window.get(), "actionImport");
        QVERIFY(!import->isEnabled());
        QVERIFY2(import->toolTip().contains(QStringLiteral("import-inventory")),
                 qPrintable(import->toolTip()));
        QVERIFY(child<QAction>(m_window.get(), "actionRecordRiskReview")->isEnabled());
        QVERIFY(child<QAction>(m_window.get(), "actionExportEvidence")->isEnabled());

        // Last: the reviewer's window closes first, since a workspace is open once at a time, in
        // this process too (issue #14).
        m_window.reset();
        ui::MainWindow custodianWindow(m_demo.open(0));
        QVERIFY(child<QAction>(&custodianWindow, "actionImport")->isEnabled());
        auto* review = child<QAction>(&custodianWindow, "actionRecordRiskReview");
        QVERIFY(!review->isEnabled());
        QVERIFY2(review->toolTip().contains(QStringLiteral("record-risk-review")),
                 qPrintable(review->toolTip()));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestJournalView)
#include "test_journalview.moc"
