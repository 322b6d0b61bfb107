#include "site/SiteSetupTokenPicker.h"

#include "common/OperationRunner.h"
#include "common/StatusColor.h"
#include "hsm/Module.h"
#include "workspace/MachineSettings.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
enum Column { LabelColumn, SerialColumn, ModelColumn, UriColumn };
using Listing = Result<QVector<hsm::TokenInfo>>;
} // namespace

SiteSetupTokenPicker::SiteSetupTokenPicker(const workspace::RoleModule& module, const QString& what,
                                           QWidget* parent)
    : QDialog(parent), m_module(module) {
    setObjectName(QStringLiteral("siteSetupTokenPicker"));
    setWindowTitle(tr("Tokens — Symbolon"));
    resize(960, 420);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The tokens of %1 for %2. The module is loaded in this program with the "
                                "parameters given; to load it with others later, restart Symbolon.")
                                 .arg(module.module, what),
                             this);
    intro->setObjectName(QStringLiteral("siteSetupTokenPickerIntro"));
    intro->setTextFormat(Qt::PlainText); // a module's name or path is data
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* label = new QLabel(tr("&Tokens:"), this);
    layout->addWidget(label);
    m_tokens = new QTreeWidget(this);
    m_tokens->setObjectName(QStringLiteral("siteSetupTokenList"));
    m_tokens->setAccessibleName(tr("Tokens of the module"));
    m_tokens->setRootIsDecorated(false);
    m_tokens->setUniformRowHeights(true);
    m_tokens->setHeaderLabels({tr("Label"), tr("Serial"), tr("Manufacturer and model"), tr("URI")});
    m_tokens->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tokens->header()->setStretchLastSection(true);
    label->setBuddy(m_tokens);
    layout->addWidget(m_tokens, 1);

    // The chosen token's whole URI (the column is elided): what Use this token puts in the field.
    m_selected = new QLabel(this);
    m_selected->setObjectName(QStringLiteral("siteSetupTokenPickerUri"));
    m_selected->setTextFormat(Qt::PlainText); // a token's label is data
    m_selected->setWordWrap(true);
    m_selected->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_selected);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("siteSetupTokenPickerStatus"));
    m_status->setTextFormat(Qt::PlainText); // core's sentence, naming the module
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_use = buttons->addButton(tr("&Use this token"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("siteSetupUseToken"));
    m_refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ResetRole);
    m_refresh->setObjectName(QStringLiteral("siteSetupRefreshTokens"));
    m_refresh->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(m_use, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_tokens->currentItem()) {
            m_uri = item->text(UriColumn);
            accept();
        }
    });
    connect(m_refresh, &QPushButton::clicked, this, &SiteSetupTokenPicker::list);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tokens, &QTreeWidget::currentItemChanged, this, &SiteSetupTokenPicker::updateUse);
    connect(m_tokens, &QTreeWidget::itemActivated, m_use, &QPushButton::click);
    list();
}

void SiteSetupTokenPicker::updateUse() {
    QTreeWidgetItem* item = m_tokens->currentItem();
    m_selected->setText(item ? tr("URI: %1").arg(item->text(UriColumn)) : QString());
    m_use->setEnabled(!m_listing && item);
    m_refresh->setEnabled(!m_listing);
}

void SiteSetupTokenPicker::list() {
    if (m_listing)
        return;
    m_listing = true;
    m_tokens->clear();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Loading the module and listing its tokens…"));
    updateUse();
    // Only this machine's opt-in to development modules: the module by the rules site creation
    // loads it with (hsm::ModuleRegistry), not a module path from Settings.
    workspace::MachineSettings machine;
    machine.developmentModules = workspace::MachineSettings::load().developmentModules;
    OperationRunner::start(
        this,
        [module = m_module, machine] {
            auto loaded = workspace::Workspace::loadRoleModule(module, nullptr, machine);
            if (!loaded)
                return std::make_shared<Listing>(loaded.error());
            return std::make_shared<Listing>((*loaded)->tokens(false));
        },
        [this](std::shared_ptr<Listing> r) {
            m_listing = false;
            if (!r->ok()) {
                m_status->setStyleSheet(statusStyleSheet(StatusTone::Error));
                m_status->setText(r->error().message);
            } else {
                for (const hsm::TokenInfo& t : r->value()) {
                    auto* item = new QTreeWidgetItem(m_tokens);
                    item->setText(LabelColumn, t.label);
                    item->setText(SerialColumn, t.serial);
                    item->setText(ModelColumn,
                                  QStringLiteral("%1 %2").arg(t.manufacturer, t.model).trimmed());
                    item->setText(UriColumn, t.uri);
                    item->setToolTip(UriColumn, t.uri);
                }
                m_status->setText(r->value().isEmpty()
                                      ? tr("The module shows no token.")
                                      : tr("%n token(s). Choose one and press Use this token.", nullptr,
                                           int(r->value().size())));
                if (m_tokens->topLevelItemCount() > 0)
                    m_tokens->setCurrentItem(m_tokens->topLevelItem(0));
                m_tokens->setFocus();
            }
            updateUse();
            Q_EMIT listed();
        });
}

} // namespace symbolon::ui
