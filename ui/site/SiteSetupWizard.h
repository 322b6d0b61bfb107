#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "site/SiteCreation.h"

#include <QPointer>
#include <QVector>
#include <QWizard>

#include <memory>

namespace symbolon::workspace {
class Workspace;
}

namespace symbolon::ui {

class Operation;
class SiteSetupPage;

// The console's Site Setup wizard (issue #18): what `symbolon-cli site create` asks for, page by
// page (site, tokens, PINs, cards), then a summary and site::createSite off the GUI thread. Each
// page is checked before it is left (site::checkSpec, no token touched); the creation's refusal
// is core's sentence, shown on the last page, and createSite leaves nothing behind, so the
// custodians go back, correct the field and create again.
//
// The PINs go from their fields into SecureBytes held here as soon as a page is left (the fields
// are cleared when hidden); they are never shown, never in the summary, and are wiped when the
// wizard closes or the site is made.
class SiteSetupWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { SitePage, TokensPage, PinsPage, CardsPage, SummaryPage };

    explicit SiteSetupWizard(const QString& dir, QWidget* parent = nullptr);
    ~SiteSetupWizard() override;

    // Why the wizard is open, shown at the top of the first page (the console found no workspace
    // in the folder it was given).
    void setIntroduction(const QString& text);
    // The introduction when the console was given a folder with no workspace in it.
    static QString noWorkspaceIntroduction(const QString& dir);
    // Every field from `spec`, PINs included (the screenshots' sample site).
    void prefill(const site::SiteSpec& spec);

    // The site as the pages hold it up to `upToPage`; the fields of the later pages are stand-ins
    // that checkSpec accepts, so that its first refusal is about a page already seen. The PINs are
    // copies of the held ones (SecureBytes).
    site::SiteSpec spec(int upToPage = SummaryPage) const;
    // site::checkSpec on these cards with the pages before the cards' (the card dialog's check).
    [[nodiscard]] Status checkCards(const QVector<site::SiteCard>& cards) const;

    // What the PIN and card pages took from their fields.
    SecureBytes& keyTokenUserPin() { return m_keyTokenUserPin; }
    SecureBytes& keyTokenSoPin() { return m_keyTokenSoPin; }
    SecureBytes& journalTokenPin() { return m_journalTokenPin; }
    QVector<site::SiteCard>& cards() { return m_cards; }
    const QVector<site::SiteCard>& cards() const { return m_cards; }
    bool takesOverSoPin() const;

    // Runs site::createSite with spec() off the GUI thread: creationStep for each step, then
    // creationFinished once.
    void startCreation();
    bool isBusy() const { return m_busy; }
    bool isCreated() const { return m_created; }
    QString creationError() const { return m_error; }
    QString creationWarning() const { return m_warning; }
    // The new site's workspace, open, once created (the console opens it).
    std::unique_ptr<workspace::Workspace> takeWorkspace();

    // "site", "tokens", "pins", "cards", "summary": screenshot file names.
    static QString pageName(int id);

    void done(int result) override;

Q_SIGNALS:
    void creationStep(const QString& step);
    void creationFinished(bool ok);
    void busyChanged(bool busy);

private:
    SiteSetupPage* setupPage(int id) const;
    void setBusy(bool busy);
    void clearSecrets();

    SecureBytes m_keyTokenUserPin;
    SecureBytes m_keyTokenSoPin;
    SecureBytes m_journalTokenPin;
    QVector<site::SiteCard> m_cards;

    QPointer<Operation> m_run;
    bool m_busy = false;
    bool m_created = false;
    QString m_error;
    QString m_warning;
    std::unique_ptr<workspace::Workspace> m_workspace;
};

} // namespace symbolon::ui
