#include "hsm/EmbeddedTokenStore.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace symbolon::hsm {

namespace {
QString tr(const char* s, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("symbolon::hsm", s, disambiguation, n);
}

struct State {
    QString loadedConf;               // SoftHSM2 reads its conf once, at C_Initialize
    SoftHsmStoreGuard::Report report; // what securing the store found
    bool restoredJournaled = false;
};
State& state() {
    static State s;
    return s;
}
} // namespace

Status EmbeddedTokenStore::prepare(const QString& storeDir, const QString& confPath) {
    State& s = state();
    if (s.loadedConf == confPath)
        return {};
    if (!s.loadedConf.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    hsm::tr("Another workspace's token store is already loaded in this process: restart "
                            "Symbolon to open this workspace."));
    auto secured = SoftHsmStoreGuard::secure(storeDir);
    if (!secured)
        return secured.error();
    s.report = *secured;
    QSaveFile f(confPath);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write("directories.tokendir = " + storeDir.toUtf8() +
                "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n") < 0 ||
        !f.commit())
        return fail(ErrorCode::Io, hsm::tr("%1 cannot be written: %2").arg(confPath, f.errorString()));
    qputenv("SOFTHSM2_CONF", confPath.toUtf8());
    s.loadedConf = confPath;
    return {};
}

bool EmbeddedTokenStore::isPrepared() {
    return !state().loadedConf.isEmpty();
}

QStringList EmbeddedTokenStore::restoredNotJournaled() {
    return state().restoredJournaled ? QStringList() : state().report.restored;
}

void EmbeddedTokenStore::markRestoredJournaled() {
    state().restoredJournaled = true;
}

QString EmbeddedTokenStore::damagedNotice() {
    const auto& damaged = state().report.damaged;
    if (damaged.isEmpty())
        return {};
    return hsm::tr("The embedded token store holds %n damaged token(s) with no safety copy (a process was "
                   "killed while SoftHSM2 rewrote them): %1. Restore the store from your backup.",
                   nullptr, int(damaged.size()))
        .arg(damaged.join(QStringLiteral(", ")));
}

} // namespace symbolon::hsm
