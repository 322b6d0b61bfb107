#include "quorum/KeyTokenReshare.h"

#include "workspace/SiteRegister.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace symbolon::quorum {

Status KeyTokenReshare::collect(workspace::Workspace& ws, hsm::Session& card,
                                const workspace::RegisteredCard& registered) {
    auto user = loadHeldShare(ws, card, registered, kUserPinShare);
    if (!user)
        return user.error();
    // The SO PIN's shares only where the site register says the SO PIN is Symbolon's: never
    // decided from which shares happen to be found.
    const bool soShared = ws.siteRegister().settings.keyTokenSoPinShared;
    auto so = soShared ? loadHeldShare(ws, card, registered, kSoPinShare) : Result<HeldShare>(HeldShare{});
    if (!so)
        return so.error();
    if (!user->current || (soShared && !so->current))
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate(
                        "symbolon::quorum", "Card %1 (%2) holds no share of the key token's current PINs: it "
                                            "cannot approve a change that re-shares them.")
                        .arg(registered.cardSerial, registered.holder));
    m_user.push_back(std::move(*user));
    m_so.push_back(std::move(*so));
    return {};
}

Result<workspace::KeyTokenTurnover::Done> KeyTokenReshare::run(workspace::Workspace& ws,
                                                               const workspace::SiteRegister& next) {
    if (auto s = settleInterruptedReshare(ws, m_user, m_so); !s)
        return s.error();
    auto done = reshareKeyTokenPins(ws, next, m_user, m_so);
    m_user.clear(); // the old shares are of no use any more
    m_so.clear();
    if (!done)
        return done.error();
    Done out{done->generation, done->details};
    m_done = std::move(*done);
    return out;
}

Status KeyTokenReshare::undo(workspace::Workspace& ws) {
    if (!m_done)
        return {};
    auto s = undoReshare(ws, *m_done);
    m_done.reset();
    return s;
}

} // namespace symbolon::quorum
