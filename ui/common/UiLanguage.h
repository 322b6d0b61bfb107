#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace symbolon::ui {

// Chooses and installs the console's language: the Symbolon catalogue embedded under :/i18n/
// (translations/symbolon_<lang>.ts) and Qt's own qtbase catalogue when the system has one for
// that language (Debian: qt6-translations-l10n; it has no Welsh, so Qt's standard texts come
// from our catalogue, see QtStandardTexts.cpp).
//
// The language is, first found: the --lang option, the QSettings key ui/language (written by the
// Settings dialog; "" follows the system), the system locale. English is the source language and
// needs no catalogue.
class UiLanguage {
public:
    static constexpr const char* kSettingsKey = "ui/language";

    // The languages with a catalogue, as BCP 47-ish names: "en_GB", "cy".
    static QStringList available();

    // The language to use for an explicit choice (may be empty) — see above.
    static QString resolve(const QString& explicitChoice);

    // Installs the translators for lang ("" = system locale) on the application, replacing the
    // ones a previous call installed. Returns false when there is no Symbolon catalogue for it
    // (English source texts are shown then).
    static bool install(const QString& lang);

    // The language of the catalogue installed last ("" when none).
    static QString installed();
};

} // namespace symbolon::ui
