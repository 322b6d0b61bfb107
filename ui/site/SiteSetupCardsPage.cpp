#include "site/SiteSetupCardsPage.h"

#include "common/RoleText.h"
#include "site/SiteSetupCardDialog.h"
#include "site/SiteSetupWizard.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
enum Column { HolderColumn, RoleColumn, UriColumn, PinColumn };
}

SiteSetupCardsPage::SiteSetupCardsPage(SiteSetupWizard* wizard)
    : SiteSetupPage(wizard, SiteSetupWizard::CardsPage) {
    setObjectName(QStringLiteral("siteSetupCardsPage"));
    setTitle(tr("The cards"));
    setSubTitle(tr("Every card of the site, each with its holder's PIN, typed by the holder. The custodians' "
                   "cards will hold the shares of the key token's PIN."));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Cards:"), this);
    layout->addWidget(label);
    auto* row = new QHBoxLayout();
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("siteSetupCards"));
    m_table->setAccessibleName(tr("The site's cards"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels({tr("Holder"), tr("Role"), tr("Card URI"), tr("PIN")});
    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(UriColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(HolderColumn, 180);
    m_table->setColumnWidth(RoleColumn, 100);
    m_table->setColumnWidth(PinColumn, 90);
    label->setBuddy(m_table);
    row->addWidget(m_table, 1);

    auto* buttons = new QVBoxLayout();
    m_add = new QPushButton(tr("&Add card…"), this);
    m_add->setObjectName(QStringLiteral("siteSetupAddCard"));
    m_add->setToolTip(tr("Adds a card: its holder, role, URI and PIN"));
    m_edit = new QPushButton(tr("&Edit card…"), this);
    m_edit->setObjectName(QStringLiteral("siteSetupEditCard"));
    m_edit->setToolTip(tr("Changes the chosen card, or its PIN"));
    m_remove = new QPushButton(tr("&Remove card"), this);
    m_remove->setObjectName(QStringLiteral("siteSetupRemoveCard"));
    m_remove->setToolTip(tr("Removes the chosen card from the list (nothing on the card changes)"));
    for (QPushButton* b : {m_add, m_edit, m_remove}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);

    m_quorum = new QLabel(this);
    m_quorum->setObjectName(QStringLiteral("siteSetupQuorum"));
    m_quorum->setWordWrap(true);
    layout->addWidget(m_quorum);
    layout->addWidget(errorLabel());

    nameField(QStringLiteral("k"), m_table);
    connect(m_add, &QPushButton::clicked, this, [this] { editCard(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_table->currentItem())
            editCard(m_table->indexOfTopLevelItem(m_table->currentItem()));
    });
    connect(m_table, &QTreeWidget::itemActivated, m_edit, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, &SiteSetupCardsPage::removeCard);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &SiteSetupCardsPage::updateButtons);
}

void SiteSetupCardsPage::initializePage() {
    refresh();
}

void SiteSetupCardsPage::refresh() {
    const int current = m_table->currentItem() ? m_table->indexOfTopLevelItem(m_table->currentItem()) : -1;
    m_table->clear();
    int custodians = 0;
    for (const site::SiteCard& card : m_wizard->cards()) {
        auto* item = new QTreeWidgetItem(m_table);
        item->setText(HolderColumn, card.holder);
        item->setText(RoleColumn, roleText(card.role));
        item->setText(UriColumn, card.tokenUri);
        item->setText(PinColumn, card.pin.empty() ? tr("missing") : tr("entered"));
        if (card.role == QLatin1String("custodian"))
            ++custodians;
    }
    if (current >= 0 && current < m_table->topLevelItemCount())
        m_table->setCurrentItem(m_table->topLevelItem(current));
    const int k = m_wizard->spec(SiteSetupWizard::SitePage).quorumK;
    m_quorum->setText(tr("Quorum: %1 of %2 — k (on the first page) of the custodians' cards (n = %2); "
                         "reviewers and responders hold no share.")
                          .arg(k)
                          .arg(custodians));
    updateButtons();
}

void SiteSetupCardsPage::updateButtons() {
    m_edit->setEnabled(m_table->currentItem());
    m_remove->setEnabled(m_table->currentItem());
}

void SiteSetupCardsPage::editCard(qsizetype index) {
    clearRefusal();
    auto* dialog = new SiteSetupCardDialog(m_wizard, index, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, index] {
        refresh();
        const int row = index < 0 ? m_table->topLevelItemCount() - 1 : int(index);
        if (row >= 0)
            m_table->setCurrentItem(m_table->topLevelItem(row));
        m_table->setFocus();
    });
    dialog->open();
}

void SiteSetupCardsPage::removeCard() {
    QTreeWidgetItem* item = m_table->currentItem();
    if (!item)
        return;
    const int row = m_table->indexOfTopLevelItem(item);
    QVector<site::SiteCard>& cards = m_wizard->cards();
    if (row < 0 || row >= cards.size())
        return;
    cards[row].pin.clear();
    cards.removeAt(row);
    clearRefusal();
    refresh();
    m_table->setFocus();
}

bool SiteSetupCardsPage::focusField(const QString& coreName) {
    // "card N" (core's words, in the interface's language): that row.
    for (int i = 0; i < m_table->topLevelItemCount(); ++i)
        if (coreName == QCoreApplication::translate("symbolon::site", "card %1").arg(i + 1)) {
            m_table->setCurrentItem(m_table->topLevelItem(i));
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
    return SiteSetupPage::focusField(coreName);
}

void SiteSetupCardsPage::fill(site::SiteSpec& spec) const {
    spec.cards = m_wizard->cards();
}

void SiteSetupCardsPage::load(const site::SiteSpec& spec) {
    m_wizard->cards() = spec.cards;
    refresh();
}

} // namespace symbolon::ui
