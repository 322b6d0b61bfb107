// The Settings dialog and AppSettings, offscreen: every field's validation message and OK's state,
// persistence through QSettings (in a temporary folder, under an organisation name of the test's
// own), Cancel, Restore Defaults, accessible names, buddies and the tab order.
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace symbolon;
using ui::AppSettings;

class TestSettingsDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_config{QStringLiteral("/dev/shm/symbolon-settings-XXXXXX")};
    std::unique_ptr<ui::SettingsDialog> m_dialog;

    template <typename T> T* child(const char* name) {
        T* w = m_dialog->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }
    QLabel* errorOf(const char* field) { return child<QLabel>((QByteArray(field) + "Error").constData()); }
    QPushButton* ok() { return child<QPushButton>("settingsOk"); }

    void openDialog() {
        m_dialog = std::make_unique<ui::SettingsDialog>();
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    // Sets a line edit as a person would (select all, type) and returns its error line.
    QString type(const char* field, const QString& text) {
        auto* e = child<QLineEdit>(field);
        e->selectAll();
        if (text.isEmpty())
            QTest::keyClick(e, Qt::Key_Delete);
        else
            QTest::keyClicks(e, text);
        QLabel* error = errorOf(field);
        return error->isVisible() ? error->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        // QSettings() everywhere in this process goes to a temporary folder, under a name that no
        // real installation uses.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(QStringLiteral("SymbolonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_settingsdialog"));
        QVERIFY(QSettings().fileName().startsWith(m_config.path()));
        QVERIFY(QFileInfo::exists(AppSettings::defaultModulePath()));
    }

    void init() {
        QSettings().clear();
        openDialog();
    }
    void cleanup() { m_dialog.reset(); }

    void defaultsAreValid() {
        AppSettings s;
        QCOMPARE(s.modulePath(), QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"));
        QCOMPARE(s.keyTokenUri(), QString());
        QCOMPARE(s.syslogPort(), 2514);
        QVERIFY(s.syslogRelp());
        QVERIFY(!s.syslogTls());
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.quorumTimeoutMinutes(), 10);
        QCOMPARE(s.quorumTimeoutSecs(), 600);
        QCOMPARE(child<QLineEdit>("settingsModulePath")->text(), AppSettings::defaultModulePath());
        QCOMPARE(child<QSpinBox>("settingsQuorumTimeout")->value(), 10);
        QCOMPARE(child<QComboBox>("settingsLanguage")->currentText(), QStringLiteral("System default"));
        QVERIFY2(m_dialog->isValid(), qPrintable(m_dialog->problems().join(QLatin1Char('\n'))));
        QVERIFY(ok()->isEnabled());
        QVERIFY(!errorOf("settingsModulePath")->isVisible());
    }

    void modulePathErrors() {
        QCOMPARE(type("settingsModulePath", QString()),
                 QStringLiteral("Enter the path of the PKCS#11 module (for SoftHSM2: "
                                "/usr/lib/softhsm/libsofthsm2.so)."));
        QVERIFY(!ok()->isEnabled());
        QCOMPARE(type("settingsModulePath", QStringLiteral("libsofthsm2.so")),
                 QStringLiteral("The PKCS#11 module path must be absolute (start with /)."));
        QVERIFY(!ok()->isEnabled());
        QCOMPARE(type("settingsModulePath", QStringLiteral("/nonexistent/libpkcs11.so")),
                 QStringLiteral("There is no file at /nonexistent/libpkcs11.so: install the module or "
                                "correct the path."));
        QCOMPARE(type("settingsModulePath", QStringLiteral("/usr/lib")),
                 QStringLiteral("/usr/lib is not a readable file: choose the module's .so file."));
        // The problem is on the field for a screen reader, too.
        QCOMPARE(child<QLineEdit>("settingsModulePath")->accessibleDescription(),
                 errorOf("settingsModulePath")->text());
        QVERIFY(!ok()->isEnabled());
        QCOMPARE(type("settingsModulePath", AppSettings::defaultModulePath()), QString());
        QVERIFY(ok()->isEnabled());
    }

    void tokenUriErrors_data() {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("error"); // a fragment; empty: valid
        QTest::newRow("empty: as the workspace says") << QString() << QString();
        QTest::newRow("label") << QStringLiteral("pkcs11:token=Symbolon%20HSM") << QString();
        QTest::newRow("serial and model")
            << QStringLiteral("pkcs11:model=SoftHSM%20v2;serial=8f2c1d") << QString();
        QTest::newRow("no scheme") << QStringLiteral("token=Symbolon")
                                   << QStringLiteral("it must start with \"pkcs11:\" (RFC 7512)");
        QTest::newRow("bad escape") << QStringLiteral("pkcs11:token=Symbolon%ZZ")
                                    << QStringLiteral("is not a valid PKCS#11 URI (RFC 7512)");
        QTest::newRow("object only") << QStringLiteral("pkcs11:object=Shared%20Key")
                                     << QStringLiteral("names no token: add token=LABEL or serial=SERIAL");
        QTest::newRow("nothing") << QStringLiteral("pkcs11:") << QStringLiteral("names no token");
    }
    void tokenUriErrors() {
        QFETCH(QString, uri);
        QFETCH(QString, error);
        for (const char* field : {"settingsKeyTokenUri", "settingsJournalTokenUri"}) {
            const QString shown = type(field, uri);
            if (error.isEmpty()) {
                QVERIFY2(shown.isEmpty(), qPrintable(shown));
                QVERIFY(ok()->isEnabled());
            } else {
                QVERIFY2(shown.contains(error), qPrintable(shown));
                QVERIFY(!ok()->isEnabled());
            }
            (void)type(field, QString());
        }
    }

    void syslogHostErrors_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty: no collector") << QString() << QString();
        QTest::newRow("name") << QStringLiteral("siem.example.net") << QString();
        QTest::newRow("single label") << QStringLiteral("localhost") << QString();
        QTest::newRow("IPv4") << QStringLiteral("127.0.0.1") << QString();
        QTest::newRow("IPv6") << QStringLiteral("::1") << QString();
        QTest::newRow("IPv4 out of range")
            << QStringLiteral("300.1.1.1")
            << QStringLiteral("\"300.1.1.1\" is not an IPv4 address (four numbers 0–255).");
        QTest::newRow("IPv4 short") << QStringLiteral("10.1.1") << QStringLiteral("is not an IPv4 address");
        QTest::newRow("space") << QStringLiteral("siem host") << QStringLiteral("cannot contain spaces");
        QTest::newRow("underscore") << QStringLiteral("siem_1.example")
                                    << QStringLiteral("\"siem_1.example\" is not a host name");
        QTest::newRow("leading hyphen")
            << QStringLiteral("-siem.example") << QStringLiteral("is not a host name");
        QTest::newRow("bad IPv6") << QStringLiteral("fe80:::1") << QStringLiteral("is not an IPv6 address");
    }
    void syslogHostErrors() {
        QFETCH(QString, host);
        QFETCH(QString, error);
        const QString shown = type("settingsSyslogHost", host);
        if (error.isEmpty())
            QVERIFY2(shown.isEmpty(), qPrintable(shown));
        else
            QVERIFY2(shown.contains(error), qPrintable(shown));
        QCOMPARE(ok()->isEnabled(), error.isEmpty());
    }

    // The site's RFC 3161 time-stamping authority (issue #15): an http:// URL with a host, or empty.
    void tsaUrlErrors_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty: no timestamps") << QString() << true;
        QTest::newRow("http") << QStringLiteral("http://tsa.example.net/") << true;
        QTest::newRow("http with port and path") << QStringLiteral("http://127.0.0.1:318/tsa") << true;
        QTest::newRow("https") << QStringLiteral("https://tsa.example.net/") << false;
        QTest::newRow("no scheme") << QStringLiteral("tsa.example.net") << false;
        QTest::newRow("no host") << QStringLiteral("http:///tsa") << false;
        QTest::newRow("space") << QStringLiteral("http://tsa example.net/") << false;
    }
    void tsaUrlErrors() {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const QString shown = type("settingsTsaUrl", url);
        if (accepted)
            QVERIFY2(shown.isEmpty(), qPrintable(shown));
        else
            QVERIFY2(shown.contains(QStringLiteral("http:// URL with a host name")), qPrintable(shown));
        QCOMPARE(ok()->isEnabled(), accepted);
    }

    void tlsNeedsRelp() {
        auto* relp = child<QCheckBox>("settingsSyslogRelp");
        auto* tls = child<QCheckBox>("settingsSyslogTls");
        QVERIFY(relp->isChecked());
        QTest::mouseClick(tls, Qt::LeftButton, {}, QPoint(4, tls->height() / 2));
        QVERIFY(tls->isChecked());
        QVERIFY(ok()->isEnabled());
        QTest::mouseClick(relp, Qt::LeftButton, {}, QPoint(4, relp->height() / 2));
        QVERIFY(!relp->isChecked());
        QVERIFY(errorOf("settingsSyslogTls")->isVisible());
        QCOMPARE(errorOf("settingsSyslogTls")->text(),
                 QStringLiteral("TLS is available only with RELP: turn RELP on or TLS off."));
        QVERIFY(!ok()->isEnabled());
        tls->setChecked(false);
        QVERIFY(ok()->isEnabled());
    }

    void spinBoxesKeepTheirRanges() {
        auto* timeout = child<QSpinBox>("settingsQuorumTimeout");
        QCOMPARE(timeout->minimum(), 1);
        QCOMPARE(timeout->maximum(), 60);
        auto* port = child<QSpinBox>("settingsSyslogPort");
        QCOMPARE(port->minimum(), 1);
        QCOMPARE(port->maximum(), 65535);
        // Typing past the range is refused by the spin box; the checks say why for other callers.
        QCOMPARE(AppSettings::checkQuorumTimeout(0),
                 QStringLiteral("The quorum timeout must be between 1 and 60 minutes."));
        QCOMPARE(AppSettings::checkQuorumTimeout(61), AppSettings::checkQuorumTimeout(0));
        QCOMPARE(AppSettings::checkQuorumTimeout(60), QString());
        QCOMPARE(AppSettings::checkSyslogPort(0),
                 QStringLiteral("The collector port must be between 1 and 65535."));
        QCOMPARE(AppSettings::checkLanguage(QStringLiteral("fr")),
                 QStringLiteral("The language must be the system's, English (UK) or Cymraeg."));
    }

    void returnKeyDoesNotSaveWhileInvalid() {
        QSignalSpy saved(m_dialog.get(), &ui::SettingsDialog::saved);
        (void)type("settingsModulePath", QStringLiteral("relative.so"));
        QTest::keyClick(child<QLineEdit>("settingsModulePath"), Qt::Key_Return);
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(saved.count(), 0);
        QVERIFY(!QSettings().contains(QStringLiteral("hsm/modulePath")));
    }

    void okSavesAndANewDialogShowsIt() {
        QTemporaryDir moduleDir;
        const QString module = moduleDir.filePath(QStringLiteral("libvendor-pkcs11.so"));
        QFile f(module);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        (void)type("settingsModulePath", module);
        (void)type("settingsKeyTokenUri", QStringLiteral("pkcs11:token=Symbolon%20HSM"));
        (void)type("settingsJournalTokenUri", QStringLiteral("pkcs11:serial=0123abcd"));
        (void)type("settingsSyslogHost", QStringLiteral("siem.example.net"));
        child<QSpinBox>("settingsSyslogPort")->setValue(6514);
        child<QCheckBox>("settingsSyslogTls")->setChecked(true);
        (void)type("settingsTsaUrl", QStringLiteral("http://tsa.example.net:318/"));
        auto* language = child<QComboBox>("settingsLanguage");
        language->setCurrentIndex(language->findText(QStringLiteral("Cymraeg")));
        child<QSpinBox>("settingsQuorumTimeout")->setValue(25);
        QVERIFY2(ok()->isEnabled(), qPrintable(m_dialog->problems().join(QLatin1Char('\n'))));
        QSignalSpy saved(m_dialog.get(), &ui::SettingsDialog::saved);
        QTest::mouseClick(ok(), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

        // In the file, under the keys others read (the translator loader reads ui/language).
        QSettings raw;
        QCOMPARE(raw.value(QStringLiteral("ui/language")).toString(), QStringLiteral("cy"));
        QCOMPARE(raw.value(QStringLiteral("quorum/timeoutMinutes")).toInt(), 25);
        QCOMPARE(raw.value(QStringLiteral("hsm/modulePath")).toString(), module);

        AppSettings s;
        QCOMPARE(s.modulePath(), module);
        QCOMPARE(s.keyTokenUri(), QStringLiteral("pkcs11:token=Symbolon%20HSM"));
        QCOMPARE(s.journalTokenUri(), QStringLiteral("pkcs11:serial=0123abcd"));
        QCOMPARE(s.syslogHost(), QStringLiteral("siem.example.net"));
        QCOMPARE(s.syslogPort(), 6514);
        QVERIFY(s.syslogRelp());
        QVERIFY(s.syslogTls());
        QCOMPARE(s.tsaUrl(), QStringLiteral("http://tsa.example.net:318/"));
        QCOMPARE(s.machineSettings().tsaUrl,
                 QStringLiteral("http://tsa.example.net:318/")); // as core reads it
        QCOMPARE(s.language(), QStringLiteral("cy"));
        QCOMPARE(s.quorumTimeoutSecs(), 25 * 60);

        openDialog();
        QCOMPARE(child<QLineEdit>("settingsModulePath")->text(), module);
        QCOMPARE(child<QLineEdit>("settingsSyslogHost")->text(), QStringLiteral("siem.example.net"));
        QCOMPARE(child<QSpinBox>("settingsSyslogPort")->value(), 6514);
        QVERIFY(child<QCheckBox>("settingsSyslogTls")->isChecked());
        QCOMPARE(child<QLineEdit>("settingsTsaUrl")->text(), QStringLiteral("http://tsa.example.net:318/"));
        QCOMPARE(child<QComboBox>("settingsLanguage")->currentData().toString(), QStringLiteral("cy"));
        QCOMPARE(child<QSpinBox>("settingsQuorumTimeout")->value(), 25);

        // Restore Defaults fills in the defaults; Cancel then keeps what was saved.
        QTest::mouseClick(child<QPushButton>("settingsDefaults"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>("settingsModulePath")->text(), AppSettings::defaultModulePath());
        QCOMPARE(child<QSpinBox>("settingsQuorumTimeout")->value(), 10);
        QCOMPARE(child<QComboBox>("settingsLanguage")->currentIndex(), 0);
        QTest::mouseClick(child<QPushButton>("settingsCancel"), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QCOMPARE(AppSettings().quorumTimeoutMinutes(), 25);
        QCOMPARE(AppSettings().language(), QStringLiteral("cy"));
    }

    void storedNonsenseReadsAsTheDefault() {
        QSettings raw;
        raw.setValue(QStringLiteral("quorum/timeoutMinutes"), 600);
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
        raw.setValue(QStringLiteral("syslog/port"), QStringLiteral("http"));
        raw.sync();
        AppSettings s;
        QCOMPARE(s.quorumTimeoutMinutes(), AppSettings::kDefaultQuorumTimeoutMinutes);
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.syslogPort(), AppSettings::kDefaultSyslogPort);
        // An INI file of its own (the second constructor) is independent of the application's.
        AppSettings other(m_config.filePath(QStringLiteral("other.ini")));
        other.setQuorumTimeoutMinutes(3);
        other.sync();
        QCOMPARE(other.quorumTimeoutMinutes(), 3);
        QCOMPARE(AppSettings().quorumTimeoutMinutes(), AppSettings::kDefaultQuorumTimeoutMinutes);
    }

    void accessibleNamesBuddiesAndTabOrder() {
        const char* fields[] = {"settingsModulePath",      "settingsModuleBrowse", "settingsKeyTokenUri",
                                "settingsJournalTokenUri", "settingsSyslogHost",   "settingsSyslogPort",
                                "settingsSyslogRelp",      "settingsSyslogTls",    "settingsTsaUrl",
                                "settingsLanguage",        "settingsQuorumTimeout"};
        for (const char* name : fields) {
            auto* w = child<QWidget>(name);
            QVERIFY2(w, name);
            QVERIFY2(!w->accessibleName().isEmpty(), name);
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, name);
        }
        for (auto* b : m_dialog->findChildren<QAbstractButton*>())
            QVERIFY2(!b->text().isEmpty() || !b->accessibleName().isEmpty(), qPrintable(b->objectName()));
        // Every form label names its field (Alt+letter and screen readers).
        int labelled = 0;
        for (auto* form : m_dialog->findChildren<QFormLayout*>())
            for (int row = 0; row < form->rowCount(); ++row)
                if (auto* item = form->itemAt(row, QFormLayout::LabelRole)) {
                    auto* label = qobject_cast<QLabel*>(item->widget());
                    QVERIFY(label);
                    QVERIFY2(label->buddy(), qPrintable(label->text()));
                    ++labelled;
                }
        QCOMPARE(labelled, 9);

        // Tab walks the fields top to bottom, then into the buttons.
        QCOMPARE(QApplication::focusWidget(), child<QWidget>("settingsModulePath"));
        for (std::size_t i = 1; i < std::size(fields); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* focus = QApplication::focusWidget();
            // A spin box's focus lands on its inner line edit.
            if (focus && !focus->objectName().startsWith(QLatin1String("settings")))
                focus = focus->parentWidget();
            QVERIFY(focus);
            QCOMPARE(focus->objectName(), QString::fromLatin1(fields[i]));
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(qobject_cast<QDialogButtonBox*>(QApplication::focusWidget()->parentWidget()));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "test_settingsdialog.moc"
