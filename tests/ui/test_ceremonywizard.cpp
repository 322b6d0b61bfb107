// A full "generate KEKs" ceremony through the console's wizard, offscreen, by objectName: a
// wrong PIN and the same card twice refused inline, two custodians approve, the record shows
// CMAC-5B KCVs, the journal's head is the quorum entry, and the HSM Slots view lists the DCO
// Key with its attributes and no policy finding. A reviewer cannot start a ceremony. A KEK
// rollover (issue #20) stopped after a chunk and resumed, then the retired version destroyed,
// through the wizard in English and Welsh; a rollover without the PMA's reference is refused on
// the first page.
#include "MigratedDemo.h"

#include "ceremony/CeremonyHistory.h"
#include "ceremony/CeremonyResultPage.h"
#include "ceremony/CeremonyWizard.h"
#include "common/KekText.h"
#include "common/SecretLineEdit.h"
#include "common/UiLanguage.h"
#include "hsm/Capabilities.h"
#include "hsm/HsmObjectModel.h"
#include "hsm/HsmSlotsView.h"
#include "hsm/KekVersionTable.h"
#include "hsm/KeyLabels.h"
#include "journal/JournalStore.h"
#include "keys/KekVersionStore.h"
#include "mainwindow/MainWindow.h"
#include "quorum/QuorumSession.h"
#include "quorum/QuorumSessionWidget.h"
#include "quorum/QuorumView.h"
#include "store/Database.h"
#include "store/Statement.h"

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
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
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
    static void chooseData(QComboBox* combo, const QVariant& data) {
        const int i = combo->findData(data);
        QVERIFY2(i >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(i);
    }
    // From the review page: confirmed, the session opened, ACS cards 1 and 2 approve; the run is
    // the next click.
    static void approveWithTwoCustodians(ui::CeremonyWizard* wizard) {
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::ReviewPage));
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
    }
    static void saveShot(QWidget* w, const QString& name) {
        if (const QString dir = qEnvironmentVariable("SYMBOLON_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(w->grab().save(QDir(dir).filePath(name)));
    }
    // m_demo's keys packaged, as the README's steps do (in-process, ACS cards 1 and 2): the KEKs
    // unless generateKeksThroughTheWizard made them, the demo Transport Key, the migration. One
    // token store per process, so the rollover runs on this fixture, not a fresh one.
    void migrateOnce() {
        auto ws = m_demo.open(0);
        auto done = [&](ceremony::CeremonyKind k) {
            auto e = ceremony::CeremonyHistory::lastCompleted(ws->db(), k);
            return e && e->has_value();
        };
        if (done(ceremony::CeremonyKind::MigrationUnwrap))
            return;
        auto check = [](const Result<ceremony::CeremonyRecord>& r, const char* what) {
            if (!r)
                qFatal("%s: %s", what, qPrintable(r.error().message));
        };
        if (!done(ceremony::CeremonyKind::GenerateKeks)) {
            ceremony::CeremonyPlan keks;
            keks.kind = ceremony::CeremonyKind::GenerateKeks;
            check(test::underQuorum(m_demo, *ws, keks,
                                    [](hsm::Session& s, const ceremony::CeremonyContext& ctx) {
                                        return ceremony::KekGeneration::run(s, ctx);
                                    }),
                  "generate KEKs");
        }
        const QString tk = QStringLiteral("Symbolon Transport Key 1");
        ceremony::CeremonyPlan transport;
        transport.kind = ceremony::CeremonyKind::TransportKey;
        transport.transportKeyLabel = tk;
        QVector<SecureBytes> components;
        for (const QString& c : demo::demoTransportKeyComponents())
            components.push_back(SecureBytes::fromString(c.toStdString()));
        check(test::underQuorum(m_demo, *ws, transport,
                                [&](hsm::Session& s, const ceremony::CeremonyContext& ctx) {
                                    return ceremony::TransportKeyCeremony::run(s, ctx, components, tk);
                                }),
              "transport key");
        ceremony::CeremonyPlan migrate;
        migrate.kind = ceremony::CeremonyKind::MigrationUnwrap;
        migrate.transportKeyLabel = tk;
        check(test::underQuorum(m_demo, *ws, migrate,
                                [&](hsm::Session& s, const ceremony::CeremonyContext& ctx) {
                                    ceremony::MigrationUnwrap::Options o;
                                    o.transportKeyLabel = tk;
                                    return ceremony::MigrationUnwrap::run(*ws, s, ctx, o);
                                }),
              "migration");
    }
    static int rowOf(ui::KekVersionTable* t, const QString& version) {
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, ui::KekVersionTable::VersionColumn)->text() == version)
                return r;
        return -1;
    }
    static keys::KekVersionState versionState(workspace::Workspace& ws, keys::Kek kek, int version) {
        auto v = keys::KekVersionStore::find(ws.db(), kek, version);
        if (!v || !*v)
            qFatal("no KEK version %d", version);
        return (*v)->state;
    }

private Q_SLOTS:
    void cleanup() {
        QVERIFY(ui::UiLanguage::install(QStringLiteral("en_GB")));
    } // after a failed Welsh row too

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

    // Issue #20: a KEK rollover through the wizard (the DCO Key in English, the Shared Key in
    // Welsh), stopped after a chunk ("Stop after this chunk") and resumed under its recorded PMA
    // reference; then the retired version destroyed. SYMBOLON_SCREENSHOT_DIR: the run page mid-run,
    // at 1024 x 700 (first run) and 1400 x 900 (resume).
    void kekRolloverThroughTheWizard_data() {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("kekOption");
        QTest::newRow("en") << QStringLiteral("en_GB") << QStringLiteral("dco");
        QTest::newRow("cy") << QStringLiteral("cy") << QStringLiteral("shared");
    }
    void kekRolloverThroughTheWizard() {
        QFETCH(QString, lang);
        QFETCH(QString, kekOption);
        migrateOnce();
        QVERIFY(ui::UiLanguage::install(lang));
        const bool english = lang == QLatin1String("en_GB");
        const keys::Kek kek = *keys::parseKekOption(kekOption);
        const keys::Kek other = kek == keys::Kek::Dco ? keys::Kek::Shared : keys::Kek::Dco;
        const QString code = keys::kekCode(kek);
        // An MK and four AKs per device under the DCO Key, four GUEKs under the Shared Key.
        const qint64 packages = kek == keys::Kek::Dco ? 50 * 5 : 50 * 4;
        ui::MainWindow window(m_demo.open(0));
        window.show();
        workspace::Workspace& ws = window.workspace();
        QCOMPARE(versionState(ws, kek, 1), keys::KekVersionState::Active);
        auto count = [&](const char* sql) {
            auto st = ws.db().prepare(sql);
            if (!st)
                qFatal("%s", qPrintable(st.error().message));
            st->bind(1, code);
            if (!st->step())
                qFatal("count");
            return st->int64(0);
        };

        // First run, from the Ceremonies menu: stopped after its first reported chunk.
        auto* action = window.findChild<QAction*>(QStringLiteral("actionCeremonyRolloverKek"));
        QVERIFY(action && action->isEnabled() && !action->shortcut().isEmpty());
        action->trigger();
        auto* wizard = window.findChild<ui::CeremonyWizard*>(QStringLiteral("ceremonyWizard"));
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QVERIFY(find<QAbstractButton>(wizard, "ceremonyKindRolloverKek")->isChecked());
        chooseData(find<QComboBox>(wizard, "kekCombo"), kekOption);
        chooseData(find<QComboBox>(wizard, "kekPmaGroundCombo"), QStringLiteral("major-incident"));
        auto* reference = find<QLineEdit>(wizard, "kekPmaReferenceEdit");
        QVERIFY(!reference->isReadOnly());
        reference->setText(QStringLiteral("PMA-2026-020"));
        find<QSpinBox>(wizard, "kekChunkSizeSpin")->setValue(2);
        find<QPushButton>(wizard, "wizardNextButton")->click();
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::ReviewPage));
        const QString review = find<QLabel>(wizard, "reviewText")->text();
        QVERIFY2(review.contains(QStringLiteral("ceremony.kek-rollover")) &&
                     review.contains(QStringLiteral("PMA-2026-020")),
                 qPrintable(review));
        QCOMPARE(wizard->plan().packages, packages);
        QCOMPARE(wizard->plan().kekVersion, 1);
        QVERIFY(!wizard->plan().resume);
        wizard->resize(1024, 700);
        approveWithTwoCustodians(wizard);
        bool stopped = false;
        QString status;
        connect(wizard, &ui::CeremonyWizard::progress, wizard, [&](qint64 done, qint64 total) {
            if (stopped || done <= 0 || done >= total)
                return;
            stopped = true;
            status = find<QLabel>(wizard, "runRate")->text();
            saveShot(wizard, QStringLiteral("kek-rollover-wizard-%1-1024x700.png").arg(lang.left(2)));
            auto* stop = find<QPushButton>(wizard, "runStopButton");
            QVERIFY(stop->isVisible() && stop->isEnabled());
            stop->click();
        });
        wizard->button(QWizard::NextButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::CeremonyWizard::ResultPage), 60000);
        QVERIFY(stopped);
        // "1,200 / 25,000 packages, 4,800/s, ETA 0m04s", in the user's language.
        QVERIFY2(status.contains(
                     QRegularExpression(QStringLiteral("\\d+ / %1 \\S+, [\\d,]+/\\S+ ").arg(packages))),
                 qPrintable(status));
        QVERIFY2(!english || status.contains(QStringLiteral(" packages, ")), qPrintable(status));
        QVERIFY(wizard->outcome() && *wizard->outcome());
        QVERIFY((*wizard->outcome())->cancelled);
        auto running = keys::KekVersionStore::runningRollover(ws.db(), kek);
        QVERIFY(running && *running);
        QVERIFY((*running)->packagesDone > 0 && (*running)->packagesDone < packages);
        QCOMPARE(versionState(ws, kek, 1), keys::KekVersionState::Retiring);
        wizard->button(QWizard::FinishButton)->click();

        // Second run: it resumes under the recorded reference, shown read-only.
        wizard = window.startCeremony(int(ceremony::CeremonyKind::RolloverKek));
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        chooseData(find<QComboBox>(wizard, "kekCombo"), kekOption);
        reference = find<QLineEdit>(wizard, "kekPmaReferenceEdit");
        QVERIFY(reference->isReadOnly());
        QCOMPARE(reference->text(), QStringLiteral("PMA-2026-020"));
        QVERIFY(!find<QComboBox>(wizard, "kekPmaGroundCombo")->isEnabled());
        QVERIFY(find<QLabel>(wizard, "kekNote")->text().contains(QStringLiteral("PMA-2026-020")));
        find<QSpinBox>(wizard, "kekChunkSizeSpin")->setValue(2);
        find<QPushButton>(wizard, "wizardNextButton")->click();
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::ReviewPage));
        QVERIFY(wizard->plan().resume);
        QCOMPARE(wizard->plan().pmaReference, QStringLiteral("PMA-2026-020"));
        wizard->resize(1400, 900);
        approveWithTwoCustodians(wizard);
        bool shot = false;
        connect(wizard, &ui::CeremonyWizard::progress, wizard, [&](qint64 done, qint64 total) {
            if (shot || done <= 0 || done >= total)
                return;
            shot = true;
            saveShot(wizard, QStringLiteral("kek-rollover-wizard-%1-1400x900.png").arg(lang.left(2)));
        });
        wizard->button(QWizard::NextButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::CeremonyWizard::ResultPage), 60000);
        QVERIFY(wizard->outcome() && *wizard->outcome());
        QVERIFY(!(*wizard->outcome())->cancelled);
        QCOMPARE(versionState(ws, kek, 1), keys::KekVersionState::Retired);
        QCOMPARE(versionState(ws, kek, 2), keys::KekVersionState::Active);
        QCOMPARE(count("SELECT count(*) FROM key_records WHERE kek = ?1 AND kek_version = 2;"), packages);
        QCOMPARE(count("SELECT count(*) FROM key_records WHERE kek = ?1 AND kek_version <> 2;"), qint64(0));
        // The other KEK's packages stay under its active version.
        QCOMPARE(count("SELECT count(*) FROM key_records k WHERE k.kek <> ?1 AND k.kek_version <> (SELECT "
                       "v.version FROM kek_versions v WHERE v.kek = k.kek AND v.state = 'active');"),
                 qint64(0));
        QCOMPARE(window.workspace().journal().head()->action, QStringLiteral("quorum.ceremony.kek-rollover"));
        wizard->button(QWizard::FinishButton)->click();
        // The HSM Slots view lists both versions with their states.
        ui::KekVersionTable* versions = window.hsmSlotsView()->kekVersionTable();
        QTRY_VERIFY(
            rowOf(versions, ui::kekVersionText(kek, 2)) >= 0 &&
            versions->item(rowOf(versions, ui::kekVersionText(kek, 1)), ui::KekVersionTable::StateColumn)
                    ->text() == ui::kekVersionStateText(keys::KekVersionState::Retired));
        const int retired = rowOf(versions, ui::kekVersionText(kek, 1));
        const int active = rowOf(versions, ui::kekVersionText(kek, 2));
        QCOMPARE(versions->item(retired, ui::KekVersionTable::PackagesColumn)->text(), QLocale().toString(0));
        QCOMPARE(versions->item(active, ui::KekVersionTable::StateColumn)->text(),
                 ui::kekVersionStateText(keys::KekVersionState::Active));
        QCOMPARE(versions->item(active, ui::KekVersionTable::PackagesColumn)->text(),
                 QLocale().toString(packages));
        QCOMPARE(versions->item(active, ui::KekVersionTable::PmaColumn)->text(),
                 QStringLiteral("PMA-2026-020"));

        // Destroy: only the retired version is offered; the other KEK has none (or none left).
        wizard = window.startCeremony(int(ceremony::CeremonyKind::DestroyKek));
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QVERIFY(find<QAbstractButton>(wizard, "ceremonyKindDestroyKek")->isChecked());
        auto* version = find<QComboBox>(wizard, "kekVersionCombo");
        chooseData(find<QComboBox>(wizard, "kekCombo"), keys::kekOption(other));
        QVERIFY(!version->isEnabled());
        find<QPushButton>(wizard, "wizardNextButton")->click();
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::ChoosePage));
        QVERIFY(!find<QLabel>(wizard, "chooseError")->text().isEmpty());
        QVERIFY(!wizard->session());
        chooseData(find<QComboBox>(wizard, "kekCombo"), kekOption);
        QCOMPARE(version->count(), 1);
        QVERIFY(version->isEnabled());
        QCOMPARE(version->currentData().toInt(), 1);
        find<QPushButton>(wizard, "wizardNextButton")->click();
        QVERIFY(find<QLabel>(wizard, "reviewText")->text().contains(QStringLiteral("C_DestroyObject")));
        approveWithTwoCustodians(wizard);
        wizard->button(QWizard::NextButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ui::CeremonyWizard::ResultPage), 30000);
        QVERIFY2(wizard->outcome() && *wizard->outcome(),
                 qPrintable(find<QTextBrowser>(wizard, "resultText")->toPlainText()));
        QCOMPARE(versionState(ws, kek, 1), keys::KekVersionState::Destroyed);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(ui::UiLanguage::install(QStringLiteral("en_GB")));
    }

    // Issue #20: core's token-free refusal on the first page, before anyone is convened.
    void kekRolloverWithoutAReferenceIsRefusedOnTheFirstPage() {
        ui::MainWindow window(m_demo.open(0));
        window.show();
        ui::CeremonyWizard* wizard = window.startCeremony(int(ceremony::CeremonyKind::RolloverKek));
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        chooseData(find<QComboBox>(wizard, "kekCombo"), QStringLiteral("shared"));
        chooseData(find<QComboBox>(wizard, "kekPmaGroundCombo"), QStringLiteral("control-shortfall"));
        find<QLineEdit>(wizard, "kekPmaReferenceEdit")->clear();
        find<QPushButton>(wizard, "wizardNextButton")->click();
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::ChoosePage));
        auto* error = find<QLabel>(wizard, "chooseError");
        QCOMPARE(error->textFormat(), Qt::PlainText);
        QVERIFY2(error->text().contains(QStringLiteral("A KEK rollover needs the SMKI PMA's instruction")) &&
                     error->text().contains(QStringLiteral("No quorum was convened.")),
                 qPrintable(error->text()));
        QVERIFY(!wizard->session());
        // A reference without a ground is refused too.
        find<QComboBox>(wizard, "kekPmaGroundCombo")->setCurrentIndex(0);
        find<QLineEdit>(wizard, "kekPmaReferenceEdit")->setText(QStringLiteral("PMA-1"));
        find<QPushButton>(wizard, "wizardNextButton")->click();
        QCOMPARE(wizard->currentId(), int(ui::CeremonyWizard::ChoosePage));
        QVERIFY2(error->text().contains(QStringLiteral("choose its ground")), qPrintable(error->text()));
        QVERIFY(!wizard->session());
        wizard->reject();
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
