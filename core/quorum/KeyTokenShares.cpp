#include "quorum/KeyTokenShares.h"

#include "hsm/EcKeyPair.h"
#include "hsm/Module.h"
#include "hsm/P11.h"
#include "hsm/SealToCard.h"
#include "hsm/Session.h"
#include "quorum/CardShare.h"
#include "store/Transaction.h"
#include "workspace/KeyTokenShareStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QMap>
#include <cstring>

namespace symbolon::quorum {

SecureBytes newKeyTokenPin() {
    const SecureBytes hex = SecureBytes::random(16).toHex();
    SecureBytes pin(hex.size() + 3);
    pin.data()[0] = 'k';
    pin.data()[1] = '7';
    std::memcpy(pin.data() + 2, hex.data(), hex.size());
    pin.data()[pin.size() - 1] = 'Q';
    return pin;
}

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::quorum", s);
}

// The secret from the held shares of one generation (current or pending), when there are enough.
Result<SecureBytes> combine(const QVector<HeldShare>& held, bool pending, const QString& what) {
    QVector<Share> shares;
    int k = 0;
    for (const HeldShare& h : held) {
        const std::optional<Share>& s = pending ? h.pending : h.current;
        if (s) {
            shares.push_back(*s);
            k = pending ? h.pendingK : h.currentK;
        }
    }
    if (k == 0 || shares.size() < k)
        return fail(ErrorCode::PolicyRefused,
                    quorum::tr("%1: the approving cards hold %2 shares of the %3 sharing; %4 are needed.")
                        .arg(what)
                        .arg(shares.size())
                        .arg(pending ? quorum::tr("interrupted") : quorum::tr("current"))
                        .arg(qMax(k, 1)));
    return shamirCombine(shares);
}

Result<std::unique_ptr<hsm::Session>> keyTokenSession(workspace::Workspace& ws) {
    return ws.openKeyTokenSession(true);
}

// Journals a rolled-back re-share and drops its pending shares.
Status recordRollBack(workspace::Workspace& ws, const QJsonObject& details) {
    if (auto e =
            ws.record(QStringLiteral("key_token.reshare_rolled_back"), QStringLiteral("key-token"), details);
        !e)
        return e.error();
    store::Transaction tx(ws.db());
    if (auto b = tx.begin(); !b)
        return b;
    if (auto d = workspace::KeyTokenShareStore::dropPending(ws.db()); !d)
        return d;
    return tx.commit();
}

// Puts the old PINs back where the new ones were set, journals it, and drops the pending shares.
// The invariant that makes a kill at any moment recoverable: the SO PIN is changed first and put
// back last, so while the SO PIN is the old one, the user PIN is too. The old SO PIN is probed
// first (the approvers can always rebuild it): when it is still right, nothing was changed on
// the token and the new PINs are not needed (soNew and userNew may then be null).
// Without a shared SO PIN (soOld null: the site kept it, or NSS softoken has none) the user PIN
// is the only one changed: it is probed instead, which costs the token one wrong try when the
// re-share had changed it.
Status rollBack(workspace::Workspace& ws, int generation, const SecureBytes* soOld, const SecureBytes* soNew,
                const SecureBytes& userOld, const SecureBytes* userNew, const QString& needNew) {
    auto session = keyTokenSession(ws);
    if (!session)
        return session.error();
    hsm::Session& s = **session;
    if (!soOld) {
        auto userIsOld = s.probePin(userOld, false);
        if (!userIsOld)
            return userIsOld.error();
        if (!*userIsOld) {
            if (!userNew)
                return fail(ErrorCode::PolicyRefused, needNew);
            if (auto back = s.changePin(*userNew, userOld, false); !back)
                return back;
        }
        return recordRollBack(ws, QJsonObject{{QStringLiteral("generation"), generation},
                                              {QStringLiteral("user_pin_was_changed"), !*userIsOld}});
    }
    auto soIsOld = s.probePin(*soOld, true);
    if (!soIsOld)
        return soIsOld.error();
    bool userChanged = false;
    if (!*soIsOld) {
        if (!soNew || !userNew)
            return fail(ErrorCode::PolicyRefused, needNew);
        auto userIsOld = s.probePin(userOld, false);
        if (!userIsOld)
            return userIsOld.error();
        if (!*userIsOld) { // the user PIN first...
            userChanged = true;
            if (auto back = s.changePin(*userNew, userOld, false); !back)
                return back;
        }
        if (auto back = s.changePin(*soNew, *soOld, true); !back) // ...the SO PIN last
            return back;
    }
    return recordRollBack(ws, QJsonObject{{QStringLiteral("generation"), generation},
                                          {QStringLiteral("so_pin_was_changed"), !*soIsOld},
                                          {QStringLiteral("user_pin_was_changed"), userChanged}});
}
} // namespace

Result<HeldShare> loadHeldShare(workspace::Workspace& ws, hsm::Session& card,
                                const workspace::RegisteredCard& registered, const QString& purpose) {
    auto current = workspace::KeyTokenShareStore::currentGeneration(ws.db());
    if (!current)
        return current.error();
    auto pending = workspace::KeyTokenShareStore::pendingGeneration(ws.db());
    if (!pending)
        return pending.error();
    HeldShare held;
    if (*current == 0) { // the enrolment's sharing, on the card
        auto onCard = CardShare::load(card, purpose);
        if (onCard) {
            held.current = onCard->share;
            held.currentK = onCard->k;
        } else if (onCard.error().code != ErrorCode::NotFound) {
            return onCard.error();
        }
    }
    auto rows = workspace::KeyTokenShareStore::forCard(ws.db(), registered.cardSerial, purpose);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return held;
    auto key = hsm::EcKeyPair::find(card, registered.keyId);
    if (!key)
        return key.error();
    for (const workspace::StoredShare& row : std::as_const(*rows)) {
        const bool isCurrent = !row.pending && row.generation == *current;
        const bool isPending = row.pending && row.generation == *pending;
        if ((!isCurrent && !isPending) || row.keyFingerprint != registered.fingerprint())
            continue;
        auto data = hsm::openSealed(card, *key, row.sealed, workspace::StoredShare::label(),
                                    row.aad(ws.config().keyTokenSerial));
        if (!data)
            return Error{data.error().code,
                         quorum::tr("The share of card %1 (%2, generation %3) kept in the workspace does not "
                                    "open: %4")
                             .arg(registered.cardSerial, registered.holder)
                             .arg(row.generation)
                             .arg(data.error().message),
                         data.error().ckrv, data.error().hasCkrv};
        Share s{static_cast<quint8>(row.index), std::move(*data)};
        if (isCurrent) {
            held.current = std::move(s);
            held.currentK = row.k;
        } else {
            held.pending = std::move(s);
            held.pendingK = row.k;
        }
    }
    return held;
}

Status settleInterruptedReshare(workspace::Workspace& ws, const QVector<HeldShare>& user,
                                const QVector<HeldShare>& so) {
    auto pending = workspace::KeyTokenShareStore::pendingGeneration(ws.db());
    if (!pending)
        return pending.error();
    if (*pending == 0)
        return {};
    const QString refusal =
        quorum::tr("A re-share of the key token's PINs (generation %1) was interrupted and must be undone "
                   "first; that needs approving custodians who hold shares of both the current and the "
                   "interrupted sharing.")
            .arg(*pending);
    const bool soShared = ws.siteRegister().settings.keyTokenSoPinShared;
    auto soOld = soShared ? combine(so, false, quorum::tr("SO PIN")) : Result<SecureBytes>(SecureBytes());
    auto userOld = combine(user, false, quorum::tr("User PIN"));
    for (const auto* r : {&soOld, &userOld})
        if (!*r)
            return fail(r->error().code, refusal + QLatin1Char(' ') + r->error().message);
    // The new PINs only when the approvers hold enough of the interrupted sharing; needed only
    // when the token was changed.
    auto soNew = soShared ? combine(so, true, quorum::tr("SO PIN")) : Result<SecureBytes>(SecureBytes());
    auto userNew = combine(user, true, quorum::tr("User PIN"));
    QString needNew;
    if (!soNew)
        needNew = refusal + QLatin1Char(' ') + soNew.error().message;
    else if (!userNew)
        needNew = refusal + QLatin1Char(' ') + userNew.error().message;
    return rollBack(ws, *pending, soShared ? &*soOld : nullptr, soNew && soShared ? &*soNew : nullptr,
                    *userOld, userNew ? &*userNew : nullptr, needNew);
}

Result<ReshareOutcome> reshareKeyTokenPins(workspace::Workspace& ws, const workspace::SiteRegister& next,
                                           const QVector<HeldShare>& user, const QVector<HeldShare>& so) {
    auto pending = workspace::KeyTokenShareStore::pendingGeneration(ws.db());
    auto current = workspace::KeyTokenShareStore::currentGeneration(ws.db());
    if (!pending)
        return pending.error();
    if (!current)
        return current.error();
    if (*pending != 0)
        return fail(ErrorCode::PolicyRefused,
                    quorum::tr("A re-share of the key token's PINs (generation %1) is still pending: undo it "
                               "first.")
                        .arg(*pending));
    auto oldUser = combine(user, false, quorum::tr("User PIN"));
    if (!oldUser)
        return oldUser.error();
    const bool soShared = ws.siteRegister().settings.keyTokenSoPinShared;
    auto oldSo = soShared ? combine(so, false, quorum::tr("SO PIN")) : Result<SecureBytes>(SecureBytes());
    if (!oldSo)
        return oldSo.error();

    // One share per person, sealed to each of their active custodian cards.
    QMap<QString, QVector<const workspace::RegisteredCard*>> persons;
    for (const workspace::RegisteredCard& c : next.cards)
        if (c.isActive() && c.role == QLatin1String("custodian"))
            persons[c.person()].push_back(&c);
    const int n = int(persons.size());
    const int k = next.settings.quorumK;
    if (k < 1 || n < k)
        return fail(ErrorCode::PolicyRefused,
                    quorum::tr("The new sharing needs k = %1 of the active custodians, and there are %2.")
                        .arg(k)
                        .arg(n));
    const int generation = *current + 1;
    SecureBytes newUser = newKeyTokenPin();
    SecureBytes newSo = soShared ? newKeyTokenPin() : SecureBytes();
    auto userSplit = shamirSplit(newUser, k, n);
    if (!userSplit)
        return userSplit.error();
    auto soSplit = soShared ? shamirSplit(newSo, k, n) : Result<QVector<Share>>(QVector<Share>());
    if (!soSplit)
        return soSplit.error();
    QVector<workspace::StoredShare> rows;
    QJsonArray holders;
    int i = 0;
    for (auto it = persons.cbegin(); it != persons.cend(); ++it, ++i) {
        for (const workspace::RegisteredCard* card : it.value()) {
            QJsonObject sealedJson;
            for (const auto& [purpose, split] :
                 {std::pair{kUserPinShare, &*userSplit}, {kSoPinShare, &*soSplit}}) {
                if (split->isEmpty()) // no SO PIN of Symbolon's
                    continue;
                workspace::StoredShare row;
                row.generation = generation;
                row.pending = true;
                row.purpose = purpose;
                row.cardSerial = card->cardSerial;
                row.keyFingerprint = card->fingerprint();
                row.k = k;
                row.n = n;
                row.index = (*split)[i].index;
                row.registerVersion = next.version;
                auto sealed =
                    hsm::sealToCard(card->publicKey, (*split)[i].data, workspace::StoredShare::label(),
                                    row.aad(ws.config().keyTokenSerial));
                if (!sealed)
                    return sealed.error();
                row.sealed = *sealed;
                rows.push_back(row);
                // Not secret (only the card opens it): in the journal, so that the sharing can be
                // put back from the journal or an evidence pack if the rows are lost or deleted.
                sealedJson.insert(purpose,
                                  QJsonObject{
                                      {QStringLiteral("ephemeral_point"),
                                       QString::fromLatin1(sealed->ephemeralPoint.toHex())},
                                      {QStringLiteral("nonce"), QString::fromLatin1(sealed->nonce.toHex())},
                                      {QStringLiteral("sealed"), QString::fromLatin1(sealed->sealed.toHex())},
                                  });
            }
            QJsonObject holder{{QStringLiteral("holder"), card->holder},
                               {QStringLiteral("card_serial"), card->cardSerial},
                               {QStringLiteral("share_index"), (*userSplit)[i].index},
                               {QStringLiteral("key_fingerprint"), card->fingerprint()},
                               {QStringLiteral("sealed_shares"), sealedJson}};
            if (soShared)
                holder.insert(QStringLiteral("so_share_index"), (*soSplit)[i].index);
            holders.append(holder);
        }
    }

    // The old user PIN is checked before anything is written or changed.
    auto session = keyTokenSession(ws);
    if (!session)
        return session.error();
    hsm::Session& s = **session;
    for (const auto& [pin, so] : {std::pair{&*oldUser, false}, {&*oldSo, true}}) {
        if (so && !soShared)
            continue;
        if (auto l = s.loginCheckingPin(*pin, so); !l)
            return Error{
                l.error().code,
                quorum::tr("The key token did not accept the %1 rebuilt from the approvals: %2 Nothing "
                           "was changed.")
                    .arg(so ? quorum::tr("SO PIN") : quorum::tr("User PIN"), l.error().message),
                l.error().ckrv, l.error().hasCkrv};
        (void)s.logout();
    }
    {
        store::Transaction tx(ws.db());
        if (auto b = tx.begin(); !b)
            return b.error();
        if (auto a = workspace::KeyTokenShareStore::addPending(ws.db(), rows); !a)
            return a.error();
        if (auto c = tx.commit(); !c)
            return c.error();
    }
    // SO PIN first, then the user PIN (rollBack relies on this order).
    Status changed = soShared ? s.changePin(*oldSo, newSo, true) : Status();
    if (changed)
        changed = s.changePin(*oldUser, newUser, false);
    if (!changed) {
        const Error e = changed.error();
        auto undo = rollBack(ws, generation, soShared ? &*oldSo : nullptr, soShared ? &newSo : nullptr,
                             *oldUser, &newUser, QString());
        return Error{
            e.code,
            quorum::tr("Changing the key token's PINs failed: %1 %2")
                .arg(e.message,
                     undo ? quorum::tr("Nothing was changed.")
                          : quorum::tr("Putting the old PINs back failed too (%1): the re-share stays "
                                       "pending, and the next quorum undoes it.")
                                .arg(undo.error().message)),
            e.ckrv, e.hasCkrv};
    }
    ReshareOutcome out;
    out.generation = generation;
    out.oldUser = std::move(*oldUser);
    out.newUser = std::move(newUser);
    out.oldSo = std::move(*oldSo);
    out.newSo = std::move(newSo);
    out.soShared = soShared;
    out.details =
        QJsonObject{{QStringLiteral("generation"), generation},
                    {QStringLiteral("k"), k},
                    {QStringLiteral("n"), n},
                    {QStringLiteral("so_pin"), soShared ? QStringLiteral("changed and re-shared")
                                                        : QStringLiteral("not Symbolon's: unchanged")},
                    {QStringLiteral("holders"), holders}};
    return out;
}

} // namespace symbolon::quorum

namespace symbolon::quorum {
Status undoReshare(workspace::Workspace& ws, const ReshareOutcome& done) {
    return rollBack(ws, done.generation, done.soShared ? &done.oldSo : nullptr,
                    done.soShared ? &done.newSo : nullptr, done.oldUser, &done.newUser, QString());
}
} // namespace symbolon::quorum
