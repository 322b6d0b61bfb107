#include "site/SiteSetupSummaryPage.h"

#include "common/RoleText.h"
#include "common/StatusColor.h"
#include "common/TerminalText.h"
#include "site/SiteSetupWizard.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
// Data as the characters it holds: controls, and the bidirectional marks that would reorder what
// follows them (a holder named "…\u202e…"), shown escaped (\u202e), as on a terminal.
QString shown(const QString& data) {
    return QString::fromUtf8(text::escapeForTerminal(data.toUtf8()));
}
} // namespace

SiteSetupSummaryPage::SiteSetupSummaryPage(SiteSetupWizard* wizard)
    : SiteSetupPage(wizard, SiteSetupWizard::SummaryPage) {
    setObjectName(QStringLiteral("siteSetupSummaryPage"));
    setTitle(tr("Create the site"));
    setSubTitle(tr("Nothing has changed yet. Create site checks every module, token and PIN first; a refusal "
                   "leaves the folder and the tokens as they were."));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Summary:"), this);
    layout->addWidget(label);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("siteSetupSummary"));
    m_summary->setAccessibleName(tr("Summary of the site"));
    m_summary->setReadOnly(true); // plain text: data is never markup
    m_summary->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    label->setBuddy(m_summary);
    layout->addWidget(m_summary, 3);

    m_progressLabel = new QLabel(tr("Pro&gress:"), this);
    layout->addWidget(m_progressLabel);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("siteSetupSteps"));
    m_steps->setAccessibleName(tr("Steps of the creation"));
    m_steps->setMaximumHeight(120);
    m_progressLabel->setBuddy(m_steps);
    layout->addWidget(m_steps, 1);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("siteSetupOutcome"));
    m_outcome->setTextFormat(Qt::PlainText); // core's sentences name data
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_outcome);
    layout->addWidget(errorLabel());
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("siteSetupNext"));
    m_next->setWordWrap(true);
    m_next->setTextFormat(Qt::PlainText); // a warning is core's sentence
    layout->addWidget(m_next);

    connect(wizard, &SiteSetupWizard::creationStep, this, &SiteSetupSummaryPage::addStep);
    connect(wizard, &SiteSetupWizard::creationFinished, this, &SiteSetupSummaryPage::finished);
    connect(wizard, &SiteSetupWizard::busyChanged, this, &QWizardPage::completeChanged);
}

void SiteSetupSummaryPage::initializePage() {
    m_summary->setPlainText(summary());
    if (!m_wizard->isCreated()) {
        m_steps->clear();
        m_progressLabel->hide();
        m_steps->hide();
        m_outcome->clear();
        m_outcome->hide();
        m_next->clear();
        m_next->hide();
        clearRefusal();
    }
    m_summary->setFocus();
}

QString SiteSetupSummaryPage::summary() const {
    return summaryOf(m_wizard->spec(), m_wizard->takesOverSoPin());
}

QString SiteSetupSummaryPage::summaryOf(const site::SiteSpec& spec, bool takesOverSoPin) {
    QStringList out;
    int custodians = 0;
    for (const site::SiteCard& c : spec.cards)
        if (c.role == QLatin1String("custodian"))
            ++custodians;
    const bool production = spec.profile == QLatin1String("production");
    out << tr("Site")
        << tr("  Folder: %1").arg(shown(spec.dir.isEmpty() ? QString() : QDir(spec.dir).absolutePath()))
        << tr("  Name: %1").arg(shown(spec.name))
        << tr("  Profile: %1").arg(production ? tr("production") : tr("development"))
        << tr("  Quorum: %1 of %2 custodians' cards").arg(spec.quorumK).arg(custodians);
    if (production)
        out << tr("  FIPS 140-2 Level 3: %1 %2, serial %3, certificate %4")
                   .arg(shown(spec.fipsDeclaration.value(QLatin1String("manufacturer")).toString()),
                        shown(spec.fipsDeclaration.value(QLatin1String("model")).toString()),
                        shown(spec.fipsDeclaration.value(QLatin1String("serial")).toString()),
                        shown(spec.fipsDeclaration.value(QLatin1String("certificate")).toString()));
    const auto module = [](const QString& name, const QString& args, const QString& entry) {
        QString s = name.isEmpty() ? tr("the cards' module") : shown(name);
        if (!args.isEmpty())
            s += tr(", parameters %1").arg(shown(args));
        if (!entry.isEmpty())
            s += tr(", entry point %1").arg(shown(entry));
        return s;
    };
    out << QString() << tr("Tokens")
        << tr("  Cards' module: %1").arg(module(spec.cardModule, spec.cardModuleInitArgs, QString()))
        << tr("  Key token: %1").arg(shown(spec.keyToken.tokenUri))
        << tr("    its module: %1")
               .arg(module(spec.keyToken.module, spec.keyToken.initArgs, spec.keyToken.functionList))
        << tr("  Journal token: %1").arg(shown(spec.journalToken.tokenUri))
        << tr("    its module: %1")
               .arg(module(spec.journalToken.module, spec.journalToken.initArgs,
                           spec.journalToken.functionList));
    // Whether a PIN was typed, never the PIN.
    const auto entered = [](const SecureBytes& pin) { return pin.empty() ? tr("missing") : tr("entered"); };
    out << QString() << tr("PINs (none is shown)")
        << tr("  Key token's user PIN: %1; it will be replaced by a random PIN, split %2-of-%3 onto the "
              "custodians' cards and never shown.")
               .arg(entered(spec.keyTokenUserPin))
               .arg(spec.quorumK)
               .arg(custodians)
        << (takesOverSoPin
                ? tr("  Key token's SO PIN: %1; taken over and split too.").arg(entered(spec.keyTokenSoPin))
                : tr("  Key token's SO PIN: not taken over; it stays with the HSM administrator."))
        << tr("  Journal token's PIN: %1; kept in the workspace to sign checkpoints.")
               .arg(entered(spec.journalTokenPin));
    out << QString() << tr("Cards (%n)", nullptr, int(spec.cards.size()));
    for (qsizetype i = 0; i < spec.cards.size(); ++i) {
        const site::SiteCard& c = spec.cards[i];
        out << tr("  %1. %2 — %3 — %4 — PIN %5")
                   .arg(i + 1)
                   .arg(shown(c.holder), roleText(c.role), shown(c.tokenUri), entered(c.pin));
    }
    return out.join(QLatin1Char('\n'));
}

bool SiteSetupSummaryPage::isComplete() const {
    return !m_wizard->isBusy();
}

bool SiteSetupSummaryPage::validatePage() {
    if (m_wizard->isCreated())
        return true; // Open the site
    if (m_wizard->isBusy())
        return false;
    if (!SiteSetupPage::validatePage())
        return false;
    m_summary->setPlainText(summary());
    m_steps->clear();
    m_progressLabel->show();
    m_steps->show();
    m_outcome->clear();
    m_outcome->hide();
    m_next->hide();
    m_wizard->startCreation();
    return false; // the wizard stays on this page until the site is made
}

void SiteSetupSummaryPage::addStep(const QString& step) {
    m_steps->addItem(step);
    m_steps->scrollToBottom();
}

void SiteSetupSummaryPage::finished(bool ok) {
    if (ok) {
        addStep(tr("Done."));
        setSubTitle(
            tr("The site is made. Open it, and before its first ceremony run Ceremonies ▸ HSM readiness "
               "check under a quorum of the custodians' cards."));
        m_outcome->setStyleSheet(statusStyleSheet(StatusTone::Ok));
        m_outcome->setText(
            tr("The site is made. The key token's PIN was replaced by a random one, split among "
               "the custodians' cards; nobody has seen it."));
        m_outcome->show();
        if (const QString warning = m_wizard->creationWarning(); !warning.isEmpty()) {
            m_next->setStyleSheet(statusStyleSheet(StatusTone::Warning));
            m_next->setText(warning);
            m_next->show();
        }
    } else {
        refuse(m_wizard->creationError()); // core's sentence, as it is
        m_next->setStyleSheet(QString());
        // createSite undoes what it made, but for a key token that may have taken the new PIN: then
        // the folder is kept with that in its journal (the message says so).
        const QString dir = m_wizard->spec(SiteSetupWizard::SitePage).dir;
        m_next->setText(QFileInfo::exists(QDir(dir).filePath(QStringLiteral("workspace.json")))
                            ? tr("The site folder was kept, as the message says: open it with a custodian's "
                                 "card rather than creating the site again.")
                            : tr("Nothing was made. Go back, correct what the message names and press Create "
                                 "site again."));
        m_next->show();
    }
}

void SiteSetupSummaryPage::fill(site::SiteSpec&) const {}

void SiteSetupSummaryPage::load(const site::SiteSpec&) {}

} // namespace symbolon::ui
