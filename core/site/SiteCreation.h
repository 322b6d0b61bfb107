#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "workspace/MachineSettings.h"
#include "workspace/WorkspaceConfig.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::site {

// One card enrolled at site creation: who holds it, in which role, which token it is in the
// cards' module (RFC 7512 URI), and the PIN its holder typed.
struct SiteCard {
    QString holder;
    QString role; // custodian, reviewer, responder
    QString tokenUri;
    SecureBytes pin;
};

// Everything `symbolon-cli site create` and the Site Setup wizard ask for (issue #18). The
// tokens exist already: the site's HSM partition (its administrator's PINs), its journal token,
// and the custodians' cards. Modules are p11-kit registrations, or paths where this machine
// allows development modules.
struct SiteSpec {
    QString dir;
    QString name;
    QString profile = QStringLiteral("development"); // production: FIPS declaration and k >= 2
    QJsonObject fipsDeclaration;                     // manufacturer, model, serial, certificate
    int quorumK = 2;
    QString cardModule; // the cards' module
    QString cardModuleInitArgs;
    workspace::RoleModule keyToken;     // its module (empty: the cards') and URI (required)
    SecureBytes keyTokenUserPin;        // the HSM administrator's, replaced by a random one
    SecureBytes keyTokenSoPin;          // optional: taken over where the site gives it
    workspace::RoleModule journalToken; // its module (empty: the cards') and URI (required)
    SecureBytes journalTokenPin;        // kept by the workspace to sign checkpoints
    QVector<SiteCard> cards;
    workspace::MachineSettings machine; // developmentModules: this machine's opt-in
    // The demo only: the tokens are in a SoftHSM2 store inside the folder ("tokens", already
    // there with its softhsm2.conf); the workspace records it (WorkspaceConfig::embeddedTokenStore).
    QString embeddedTokenStore;
};

// Creates the site: checks everything first (fields, modules, tokens, every PIN, each card's
// key pair or the means to make it), then generates the journal signing key, creates the
// workspace (site register version 1, signed by the custodians' cards), and takes over the key
// token's PINs, split k-of-n onto the custodians' cards. Refusals name the field or the card
// and change nothing; a failure after the workspace was made removes it and the journal key,
// and puts the key token's PINs back. `warning`: what went wrong after the site was made (a
// checkpoint not signed yet).
[[nodiscard]] Result<std::unique_ptr<workspace::Workspace>>
createSite(SiteSpec spec, const std::function<void(const QString& step)>& progress = {},
           QString* warning = nullptr);

// The checks alone, without a token touched: the first field that is wrong.
[[nodiscard]] Status checkSpec(const SiteSpec& spec);

} // namespace symbolon::site
