#include "cli/CliContext.h"

#include "cli/PinSource.h"
#include "hsm/EmbeddedTokenStore.h"

namespace symbolon::cli {

int CliContext::failWith(const Error& e) const {
    err << "symbolon-cli: " << e.message << Qt::endl;
    return e.code == ErrorCode::InvalidInput ? ExitRejected : ExitFailed;
}

int CliContext::usage(const QString& why) const {
    err << "symbolon-cli: " << why << "\nTry 'symbolon-cli --help'." << Qt::endl;
    return ExitUsage;
}

bool CliContext::requireWorkspace() const {
    if (!workspace.isEmpty())
        return true;
    (void)usage(QStringLiteral("--workspace DIR is required."));
    return false;
}

Result<std::unique_ptr<workspace::Workspace>> CliContext::openWorkspace() const {
    auto cards = workspace::Workspace::cards(workspace, workspace::MachineSettings::load());
    if (!cards)
        return cards.error();
    const QString wanted = parser.value(QStringLiteral("card"));
    QVector<workspace::Workspace::Card> matches;
    for (const auto& c : *cards)
        if (c.present && (wanted.isEmpty() || c.keyslot.tokenSerial == wanted || c.token.label == wanted))
            matches.push_back(c);
    if (matches.isEmpty()) {
        QString why = wanted.isEmpty() ? QStringLiteral("No enrolled card is present: insert your card.")
                                       : QStringLiteral("No enrolled card \"%1\" is present.").arg(wanted);
        if (const QString notice = hsm::EmbeddedTokenStore::damagedNotice(); !notice.isEmpty())
            why += QLatin1Char(' ') + notice;
        return fail(ErrorCode::NotFound, why);
    }
    if (matches.size() > 1)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("%1 enrolled cards are present: choose one with --card LABEL.")
                        .arg(matches.size()));
    const auto& card = matches.front();
    app::PinSource source;
    source.fd = parser.isSet(QStringLiteral("pin-fd")) ? parser.value(QStringLiteral("pin-fd")).toInt() : -1;
    source.envVar = parser.value(QStringLiteral("pin-env"));
    // What the card reports of its PIN tries (PKCS#11 gives flags, not a count): said before the
    // PIN is asked for, and again after a wrong one (issue #16).
    if (card.token.pinFinalTry)
        err << "symbolon-cli: warning: " << pinTriesText(card.token.label, true, false) << Qt::endl;
    else if (card.token.pinCountLow)
        err << "symbolon-cli: " << pinTriesText(card.token.label, false, true) << Qt::endl;
    auto pin = source.read(QStringLiteral("PIN for %1 (%2): ").arg(card.token.label, card.keyslot.holder));
    if (!pin)
        return pin.error();
    auto ws = workspace::Workspace::open(workspace, card.keyslot.tokenSerial, *pin,
                                         workspace::MachineSettings::load());
    if (ws) {
        // What the banner shows in the console: said before anything else is done.
        if (const QString alarm = (*ws)->registerAlarm(); !alarm.isEmpty())
            err << "ALARM: " << alarm << " Open read-only: you can read, verify and export.\n";
        for (const QString& n : (*ws)->notices())
            err << "Note: " << n << "\n";
        err.flush();
    }
    if (!ws && ws.error().code == ErrorCode::PinIncorrect)
        if (auto now = workspace::Workspace::cards(workspace, workspace::MachineSettings::load()))
            for (const auto& c : *now)
                if (c.present && c.keyslot.tokenSerial == card.keyslot.tokenSerial &&
                    (c.token.pinFinalTry || c.token.pinCountLow)) {
                    Error e = ws.error();
                    e.message += QLatin1Char(' ') +
                                 pinTriesText(c.token.label, c.token.pinFinalTry, c.token.pinCountLow);
                    return e;
                }
    if (ws && !(*ws)->health().ok()) // fail closed: said at once, before any command is refused
        err << "symbolon-cli: warning: " << (*ws)->health().refusal() << Qt::endl;
    return ws;
}

QString pinTriesText(const QString& card, bool finalTry, bool countLow) {
    if (finalTry)
        return QStringLiteral("Card \"%1\" reports that one PIN try remains: a wrong PIN now locks it (its "
                              "security officer must then unblock it).")
            .arg(card);
    if (countLow)
        return QStringLiteral(
                   "Card \"%1\" reports wrong PINs since its last correct one: few tries may remain "
                   "before it locks.")
            .arg(card);
    return {};
}

Result<int> workerSessions(const CliContext& c, const QString& name) {
    if (!c.parser.isSet(name))
        return 0;
    const QString v = c.parser.value(name);
    if (v == QLatin1String("auto"))
        return 0;
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 1 || n > 64)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("--%1: \"%2\" is not a number of sessions from 1 to 64, or \"auto\".")
                        .arg(name, v));
    return n;
}

} // namespace symbolon::cli
