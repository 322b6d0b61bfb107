// The Quorum view's custodian turnover actions (issue #18), driven through the real widgets on a
// demo workspace: retire, enrol, replace a card, change a role and k, each a register change
// that k custodians approve with their cards. What is checked is what a custodian relies on: a
// retired card no longer opens the workspace, and the database key changes with it although the
// console keeps reader connections open; every refusal names the field; the data shown is text.
#include "DemoFixture.h"

#include "common/UiLanguage.h"
#include "demo/DemoWorkspace.h"
#include "hsm/Module.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/SiemStatusIndicator.h"
#include "quorum/QuorumView.h"
#include "settings/AppSettings.h"
#include "site/RegisterChangeDialog.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

using namespace symbolon;

namespace {
enum Card { Alice = 0, Bethan = 1, Chidi = 2, Rhys = 3 }; // demo::demoCards() order

QString pinText(int card) {
    return demo::demoCards()[card].pin;
}
} // namespace

class TestRegisterChange : public QObject {
    Q_OBJECT
    QTemporaryDir m_config;
    test::DemoFixture m_demo{30, 11};
    QHash<int, QString> m_serial; // by Card
    std::unique_ptr<ui::MainWindow> m_window;

    workspace::Workspace& ws() { return m_window->workspace(); }

    void openWindow(int card) {
        m_window.reset();
        m_window = std::make_unique<ui::MainWindow>(m_demo.open(card));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showView(ui::MainWindow::View::Quorum);
        QSignalSpy loaded(m_window->quorumView(), &ui::QuorumView::loaded);
        m_window->quorumView()->refresh();
        QVERIFY(loaded.wait(20000));
    }

    void closeWindow() {
        m_window.reset();
        QThreadPool::globalInstance()->waitForDone();
    }

    QAction* action(const char* name) {
        for (QAction* a : m_window->quorumView()->turnoverActions())
            if (a->objectName() == QLatin1String(name))
                return a;
        qFatal("no action %s", name);
    }

    void selectCard(const QString& serial) {
        QTableWidget* t = m_window->quorumView()->cardTable();
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 3)->text() == serial) {
                t->selectRow(r);
                return;
            }
        QFAIL("the card is not in the Quorum view's register");
    }

    QString cardState(const QString& serial) {
        QTableWidget* t = m_window->quorumView()->cardTable();
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 3)->text() == serial)
                return t->item(r, 4)->text();
        return {};
    }

    // The dialog the action opened, once its card listing is in.
    ui::RegisterChangeDialog* dialogFor(const char* actionName) {
        action(actionName)->trigger();
        auto* d = m_window->findChild<ui::RegisterChangeDialog*>();
        if (!d)
            return nullptr;
        if (d->isBusy()) {
            QSignalSpy listed(d, &ui::RegisterChangeDialog::tokensListed);
            if (!listed.wait(20000))
                return nullptr;
        }
        return d;
    }

    template <typename T> T* field(QObject* parent, const char* name) {
        T* w = parent->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }

    // Each card or token call runs off the GUI thread: done when the dialog is no longer busy.
    static bool settle(ui::RegisterChangeDialog* d) {
        return QTest::qWaitFor([d] { return !d->isBusy(); }, 30000);
    }

    bool propose(ui::RegisterChangeDialog* d) {
        field<QPushButton>(d, "registerChangePropose")->click();
        return settle(d) && d->isProposed();
    }

    // Chooses the card and types its PIN with the keyboard; true when the approval counted.
    bool approveWith(ui::RegisterChangeDialog* d, int card, const QString& pin) {
        auto* combo = field<QComboBox>(d, "registerChangeApprover");
        combo->setCurrentIndex(combo->findData(m_serial.value(card)));
        auto* edit = field<QLineEdit>(d, "registerChangeApproverPin");
        edit->setFocus();
        QTest::keyClicks(edit, pin);
        QSignalSpy approved(d, &ui::RegisterChangeDialog::approvalsChanged);
        QTest::keyClick(edit, Qt::Key_Return);
        return settle(d) && approved.size() == 1;
    }

    bool commit(ui::RegisterChangeDialog* d) {
        QSignalSpy ended(d, &ui::RegisterChangeDialog::commitEnded);
        auto* button = field<QPushButton>(d, "registerChangeCommit");
        if (!button->isEnabled())
            return false;
        button->click();
        if (!ended.wait(60000))
            return false;
        return ended.first().first().toBool();
    }

    static void setSiemCollector(const QString& host) {
        ui::AppSettings s;
        s.setSyslogHost(host);
        s.setSyslogPort(9); // discard: nothing listens, the forwarder keeps retrying
        s.setSyslogRelp(true);
        s.setSyslogTls(false);
    }

    QByteArray databaseSalt() const {
        QFile f(workspace::Workspace::databasePath(m_demo.dir()));
        return f.open(QIODevice::ReadOnly) ? f.read(16) : QByteArray();
    }

    QString newToken(const QString& label, const char* pin) {
        auto t = ws().module()->initToken(label, SecureBytes::fromString("so-pin-7777"),
                                          SecureBytes::fromString(pin));
        if (!t)
            qFatal("initToken: %s", qPrintable(t.error().message));
        return t->serial;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_config.isValid()); // the console's QSettings (SIEM collector) go here
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        auto cards = workspace::Workspace::cards(m_demo.dir(), {});
        QVERIFY(cards);
        for (int i = Alice; i <= Rhys; ++i)
            for (const auto& c : *cards)
                if (c.keyslot.tokenLabel == demo::demoCards()[i].label)
                    m_serial.insert(i, c.keyslot.tokenSerial);
        QCOMPARE(m_serial.size(), 4);
    }

    void aReviewerIsNotOfferedTheTurnoverActions() {
        openWindow(Rhys);
        for (QAction* a : m_window->quorumView()->turnoverActions()) {
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
            QVERIFY2(a->toolTip().contains(QLatin1String("Only custodians")), qPrintable(a->toolTip()));
        }
        QVERIFY(!m_window->startRegisterChange(ui::RegisterChangeKind::EnrolCard));
        closeWindow();
    }

    void retiringACardChangesTheDatabaseKeyWhileTheConsoleIsOpen() {
        // A SIEM collector is set (and unreachable): the forwarder holds its own connection while
        // it retries, and must let go of it for the key change too.
        setSiemCollector(QStringLiteral("127.0.0.1"));
        openWindow(Alice);
        QVERIFY(m_window->siemStatus()->isForwarding());
        // Each card's state, where its share lives and, when present, its token's RFC 7512 URI.
        QTableWidget* cards = m_window->quorumView()->cardTable();
        QCOMPARE(cards->columnCount(), 9);
        QVERIFY2(cards->item(0, 8)->text().startsWith(QLatin1String("pkcs11:")) &&
                     cards->item(0, 8)->text().contains(QLatin1String("serial=")),
                 qPrintable(cards->item(0, 8)->text()));
        QVERIFY(m_window->quorumView()
                    ->findChild<QLabel*>(QStringLiteral("quorumSummary"))
                    ->text()
                    .contains(QLatin1String("Cards' module")));
        QVERIFY(!action("actionRetireCard")->isEnabled()); // no card selected yet
        selectCard(m_serial.value(Alice)); // the card this console runs on: another console changes it
        QVERIFY(!action("actionRetireCard")->isEnabled());
        QVERIFY2(action("actionRetireCard")->toolTip().contains(QLatin1String("your card")),
                 qPrintable(action("actionRetireCard")->toolTip()));
        selectCard(m_serial.value(Chidi));
        QVERIFY(action("actionRetireCard")->isEnabled());
        ui::RegisterChangeDialog* d = dialogFor("actionRetireCard");
        QVERIFY(d);
        QVERIFY(d->isModal());
        QCOMPARE(field<QComboBox>(d, "registerChangeCard")->currentData().toString(), m_serial.value(Chidi));

        // No reason: refused, naming the field; nothing is proposed.
        QVERIFY(!propose(d));
        QVERIFY2(d->lastError().contains(QLatin1String("Reason")), qPrintable(d->lastError()));
        QTest::keyClicks(field<QLineEdit>(d, "registerChangeReason"), QStringLiteral("HR ticket 4411"));
        QVERIFY2(propose(d), qPrintable(d->lastError()));
        const QString summary = field<QLabel>(d, "registerChangeSummary")->text();
        QVERIFY2(summary.contains(QLatin1String("retired")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("re-dealt")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("database key")), qPrintable(summary));
        QVERIFY(!field<QPushButton>(d, "registerChangeCommit")->isEnabled());

        // A wrong PIN counts nothing and says so; one person approves once.
        QVERIFY(!approveWith(d, Alice, QStringLiteral("000000")));
        QVERIFY2(!d->lastError().isEmpty(), "a wrong PIN was not reported");
        QVERIFY(approveWith(d, Alice, pinText(Alice)));
        QVERIFY(!approveWith(d, Alice, pinText(Alice)));
        QVERIFY2(d->lastError().contains(QLatin1String("already approved")), qPrintable(d->lastError()));
        QVERIFY(approveWith(d, Bethan, pinText(Bethan)));
        const QByteArray saltBefore = databaseSalt();
        QVERIFY(commit(d));
        // A new database under a new key: SQLCipher's per-file salt (its first 16 bytes) is new.
        QVERIFY(databaseSalt() != saltBefore);
        // The console's readers were open; the key changed all the same (before this change it was
        // left to the next open: a leaver's copy of the key kept opening the database meanwhile).
        QVERIFY2(d->outcome().contains(QLatin1String("database key was changed")), qPrintable(d->outcome()));
        auto owed = ws().databaseKeyChangeOwed();
        QVERIFY(owed);
        QVERIFY(!*owed);
        QCOMPARE(ws().siteRegister().version, 2);
        QCOMPARE(ws().siteRegister().cardBySerial(m_serial.value(Chidi))->state, QStringLiteral("retired"));
        d->close();
        QTRY_VERIFY(!m_window->findChild<ui::RegisterChangeDialog*>());
        QTRY_COMPARE_WITH_TIMEOUT(cardState(m_serial.value(Chidi)), QStringLiteral("retired"), 20000);
        QVERIFY(m_window->siemStatus()->isForwarding()); // restarted after the commit
        setSiemCollector(QString());
        closeWindow();

        // The retired card opens nothing.
        auto chidi = workspace::Workspace::open(m_demo.dir(), m_serial.value(Chidi),
                                                SecureBytes::fromString(pinText(Chidi).toStdString()), {});
        QVERIFY(!chidi);
    }

    // With Chidi retired, Alice and Bethan are the custodians and k = n = 2: a replacement of
    // Bethan's card must still be possible (her new card restores her).
    void aKeyChangeHeldUpByAnotherConnectionIsMadeWhenTheConsoleCloses() {
        openWindow(Alice);
        QCOMPARE(ws().siteRegister().settings.quorumK, 2);
        QCOMPARE(ws().siteRegister().settings.quorumN, 2);
        const QString newCard = newToken(QStringLiteral("ACS card 6"), "666666");
        m_serial.insert(11, newCard); // Bethan's new card
        selectCard(m_serial.value(Bethan));
        ui::RegisterChangeDialog* d = dialogFor("actionReplaceCard");
        QVERIFY(d);
        QCOMPARE(field<QComboBox>(d, "registerChangeNewCard")->currentData().toString(), newCard);
        QTest::keyClicks(field<QLineEdit>(d, "registerChangeReason"), QStringLiteral("card cracked"));
        QTest::keyClicks(field<QLineEdit>(d, "registerChangeNewPin"), QStringLiteral("666666"));
        QVERIFY2(propose(d), qPrintable(d->lastError()));
        QVERIFY(approveWith(d, Alice, pinText(Alice)));
        QVERIFY(approveWith(d, Bethan, pinText(Bethan)));
        auto other = ws().openConnection(true); // e.g. a search still running
        QVERIFY(other);
        QVERIFY(commit(d));
        QVERIFY2(d->outcome().contains(QLatin1String("when you close the console")),
                 qPrintable(d->outcome()));
        const workspace::RegisteredCard* replaced = ws().siteRegister().cardBySerial(m_serial.value(Bethan));
        QCOMPARE(replaced->state, QStringLiteral("replaced"));
        const workspace::RegisteredCard* card = ws().siteRegister().cardBySerial(newCard);
        QVERIFY(card);
        QCOMPARE(card->holder, replaced->holder);
        QCOMPARE(card->role, replaced->role);
        other->reset();
        d->close();
        closeWindow(); // the console closes: the key change is made

        m_window = std::make_unique<ui::MainWindow>(m_demo.open(Alice));
        auto owed = ws().databaseKeyChangeOwed();
        QVERIFY(owed);
        QVERIFY2(!*owed, "the database key change was left to the next open");
        closeWindow();
        auto bethanOld = workspace::Workspace::open(
            m_demo.dir(), m_serial.value(Bethan), SecureBytes::fromString(pinText(Bethan).toStdString()), {});
        QVERIFY(!bethanOld);
    }

    void enrollingACardNamesEachMissingFieldAndShowsTheHolderAsText() {
        openWindow(Alice);
        const QString dewi = newToken(QStringLiteral("ACS card 5"), "555555");
        ui::RegisterChangeDialog* d = dialogFor("actionEnrolCard");
        QVERIFY(d);
        auto* newCard = field<QComboBox>(d, "registerChangeNewCard");
        QCOMPARE(newCard->count(), 1); // not the key token, the journal token or an enrolled card
        QCOMPARE(newCard->currentData().toString(), dewi);
        QTest::keyClicks(field<QLineEdit>(d, "registerChangeReason"), QStringLiteral("Dewi joins"));
        QVERIFY(!propose(d));
        QVERIFY2(d->lastError().contains(QLatin1String("Holder")), qPrintable(d->lastError()));
        const QString hostile = QStringLiteral("Dewi <b>Price</b> \u202e");
        field<QLineEdit>(d, "registerChangeHolder")->setText(hostile); // (keyClicks types ASCII only)
        QVERIFY(!propose(d));
        QVERIFY2(d->lastError().contains(QLatin1String("PIN")), qPrintable(d->lastError()));
        QTest::keyClicks(field<QLineEdit>(d, "registerChangeNewPin"), QStringLiteral("000000"));
        QVERIFY(!propose(d)); // the card refuses the PIN: core's sentence, nothing enrolled
        QVERIFY2(!d->lastError().isEmpty(), "a wrong PIN of the new card was not reported");
        QTest::keyClicks(field<QLineEdit>(d, "registerChangeNewPin"), QStringLiteral("555555"));
        QVERIFY2(propose(d), qPrintable(d->lastError()));
        auto* summary = field<QLabel>(d, "registerChangeSummary");
        QCOMPARE(summary->textFormat(), Qt::PlainText);
        QVERIFY2(summary->text().contains(hostile.trimmed()), qPrintable(summary->text()));
        QVERIFY(!summary->text().contains(QLatin1String("555555")));
        QVERIFY(approveWith(d, 11, QStringLiteral("666666"))); // Bethan, with her new card
        QVERIFY(approveWith(d, Alice, pinText(Alice)));
        QVERIFY(commit(d));
        const workspace::RegisteredCard* card = ws().siteRegister().cardBySerial(dewi);
        QVERIFY(card);
        QCOMPARE(card->role, QStringLiteral("custodian"));
        QCOMPARE(ws().siteRegister().settings.quorumN, 3); // Alice, Bethan, Dewi
        d->close();
        closeWindow();
    }

    void roleAndQuorumChanges() {
        openWindow(Alice);
        // k unchanged: refused on the page, naming the field.
        ui::RegisterChangeDialog* d = dialogFor("actionChangeQuorum");
        QVERIFY(d);
        QTest::keyClicks(field<QLineEdit>(d, "registerChangeReason"), QStringLiteral("policy review"));
        QVERIFY(!propose(d));
        QVERIFY2(d->lastError().contains(QLatin1String("\"k\"")), qPrintable(d->lastError()));
        field<QSpinBox>(d, "registerChangeK")->setValue(3);
        QVERIFY2(propose(d), qPrintable(d->lastError()));
        QVERIFY(approveWith(d, Alice, pinText(Alice)));
        QVERIFY(!field<QPushButton>(d, "registerChangeCommit")->isEnabled()); // 1 of 2 (today's k)
        d->reject();
        QTRY_VERIFY(!m_window->findChild<ui::RegisterChangeDialog*>());
        QCOMPARE(ws().siteRegister().settings.quorumK, 2); // abandoned: nothing changed

        // Rhys moves from reviewer to responder: no PIN shares move, so no re-share.
        selectCard(m_serial.value(Rhys));
        d = dialogFor("actionChangeRole");
        QVERIFY(d);
        auto* role = field<QComboBox>(d, "registerChangeRole");
        role->setCurrentIndex(role->findData(QStringLiteral("responder")));
        QTest::keyClicks(field<QLineEdit>(d, "registerChangeReason"), QStringLiteral("moves to incidents"));
        QVERIFY2(propose(d), qPrintable(d->lastError()));
        QVERIFY(!field<QLabel>(d, "registerChangeSummary")->text().contains(QLatin1String("re-dealt")));
        QVERIFY(approveWith(d, Alice, pinText(Alice)));
        auto* combo = field<QComboBox>(d, "registerChangeApprover");
        QVERIFY2(combo->findData(m_serial.value(Chidi)) < 0, "a retired card is offered as an approver");
        QVERIFY2(combo->findData(m_serial.value(Rhys)) < 0, "a reviewer's card is offered as an approver");
        QVERIFY(!field<QPushButton>(d, "registerChangeCommit")->isEnabled());
        const QString dewiSerial = [&] {
            for (const auto& c : ws().siteRegister().cards)
                if (c.holder.startsWith(QLatin1String("Dewi")))
                    return c.cardSerial;
            return QString();
        }();
        m_serial.insert(10, dewiSerial);
        QVERIFY(approveWith(d, 10, QStringLiteral("555555")));
        QVERIFY(commit(d));
        QCOMPARE(ws().siteRegister().cardBySerial(m_serial.value(Rhys))->role, QStringLiteral("responder"));
        d->close();
        closeWindow();
    }

    // The Quorum view with its turnover actions, and a proposed change awaiting approvals, fit
    // the smallest screen in both languages. SYMBOLON_SCREENSHOT_DIR (docs/screenshots): both,
    // at 1024x700 and 1400x900.
    void theTurnoverActionsFitTheScreen_data() {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en_GB");
        QTest::newRow("cy") << QStringLiteral("cy");
    }
    void theTurnoverActionsFitTheScreen() {
        QFETCH(QString, lang);
        QVERIFY(ui::UiLanguage::install(lang));
        const QString shots = qEnvironmentVariable("SYMBOLON_SCREENSHOT_DIR");
        for (const QSize size : {QSize(1024, 700), QSize(1400, 900)}) {
            openWindow(Alice);
            m_window->resize(size);
            QTest::qWait(50);
            selectCard(m_serial.value(10)); // Dewi's card (enrolled above)
            for (auto* b : m_window->quorumView()->findChildren<QToolButton*>()) {
                const QRect r(b->mapTo(m_window.get(), QPoint(0, 0)), b->size());
                QVERIFY2(m_window->rect().contains(r), qPrintable(b->text()));
                QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text()));
            }
            if (!shots.isEmpty())
                QVERIFY(
                    m_window->grab().save(QDir(shots).filePath(QStringLiteral("quorum-turnover-%1-%2x%3.png")
                                                                   .arg(lang.left(2))
                                                                   .arg(size.width())
                                                                   .arg(size.height()))));
            ui::RegisterChangeDialog* d = dialogFor("actionRetireCard");
            QVERIFY(d);
            QTest::keyClicks(field<QLineEdit>(d, "registerChangeReason"), QStringLiteral("screenshot"));
            QVERIFY2(propose(d), qPrintable(d->lastError()));
            QVERIFY(approveWith(d, Alice, pinText(Alice)));
            QTest::qWait(50);
            QVERIFY2(d->width() <= 1024 && d->height() <= 700,
                     qPrintable(QStringLiteral("%1x%2").arg(d->width()).arg(d->height())));
            QVERIFY(d->minimumSizeHint().height() <= 700);
            if (!shots.isEmpty())
                QVERIFY(d->grab().save(
                    QDir(shots).filePath(QStringLiteral("register-change-approvals-%1-%2x%3.png")
                                             .arg(lang.left(2))
                                             .arg(size.width())
                                             .arg(size.height()))));
            d->reject(); // abandoned: nothing changes
            closeWindow();
        }
        QVERIFY(ui::UiLanguage::install(QStringLiteral("en_GB")));
    }
};

QTEST_MAIN(TestRegisterChange)
#include "test_registerchange.moc"
