#include "site/SiteSetupWizard.h"

#include "common/OperationRunner.h"
#include "common/PlainTextGuard.h"
#include "site/SiteSetupCardsPage.h"
#include "site/SiteSetupPinsPage.h"
#include "site/SiteSetupSitePage.h"
#include "site/SiteSetupSummaryPage.h"
#include "site/SiteSetupTokensPage.h"
#include "workspace/MachineSettings.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QPushButton>

#include <algorithm>

namespace symbolon::ui {

namespace {
struct CreateOutcome {
    std::unique_ptr<workspace::Workspace> workspace;
    QString error;
    QString warning;
};

// What the pages not reached yet stand for in checkSpec: values it accepts, never sent to a token.
const QString kStandIn = QStringLiteral("stand-in");
SecureBytes standInPin() {
    return SecureBytes::fromString("stand-in");
}
site::SiteCard standInCustodian(int i) {
    return {kStandIn, QStringLiteral("custodian"), QStringLiteral("pkcs11:token=stand-in-card-%1").arg(i),
            standInPin()};
}
} // namespace

SiteSetupWizard::SiteSetupWizard(const QString& dir, QWidget* parent) : QWizard(parent) {
    PlainTextGuard::install(); // data in labels, message boxes and tooltips is plain text
    setObjectName(QStringLiteral("siteSetupWizard"));
    setWindowTitle(tr("Site Setup — Symbolon"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(SitePage, new SiteSetupSitePage(this, dir));
    setPage(TokensPage, new SiteSetupTokensPage(this));
    setPage(PinsPage, new SiteSetupPinsPage(this));
    setPage(CardsPage, new SiteSetupCardsPage(this));
    setPage(SummaryPage, new SiteSetupSummaryPage(this));
    setStartId(SitePage);
    for (auto [which, name] : {std::pair{QWizard::NextButton, "wizardNextButton"},
                               std::pair{QWizard::BackButton, "wizardBackButton"},
                               std::pair{QWizard::CancelButton, "wizardCancelButton"},
                               std::pair{QWizard::FinishButton, "wizardFinishButton"}})
        button(which)->setObjectName(QString::fromLatin1(name));
    setButtonText(QWizard::FinishButton, tr("&Create site"));
    // Cancel is never what Enter does (issue #17).
    if (auto* cancel = qobject_cast<QPushButton*>(button(QWizard::CancelButton)))
        cancel->setAutoDefault(false);
    resize(900, 660);
}

SiteSetupWizard::~SiteSetupWizard() {
    // A creation under way finishes (or undoes itself) before the program goes on: never a site
    // half made because the window went away.
    if (m_run)
        m_run->waitForFinished();
    clearSecrets();
}

SiteSetupPage* SiteSetupWizard::setupPage(int id) const {
    return static_cast<SiteSetupPage*>(page(id));
}

QString SiteSetupWizard::pageName(int id) {
    switch (id) {
    case SitePage:
        return QStringLiteral("site");
    case TokensPage:
        return QStringLiteral("tokens");
    case PinsPage:
        return QStringLiteral("pins");
    case CardsPage:
        return QStringLiteral("cards");
    case SummaryPage:
        return QStringLiteral("summary");
    }
    return QString();
}

void SiteSetupWizard::setIntroduction(const QString& text) {
    static_cast<SiteSetupSitePage*>(page(SitePage))->setIntroduction(text);
}

QString SiteSetupWizard::noWorkspaceIntroduction(const QString& dir) {
    return tr("%1 holds no Symbolon workspace yet. This wizard sets up a new site there, on the tokens the "
              "site has already: its HSM partition (the key token), a journal token and the custodians' "
              "cards. "
              "To open an existing workspace instead, cancel and choose its folder.")
        .arg(dir);
}

void SiteSetupWizard::prefill(const site::SiteSpec& spec) {
    for (int id = SitePage; id <= SummaryPage; ++id)
        setupPage(id)->load(spec);
}

bool SiteSetupWizard::takesOverSoPin() const {
    return static_cast<const SiteSetupPinsPage*>(page(PinsPage))->takesOverSoPin();
}

site::SiteSpec SiteSetupWizard::spec(int upToPage) const {
    site::SiteSpec s;
    s.cardModule = kStandIn;
    s.keyToken.tokenUri = QStringLiteral("pkcs11:token=stand-in-key-token");
    s.journalToken.tokenUri = QStringLiteral("pkcs11:token=stand-in-journal-token");
    s.keyTokenUserPin = standInPin();
    s.journalTokenPin = standInPin();
    for (int id = SitePage; id <= std::min(upToPage, int(SummaryPage)); ++id)
        setupPage(id)->fill(s);
    if (upToPage < CardsPage) // k custodians, so that only the k the site page holds is judged
        for (int i = 0; i < std::clamp(s.quorumK, 1, 255); ++i)
            s.cards.push_back(standInCustodian(i + 1));
    return s; // (the machine's settings are read when the site is created: checkSpec does not use them)
}

Status SiteSetupWizard::checkCards(const QVector<site::SiteCard>& cards) const {
    // The cards alone: the quorum is judged on the page, once every card is in.
    site::SiteSpec s = spec(PinsPage);
    s.profile = QStringLiteral("development");
    s.fipsDeclaration = {};
    s.quorumK = 1;
    s.cards = cards;
    if (std::none_of(cards.begin(), cards.end(),
                     [](const site::SiteCard& c) { return c.role == QLatin1String("custodian"); }))
        s.cards.push_back(standInCustodian(int(cards.size()) + 1));
    return site::checkSpec(s);
}

void SiteSetupWizard::setBusy(bool busy) {
    m_busy = busy;
    button(QWizard::CancelButton)->setEnabled(!busy && !m_created);
    Q_EMIT busyChanged(busy); // the last page's completeChanged: Finish (Create site) waits
    // After the buttons' update above: no way back while the tokens change, nor once the site is made.
    button(QWizard::BackButton)->setEnabled(!busy && !m_created);
}

void SiteSetupWizard::startCreation() {
    if (m_busy || m_created)
        return;
    site::SiteSpec s = spec(SummaryPage);
    s.machine = workspace::MachineSettings::load();
    m_error.clear();
    m_warning.clear();
    setBusy(true);
    SiteSetupWizard* self = this; // in the GUI thread only, while the operation (its child) lives
    OperationRunner::Callbacks<std::shared_ptr<CreateOutcome>> more;
    more.failed = [this](const QString& message) {
        m_error = message;
        setBusy(false);
        Q_EMIT creationFinished(false);
    };
    m_run = OperationRunner::start(
        this,
        [s = std::move(s), self](OperationControl& control) mutable {
            auto out = std::make_shared<CreateOutcome>();
            // Called on this worker thread: each step goes to the GUI thread, queued.
            const auto step = [&control, self](const QString& text) {
                control.inGuiThread([self, text] { Q_EMIT self->creationStep(text); });
            };
            auto ws = site::createSite(std::move(s), step, &out->warning);
            if (ws)
                out->workspace = std::move(*ws);
            else
                out->error = ws.error().message;
            return out;
        },
        [this](std::shared_ptr<CreateOutcome> r) {
            if (r->workspace) {
                m_workspace = std::move(r->workspace);
                m_warning = r->warning;
                m_created = true;
                clearSecrets(); // the site holds what it needs: the PINs are wiped here
                setButtonText(QWizard::FinishButton, tr("&Open the site"));
                setOption(QWizard::DisabledBackButtonOnLastPage); // the site is made: no way back
            } else {
                m_error = r->error;
            }
            setBusy(false);
            Q_EMIT creationFinished(m_created);
        },
        std::move(more));
}

std::unique_ptr<workspace::Workspace> SiteSetupWizard::takeWorkspace() {
    return std::move(m_workspace);
}

void SiteSetupWizard::clearSecrets() {
    m_keyTokenUserPin.clear();
    m_keyTokenSoPin.clear();
    m_journalTokenPin.clear();
    for (site::SiteCard& c : m_cards)
        c.pin.clear();
}

void SiteSetupWizard::done(int result) {
    if (m_busy)
        return; // the creation owns the outcome: it finishes, or undoes itself, first
    // Accepted is QWizard's Finish: the last page is checked first (Create site, which needs the
    // PINs), and the wizard closes only once the site is made (and the PINs are wiped then).
    if (result != QDialog::Accepted)
        clearSecrets();
    QWizard::done(result);
}

} // namespace symbolon::ui
