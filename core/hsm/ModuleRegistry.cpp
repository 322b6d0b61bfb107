#include "hsm/ModuleRegistry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

// From p11-kit's pkg-config variables (core/CMakeLists.txt); Debian's values when a target that
// compiles the core's sources by hand does not pass them (tests/fuzz).
#ifndef SYMBOLON_P11_MODULE_CONFIGS
#define SYMBOLON_P11_MODULE_CONFIGS "/usr/share/p11-kit/modules"
#endif
#ifndef SYMBOLON_P11_SYSTEM_MODULES
#define SYMBOLON_P11_SYSTEM_MODULES "/usr/share/p11-kit/modules"
#endif
#ifndef SYMBOLON_P11_MODULE_PATH
#define SYMBOLON_P11_MODULE_PATH "/usr/lib/x86_64-linux-gnu/pkcs11"
#endif

namespace symbolon::hsm {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::hsm", s);
}

// The "module:" value of a p11-kit registration (p11-kit's config format: "key: value" lines,
// '#' comments).
QString moduleLine(const QByteArray& text) {
    for (const QByteArray& raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith('#'))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed() == "module")
            return QString::fromUtf8(line.mid(colon + 1).trimmed());
    }
    return {};
}

QString problemOf(const QString& path, const char* what) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return hsm::tr("%1 cannot be examined").arg(path);
    if (st.st_uid != 0)
        return hsm::tr("%1 %2 is owned by user %3, not root")
            .arg(QString::fromLatin1(what), path)
            .arg(st.st_uid);
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0)
        return hsm::tr("%1 %2 can be written by others than root").arg(QString::fromLatin1(what), path);
    return {};
}
} // namespace

QStringList ModuleRegistry::configFolders() {
    QStringList out;
    for (const QString& d :
         {QStringLiteral(SYMBOLON_P11_SYSTEM_MODULES), QStringLiteral(SYMBOLON_P11_MODULE_CONFIGS),
          QStringLiteral("/etc/pkcs11/modules")})
        if (!d.isEmpty() && !out.contains(d))
            out.push_back(d);
    return out;
}

QVector<ModuleRegistry::Entry> ModuleRegistry::entries() {
    QVector<Entry> out;
    QStringList seen;
    for (const QString& folder : configFolders()) {
        const QDir dir(folder);
        for (const QFileInfo& fi : dir.entryInfoList({QStringLiteral("*.module")}, QDir::Files, QDir::Name)) {
            const QString name = fi.completeBaseName();
            if (seen.contains(name)) // the first folder wins, as in p11-kit
                continue;
            QFile f(fi.filePath());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            QString library = moduleLine(f.read(64 * 1024));
            if (library.isEmpty())
                continue;
            if (QFileInfo(library).isRelative())
                library = QDir(QStringLiteral(SYMBOLON_P11_MODULE_PATH)).filePath(library);
            const QString canonical = QFileInfo(library).canonicalFilePath();
            seen.push_back(name);
            out.push_back({name, fi.filePath(), canonical.isEmpty() ? library : canonical});
        }
    }
    return out;
}

QString ModuleRegistry::ownershipProblem(const QString& path) {
    const QFileInfo fi(path);
    if (QString p = problemOf(fi.canonicalFilePath().isEmpty() ? path : fi.canonicalFilePath(), "the file");
        !p.isEmpty())
        return p;
    return problemOf(QFileInfo(fi.canonicalFilePath()).absolutePath(), "the folder");
}

Result<QByteArray> ModuleRegistry::sha256(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    hsm::tr("The PKCS#11 module %1 cannot be read: %2").arg(path, f.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return fail(ErrorCode::Io, hsm::tr("The PKCS#11 module %1 cannot be read to the end.").arg(path));
    return h.result();
}

Result<ModuleRegistry::Resolved> ModuleRegistry::resolve(const QString& reference, bool allowDevelopment) {
    if (reference.isEmpty())
        return fail(ErrorCode::InvalidInput, hsm::tr("No PKCS#11 module is named."));
    const QVector<Entry> registered = entries();
    Resolved r;
    r.reference = reference;
    const bool byName = !reference.contains(QLatin1Char('/'));
    const Entry* entry = nullptr;
    if (byName) {
        for (const Entry& e : registered)
            if (e.name == reference)
                entry = &e;
        if (!entry)
            return fail(ErrorCode::NotFound,
                        hsm::tr("No PKCS#11 module named \"%1\" is registered with p11-kit on this machine "
                                "(folders: %2).")
                            .arg(reference, configFolders().join(QStringLiteral(", "))));
        r.library = entry->library;
    } else {
        r.library = QFileInfo(reference).canonicalFilePath();
        if (r.library.isEmpty())
            return fail(ErrorCode::NotFound, hsm::tr("The PKCS#11 module %1 does not exist.").arg(reference));
        for (const Entry& e : registered)
            if (e.library == r.library)
                entry = &e;
    }
    if (entry) {
        QString problem = problemOf(entry->configFile, "the registration");
        if (problem.isEmpty())
            problem = ownershipProblem(entry->library);
        if (!problem.isEmpty() && !allowDevelopment)
            return fail(ErrorCode::PolicyRefused,
                        hsm::tr("The PKCS#11 module \"%1\" is refused: %2. Only root may be able to change "
                                "the code a custodian's PIN is typed into.")
                            .arg(entry->name, problem));
        r.name = entry->name;
        r.development = !problem.isEmpty();
    } else {
        if (!allowDevelopment)
            return fail(ErrorCode::PolicyRefused,
                        hsm::tr("The PKCS#11 module %1 is refused: it is not registered with p11-kit on this "
                                "machine (%2). Name a registered module (for example \"softhsm2\"), or, on a "
                                "development machine only, allow modules by path in Settings.")
                            .arg(reference, configFolders().join(QStringLiteral(", "))));
        r.development = true;
    }
    auto digest = sha256(r.library);
    if (!digest)
        return digest.error();
    r.sha256 = *digest;
    return r;
}

} // namespace symbolon::hsm
