#include "site/SiteSetupCardDialog.h"

#include "common/RoleText.h"
#include "common/SecretLineEdit.h"
#include "common/StatusColor.h"
#include "hsm/Pkcs11Uri.h"
#include "policy/Role.h"
#include "site/SiteSetupTokenPicker.h"
#include "site/SiteSetupWizard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace symbolon::ui {

SiteSetupCardDialog::SiteSetupCardDialog(SiteSetupWizard* wizard, qsizetype index, QWidget* parent)
    : QDialog(parent), m_wizard(wizard), m_index(index) {
    setObjectName(QStringLiteral("siteSetupCardDialog"));
    setWindowTitle(index < 0 ? tr("Add a card — Symbolon") : tr("Edit a card — Symbolon"));
    setMinimumWidth(600);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();

    m_holder = new QLineEdit(this);
    m_holder->setObjectName(QStringLiteral("siteSetupCardHolder"));
    m_holder->setToolTip(tr("The person who holds the card, as the site register will name them"));
    form->addRow(tr("&Holder:"), m_holder);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("siteSetupCardRole"));
    m_role->setToolTip(tr("Custodians hold a share of the key token's PIN and approve ceremonies; reviewers "
                          "and responders hold none"));
    for (policy::Role r : policy::kAllRoles)
        m_role->addItem(roleText(policy::roleCode(r)), policy::roleCode(r));
    form->addRow(tr("&Role:"), m_role);

    m_uri = new QLineEdit(this);
    m_uri->setObjectName(QStringLiteral("siteSetupCardUri"));
    m_uri->setPlaceholderText(tr("pkcs11:token=…"));
    m_uri->setToolTip(tr("The RFC 7512 URI of the card in the cards' module (pkcs11:token=LABEL or "
                         "pkcs11:serial=…)"));
    auto* list = new QPushButton(tr("&List cards…"), this);
    list->setObjectName(QStringLiteral("siteSetupListCards"));
    list->setToolTip(tr("Lists the tokens of the cards' module to choose this card from"));
    list->setAutoDefault(false);
    auto* uriRow = new QHBoxLayout();
    uriRow->addWidget(m_uri, 1);
    uriRow->addWidget(list);
    auto* uriLabel = new QLabel(tr("Card &URI:"), this); // a layout row gets no buddy from addRow
    uriLabel->setBuddy(m_uri);
    form->addRow(uriLabel, uriRow);

    // Not echoed, no clipboard or drag, cleared when hidden (SecretLineEdit).
    m_pin = new SecretLineEdit(QLineEdit::NoEcho, this);
    m_pin->setObjectName(QStringLiteral("siteSetupCardPin"));
    m_pin->setAccessibleName(tr("Card PIN (not shown)"));
    m_pin->setToolTip(tr("Typed by the card's holder: the card signs the site register with it"));
    m_pin->setPlaceholderText(tr("PIN — typed by its holder, not shown"));
    form->addRow(tr("Card &PIN:"), m_pin);
    m_pinHeld = new QLabel(this);
    m_pinHeld->setObjectName(QStringLiteral("siteSetupCardPinHeld"));
    form->addRow(QString(), m_pinHeld);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("siteSetupCardError"));
    m_error->setTextFormat(Qt::PlainText); // core's sentence names the holder and the URI
    m_error->setWordWrap(true);
    m_error->setStyleSheet(statusStyleSheet(StatusTone::Error));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* ok = buttons->addButton(index < 0 ? tr("&Add") : tr("&Save"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("siteSetupCardOk"));
    ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("siteSetupCardCancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    layout->addWidget(buttons);

    if (index >= 0 && index < wizard->cards().size()) {
        const site::SiteCard& card = wizard->cards()[index];
        m_holder->setText(card.holder);
        m_role->setCurrentIndex(std::max(0, m_role->findData(card.role)));
        m_uri->setText(card.tokenUri);
        m_heldPin = card.pin;
    }
    const auto updateHeld = [this] {
        m_pinHeld->setText(m_heldPin.empty() || !m_pin->text().isEmpty()
                               ? QString()
                               : tr("Entered (not shown). Type it again only to replace it."));
        m_pinHeld->setVisible(!m_pinHeld->text().isEmpty());
    };
    updateHeld();
    connect(m_pin, &QLineEdit::textChanged, this, updateHeld);
    connect(ok, &QPushButton::clicked, this, &SiteSetupCardDialog::save);
    connect(list, &QPushButton::clicked, this, &SiteSetupCardDialog::listCards);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SiteSetupCardDialog::~SiteSetupCardDialog() {
    m_pin->clear();
    m_heldPin.clear();
}

void SiteSetupCardDialog::done(int result) {
    m_pin->clear();
    m_heldPin.clear();
    QDialog::done(result);
}

void SiteSetupCardDialog::listCards() {
    const site::SiteSpec spec = m_wizard->spec(SiteSetupWizard::TokensPage);
    workspace::RoleModule module;
    module.module = spec.cardModule;
    module.initArgs = spec.cardModuleInitArgs;
    if (module.module.isEmpty()) {
        m_error->setText(tr("card module: name the cards' PKCS#11 module first (on the tokens page)."));
        m_error->show();
        return;
    }
    auto* picker = new SiteSetupTokenPicker(module, tr("the custodians' cards"), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] {
        m_uri->setText(picker->chosenUri());
        m_pin->setFocus();
    });
    picker->open();
}

void SiteSetupCardDialog::save() {
    if (!m_pin->text().isEmpty())
        m_heldPin = m_pin->take();
    site::SiteCard card{m_holder->text().trimmed(), m_role->currentData().toString(), m_uri->text().trimmed(),
                        m_heldPin};
    QVector<site::SiteCard> cards = m_wizard->cards();
    const qsizetype at = m_index >= 0 && m_index < cards.size() ? m_index : cards.size();
    if (at == cards.size())
        cards.push_back(card);
    else
        cards[at] = card;
    if (auto s = m_wizard->checkCards(cards); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        // The field checkSpec found wrong, in its order: holder, URI, PIN; else the URI (a card
        // listed twice).
        QWidget* field = card.holder.isEmpty()                           ? m_holder
                         : !hsm::Pkcs11Uri::checkTokenUri(card.tokenUri) ? static_cast<QWidget*>(m_uri)
                         : m_heldPin.empty()                             ? m_pin
                                                                         : m_uri;
        field->setFocus();
        if (!m_heldPin.empty()) {
            m_pinHeld->setText(tr("Entered (not shown). Type it again only to replace it."));
            m_pinHeld->show();
        }
        return;
    }
    m_wizard->cards() = std::move(cards);
    accept();
}

} // namespace symbolon::ui
