#include "site/RegisterChangeProposal.h"

#include "policy/Role.h"

#include <QCoreApplication>

namespace symbolon::ui {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::ui::RegisterChangeProposal", s);
}
} // namespace

Result<workspace::SiteRegister> proposeRegister(const workspace::SiteRegister& current,
                                                const RegisterChangeInput& input) {
    workspace::SiteRegister next = current;
    next.reason = input.reason.trimmed();
    if (next.reason.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("Give the reason for the change (field \"Reason\"): it is signed into the register "
                       "and journaled."));
    workspace::RegisteredCard* card = nullptr;
    if (input.kind != RegisterChangeKind::EnrolCard && input.kind != RegisterChangeKind::ChangeQuorum) {
        for (auto& c : next.cards)
            if (c.cardSerial == input.cardSerial)
                card = &c;
        if (!card || !card->isActive())
            return fail(ErrorCode::InvalidInput,
                        tr("Choose an active card of the site register (field \"Card\")."));
    }
    switch (input.kind) {
    case RegisterChangeKind::EnrolCard:
        break;
    case RegisterChangeKind::RetireCard:
        card->state = QStringLiteral("retired");
        break;
    case RegisterChangeKind::ReplaceCard:
        card->state = QStringLiteral("replaced");
        break;
    case RegisterChangeKind::ChangeRole:
        if (!policy::parseRole(input.newRole))
            return fail(ErrorCode::InvalidInput, tr("Choose the new role (field \"New role\")."));
        if (card->role == input.newRole)
            return fail(
                ErrorCode::InvalidInput,
                tr("%1 is already in this role: choose another (field \"New role\").").arg(card->holder));
        // One person, one role: every active card of the holder moves with it.
        for (auto& c : next.cards)
            if (c.isActive() && c.person() == card->person())
                c.role = input.newRole;
        break;
    case RegisterChangeKind::ChangeQuorum:
        if (input.k < 1)
            return fail(ErrorCode::InvalidInput, tr("k must be at least 1 (field \"k\")."));
        if (input.k == current.settings.quorumK)
            return fail(ErrorCode::InvalidInput,
                        tr("The quorum is already %1: choose another k (field \"k\").").arg(input.k));
        next.settings.quorumK = input.k;
        break;
    }
    // n is the custodians who hold a share of the key token's PINs: one per person.
    // A replacement keeps n: its new card restores the holder (enrolCard adds it; the first
    // approval checks the count).
    if (input.kind != RegisterChangeKind::ReplaceCard)
        next.settings.quorumN = next.activePersons(QStringLiteral("custodian"));
    if (input.kind != RegisterChangeKind::ReplaceCard && next.settings.quorumN < next.settings.quorumK)
        return fail(ErrorCode::PolicyRefused,
                    tr("After this change %1 custodians would remain, fewer than the %2 a quorum needs: "
                       "enrol a custodian first, or lower k.")
                        .arg(next.settings.quorumN)
                        .arg(next.settings.quorumK));
    return next;
}

} // namespace symbolon::ui
