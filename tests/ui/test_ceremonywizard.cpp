// A full "generate KEKs" ceremony through the console's wizard, offscreen, by objectName: a
// wrong PIN and the same card twice refused inline, two custodians approve, the record shows
// CMAC-5B KCVs, the journal's head is the quorum entry, and the HSM Slots view lists the DCO
// Key with its attributes and no policy finding. A reviewer cannot start a ceremony.
#include "DemoFixture.h"

#include "ceremony/CeremonyResultPage.h"
#include "ceremony/CeremonyWizard.h"
#include "common/SecretLineEdit.h"
#include "common/UiLanguage.h"
#include "hsm/Capabilities.h"
#include "hsm/HsmObjectModel.h"
#include "hsm/HsmSlotsView.h"
#include "hsm/KeyLabels.h"
#include "journal/JournalStore.h"
#include "mainwindow/MainWindow.h"
#include "quorum/QuorumSession.h"
#include "quorum/QuorumSessionWidget.h"
#include "quorum/QuorumView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace symbolon;

class TestCeremonyWizard : public QObject {
    Q_OBJECT
    test::DemoFixture m_demo{50, 5};

    template <typename T> static T* find(QWidget* root, const char* name) {
        T* w = root->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no %s", name);
        return w;
    }
    static void chooseCard(QComboBox* combo, const QString& label) {
        const int i = combo->findText(label, Qt::MatchStartsWith);
        QVERIFY2(i >= 0, qPrintable(label));
        combo->setCurrentIndex(i);
    }

private Q_SLOTS:
    void reviewerCannotStartACeremony() {
        ui::MainWindow window(m_demo.open(3));
        auto* a = window.findChild<QAction*>(QStringLiteral("actionCeremonyGenerateKeks"));
        QVERIFY(a);
        QVERIFY(!a->isEnabled());
        QVERIFY(a->toolTip().contains(QStringLiteral("reviewer")));
        QVERIFY(!a->shortcut().isEmpty());
        QVERIFY(!window.startCeremony(int(ceremony::CeremonyKind::GenerateKeks)));
    }

    // Enter in a PIN or component field acts on the field and never reaches the dialog's default
    // button; without that, Enter clicks it (what built the Transport Key before the second
    // custodian saw their KCV, issue #17).
    void enterInASecretFieldNeverReachesTheDefaultButton() {
        QDialog d;
        auto* layout = new QVBoxLayout(&d);
        auto* edit = new ui::SecretLineEdit(QLineEdit::NoEcho, &d);
        auto* ok = new QPushButton(QStringLiteral("OK"), &d);
        ok->setDefault(true);
        layout->addWidget(edit);
        layout->addWidget(ok);
        QSignalSpy clicked(ok, &QPushButton::clicked);
        QSignalSpy entered(edit, &QLineEdit::returnPressed);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        edit->setFocus();
        edit->setEnterActsHere(true);
        QTest::keyClicks(edit, QStringLiteral("1234"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(entered.count(), 1);
        QCOMPARE(clicked.count(), 0);
        QVERIFY(d.isVisible());
        edit->setEnterActsHere(false);
        QTest::keyClick(edit, Qt::Key_Enter);
        QCOMPARE(clicked.count(), 1);
    }

    void generateKeksThroughTheWizard() {
        ui::MainWindow window(m_demo.open(0));
        window.show();
        auto* action = window.findChild<QAction*>(QStringLiteral("actionCeremonyGenerateKeks"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto* wizard = window.findChild<ui::CeremonyWizard*>(QStringLiteral("ceremonyWizard"));
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        auto* next = find<QPushButton>(wizard, "wizardNextButton");

        // Choose: generate KEKs is preselected.
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::ChoosePage));
        QVERIFY(find<QAbstractButton>(wizard, "ceremonyKindGenerateKeks")->isChecked());
        next->click();
        // Review: exactly what will happen; confirming opens the session.
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::ReviewPage));
        QVERIFY(find<QLabel>(wizard, "reviewText")->text().contains(hsm::dcoKeyLabel()));
        QPushButton* commit = wizard->findChild<QPushButton*>(QStringLiteral("wizardNextButton"));
        auto* commitButton = qobject_cast<QPushButton*>(wizard->button(QWizard::CommitButton));
        QVERIFY(!commitButton->isEnabled() || !commitButton->isVisible() || !commit->isEnabled());
        find<QCheckBox>(wizard, "reviewConfirmCheck")->setChecked(true);
        QTRY_VERIFY(commitButton->isEnabled());
        commitButton->click();
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::QuorumPage));
        QVERIFY(wizard->session());

        auto* combo = find<QComboBox>(wizard, "quorumCardCombo");
        auto* pin = find<QLineEdit>(wizard, "quorumPinEdit");
        auto* approve = find<QPushButton>(wizard, "quorumApproveButton");
        auto* error = find<QLabel>(wizard, "quorumError");
        auto* progress = find<QLabel>(wizard, "quorumProgress");
        QCOMPARE(pin->echoMode(), QLineEdit::NoEcho);
        QCOMPARE(pin->contextMenuPolicy(), Qt::NoContextMenu);
        QTRY_VERIFY(combo->count() >= 4);
        QVERIFY(find<QLabel>(wizard, "quorumCountdown")->text().contains(QStringLiteral("Time left: 9:")) ||
                find<QLabel>(wizard, "quorumCountdown")->text().contains(QStringLiteral("Time left: 10:")));

        // A wrong PIN: the precise error inline, no approval.
        auto* presentCard = find<QLabel>(wizard, "quorumPresentCardHint");
        QVERIFY(!presentCard->isVisible());
        chooseCard(combo, QStringLiteral("ACS card 1"));
        QTest::keyClicks(pin, QStringLiteral("999999"));
        approve->click();
        QVERIFY(presentCard->isVisible()); // while the card is read and signs
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!presentCard->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("PIN")), qPrintable(error->text()));
        QVERIFY(pin->text().isEmpty());
        QCOMPARE(wizard->session()->approvals().size(), 0);

        // The right PIN: one approval.
        QTest::keyClicks(pin, QStringLiteral("111111"));
        approve->click();
        QTRY_COMPARE(wizard->session()->approvals().size(), 1);
        QTRY_VERIFY(approve->isEnabled());
        QVERIFY(progress->text().startsWith(QStringLiteral("1 of 2")));
        QCOMPARE(find<QListWidget>(wizard, "quorumApprovals")->count(), 1);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

        // The same card again is refused inline.
        chooseCard(combo, QStringLiteral("ACS card 1"));
        QTest::keyClicks(pin, QStringLiteral("111111"));
        approve->click();
        QTRY_VERIFY(error->isVisible() && error->text().contains(QStringLiteral("never counts twice")));
        QCOMPARE(wizard->session()->approvals().size(), 1);

        // Closing with a live session asks first (issue #17); Cancel keeps wizard and session.
        bool asked = false;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("closeCeremonyQuestion"))
                return;
            asked = true;
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            box->button(QMessageBox::Cancel)->click();
        });
        answer.start();
        wizard->reject();
        answer.stop();
        QVERIFY(asked);
        QVERIFY(wizard->isVisible());
        QVERIFY(!wizard->session()->isCancelled());

        // A second custodian, approving with Enter in the PIN field: it approves, and neither
        // closes the wizard nor cancels the session (issue #17: Enter did both).
        QTRY_VERIFY(approve->isEnabled());
        chooseCard(combo, QStringLiteral("ACS card 2"));
        QTest::keyClicks(pin, QStringLiteral("222222"));
        QTest::keyClick(pin, Qt::Key_Return);
        QVERIFY(wizard->isVisible());
        QTRY_COMPARE(wizard->session()->approvals().size(), 2);
        QVERIFY(!wizard->session()->isCancelled());
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::QuorumPage));
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->button(QWizard::NextButton)->click();

        // Run → result.
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::CeremonyWizard::ResultPage), 30000);
        const QString record = find<QTextBrowser>(wizard, "resultText")->toPlainText();
        // Both KEKs, each KCV labelled with its method (the paths name the methods too).
        QVERIFY(record.count(QStringLiteral("CMAC-5B ")) >= 2);
        QVERIFY(record.count(QStringLiteral("ECB-3B ")) >= 2);
        QVERIFY(record.contains(QRegularExpression(QStringLiteral("DCO Key\\s+CMAC-5B [0-9A-F]{10}"))));
        QVERIFY(record.contains(QStringLiteral("ACS card 1")) &&
                record.contains(QStringLiteral("ACS card 2")));

        auto head = window.workspace().journal().head();
        QVERIFY(head);
        QCOMPARE(head->action, QStringLiteral("quorum.ceremony.generate-keks"));
        QCOMPARE(head->details().value(QStringLiteral("approvals")).toArray().size(), 2);
        QCOMPARE(head->details().value(QStringLiteral("outcome")).toString(), QStringLiteral("completed"));

        // HSM Slots: the DCO Key with its attributes, no policy finding.
        ui::HsmSlotsView* hsm = window.hsmSlotsView();
        window.showView(ui::MainWindow::View::HsmSlots);
        QTRY_VERIFY_WITH_TIMEOUT(hsm->selectToken(window.workspace().config().keyTokenSerial), 15000);
        QTRY_VERIFY(hsm->objectModel()->rowOfLabel(hsm::dcoKeyLabel()) >= 0);
        const int row = hsm->objectModel()->rowOfLabel(hsm::dcoKeyLabel());
        const auto& dco = hsm->objectModel()->objects()[row];
        QVERIFY(dco.sensitive && !dco.extractable && dco.neverExtractable);
        // No key-hierarchy finding; the only note is the development profile's decrypt fallback.
        for (const QString& f : dco.findings)
            QVERIFY2(f.contains(QStringLiteral("development profile only")), qPrintable(f));
        QVERIFY(dco.kcv.startsWith(QStringLiteral("CMAC-5B ")) ||
                dco.kcv.startsWith(QStringLiteral("ECB-3B ")) || dco.kcv.isEmpty());
        const QString attrs = hsm->objectModel()
                                  ->data(hsm->objectModel()->index(row, ui::HsmObjectModel::Attributes))
                                  .toString();
        QVERIFY2(attrs.contains(QStringLiteral("!extractable")), qPrintable(attrs));
        QVERIFY(!hsm->objectModel()
                     ->data(hsm->objectModel()->index(row, ui::HsmObjectModel::Findings))
                     .toString()
                     .contains(QStringLiteral("extractable")));

        // Quorum view: the session is in the history, with both approvers.
        wizard->button(QWizard::FinishButton)->click();
        ui::QuorumView* quorum = window.quorumView();
        QTRY_VERIFY(quorum->sessionTable()->rowCount() >= 1);
        QTRY_VERIFY(quorum->sessionTable()->item(0, 2) &&
                    quorum->sessionTable()->item(0, 2)->text() == QLatin1String("ceremony.generate-keks"));
        QVERIFY(quorum->sessionTable()->item(0, 4)->text().contains(QStringLiteral("ACS card 2")));
        QCOMPARE(quorum->cardTable()->rowCount(), int(demo::demoCards().size()));
    }

    // Issue #19: the readiness check from the HSM Slots view, on the key token, under the quorum:
    // every row in the record and the table in the journal entry, in English and in Welsh.
    void readinessCheckFromTheHsmView_data() {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en_GB");
        QTest::newRow("cy") << QStringLiteral("cy");
    }
    void readinessCheckFromTheHsmView() {
        QFETCH(QString, lang);
        QVERIFY(ui::UiLanguage::install(lang));
        const bool english = lang == QLatin1String("en_GB");
        ui::MainWindow window(m_demo.open(0));
        window.resize(1400, 900);
        window.show();
        ui::HsmSlotsView* hsm = window.hsmSlotsView();
        window.showView(ui::MainWindow::View::HsmSlots);
        auto* button = find<QPushButton>(hsm, "readinessCheckButton");
        QTRY_VERIFY_WITH_TIMEOUT(hsm->selectToken(window.workspace().config().keyTokenSerial), 15000);
        QTRY_VERIFY(button->isEnabled());
        button->click();
        auto* wizard = window.findChild<ui::CeremonyWizard*>(QStringLiteral("ceremonyWizard"));
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QVERIFY(find<QAbstractButton>(wizard, "ceremonyKindReadiness")->isChecked());
        find<QPushButton>(wizard, "wizardNextButton")->click();
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::ReviewPage));
        QVERIFY(!english ||
                find<QLabel>(wizard, "reviewText")->text().contains(QStringLiteral("published test keys")));
        find<QCheckBox>(wizard, "reviewConfirmCheck")->setChecked(true);
        auto* commitButton = qobject_cast<QPushButton*>(wizard->button(QWizard::CommitButton));
        QTRY_VERIFY(commitButton->isEnabled());
        commitButton->click();
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::QuorumPage));
        auto* combo = find<QComboBox>(wizard, "quorumCardCombo");
        auto* pin = find<QLineEdit>(wizard, "quorumPinEdit");
        auto* approve = find<QPushButton>(wizard, "quorumApproveButton");
        QTRY_VERIFY(combo->count() >= 4);
        for (const auto& [card, code] :
             {std::pair{"ACS card 1", "111111"}, std::pair{"ACS card 2", "222222"}}) {
            QTRY_VERIFY(approve->isEnabled());
            chooseCard(combo, QLatin1String(card));
            QTest::keyClicks(pin, QLatin1String(code));
            approve->click();
        }
        QTRY_COMPARE(wizard->session()->approvals().size(), 2);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->button(QWizard::NextButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::CeremonyWizard::ResultPage), 30000);
        const QString record = find<QTextBrowser>(wizard, "resultText")->toPlainText();
        for (hsm::KeyOperation op : hsm::allKeyOperations())
            QVERIFY2(record.contains(hsm::keyOperationName(op)), qPrintable(record));
        if (english) {
            // The text record (Save record as text…) has one line per row.
            const QString text = wizard->findChild<ui::CeremonyResultPage*>()->recordText();
            QVERIFY2(text.contains(QStringLiteral("Check: ECB packaging — native, CKM_AES_CBC: passed (")),
                     qPrintable(text));
            // The demo's SoftHSM2 under development: ready, its two fallbacks on the test keys declared.
            QVERIFY2(record.contains(QStringLiteral("Ready: every operation")), qPrintable(record));
            QVERIFY2(record.contains(QStringLiteral("(published test keys only)")), qPrintable(record));
        }
        if (const QString shots = qEnvironmentVariable("SYMBOLON_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(wizard->grab().save(
                QDir(shots).filePath(QStringLiteral("readiness-check-result-%1.png").arg(lang.left(2)))));
        auto head = window.workspace().journal().head();
        QVERIFY(head);
        QCOMPARE(head->action, QStringLiteral("quorum.hsm.readiness-check"));
        const QJsonObject result = head->details().value(QStringLiteral("result")).toObject();
        QCOMPARE(result.value(QStringLiteral("readiness")).toArray().size(), 16);
        QCOMPARE(result.value(QStringLiteral("ready")).toBool(), true);
        wizard->close();
        QVERIFY(ui::UiLanguage::install(QStringLiteral("en_GB")));
    }

    // Issue #17, item 4: what the journal already rules out is said on the first page, before
    // the review and before anyone is convened (it used to take two card approvals).
    void aSecondGenerateKeksIsRefusedOnTheFirstPage() {
        ui::MainWindow window(m_demo.open(0));
        window.show();
        window.findChild<QAction*>(QStringLiteral("actionCeremonyGenerateKeks"))->trigger();
        auto* wizard = window.findChild<ui::CeremonyWizard*>(QStringLiteral("ceremonyWizard"));
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        find<QPushButton>(wizard, "wizardNextButton")->click();
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::ChoosePage));
        const QString error = find<QLabel>(wizard, "chooseError")->text();
        QVERIFY2(error.contains(QStringLiteral("they are generated once. No quorum was convened.")),
                 qPrintable(error));
        QVERIFY(!wizard->session());
        // Another ceremony from the same page goes on to its review.
        find<QAbstractButton>(wizard, "ceremonyKindTransportKey")->click();
        find<QPushButton>(wizard, "wizardNextButton")->click();
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::ReviewPage));
        // Item 7: SoftHSM2 has no XOR derivation, so the components meet in host memory; the
        // approvers read that, with the volume, on the page they approve, and it is in what they sign.
        auto* hostMemory = find<QLabel>(wizard, "reviewHostMemory");
        QVERIFY(hostMemory->isVisible());
        QVERIFY2(
            hostMemory->text().contains(QStringLiteral("Transport Key component combination: XOR in locked "
                                                       "host memory")),
            qPrintable(hostMemory->text()));
        QVERIFY2(hostMemory->text().contains(QStringLiteral("its 2 clear components")),
                 qPrintable(hostMemory->text()));
        QVERIFY(find<QLabel>(wizard, "reviewText")->text().contains(QStringLiteral("host_memory")));
        wizard->reject();
    }
};

QTEST_MAIN(TestCeremonyWizard)
#include "test_ceremonywizard.moc"
