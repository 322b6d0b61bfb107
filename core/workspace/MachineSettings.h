#pragma once

#include <QString>

class QSettings;

namespace symbolon::workspace {

// This machine's HSM choices, which win over workspace.json for workspaces that keep their keys on
// an HSM (not for an embedded SoftHSM2 store): the PKCS#11 module's path here, and RFC 7512 URIs
// selecting the key token and the journal token (an HSM partition's serial differs between sites).
// Empty: as workspace.json says. The console's Settings dialog writes them; the console and
// symbolon-cli both load them with load() and pass them to Workspace::open, so that the two front
// ends open the same workspace the same way. What was applied is recorded in the
// workspace.opened journal entry.
struct MachineSettings {
    QString modulePath;
    QString keyTokenUri;
    QString journalTokenUri;
    // A development machine's opt-in to PKCS#11 modules that are not registered with p11-kit, or
    // whose files someone other than root could replace (hsm::ModuleRegistry): Settings'
    // "hsm/developmentModules", or SYMBOLON_DEVELOPMENT_MODULES=1 in the environment. Never from the
    // workspace folder. A module so loaded is named on the banner and in the journal, and a
    // production workspace opened with one is read-only.
    bool developmentModules = false;
    // The site's RFC 3161 Time-Stamping Authority (issue #15): every checkpoint this machine signs
    // is timestamped there (journal::Timestamp). Empty: no timestamps. Settings' "journal/tsaUrl".
    // The certificate timestamps are checked against is never read from here or the workspace:
    // the verifier pins it (journal verify --tsa-cert).
    QString tsaUrl;

    static const char* const kModulePathKey;         // "hsm/modulePath"
    static const char* const kKeyTokenUriKey;        // "hsm/keyTokenUri"
    static const char* const kJournalTokenUriKey;    // "hsm/journalTokenUri"
    static const char* const kDevelopmentModulesKey; // "hsm/developmentModules"
    static const char* const kTsaUrlKey;             // "journal/tsaUrl"

    // The console's Settings (organisation "Symbolon", application "Symbolon", user scope),
    // whichever program reads them.
    static MachineSettings load();
    static MachineSettings loadFrom(const QSettings& settings);
    bool operator==(const MachineSettings&) const = default;
};

} // namespace symbolon::workspace
