#include "open/OpenWorkspaceDialog.h"

#include "common/OperationRunner.h"
#include "common/PlainTextGuard.h"
#include "common/ProfileBanner.h"
#include "common/RoleText.h"
#include "common/SecretLineEdit.h"
#include "common/SecureBytes.h"
#include "common/StatusColor.h"
#include "hsm/EmbeddedTokenStore.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
enum CardColumn { HolderColumn, RoleColumn, CardColumn, StatusColumn };

struct OpenOutcome {
    std::unique_ptr<workspace::Workspace> workspace;
    QString error;
};

// Moves the line edit's text into locked memory and wipes what copies we can reach.
SecureBytes takePin(QLineEdit* edit) {
    QString text = edit->text();
    edit->clear();
    QByteArray utf8 = text.toUtf8();
    SecureBytes pin(utf8.constData(), std::size_t(utf8.size()));
    std::fill(utf8.begin(), utf8.end(), '\0');
    text.fill(QChar(0));
    return pin;
}
} // namespace

OpenWorkspaceDialog::OpenWorkspaceDialog(const QString& dir, QWidget* parent) : QDialog(parent), m_dir(dir) {
    PlainTextGuard::install(); // data in labels, message boxes and tooltips is plain text
    setObjectName(QStringLiteral("openWorkspaceDialog"));
    setWindowTitle(tr("Open workspace — Symbolon"));
    setMinimumWidth(620);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    // workspace.json holds no secret and is read without the card: the banner (and the demo's
    // PINs) can show before anyone logs in.
    const auto config = workspace::Workspace::readConfig(dir);
    if (config.ok())
        outer->addWidget(new ProfileBanner(config.value(), this));
    auto* layout = new QVBoxLayout();
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8); // else inherited from the outer layout (0)
    outer->addLayout(layout);

    auto* intro = new QLabel(
        config.ok() ? tr("<b>%1</b><br>%2").arg(config.value().name.toHtmlEscaped(), dir.toHtmlEscaped())
                    : tr("<b>Workspace:</b> %1").arg(dir.toHtmlEscaped()),
        this);
    intro->setObjectName(QStringLiteral("openWorkspacePath"));
    intro->setTextFormat(Qt::RichText); // the name and folder are escaped
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(new QLabel(tr("Choose your card:"), this));

    m_cards = new QTreeWidget(this);
    m_cards->setObjectName(QStringLiteral("cardList"));
    m_cards->setAccessibleName(tr("Cards that can open this workspace"));
    m_cards->setRootIsDecorated(false);
    m_cards->setUniformRowHeights(true);
    m_cards->setHeaderLabels({tr("Holder"), tr("Role"), tr("Card"), tr("Status")});
    m_cards->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cards->header()->setStretchLastSection(true);
    m_cards->setMinimumHeight(130);
    m_cards->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 3px 2px; }"));
    layout->addWidget(m_cards);

    auto* form = new QFormLayout();
    // Not echoed, no clipboard or drag, cleared when hidden (SecretLineEdit).
    m_pin = new SecretLineEdit(QLineEdit::NoEcho, this);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setAccessibleName(tr("Card PIN"));
    m_pin->setPlaceholderText(tr("PIN — not shown as you type"));
    form->addRow(tr("Card &PIN:"), m_pin);
    layout->addLayout(form);

    m_busyHint = new QLabel(this);
    m_busyHint->setObjectName(QStringLiteral("busyHint"));
    m_busyHint->hide();
    layout->addWidget(m_busyHint);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("openError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(statusColorName(StatusTone::Error)));
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("openButtons"));
    m_open = m_buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openButton"));
    m_open->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    auto* refresh = m_buttons->addButton(tr("&Refresh cards"), QDialogButtonBox::ResetRole);
    refresh->setObjectName(QStringLiteral("refreshCardsButton"));
    layout->addWidget(m_buttons);

    connect(m_open, &QPushButton::clicked, this, &OpenWorkspaceDialog::startOpen);
    connect(refresh, &QPushButton::clicked, this, &OpenWorkspaceDialog::refreshCards);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cards, &QTreeWidget::currentItemChanged, this, &OpenWorkspaceDialog::updateOpenEnabled);
    connect(m_pin, &QLineEdit::textChanged, this, &OpenWorkspaceDialog::updateOpenEnabled);
    connect(m_pin, &QLineEdit::textEdited, m_error, &QWidget::hide);

    refreshCards();
}

OpenWorkspaceDialog::~OpenWorkspaceDialog() {
    m_pin->clear();
}

std::unique_ptr<workspace::Workspace> OpenWorkspaceDialog::takeWorkspace() {
    return std::move(m_workspace);
}

void OpenWorkspaceDialog::done(int result) {
    if (m_busy && result != QDialog::Accepted)
        return; // the card operation in flight owns the outcome
    m_pin->clear();
    QDialog::done(result);
}

void OpenWorkspaceDialog::updateOpenEnabled() {
    QTreeWidgetItem* item = m_cards->currentItem();
    m_open->setEnabled(!m_busy && item && !m_pin->text().isEmpty());
}

void OpenWorkspaceDialog::setBusy(bool busy, const QString& hint) {
    m_busy = busy;
    m_cards->setEnabled(!busy);
    m_pin->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    m_busyHint->setText(hint);
    m_busyHint->setVisible(busy);
    if (busy)
        m_error->hide();
    updateOpenEnabled();
}

void OpenWorkspaceDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void OpenWorkspaceDialog::refreshCards() {
    using Cards = Result<QVector<workspace::Workspace::Card>>;
    setBusy(true, tr("Looking for cards…"));
    const auto done = [this](std::shared_ptr<Cards> result) {
        setBusy(false);
        const std::shared_ptr<Cards> r = result;
        m_cards->clear();
        if (!r->ok()) {
            showError(r->error().message);
            Q_EMIT cardsListed();
            return;
        }
        QTreeWidgetItem* firstPresent = nullptr;
        for (const workspace::Workspace::Card& c : r->value()) {
            auto* item = new QTreeWidgetItem(m_cards);
            item->setText(HolderColumn, c.keyslot.holder);
            item->setText(RoleColumn, roleText(c.keyslot.role));
            item->setText(CardColumn, c.present ? c.token.label : c.keyslot.tokenLabel);
            item->setText(StatusColumn, c.present ? tr("Present") : tr("Absent — insert the card"));
            item->setData(HolderColumn, Qt::UserRole, c.keyslot.tokenSerial);
            item->setToolTip(CardColumn, tr("Serial %1").arg(c.keyslot.tokenSerial));
            if (!c.present)
                item->setForeground(StatusColumn, palette().color(QPalette::PlaceholderText));
            if (c.present && !firstPresent)
                firstPresent = item;
        }
        if (firstPresent)
            m_cards->setCurrentItem(firstPresent);
        if (const QString notice = hsm::EmbeddedTokenStore::damagedNotice(); !notice.isEmpty())
            showError(notice);
        m_pin->setFocus();
        Q_EMIT cardsListed();
    };
    const QString dir = m_dir;
    OperationRunner::start(
        this,
        [dir] {
            return std::make_shared<Cards>(
                workspace::Workspace::cards(dir, workspace::MachineSettings::load()));
        },
        done);
}

void OpenWorkspaceDialog::startOpen() {
    QTreeWidgetItem* item = m_cards->currentItem();
    if (!item || m_busy)
        return;
    const QString serial = item->data(HolderColumn, Qt::UserRole).toString();
    SecureBytes pin = takePin(m_pin);
    setBusy(true, tr("Present your card… (checking the PIN and opening the workspace)"));

    const auto done = [this](std::shared_ptr<OpenOutcome> result) {
        const std::shared_ptr<OpenOutcome> r = result;
        setBusy(false);
        if (!r->workspace) {
            showError(r->error);
            m_pin->setFocus();
            return;
        }
        m_workspace = std::move(r->workspace);
        accept();
    };
    const QString dir = m_dir;
    OperationRunner::start(
        this,
        [dir, serial, pin = std::move(pin)]() mutable {
            auto out = std::make_shared<OpenOutcome>();
            auto ws = workspace::Workspace::open(dir, serial, pin, workspace::MachineSettings::load());
            pin.clear();
            if (ws)
                out->workspace = std::move(*ws);
            else
                out->error = ws.error().message;
            return out;
        },
        done);
}

} // namespace symbolon::ui
