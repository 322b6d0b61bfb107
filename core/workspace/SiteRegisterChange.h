#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "hsm/Session.h"
#include "workspace/KeyTokenTurnover.h"
#include "workspace/SiteRegister.h"

#include <QJsonArray>
#include <QStringList>

#include <memory>
#include <vector>

namespace symbolon::workspace {

class Workspace;

// A change of the site register (settings, roles, cards): a quorum action. A custodian proposes
// the next version; k persons who are active custodians in the current version each sign its
// exact bytes with their card (the card's key enrolled in the register, checked on the spot);
// commit() adds it, journals what changed (before and after) and applies it. One person counts
// once whatever cards they hold. Each approving card stays logged in until commit() has written
// the new version as its anchor (RegisterAnchor), then is logged out (also when the change is
// abandoned): so a change undone behind the approvers' backs is found at any approver's next open.
class SiteRegisterChange {
public:
    // `proposed`: the current version with the changes made; its version, previous digest,
    // time and author are set here. Refused when the register is not trusted (read-only open),
    // the proposer is not a custodian, or the result breaks a rule (k < 2 under
    // the production profile, k above the active custodians, k below the split of the key
    // no active custodian left). A change of who holds the key token's PIN shares (a custodian
    // card revoked or added, a custodian's role or person changed) or of k needs `turnover`
    // (quorum::KeyTokenReshare): commit() then re-shares the PINs before the register changes,
    // and is refused without it.
    // `enrolments`: cards enrolCard() will add (a replacement): the count of custodians is then
    // checked at the first approval, when they are in.
    [[nodiscard]] static Result<SiteRegisterChange> start(Workspace& ws, SiteRegister proposed,
                                                          std::unique_ptr<KeyTokenTurnover> turnover = {},
                                                          int enrolments = 0);
    // Whether commit() re-shares the key token's PINs (who the custodians are, or k, changes).
    bool reshares() const;

    // Enrols a new card in the proposed version, before anyone approves: logs it in with its own
    // PIN, generates its EC P-256 key pair on it, checks that it signs and derives (ECDH), and
    // adds it for `holder` in `role` (a custodian raises n to the active custodians). At commit it receives
    // its keyslot (keyslots.json) and its register anchor, and, as a custodian, its share of the re-dealt
    // PINs. Refused: after an approval; a card already in the register or the proposal; the key token or the
    // journal token; an unknown role; no holder; a custodian card without a re-share (`turnover`).
    [[nodiscard]] Status enrolCard(const QString& cardSerial, const SecureBytes& pin, const QString& holder,
                                   const QString& role);

    const SiteRegister& proposed() const { return m_next.doc; }
    QStringList changes() const { return m_changes; }
    int required() const { return m_k; }
    int approvals() const { return int(m_next.signatures.size()); }
    bool isReady() const;

    [[nodiscard]] Status approve(const QString& cardSerial, const SecureBytes& pin);
    [[nodiscard]] Status commit();

    ~SiteRegisterChange();
    SiteRegisterChange(SiteRegisterChange&&) noexcept;
    SiteRegisterChange& operator=(SiteRegisterChange&&) = delete;

private:
    SiteRegisterChange(Workspace& ws, RegisterVersion next, QStringList changes, int k,
                       std::unique_ptr<KeyTokenTurnover> turnover)
        : m_ws(&ws), m_next(std::move(next)), m_changes(std::move(changes)), m_k(k),
          m_turnover(std::move(turnover)) {}
    Workspace* m_ws;
    RegisterVersion m_next;
    QStringList m_changes;
    QJsonArray m_approvals;
    int m_k;
    bool m_committed = false;
    bool m_reshared = false;
    std::vector<std::unique_ptr<hsm::Session>> m_cards;    // the approvers', logged in until commit
    std::unique_ptr<KeyTokenTurnover> m_turnover;          // set when the change may re-share the PINs
    std::vector<std::unique_ptr<hsm::Session>> m_enrolled; // new cards, logged in until commit
    void logoutCards();
};

} // namespace symbolon::workspace
