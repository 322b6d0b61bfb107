#include "site/SiteSetupPinsPage.h"

#include "common/SecretLineEdit.h"
#include "quorum/KeyTokenShares.h"
#include "site/SiteSetupWizard.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
SecretLineEdit* pinEdit(const char* objectName, const QString& accessibleName, const QString& tip,
                        QWidget* parent) {
    // Not echoed, no clipboard or drag, cleared when hidden (SecretLineEdit).
    auto* edit = new SecretLineEdit(QLineEdit::NoEcho, parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setToolTip(tip);
    edit->setPlaceholderText(SiteSetupPinsPage::tr("PIN — not shown as you type"));
    return edit;
}

QLabel* note(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

SiteSetupPinsPage::SiteSetupPinsPage(SiteSetupWizard* wizard)
    : SiteSetupPage(wizard, SiteSetupWizard::PinsPage) {
    setObjectName(QStringLiteral("siteSetupPinsPage"));
    setTitle(tr("The tokens' PINs"));
    setSubTitle(tr("Typed by the HSM administrator, once. No PIN is ever shown, written to a log or put in "
                   "the summary."));
    auto* layout = new QVBoxLayout(this);
    // A grid rather than a form: QFormLayout gives its word-wrapped notes lines of empty space.
    auto* grid = new QGridLayout();
    grid->setColumnStretch(1, 1);
    int row = 0;
    const auto field = [&](const QString& label, QWidget* w) {
        auto* l = new QLabel(label, this);
        l->setBuddy(w);
        grid->addWidget(l, row, 0);
        grid->addWidget(w, row++, 1);
    };
    const auto under = [&](QWidget* w) { grid->addWidget(w, row++, 1); };
    const auto gap = [&] { grid->setRowMinimumHeight(row++, 10); };

    m_keyPin = pinEdit("siteSetupKeyTokenPin", tr("The key token's current user PIN (not shown)"),
                       tr("The key token's user PIN as the HSM administrator set it"), this);
    field(tr("Key token's current user &PIN:"), m_keyPin);
    m_keyHeld = new QLabel(this);
    m_keyHeld->setObjectName(QStringLiteral("siteSetupKeyTokenPinHeld"));
    under(m_keyHeld);
    auto* keyNote = note(
        tr("Symbolon checks this PIN, then replaces it with a random PIN of %1 characters that it splits "
           "k-of-n onto the custodians' cards and never shows to anyone. From then on this PIN no longer "
           "opens the key token: k custodians' cards do.")
            .arg(quorum::kKeyTokenPinLength),
        this);
    keyNote->setObjectName(QStringLiteral("siteSetupKeyTokenPinNote"));
    under(keyNote);
    gap();

    m_takeSo = new QCheckBox(tr("Take over the key token's &SO PIN too"), this);
    m_takeSo->setObjectName(QStringLiteral("siteSetupTakeSoPin"));
    m_takeSo->setToolTip(tr("Its SO PIN is replaced and split like the user PIN; unticked, the SO PIN stays "
                            "the HSM administrator's and the site register says so"));
    under(m_takeSo);
    m_soPin = pinEdit("siteSetupKeyTokenSoPin", tr("The key token's SO PIN (not shown)"),
                      tr("The key token's security officer PIN, to be taken over too"), this);
    field(tr("SO P&IN:"), m_soPin);
    m_soHeld = new QLabel(this);
    m_soHeld->setObjectName(QStringLiteral("siteSetupKeyTokenSoPinHeld"));
    under(m_soHeld);
    under(note(tr("Without it the SO PIN stays with the HSM administrator (NSS softoken has none)."), this));
    gap();

    m_journalPin = pinEdit("siteSetupJournalTokenPin", tr("The journal token's PIN (not shown)"),
                           tr("The journal token's user PIN"), this);
    field(tr("&Journal token's PIN:"), m_journalPin);
    m_journalHeld = new QLabel(this);
    m_journalHeld->setObjectName(QStringLiteral("siteSetupJournalTokenPinHeld"));
    under(m_journalHeld);
    under(
        note(tr("The journal signing key is generated on the journal token; the workspace keeps this PIN to "
                "sign checkpoints."),
             this));
    layout->addLayout(grid);
    layout->addWidget(errorLabel());
    layout->addStretch(1);

    nameField(QStringLiteral("key token PIN"), m_keyPin);
    nameField(QStringLiteral("journal token PIN"), m_journalPin);
    nameField(QStringLiteral("key token SO PIN"), m_soPin);

    connect(m_takeSo, &QCheckBox::toggled, this, [this](bool on) {
        m_soPin->setEnabled(on);
        if (!on) {
            m_soPin->clear();
            m_wizard->keyTokenSoPin().clear();
        }
        updateHeld();
    });
    m_soPin->setEnabled(false);
    for (SecretLineEdit* e : {m_keyPin, m_soPin, m_journalPin})
        connect(e, &QLineEdit::textChanged, this, &SiteSetupPinsPage::updateHeld);
}

void SiteSetupPinsPage::initializePage() {
    updateHeld();
}

bool SiteSetupPinsPage::takesOverSoPin() const {
    return m_takeSo->isChecked();
}

void SiteSetupPinsPage::updateHeld() {
    // A PIN typed before is kept (the fields are cleared whenever the page is hidden): say so, and
    // that typing replaces it.
    const auto say = [](QLabel* label, const SecureBytes& held, const SecretLineEdit* edit) {
        label->setText(held.empty() || !edit->text().isEmpty()
                           ? QString()
                           : tr("Entered (not shown). Type it again only to replace it."));
        label->setVisible(!label->text().isEmpty());
    };
    say(m_keyHeld, m_wizard->keyTokenUserPin(), m_keyPin);
    say(m_soHeld, m_wizard->keyTokenSoPin(), m_soPin);
    say(m_journalHeld, m_wizard->journalTokenPin(), m_journalPin);
}

bool SiteSetupPinsPage::validatePage() {
    takeInput();
    // The spec says "not taken over" with an empty SO PIN: a ticked box without one would make the
    // site quietly leaving the SO PIN with the HSM administrator.
    if (m_takeSo->isChecked() && m_wizard->keyTokenSoPin().empty()) {
        refuse(tr("key token SO PIN: type the SO PIN the site gives, or untick \"Take over the key "
                  "token's SO PIN too\"."));
        return false;
    }
    return SiteSetupPage::validatePage();
}

void SiteSetupPinsPage::takeInput() {
    if (!m_keyPin->text().isEmpty())
        m_wizard->keyTokenUserPin() = m_keyPin->take();
    if (m_takeSo->isChecked() && !m_soPin->text().isEmpty())
        m_wizard->keyTokenSoPin() = m_soPin->take();
    if (!m_takeSo->isChecked())
        m_wizard->keyTokenSoPin().clear();
    if (!m_journalPin->text().isEmpty())
        m_wizard->journalTokenPin() = m_journalPin->take();
    updateHeld();
}

void SiteSetupPinsPage::fill(site::SiteSpec& spec) const {
    spec.keyTokenUserPin = m_wizard->keyTokenUserPin();
    spec.keyTokenSoPin = m_takeSo->isChecked() ? m_wizard->keyTokenSoPin() : SecureBytes();
    spec.journalTokenPin = m_wizard->journalTokenPin();
}

void SiteSetupPinsPage::load(const site::SiteSpec& spec) {
    m_wizard->keyTokenUserPin() = spec.keyTokenUserPin;
    m_wizard->keyTokenSoPin() = spec.keyTokenSoPin;
    m_wizard->journalTokenPin() = spec.journalTokenPin;
    m_takeSo->setChecked(!spec.keyTokenSoPin.empty());
    updateHeld();
}

} // namespace symbolon::ui
