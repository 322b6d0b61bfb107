#include "common/UiLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace symbolon::ui {

namespace {

struct Installed {
    std::unique_ptr<QTranslator> symbolon;
    std::unique_ptr<QTranslator> qtbase;
    QString lang;
};

Installed& state() {
    static Installed s;
    return s;
}

void remove(std::unique_ptr<QTranslator>& t) {
    if (t)
        QCoreApplication::removeTranslator(t.get());
    t.reset();
}

} // namespace

QStringList UiLanguage::available() {
    QStringList out;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("symbolon_*.qm")});
    for (const QString& f : files)
        out << f.mid(9, f.size() - 9 - 3); // symbolon_<lang>.qm
    return out;
}

QString UiLanguage::resolve(const QString& explicitChoice) {
    if (!explicitChoice.isEmpty())
        return explicitChoice;
    const QString saved = QSettings().value(QLatin1String(kSettingsKey)).toString();
    if (!saved.isEmpty())
        return saved;
    return QLocale::system().name();
}

bool UiLanguage::install(const QString& lang) {
    Installed& s = state();
    remove(s.symbolon);
    remove(s.qtbase);
    s.lang.clear();

    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    auto qtbase = std::make_unique<QTranslator>();
    if (qtbase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtbase.get());
        s.qtbase = std::move(qtbase);
    }
    // Installed last, so searched first: our catalogue also carries Qt's standard button texts
    // for languages qtbase lacks (Welsh).
    auto own = std::make_unique<QTranslator>();
    const bool found =
        own->load(locale, QStringLiteral("symbolon"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // Otherwise British English: the source is English, but its plural texts ("%n device(s)")
    // need the en_GB catalogue's forms.
    if (!found && !own->load(QStringLiteral(":/i18n/symbolon_en_GB.qm")))
        return false;
    QCoreApplication::installTranslator(own.get());
    // Dates, day and month names in the same language as the texts.
    QLocale::setDefault(found ? locale : QLocale::system());
    s.lang = own->language();
    s.symbolon = std::move(own);
    return found;
}

QString UiLanguage::installed() {
    return state().lang;
}

} // namespace symbolon::ui
