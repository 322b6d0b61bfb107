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

    static const char* const kModulePathKey;      // "hsm/modulePath"
    static const char* const kKeyTokenUriKey;     // "hsm/keyTokenUri"
    static const char* const kJournalTokenUriKey; // "hsm/journalTokenUri"

    // The console's Settings (organisation "Symbolon", application "Symbolon", user scope),
    // whichever program reads them.
    static MachineSettings load();
    static MachineSettings loadFrom(const QSettings& settings);
    bool operator==(const MachineSettings&) const = default;
};

} // namespace symbolon::workspace
