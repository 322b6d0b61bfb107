#pragma once

// The workspace database as an insider with one card opens it (issue #15's attacks): the
// database key unwrapped from that card's keyslot, and the sqlcipher shell keyed with it. The
// same steps as test_fail_closed's, shared by the anchor tests.
#include "demo/DemoWorkspace.h"
#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/Session.h"
#include "workspace/Workspace.h"

#include <QProcess>

namespace symbolon::test {

// The database key (64 hex digits) of the workspace in dir, from demo card n's keyslot (1-based);
// empty with *why set when it cannot be had. Loads the workspace's module in this process.
inline SecureBytes insiderDatabaseKey(const QString& dir, int card, QString* why) {
    auto config = workspace::Workspace::readConfig(dir);
    auto slots = workspace::Workspace::readKeyslots(dir);
    if (!config || !slots) {
        *why = QStringLiteral("workspace.json or keyslots.json cannot be read");
        return {};
    }
    auto module = workspace::Workspace::loadModule(dir, *config, {});
    if (!module) {
        *why = module.error().message;
        return {};
    }
    const auto& demoCard = demo::demoCards()[card - 1];
    for (const auto& slot : *slots) {
        if (slot.tokenLabel != demoCard.label)
            continue;
        auto token = (*module)->findTokenBySerial(slot.tokenSerial);
        if (!token)
            break;
        auto session = (*module)->openSession(token->slotId, false);
        if (!session || !(*session)->login(SecureBytes::fromString(demoCard.pin.toStdString())))
            break;
        auto pair = hsm::EcKeyPair::find(**session, slot.keyId);
        if (!pair)
            break;
        auto key = slot.open(**session, *pair);
        (void)(*session)->logout();
        if (key)
            return key->toHex();
    }
    *why = QStringLiteral("the keyslot of %1 did not open").arg(demoCard.label);
    return {};
}

// Runs sql in the sqlcipher shell keyed with keyHex; *output is its standard output (or its
// errors when it failed).
inline bool insiderSql(const QString& dir, const SecureBytes& keyHex, const QByteArray& sql,
                       QString* output) {
    QProcess p;
    p.start(QStringLiteral("sqlcipher"), {workspace::Workspace::databasePath(dir)});
    if (!p.waitForStarted(10000)) {
        *output = p.errorString();
        return false;
    }
    p.write("PRAGMA key = \"x'");
    p.write(reinterpret_cast<const char*>(keyHex.data()), static_cast<qint64>(keyHex.size()));
    p.write("'\";\nPRAGMA cipher_page_size = 4096;\n");
    p.write(sql + "\n.quit\n");
    p.closeWriteChannel();
    const bool done = p.waitForFinished(30000);
    const QByteArray err = p.readAllStandardError();
    QString out = QString::fromUtf8(p.readAllStandardOutput());
    out.remove(QStringLiteral("ok\n")); // PRAGMA key's answer in sqlcipher 4
    *output = err.isEmpty() ? out.trimmed() : QString::fromUtf8(err);
    return done && p.exitCode() == 0 && err.isEmpty();
}

} // namespace symbolon::test
