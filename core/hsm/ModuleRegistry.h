#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace symbolon::hsm {

// This machine's PKCS#11 modules as p11-kit registers them: one "NAME.module" file per module in
// root-owned configuration folders (/usr/share/p11-kit/modules, /etc/pkcs11/modules), each naming
// the module's library ("module:", relative to p11-kit's module folder). Code that a custodian's
// PIN is typed into comes from here, never from a path in a workspace folder (issue #14).
class ModuleRegistry {
public:
    struct Entry {
        QString name;       // "softhsm2" (the .module file's base name)
        QString configFile; // the registration
        QString library;    // the module file, absolute and canonical
    };

    // What a workspace's or machine's module reference turned out to be.
    struct Resolved {
        QString reference;        // as written: a registration name or a path
        QString library;          // canonical path of the file that will be loaded
        QString name;             // its registration name; empty when not registered
        QByteArray sha256;        // of the file, 32 bytes
        bool development = false; // loaded by path, allowed only by this machine's opt-in
    };

    static QStringList configFolders();
    // Every registration readable in the configuration folders (unreadable ones are skipped).
    static QVector<Entry> entries();

    // A module reference is a registration name ("softhsm2") or a path. It is accepted when it
    // names, or is the file of, a module registered here whose registration and library are
    // owned by root and writable by nobody else. A path to any other file is accepted only when
    // allowDevelopment (this machine's opt-in: MachineSettings::developmentModules); the result
    // says so. Refusals name the file and the reason; nothing is loaded here.
    [[nodiscard]] static Result<Resolved> resolve(const QString& reference, bool allowDevelopment);

    // Why a file (and its folder) could be replaced by someone other than root; empty when not.
    static QString ownershipProblem(const QString& path);
    [[nodiscard]] static Result<QByteArray> sha256(const QString& path);
};

} // namespace symbolon::hsm
