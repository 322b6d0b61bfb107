// The console's Site Setup wizard (issue #18), offscreen, driven as a person would: fields typed,
// pages left with Next, cards added through their dialog. On SoftHSM2 tokens made here with
// softhsm2-util (a key token, a journal token and three cards per site): a whole creation (the
// workspace it gives is open, its site register version 1 with the three cards, and the key
// token's old PIN no longer logs in); a wrong key token PIN (core's sentence on the page, no
// workspace.json, then the right PIN succeeds without anything else typed again); the refusals
// on the pages (production without the FIPS declaration, k > n, one card twice, no holder);
// hostile text in the summary; no PIN anywhere in it; and the pages' fit at 1024 × 700 with a
// buddy for every field.
#include "TestPaths.h"
#include "TokenLogin.h"
#include "TokenStore.h"

#include "common/SecureBytes.h"
#include "hsm/Module.h"
#include "hsm/Pkcs11Uri.h"
#include "hsm/Session.h"
#include "site/SiteSetupCardDialog.h"
#include "site/SiteSetupSummaryPage.h"
#include "site/SiteSetupTokenPicker.h"
#include "site/SiteSetupWizard.h"
#include "workspace/SiteRegister.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace symbolon;
using ui::SiteSetupWizard;

namespace {
const QString kKeyPin = QStringLiteral("hsm-admin-4711");
const QString kSoPin = QStringLiteral("hsm-so-0815");
const QString kJournalPin = QStringLiteral("journal-admin-77");
QString cardPin(int i) {
    return QStringLiteral("card-pin-%1%1%1").arg(i);
}
QString uriOf(const QString& label) {
    return QStringLiteral("pkcs11:token=") + QString::fromLatin1(QUrl::toPercentEncoding(label));
}

// One site's tokens: "<site> KEK", "<site> journal", "<site> card 1".."<site> card 3".
struct SiteTokens {
    QString site;
    QString key() const { return site + QStringLiteral(" KEK"); }
    QString journal() const { return site + QStringLiteral(" journal"); }
    QString card(int i) const { return site + QStringLiteral(" card %1").arg(i); }
};
} // namespace

class TestSiteSetupWizard : public QObject {
    Q_OBJECT

    QTemporaryDir m_config{QStringLiteral("/dev/shm/symbolon-sitesetup-config-XXXXXX")};
    QTemporaryDir m_root{QStringLiteral("/dev/shm/symbolon-sitesetup-XXXXXX")};
    std::unique_ptr<test::TokenStore> m_store;
    std::unique_ptr<SiteSetupWizard> m_wizard;

    template <typename T> T* child(const QString& name, QObject* in = nullptr) {
        // The newest visible one: closed dialogs are deleted later.
        T* found = nullptr;
        for (T* w : (in ? in : m_wizard.get())->findChildren<T*>(name))
            if (!qobject_cast<QWidget*>(w) || qobject_cast<QWidget*>(w)->isVisible() || !found)
                found = w;
        if (!found)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return found;
    }
    template <typename T> T* child(const char* name, QObject* in = nullptr) {
        return child<T>(QString::fromLatin1(name), in);
    }

    // Types into a field as a person would: focus, select all, type (empty: delete).
    static void type(QWidget* field, const QString& text) {
        QLineEdit* edit = qobject_cast<QLineEdit*>(field);
        if (auto* combo = qobject_cast<QComboBox*>(field))
            edit = combo->lineEdit();
        if (auto* spin = qobject_cast<QSpinBox*>(field))
            edit = spin->findChild<QLineEdit*>();
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        // QTest types Latin-1 only: other characters go in as an input method would put them.
        for (const QChar c : text)
            if (c.unicode() < 0x100)
                QTest::keyClick(edit, c.toLatin1());
            else
                edit->insert(QString(c));
    }
    void type(const char* field, const QString& text) { type(child<QWidget>(field), text); }

    void open(const QString& dir) {
        m_wizard = std::make_unique<SiteSetupWizard>(dir);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    }
    void clickNext() { QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton); }
    void clickBack() { QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton); }
    QString refusalOn(int page) {
        auto* label = child<QLabel>(QStringLiteral("siteSetup%1Error").arg(SiteSetupWizard::pageName(page)));
        return label && !label->isHidden() ? label->text() : QString();
    }

    // The site page: development unless told, k.
    void fillSite(const QString& dir, const QString& name, int k, bool production = false) {
        type("siteSetupFolder", dir);
        type("siteSetupName", name);
        auto* profile = child<QComboBox>("siteSetupProfile");
        profile->setFocus();
        // The keyboard: Down to production, Up to development.
        QTest::keyClick(profile, production ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(profile->currentData().toString(),
                 production ? QStringLiteral("production") : QStringLiteral("development"));
        type("siteSetupK", QString::number(k));
        QCOMPARE(child<QSpinBox>("siteSetupK")->value(), k);
    }
    // The tokens page: every token behind SoftHSM2, named by path (this machine's development opt-in).
    // viaTokenList: the key token chosen from List tokens… (listed on a worker thread).
    void fillTokens(const SiteTokens& t, bool viaTokenList = false) {
        type("siteSetupCardModule", test::softhsmModule());
        if (viaTokenList) {
            QTest::mouseClick(child<QPushButton>("siteSetupKeyListTokens"), Qt::LeftButton);
            auto* picker = child<ui::SiteSetupTokenPicker>("siteSetupTokenPicker");
            QVERIFY(picker && picker->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(!picker->isListing(), 20000);
            auto* list = child<QTreeWidget>("siteSetupTokenList", picker);
            const auto found = list->findItems(t.key(), Qt::MatchExactly, 0);
            QVERIFY2(found.size() == 1,
                     qPrintable(child<QLabel>("siteSetupTokenPickerStatus", picker)->text()));
            QVERIFY(list->topLevelItemCount() >= 10); // every token of the store
            list->setCurrentItem(found.first());
            keepDialogScreenshot(picker, QStringLiteral("token-list"));
            QTest::mouseClick(child<QPushButton>("siteSetupUseToken", picker), Qt::LeftButton);
            QVERIFY(!picker->isVisible());
            // The token's full URI: label, serial, manufacturer and model.
            const QString uri = child<QLineEdit>("siteSetupKeyUri")->text();
            QVERIFY2(uri.startsWith(QStringLiteral("pkcs11:")) && uri.contains(uriOf(t.key()).mid(7)) &&
                         uri.contains(QStringLiteral("serial=")),
                     qPrintable(uri));
        } else {
            type("siteSetupKeyUri", uriOf(t.key()));
        }
        type("siteSetupJournalUri", uriOf(t.journal()));
    }
    void fillPins(const QString& keyPin, const QString& soPin, const QString& journalPin) {
        type("siteSetupKeyTokenPin", keyPin);
        if (!soPin.isEmpty()) {
            auto* takeSo = child<QCheckBox>("siteSetupTakeSoPin");
            takeSo->setFocus();
            QTest::keyClick(takeSo, Qt::Key_Space);
            QVERIFY(takeSo->isChecked());
            type("siteSetupKeyTokenSoPin", soPin);
        }
        type("siteSetupJournalTokenPin", journalPin);
    }
    // Adds a card through its dialog; the dialog's refusal, or empty when the card was added.
    QString addCard(const QString& holder, const QString& role, const QString& uri, const QString& pin) {
        QTest::mouseClick(child<QPushButton>("siteSetupAddCard"), Qt::LeftButton);
        auto* dialog = child<ui::SiteSetupCardDialog>("siteSetupCardDialog");
        if (!dialog || !dialog->isVisible())
            return QStringLiteral("no card dialog");
        type(child<QLineEdit>("siteSetupCardHolder", dialog), holder);
        auto* roles = child<QComboBox>("siteSetupCardRole", dialog);
        roles->setCurrentIndex(roles->findData(role));
        type(child<QLineEdit>("siteSetupCardUri", dialog), uri);
        type(child<QLineEdit>("siteSetupCardPin", dialog), pin);
        if (holder == QLatin1String("Chidi Okafor"))
            keepDialogScreenshot(dialog, QStringLiteral("card"));
        QTest::mouseClick(child<QPushButton>("siteSetupCardOk", dialog), Qt::LeftButton);
        if (!dialog->isVisible())
            return QString();
        const QString refusal = child<QLabel>("siteSetupCardError", dialog)->text();
        dialog->reject();
        return refusal.isEmpty() ? QStringLiteral("the dialog stayed open without a refusal") : refusal;
    }

    // Site, tokens, PINs and three custodian cards, up to the summary page.
    void fillUpToSummary(const QString& dir, const SiteTokens& t, const QString& keyPin,
                         bool viaTokenList = false) {
        fillSite(dir, t.site + QStringLiteral(" DCO"), 2);
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SiteSetupWizard::TokensPage));
        fillTokens(t, viaTokenList);
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SiteSetupWizard::PinsPage));
        fillPins(keyPin, QString(), kJournalPin);
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SiteSetupWizard::CardsPage));
        const QString holders[3] = {QStringLiteral("Alice Hughes"), QStringLiteral("Bethan Morgan"),
                                    QStringLiteral("Chidi Okafor")};
        for (int i = 0; i < 3; ++i)
            QCOMPARE(addCard(holders[i], QStringLiteral("custodian"), uriOf(t.card(i + 1)), cardPin(i + 1)),
                     QString());
        QVERIFY2(child<QLabel>("siteSetupQuorum")->text().contains(QStringLiteral("2 of 3")),
                 qPrintable(child<QLabel>("siteSetupQuorum")->text()));
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SiteSetupWizard::SummaryPage));
    }

    // Presses Create site and waits for the one outcome: "created", "refused", or what went wrong
    // (the wizard not busy meanwhile, more than one outcome).
    QString create() {
        QSignalSpy finished(m_wizard.get(), &SiteSetupWizard::creationFinished);
        QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
        if (!m_wizard->isBusy())
            return QStringLiteral("Create site did not start: ") + refusalOn(SiteSetupWizard::SummaryPage);
        // While the tokens change: no way back, no cancel, no close.
        if (m_wizard->button(QWizard::BackButton)->isEnabled() ||
            m_wizard->button(QWizard::CancelButton)->isEnabled() ||
            m_wizard->button(QWizard::FinishButton)->isEnabled())
            return QStringLiteral("Back, Cancel or Create site is enabled while the site is being made");
        m_wizard->close();
        m_wizard->reject();
        if (!m_wizard->isVisible())
            return QStringLiteral("the wizard closed while the site was being made");
        if (!finished.wait(60000))
            return QStringLiteral("the creation did not finish within 60 s");
        QTest::qWait(50); // a second outcome would come now
        if (finished.size() != 1)
            return QStringLiteral("%1 outcomes").arg(finished.size());
        return finished.first().first().toBool() ? QStringLiteral("created") : QStringLiteral("refused");
    }

    // SYMBOLON_SCREENSHOT_DIR (docs/screenshots): the wizard as the custodians see it now, at
    // 1024 × 700 and 1400 × 900, as site-setup-<what>-en-<size>.png.
    void keepScreenshots(const QString& what) {
        const QString dir = qEnvironmentVariable("SYMBOLON_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        const QSize was = m_wizard->size();
        for (const QSize size : {QSize(1024, 700), QSize(1400, 900)}) {
            m_wizard->resize(size);
            QTest::qWait(50);
            QVERIFY(m_wizard->grab().save(QStringLiteral("%1/site-setup-%2-en-%3x%4.png")
                                              .arg(dir, what)
                                              .arg(size.width())
                                              .arg(size.height())));
        }
        m_wizard->resize(was);
    }

    // SYMBOLON_SCREENSHOT_DIR: a dialog as it is, as site-setup-<what>-en.png.
    static void keepDialogScreenshot(QWidget* dialog, const QString& what) {
        if (const QString dir = qEnvironmentVariable("SYMBOLON_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(dialog->grab().save(QStringLiteral("%1/site-setup-%2-en.png").arg(dir, what)));
        }
    }

    static bool logsIn(const QString& label, const QString& pin) {
        return test::tokenLogsIn(test::softhsmModule(), QString(), uriOf(label), pin);
    }

    void makeTokens(const SiteTokens& t) {
        QVERIFY(m_store->initTokenWithTool(t.key(), kKeyPin, kSoPin));
        QVERIFY(m_store->initTokenWithTool(t.journal(), kJournalPin, QStringLiteral("so-journal")));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(m_store->initTokenWithTool(t.card(i), cardPin(i), QStringLiteral("so-card")));
    }

    void checkCreated(const QString& dir, const SiteTokens& t) {
        QVERIFY2(m_wizard->isCreated(), qPrintable(m_wizard->creationError()));
        QVERIFY(m_wizard->isVisible()); // the custodians read the outcome, then open the site
        QVERIFY(child<QListWidget>("siteSetupSteps")->count() >= 5);
        QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled());
        // The PINs are wiped once the site holds what it needs.
        QVERIFY(m_wizard->keyTokenUserPin().empty() && m_wizard->journalTokenPin().empty());
        for (const site::SiteCard& c : m_wizard->cards())
            QVERIFY(c.pin.empty());
        QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton); // Open the site
        QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
        std::unique_ptr<workspace::Workspace> ws = m_wizard->takeWorkspace();
        QVERIFY(ws);
        QCOMPARE(QDir(ws->dir()).absolutePath(), QDir(dir).absolutePath());
        QCOMPARE(ws->config().name, t.site + QStringLiteral(" DCO"));
        QCOMPARE(ws->siteRegister().version, 1);
        QCOMPARE(ws->siteRegister().cards.size(), 3);
        QCOMPARE(ws->config().quorumK, 2);
        QCOMPARE(ws->config().quorumN, 3);
        QCOMPARE(ws->config().keyTokenLabel, t.key());
        ws.reset();
        m_wizard.reset();
        // The HSM administrator's PIN no longer opens the key token: the custodians' cards do.
        QVERIFY(!logsIn(t.key(), kKeyPin));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_config.isValid() && m_root.isValid());
        // This process's Settings in a folder of its own; module paths allowed (development).
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        qputenv("SYMBOLON_DEVELOPMENT_MODULES", "1");
        // Every token before the module is first loaded (SoftHSM2 reads its store then).
        m_store = std::make_unique<test::TokenStore>();
        QVERIFY(m_store->isValid());
        QElapsedTimer t;
        t.start();
        makeTokens({QStringLiteral("North")});
        makeTokens({QStringLiteral("South")});
        qInfo("10 tokens made in %lld ms", t.elapsed());
    }

    void cleanup() { m_wizard.reset(); }

    void createsTheSiteOnItsTokens() {
        const SiteTokens t{QStringLiteral("North")};
        const QString dir = m_root.filePath(QStringLiteral("north"));
        open(dir);
        fillUpToSummary(dir, t, kKeyPin, true);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(create(), QStringLiteral("created"));
        qInfo("created in %lld ms", timer.elapsed());
        keepScreenshots(QStringLiteral("created"));
        checkCreated(dir, t);
    }

    void aWrongKeyTokenPinIsShownThenCorrected() {
        const SiteTokens t{QStringLiteral("South")};
        const QString dir = m_root.filePath(QStringLiteral("south"));
        open(dir);
        fillUpToSummary(dir, t, QStringLiteral("not-the-admin-pin"));
        QCOMPARE(create(), QStringLiteral("refused"));
        const QString error = refusalOn(SiteSetupWizard::SummaryPage);
        QVERIFY2(error.startsWith(QStringLiteral("The key token \"South KEK\"")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("CKR_PIN_INCORRECT")), qPrintable(error));
        QCOMPARE(error, m_wizard->creationError()); // core's sentence, as it is
        keepScreenshots(QStringLiteral("refused"));
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("workspace.json"))));
        QVERIFY(logsIn(t.key(), kKeyPin)); // the token is as it was
        QVERIFY(m_wizard->button(QWizard::BackButton)->isEnabled());
        QVERIFY(m_wizard->button(QWizard::CancelButton)->isEnabled());

        // Back to the PINs, the right one typed; nothing else is typed again.
        clickBack();
        clickBack();
        QCOMPARE(m_wizard->currentId(), int(SiteSetupWizard::PinsPage));
        QVERIFY(child<QLabel>("siteSetupKeyTokenPinHeld")->isVisible()); // "Entered": kept, not shown
        type("siteSetupKeyTokenPin", kKeyPin);
        clickNext();
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SiteSetupWizard::SummaryPage));
        QVERIFY(refusalOn(SiteSetupWizard::SummaryPage).isEmpty());
        QCOMPARE(create(), QStringLiteral("created"));
        QVERIFY(refusalOn(SiteSetupWizard::SummaryPage).isEmpty());
        checkCreated(dir, t);
    }

    void refusalsNameTheField() {
        const QString dir = m_root.filePath(QStringLiteral("refused"));
        open(dir);
        // Production without the FIPS 140-2 Level 3 declaration.
        fillSite(dir, QStringLiteral("West DCO"), 2, true);
        QVERIFY(child<QWidget>("siteSetupFips")->isVisible());
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SiteSetupWizard::SitePage));
        QVERIFY2(refusalOn(SiteSetupWizard::SitePage)
                     .startsWith(QStringLiteral("fips_declaration.manufacturer: ")),
                 qPrintable(refusalOn(SiteSetupWizard::SitePage)));
        QCOMPARE(m_wizard->focusWidget(), child<QWidget>("siteSetupFipsManufacturer"));
        type("siteSetupFipsManufacturer", QStringLiteral("Example HSM Ltd"));
        type("siteSetupFipsModel", QStringLiteral("EX-7000"));
        type("siteSetupFipsSerial", QStringLiteral("EX7-1"));
        clickNext();
        QVERIFY2(
            refusalOn(SiteSetupWizard::SitePage).startsWith(QStringLiteral("fips_declaration.certificate: ")),
            qPrintable(refusalOn(SiteSetupWizard::SitePage)));
        QCOMPARE(m_wizard->focusWidget(), child<QWidget>("siteSetupFipsCertificate"));
        // Production and k = 1: not dual control.
        type("siteSetupFipsCertificate", QStringLiteral("#4242"));
        type("siteSetupK", QStringLiteral("1"));
        clickNext();
        QVERIFY2(refusalOn(SiteSetupWizard::SitePage).startsWith(QStringLiteral("k: ")),
                 qPrintable(refusalOn(SiteSetupWizard::SitePage)));
        type("siteSetupK", QStringLiteral("3"));
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SiteSetupWizard::TokensPage));

        // A token URI that is not one.
        fillTokens({QStringLiteral("North")});
        type("siteSetupJournalUri", QStringLiteral("token=Journal"));
        clickNext();
        QVERIFY2(refusalOn(SiteSetupWizard::TokensPage).startsWith(QStringLiteral("journal token URI: ")),
                 qPrintable(refusalOn(SiteSetupWizard::TokensPage)));
        QCOMPARE(m_wizard->focusWidget(), child<QWidget>("siteSetupJournalUri"));
        type("siteSetupJournalUri", uriOf(QStringLiteral("North journal")));
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SiteSetupWizard::PinsPage));

        // No key token PIN.
        fillPins(QString(), QString(), kJournalPin);
        clickNext();
        QVERIFY2(refusalOn(SiteSetupWizard::PinsPage).startsWith(QStringLiteral("key token PIN: ")),
                 qPrintable(refusalOn(SiteSetupWizard::PinsPage)));
        QCOMPARE(m_wizard->focusWidget(), child<QWidget>("siteSetupKeyTokenPin"));
        type("siteSetupKeyTokenPin", kKeyPin);
        // The SO PIN's take-over ticked, and no SO PIN: refused (it would stay the administrator's).
        auto* takeSo = child<QCheckBox>("siteSetupTakeSoPin");
        takeSo->setFocus();
        QTest::keyClick(takeSo, Qt::Key_Space);
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SiteSetupWizard::PinsPage));
        QVERIFY2(refusalOn(SiteSetupWizard::PinsPage).startsWith(QStringLiteral("key token SO PIN: ")),
                 qPrintable(refusalOn(SiteSetupWizard::PinsPage)));
        QCOMPARE(m_wizard->focusWidget(), child<QWidget>("siteSetupKeyTokenSoPin"));
        takeSo->setFocus();
        QTest::keyClick(takeSo, Qt::Key_Space);
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SiteSetupWizard::CardsPage));

        // An empty holder, the same card twice: refused in the card's dialog, naming the card.
        QCOMPARE(addCard(QString(), QStringLiteral("custodian"), uriOf(QStringLiteral("North card 1")),
                         cardPin(1)),
                 QStringLiteral("card 1: name its holder."));
        QVERIFY(m_wizard->cards().isEmpty());
        QCOMPARE(addCard(QStringLiteral("Alice Hughes"), QStringLiteral("custodian"),
                         uriOf(QStringLiteral("North card 1")), cardPin(1)),
                 QString());
        QCOMPARE(addCard(QStringLiteral("Bethan Morgan"), QStringLiteral("custodian"),
                         uriOf(QStringLiteral("North card 2")), cardPin(2)),
                 QString());
        const QString twice = addCard(QStringLiteral("Chidi Okafor"), QStringLiteral("custodian"),
                                      uriOf(QStringLiteral("North card 1")), cardPin(3));
        QVERIFY2(twice.startsWith(
                     QStringLiteral("card 3: the same card (pkcs11:token=North%20card%201) is listed twice")),
                 qPrintable(twice));
        QCOMPARE(m_wizard->cards().size(), 2);
        // A reviewer is no custodian: k = 3 of n = 2 is refused on the page.
        QCOMPARE(addCard(QStringLiteral("Rhys Evans"), QStringLiteral("reviewer"),
                         uriOf(QStringLiteral("North card 3")), cardPin(3)),
                 QString());
        QVERIFY2(child<QLabel>("siteSetupQuorum")->text().contains(QStringLiteral("3 of 2")),
                 qPrintable(child<QLabel>("siteSetupQuorum")->text()));
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SiteSetupWizard::CardsPage));
        QVERIFY2(refusalOn(SiteSetupWizard::CardsPage)
                     .startsWith(
                         QStringLiteral("k: k = 3 needs at least k custodian cards (n >= k); 2 are listed.")),
                 qPrintable(refusalOn(SiteSetupWizard::CardsPage)));
        // Removing a card and going back to lower k: on to the summary.
        auto* table = child<QTreeWidget>("siteSetupCards");
        table->setCurrentItem(table->topLevelItem(2));
        QTest::mouseClick(child<QPushButton>("siteSetupRemoveCard"), Qt::LeftButton);
        QCOMPARE(m_wizard->cards().size(), 2);
        clickBack();
        clickBack();
        clickBack();
        QCOMPARE(m_wizard->currentId(), int(SiteSetupWizard::SitePage));
        type("siteSetupK", QStringLiteral("2"));
        for (int i = 0; i < 4; ++i)
            clickNext();
        QCOMPARE(m_wizard->currentId(), int(SiteSetupWizard::SummaryPage));
        // Nothing was made by any of it.
        QVERIFY(!QFileInfo::exists(dir));
    }

    void theSummaryShowsDataAsTextAndNoPin() {
        const QString dir = m_root.filePath(QStringLiteral("hostile"));
        const QString hostile = QStringLiteral("<b>x</b>") + QChar(0x202E) + QStringLiteral("evil");
        const QString pins[] = {QStringLiteral("KEYPIN-7d41"), QStringLiteral("SOPIN-99ab"),
                                QStringLiteral("JOURNALPIN-31c2"), QStringLiteral("CARDPIN-5e11"),
                                QStringLiteral("CARDPIN-6f22")};
        open(dir);
        fillSite(dir, QStringLiteral("<h1>Site</h1>"), 2);
        clickNext();
        fillTokens({QStringLiteral("North")});
        clickNext();
        fillPins(pins[0], pins[1], pins[2]);
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SiteSetupWizard::CardsPage));
        QCOMPARE(
            addCard(hostile, QStringLiteral("custodian"), uriOf(QStringLiteral("North card 1")), pins[3]),
            QString());
        QCOMPARE(addCard(QStringLiteral("Bethan Morgan"), QStringLiteral("custodian"),
                         uriOf(QStringLiteral("North card 2")), pins[4]),
                 QString());
        // The table shows the name as it is (an item view draws plain text).
        QCOMPARE(child<QTreeWidget>("siteSetupCards")->topLevelItem(0)->text(0), hostile);
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(SiteSetupWizard::SummaryPage));

        const QString summary = child<QPlainTextEdit>("siteSetupSummary")->toPlainText();
        // The markup as characters; the right-to-left override escaped, so it reorders nothing.
        QVERIFY2(summary.contains(QStringLiteral("<b>x</b>\\u202eevil")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("<h1>Site</h1>")), qPrintable(summary));
        QVERIFY(!summary.contains(QChar(0x202E)));
        QVERIFY(summary.contains(QStringLiteral("SO PIN: entered")));
        // No PIN in the summary, in any label or in any field of any page.
        for (const QString& pin : pins) {
            QVERIFY2(!summary.contains(pin), qPrintable(pin));
            for (QLabel* l : m_wizard->findChildren<QLabel*>())
                QVERIFY2(!l->text().contains(pin), qPrintable(l->objectName()));
            for (QLineEdit* e : m_wizard->findChildren<QLineEdit*>())
                QVERIFY2(!e->text().contains(pin), qPrintable(e->objectName()));
        }
        // The labels that show core's sentences (which name holders and URIs) are plain text on
        // every page; the summary is a plain-text widget, and names each card with its URI.
        int errorLabels = 0;
        for (QLabel* l : m_wizard->findChildren<QLabel*>())
            if (l->objectName().startsWith(QLatin1String("siteSetup")) &&
                l->objectName().endsWith(QLatin1String("Error"))) {
                QCOMPARE(l->textFormat(), Qt::PlainText);
                ++errorLabels;
            }
        QVERIFY(errorLabels >= 5);
        QVERIFY2(summary.contains(uriOf(QStringLiteral("North card 2"))), qPrintable(summary));

        // Closing wipes every PIN held.
        QVERIFY(!m_wizard->keyTokenUserPin().empty());
        m_wizard->reject();
        QVERIFY(m_wizard->keyTokenUserPin().empty() && m_wizard->keyTokenSoPin().empty() &&
                m_wizard->journalTokenPin().empty());
        for (const site::SiteCard& c : m_wizard->cards())
            QVERIFY(c.pin.empty());
    }

    // Each page at 1024 × 700: its layout fits, no label is cut, every field has a label whose
    // mnemonic reaches it, and no mnemonic is used twice on a page (the wizard's buttons included).
    void pagesFitAndEveryFieldHasAMnemonic() {
        const QString dir = m_root.filePath(QStringLiteral("fit"));
        open(dir);
        m_wizard->resize(1024, 700);
        m_wizard->setIntroduction(SiteSetupWizard::noWorkspaceIntroduction(dir));
        site::SiteSpec s;
        s.dir = dir;
        s.name = QStringLiteral("North DCO");
        s.profile = QStringLiteral("production");
        for (const char* k : {"manufacturer", "model", "serial", "certificate"})
            s.fipsDeclaration.insert(QLatin1String(k), QStringLiteral("sample"));
        s.cardModule = QStringLiteral("opensc-pkcs11");
        s.keyToken.tokenUri = uriOf(QStringLiteral("North KEK"));
        s.journalToken.tokenUri = uriOf(QStringLiteral("North journal"));
        s.keyTokenUserPin = SecureBytes::fromString("sample");
        s.journalTokenPin = s.keyTokenUserPin;
        for (int i = 1; i <= 3; ++i)
            s.cards.push_back({QStringLiteral("Holder %1").arg(i), QStringLiteral("custodian"),
                               uriOf(QStringLiteral("North card %1").arg(i)),
                               SecureBytes::fromString("sample")});
        m_wizard->prefill(s);
        static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
        for (int id = SiteSetupWizard::SitePage; id <= SiteSetupWizard::SummaryPage; ++id) {
            QCOMPARE(m_wizard->currentId(), id);
            QWizardPage* page = m_wizard->currentPage();
            QTest::qWait(20);
            QVERIFY2(m_wizard->minimumSizeHint().width() <= 1024 &&
                         m_wizard->minimumSizeHint().height() <= 700,
                     qPrintable(QStringLiteral("%1 × %2")
                                    .arg(m_wizard->minimumSizeHint().width())
                                    .arg(m_wizard->minimumSizeHint().height())));
            QCOMPARE(m_wizard->size(), QSize(1024, 700));
            QStringList keys;
            for (QAbstractButton* b : m_wizard->findChildren<QAbstractButton*>())
                if (b->isVisible() && b->window() == m_wizard.get())
                    if (auto m = mnemonic.match(b->text()); m.hasMatch())
                        keys << m.captured(1).toLower();
            QList<QWidget*> labelled;
            for (QLabel* l : page->findChildren<QLabel*>()) {
                if (!l->isVisible() || l->text().isEmpty())
                    continue;
                QVERIFY2(l->wordWrap() || l->sizeHint().width() <= l->width() + 1,
                         qPrintable(QStringLiteral("%1 \"%2\" is cut").arg(l->objectName(), l->text())));
                if (auto m = mnemonic.match(l->text()); m.hasMatch()) {
                    QVERIFY2(l->buddy(), qPrintable(l->text()));
                    keys << m.captured(1).toLower();
                    labelled << l->buddy();
                }
            }
            QStringList twice;
            for (const QString& k : keys)
                if (keys.count(k) > 1 && !twice.contains(k))
                    twice << k;
            QVERIFY2(twice.isEmpty(), qPrintable(SiteSetupWizard::pageName(id) + QStringLiteral(": &") +
                                                 twice.join(QStringLiteral(", &"))));
            for (QWidget* w : page->findChildren<QWidget*>()) {
                const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                                   qobject_cast<QSpinBox*>(w) || qobject_cast<QTreeWidget*>(w) ||
                                   qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QListWidget*>(w);
                if (!input || !w->isVisible() || qobject_cast<QComboBox*>(w->parentWidget()) ||
                    qobject_cast<QSpinBox*>(w->parentWidget()))
                    continue;
                QVERIFY2(labelled.contains(w), qPrintable(w->objectName() + QStringLiteral(" has no label")));
                QVERIFY2(!w->toolTip().isEmpty() || !w->accessibleName().isEmpty() ||
                             !w->accessibleDescription().isEmpty(),
                         qPrintable(w->objectName()));
            }
            // The tab chain reads top to bottom, left to right: one step back, the wrap.
            QList<QWidget*> chain;
            for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain())
                if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
                    (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() &&
                    !qobject_cast<QComboBox*>(w->parentWidget()) &&
                    !qobject_cast<QSpinBox*>(w->parentWidget()))
                    chain << w;
            int backward = 0;
            for (qsizetype i = 1; i <= chain.size() && chain.size() > 1; ++i) {
                const QRect from(chain[i - 1]->mapTo(page, QPoint(0, 0)), chain[i - 1]->size());
                const QRect to(chain[i % chain.size()]->mapTo(page, QPoint(0, 0)),
                               chain[i % chain.size()]->size());
                const bool sameLine = to.top() <= from.bottom() && to.bottom() >= from.top();
                if ((to.bottom() < from.top() - 4 && to.left() <= from.right() - 4) ||
                    (sameLine && to.right() < from.left() + 4))
                    ++backward;
            }
            QVERIFY2(backward <= 1, qPrintable(SiteSetupWizard::pageName(id)));
            if (id != SiteSetupWizard::SummaryPage) {
                clickNext();
                QVERIFY2(refusalOn(id).isEmpty(), qPrintable(refusalOn(id)));
            }
        }
    }
};

QTEST_MAIN(TestSiteSetupWizard)
#include "test_sitesetupwizard.moc"
