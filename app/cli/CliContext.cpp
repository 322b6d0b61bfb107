#include "cli/CliContext.h"

#include "cli/PinSource.h"

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
    auto cards = workspace::Workspace::cards(workspace);
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
        if (const QString notice = workspace::Workspace::tokenStoreNotice(); !notice.isEmpty())
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
    auto pin = source.read(QStringLiteral("PIN for %1 (%2): ").arg(card.token.label, card.keyslot.holder));
    if (!pin)
        return pin.error();
    return workspace::Workspace::open(workspace, card.keyslot.tokenSerial, *pin);
}

} // namespace symbolon::cli
