#include "workspace/MachineSettings.h"

#include <QSettings>

namespace symbolon::workspace {

const char* const MachineSettings::kModulePathKey = "hsm/modulePath";
const char* const MachineSettings::kKeyTokenUriKey = "hsm/keyTokenUri";
const char* const MachineSettings::kJournalTokenUriKey = "hsm/journalTokenUri";
const char* const MachineSettings::kDevelopmentModulesKey = "hsm/developmentModules";
const char* const MachineSettings::kTsaUrlKey = "journal/tsaUrl";

MachineSettings MachineSettings::load() {
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Symbolon"),
                             QStringLiteral("Symbolon"));
    MachineSettings m = loadFrom(settings);
    if (qEnvironmentVariable("SYMBOLON_DEVELOPMENT_MODULES") == QLatin1String("1"))
        m.developmentModules = true;
    return m;
}

MachineSettings MachineSettings::loadFrom(const QSettings& settings) {
    MachineSettings m;
    m.modulePath = settings.value(QLatin1String(kModulePathKey)).toString();
    m.keyTokenUri = settings.value(QLatin1String(kKeyTokenUriKey)).toString();
    m.journalTokenUri = settings.value(QLatin1String(kJournalTokenUriKey)).toString();
    m.developmentModules = settings.value(QLatin1String(kDevelopmentModulesKey), false).toBool();
    m.tsaUrl = settings.value(QLatin1String(kTsaUrlKey)).toString();
    return m;
}

} // namespace symbolon::workspace
