#include "cli/Areas.h"

#include "workspace/Workspace.h"

#include <QDir>

namespace symbolon::cli {

namespace {
void addOptions(QCommandLineParser&) {}

int run(CliContext& ctx) {
    if (ctx.args != QStringList{QStringLiteral("info")})
        return ctx.usage(QStringLiteral("workspace commands: info"));
    if (!ctx.requireWorkspace())
        return ExitUsage;
    auto config = workspace::Workspace::readConfig(ctx.workspace);
    if (!config)
        return ctx.failWith(config.error());
    ctx.out << "Workspace:   " << QDir(ctx.workspace).absolutePath() << "\n"
            << "Name:        " << config->name << "\n"
            << "Profile:     " << config->profile << (config->isDevelopment() ? "  (not for live keys)" : "")
            << "\n"
            << "Module:      " << config->modulePath << "\n"
            << "Key token:   " << config->keyTokenLabel << " (serial " << config->keyTokenSerial << ")\n"
            << "Quorum:      " << config->quorumK << " of " << config->quorumN << "\n";
    auto cards = workspace::Workspace::cards(ctx.workspace, workspace::MachineSettings::load());
    if (!cards)
        return ctx.failWith(cards.error());
    ctx.out << "Cards:\n";
    for (const auto& c : *cards)
        ctx.out << "  " << (c.present ? "present " : "absent  ") << c.keyslot.tokenLabel.leftJustified(16)
                << " " << c.keyslot.holder.leftJustified(20) << " " << c.keyslot.role.leftJustified(10)
                << " serial " << c.keyslot.tokenSerial
                << (c.present && c.token.pinLocked ? "  PIN LOCKED" : "")
                << (c.present && c.token.pinCountLow ? "  PIN count low" : "") << "\n";
    ctx.out.flush();
    return ExitOk;
}
} // namespace

const CliArea kWorkspaceArea{
    "workspace", "  workspace info                the workspace, its key token and its cards (no PIN)\n",
    addOptions, run};

} // namespace symbolon::cli
