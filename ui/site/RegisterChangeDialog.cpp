#include "site/RegisterChangeDialog.h"

#include "common/OperationRunner.h"
#include "common/PlainTextGuard.h"
#include "common/RoleText.h"
#include "common/SecretLineEdit.h"
#include "common/StatusColor.h"
#include "hsm/Module.h"
#include "policy/Role.h"
#include "quorum/KeyTokenReshare.h"
#include "workspace/SiteRegisterChange.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
QString cardText(const workspace::RegisteredCard& c) {
    return RegisterChangeDialog::tr("%1 — %2 (%3)").arg(c.cardLabel, c.holder, roleText(c.role));
}

QLabel* plainLabel(QWidget* parent, const char* name) {
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    return l;
}

struct CommitOutcome {
    Status status;
    bool recorded = false;
    bool keyOwed = false;
    QString keyError; // the key change failed for another reason than a connection still open
};

// The commit, then the database key when a card left: the commit changed it unless another
// connection was open; one a background task held (a search, a verification) closes soon, so it
// is tried again for 3 s, rather than left to the console's close.
CommitOutcome commitAndChangeKey(workspace::SiteRegisterChange& change, workspace::Workspace& ws) {
    CommitOutcome out;
    out.status = change.commit();
    // An error after the register's transaction (signing the checkpoint) leaves it made.
    out.recorded = ws.siteRegister().version == change.proposed().version &&
                   ws.siteRegister().digestHex() == change.proposed().digestHex();
    for (int tries = 0; out.recorded; ++tries) {
        const Status changed = ws.changeDatabaseKeyIfOwed(); // nothing when none is owed
        out.keyOwed = !changed;
        if (changed || changed.error().code != ErrorCode::Busy) {
            out.keyError = changed ? QString() : changed.error().message;
            break;
        }
        if (tries == 30)
            break;
        QThread::msleep(100);
    }
    return out;
}
} // namespace

RegisterChangeDialog::RegisterChangeDialog(workspace::Workspace& ws, RegisterChangeKind kind,
                                           const QString& cardSerial, QWidget* parent)
    : QDialog(parent), m_ws(ws), m_kind(kind), m_initialSerial(cardSerial) {
    PlainTextGuard::install();
    setObjectName(QStringLiteral("registerChangeDialog"));
    const QString titles[] = {tr("Enrol a card"), tr("Retire a card"), tr("Replace a card"),
                              tr("Change a person's role"), tr("Change the quorum")};
    setWindowTitle(titles[int(kind)]);
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);
    buildChangePage();
    buildApprovalPage();

    m_busyHint = plainLabel(this, "registerChangeBusy");
    m_busyHint->hide();
    layout->addWidget(m_busyHint);
    m_error = plainLabel(this, "registerChangeError");
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(statusColorName(StatusTone::Error)));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);
    connect(m_approverPin, &QLineEdit::textEdited, m_error, &QWidget::hide);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(660, 520);
    listTokens();
}

RegisterChangeDialog::~RegisterChangeDialog() {
    if (m_running)
        m_running->waitForFinished(); // the work uses m_change and the workspace
    if (m_change)                     // logs the approvers' cards out, off the GUI thread
        OperationRunner::detach([change = std::move(m_change)]() mutable { change.reset(); });
}

void RegisterChangeDialog::buildChangePage() {
    auto* page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("registerChangePage"));
    auto* l = new QVBoxLayout(page);
    QLabel* intro = plainLabel(page, "registerChangeIntro");
    const workspace::SiteRegister& reg = m_ws.siteRegister();
    const QString intros[] = {
        tr("A new card is enrolled: its EC P-256 key pair is made on the card, which must be present now "
           "with its PIN. As a custodian's card it receives a share of the key token's PINs, which are "
           "changed and re-dealt over the custodians."),
        tr("The card leaves the site: it can no longer open the workspace nor approve. The key token's "
           "PINs are changed and re-dealt, so that its share, with others, logs nothing in; the journal "
           "token's PIN and the database key change too, so that nothing its holder kept opens or signs."),
        tr("The card leaves the site and a new card is enrolled for the same holder and role (its key "
           "pair is made on the card, present now with its PIN). The key token's PINs, the journal "
           "token's PIN and the database key change, as when a card is retired."),
        tr("The person moves to another role, with every card they hold. A custodian who gains or loses "
           "that role changes who holds the key token's PIN shares: they are re-dealt."),
        tr("k is the number of custodians whose cards a quorum needs, and n the custodians who hold a "
           "share (one per person). A new k re-deals the key token's PINs k of n.")};
    intro->setText(intros[int(m_kind)]);
    l->addWidget(intro);

    auto* form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const bool onACard = m_kind == RegisterChangeKind::RetireCard ||
                         m_kind == RegisterChangeKind::ReplaceCard ||
                         m_kind == RegisterChangeKind::ChangeRole;
    if (onACard) {
        m_card = new QComboBox(page);
        m_card->setObjectName(QStringLiteral("registerChangeCard"));
        m_card->setAccessibleName(tr("Card"));
        for (const workspace::RegisteredCard& c : reg.cards) // not the card this console runs on
            if (c.isActive() && c.cardSerial != m_ws.identity().tokenSerial)
                m_card->addItem(cardText(c), c.cardSerial);
        m_card->setCurrentIndex(m_card->findData(m_initialSerial));
        m_card->setPlaceholderText(tr("Choose the card"));
        form->addRow(tr("&Card:"), m_card);
    }
    if (m_kind == RegisterChangeKind::RetireCard) {
        m_why = new QComboBox(page);
        m_why->setObjectName(QStringLiteral("registerChangeWhy"));
        m_why->setAccessibleName(tr("Why"));
        m_why->addItems({tr("The holder has left"), tr("The card is lost"), tr("The card is damaged")});
        form->addRow(tr("&Why:"), m_why);
    }
    if (m_kind == RegisterChangeKind::EnrolCard || m_kind == RegisterChangeKind::ReplaceCard) {
        auto* row = new QHBoxLayout();
        m_newCard = new QComboBox(page);
        m_newCard->setObjectName(QStringLiteral("registerChangeNewCard"));
        m_newCard->setAccessibleName(tr("New card"));
        m_newCard->setPlaceholderText(tr("Reading the cards…"));
        auto* reread = new QPushButton(tr("Read the car&ds again"), page);
        reread->setObjectName(QStringLiteral("registerChangeReread"));
        reread->setAutoDefault(false);
        connect(reread, &QPushButton::clicked, this, &RegisterChangeDialog::listTokens);
        row->addWidget(m_newCard, 1);
        row->addWidget(reread);
        auto* newCardLabel = new QLabel(tr("&New card:"), page);
        newCardLabel->setBuddy(m_newCard);
        form->addRow(newCardLabel, row);
        m_newPin = new SecretLineEdit(QLineEdit::NoEcho, page);
        m_newPin->setObjectName(QStringLiteral("registerChangeNewPin"));
        m_newPin->setAccessibleName(tr("The new card's PIN (not shown)"));
        m_newPin->setPlaceholderText(tr("PIN — not shown as you type"));
        form->addRow(tr("New card's P&IN:"), m_newPin);
    }
    if (m_kind == RegisterChangeKind::EnrolCard) {
        m_holder = new QLineEdit(page);
        m_holder->setObjectName(QStringLiteral("registerChangeHolder"));
        m_holder->setAccessibleName(tr("Holder"));
        m_holder->setMaxLength(200);
        form->addRow(tr("&Holder:"), m_holder);
    }
    if (m_kind == RegisterChangeKind::EnrolCard || m_kind == RegisterChangeKind::ChangeRole) {
        m_role = new QComboBox(page);
        m_role->setObjectName(QStringLiteral("registerChangeRole"));
        m_role->setAccessibleName(tr("Role"));
        for (policy::Role r : policy::kAllRoles)
            m_role->addItem(roleText(policy::roleCode(r)), policy::roleCode(r));
        form->addRow(m_kind == RegisterChangeKind::ChangeRole ? tr("New &role:") : tr("&Role:"), m_role);
    }
    if (m_kind == RegisterChangeKind::ChangeQuorum) {
        m_k = new QSpinBox(page);
        m_k->setObjectName(QStringLiteral("registerChangeK"));
        m_k->setAccessibleName(tr("k"));
        const int n = reg.activePersons(QStringLiteral("custodian"));
        m_k->setRange(1, qMax(1, n));
        m_k->setValue(reg.settings.quorumK);
        m_k->setSuffix(tr(" of %1 custodians").arg(n));
        form->addRow(tr("&k:"), m_k);
    }
    m_reason = new QLineEdit(page);
    m_reason->setObjectName(QStringLiteral("registerChangeReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("Why, with the ticket or HR reference: signed into the register"));
    form->addRow(tr("R&eason:"), m_reason);
    l->addLayout(form);
    l->addStretch(1);
    m_propose = new QPushButton(tr("&Propose the change"), page);
    m_propose->setObjectName(QStringLiteral("registerChangePropose"));
    m_propose->setDefault(true);
    connect(m_propose, &QPushButton::clicked, this, &RegisterChangeDialog::propose);
    auto* buttons = new QHBoxLayout();
    buttons->addStretch(1);
    buttons->addWidget(m_propose);
    l->addLayout(buttons);
    m_pages->addWidget(page);
}

void RegisterChangeDialog::buildApprovalPage() {
    auto* page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("registerApprovalPage"));
    auto* l = new QVBoxLayout(page);
    m_summary = plainLabel(page, "registerChangeSummary");
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(m_summary);
    m_progress = plainLabel(page, "registerChangeProgress");
    QFont bold = m_progress->font();
    bold.setBold(true);
    m_progress->setFont(bold);
    l->addWidget(m_progress);
    m_approvals = new QListWidget(page);
    m_approvals->setObjectName(QStringLiteral("registerChangeApprovals"));
    m_approvals->setAccessibleName(tr("Approvals given"));
    m_approvals->setMaximumHeight(96);
    l->addWidget(m_approvals);
    auto* form = new QFormLayout();
    m_approver = new QComboBox(page);
    m_approver->setObjectName(QStringLiteral("registerChangeApprover"));
    m_approver->setAccessibleName(tr("Approving custodian's card"));
    auto* approverRow = new QHBoxLayout();
    auto* reread = new QPushButton(tr("Read the car&ds again"), page);
    reread->setObjectName(QStringLiteral("registerChangeRereadApprovers"));
    reread->setAutoDefault(false);
    connect(reread, &QPushButton::clicked, this, &RegisterChangeDialog::listTokens);
    approverRow->addWidget(m_approver, 1);
    approverRow->addWidget(reread);
    auto* approverLabel = new QLabel(tr("Appro&ving card:"), page);
    approverLabel->setBuddy(m_approver);
    form->addRow(approverLabel, approverRow);
    auto* pinRow = new QHBoxLayout();
    m_approverPin = new SecretLineEdit(QLineEdit::NoEcho, page);
    m_approverPin->setObjectName(QStringLiteral("registerChangeApproverPin"));
    m_approverPin->setEnterActsHere(true); // Enter approves; it never commits the change
    m_approverPin->setAccessibleName(tr("Card PIN (not shown)"));
    m_approverPin->setPlaceholderText(tr("PIN — not shown as you type"));
    m_approve = new QPushButton(tr("&Approve with this card"), page);
    m_approve->setObjectName(QStringLiteral("registerChangeApprove"));
    m_approve->setAutoDefault(false);
    pinRow->addWidget(m_approverPin, 1);
    pinRow->addWidget(m_approve);
    auto* pinLabel = new QLabel(tr("Card &PIN:"), page);
    pinLabel->setBuddy(m_approverPin);
    form->addRow(pinLabel, pinRow);
    l->addLayout(form);
    m_outcome = plainLabel(page, "registerChangeOutcome");
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();
    l->addWidget(m_outcome);
    l->addStretch(1);
    m_commit = new QPushButton(tr("&Make the change"), page);
    m_commit->setObjectName(QStringLiteral("registerChangeCommit"));
    m_commit->setAutoDefault(false);
    m_commit->setEnabled(false);
    auto* buttons = new QHBoxLayout();
    buttons->addStretch(1);
    buttons->addWidget(m_commit);
    l->addLayout(buttons);
    connect(m_approve, &QPushButton::clicked, this, &RegisterChangeDialog::approve);
    connect(m_approverPin, &QLineEdit::returnPressed, this, &RegisterChangeDialog::approve);
    connect(m_commit, &QPushButton::clicked, this, &RegisterChangeDialog::commit);
    m_pages->addWidget(page);
}

QString RegisterChangeDialog::lastError() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

QString RegisterChangeDialog::outcome() const {
    return m_outcome->text();
}

void RegisterChangeDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void RegisterChangeDialog::setBusy(bool busy, const QString& hint) {
    m_busy = busy;
    m_busyHint->setText(hint);
    m_busyHint->setVisible(busy && !hint.isEmpty());
    m_pages->widget(0)->setEnabled(!busy && !m_change);
    const bool open = m_change && !m_committed && !busy;
    const bool ready = open && m_change->isReady();
    m_approver->setEnabled(open && !ready);
    m_approverPin->setEnabled(open && !ready);
    m_approve->setEnabled(open && !ready);
    m_commit->setEnabled(ready);
    m_buttons->setEnabled(!busy);
}

void RegisterChangeDialog::done(int result) {
    if (m_busy)
        return; // a card or the key token is in use: its one outcome comes first
    QDialog::done(result);
}

void RegisterChangeDialog::workFailed(const QString& message) {
    m_running = nullptr;
    setBusy(false);
    showError(message);
}

void RegisterChangeDialog::listTokens() {
    if (m_busy)
        return;
    setBusy(true, tr("Reading the cards…"));
    const auto finished = [this](Result<QVector<hsm::TokenInfo>> result) {
        m_running = nullptr;
        setBusy(false);
        const auto tokens = result;
        if (!tokens) {
            showError(tokens.error().message);
            Q_EMIT tokensListed();
            return;
        }
        m_presentSerials.clear();
        for (const hsm::TokenInfo& t : *tokens)
            m_presentSerials.insert(t.serial);
        if (m_newCard) {
            const workspace::SiteRegister& reg = m_ws.siteRegister();
            m_newCard->clear();
            for (const hsm::TokenInfo& t : *tokens) {
                if (reg.cardBySerial(t.serial) || t.serial == reg.settings.keyTokenSerial ||
                    (!reg.settings.journalTokenSerial.isEmpty() &&
                     t.serial == reg.settings.journalTokenSerial))
                    continue;
                m_newCard->addItem(tr("%1 (serial %2)").arg(t.label, t.serial), t.serial);
            }
            m_newCard->setCurrentIndex(m_newCard->count() == 1 ? 0 : -1);
            m_newCard->setPlaceholderText(m_newCard->count() > 0
                                              ? tr("Choose the new card")
                                              : tr("No card outside the register is present: insert it, "
                                                   "then read the cards again"));
        }
        fillApprovers();
        Q_EMIT tokensListed();
    };
    workspace::Workspace* ws = &m_ws;
    m_running = OperationRunner::start(this, [ws] { return ws->module()->tokens(); }, finished,
                                       {nullptr, [this](const QString& m) { workFailed(m); }, nullptr});
}

void RegisterChangeDialog::fillApprovers() {
    m_approver->clear();
    for (const workspace::RegisteredCard& c : m_ws.siteRegister().cards) {
        if (!c.isActive() || c.role != QLatin1String("custodian"))
            continue;
        const bool present = m_presentSerials.isEmpty() || m_presentSerials.contains(c.cardSerial);
        m_approver->addItem(present ? cardText(c) : tr("%1 — not present").arg(cardText(c)), c.cardSerial);
        if (!present || m_approved.contains(c.cardSerial))
            m_approver->setItemData(m_approver->count() - 1, 0, Qt::UserRole - 1); // disabled
    }
    m_approver->setCurrentIndex(-1);
    m_approver->setPlaceholderText(tr("Choose the approving custodian's card"));
}

void RegisterChangeDialog::propose() {
    if (m_busy || m_change)
        return;
    m_error->hide();
    RegisterChangeInput input;
    input.kind = m_kind;
    input.reason = m_reason->text().trimmed();
    if (m_card)
        input.cardSerial = m_card->currentData().toString();
    if (m_role)
        input.newRole = m_role->currentData().toString();
    if (m_k)
        input.k = m_k->value();
    if (m_why && !input.reason.isEmpty())
        input.reason = QStringLiteral("%1: %2").arg(m_why->currentText(), input.reason);
    auto next = proposeRegister(m_ws.siteRegister(), input);
    if (!next) {
        showError(next.error().message);
        return;
    }
    QString newSerial, holder, role;
    if (m_newCard) {
        newSerial = m_newCard->currentData().toString();
        if (newSerial.isEmpty()) {
            showError(tr("Choose the new card (field \"New card\"): present it, then read the cards again."));
            return;
        }
        if (m_kind == RegisterChangeKind::ReplaceCard) {
            const workspace::RegisteredCard* old = m_ws.siteRegister().cardBySerial(input.cardSerial);
            holder = old->holder;
            role = old->role;
        } else {
            holder = m_holder->text().trimmed();
            role = m_role->currentData().toString();
            if (holder.isEmpty()) {
                showError(tr("Give the new card's holder (field \"Holder\")."));
                return;
            }
        }
    }
    SecureBytes pin;
    if (m_newPin) {
        pin = m_newPin->take();
        if (pin.empty()) {
            showError(tr("Type the new card's PIN (field \"New card's PIN\")."));
            return;
        }
    }
    setBusy(true, newSerial.isEmpty() ? tr("Checking the proposed register…")
                                      : tr("Present the new card… (its key pair is being made on it)"));
    using Made = Result<std::shared_ptr<workspace::SiteRegisterChange>>;
    const auto finished = [this](Made result) {
        m_running = nullptr;
        const Made made = result;
        if (!made) {
            setBusy(false);
            showError(made.error().message);
            return;
        }
        m_change = *made;
        const workspace::SiteRegisterChange& c = *m_change;
        QStringList lines{tr("Site register version %1, proposed by %2. It changes:")
                              .arg(c.proposed().version)
                              .arg(m_ws.identity().holder)};
        for (const QString& change : c.changes())
            lines << tr("  • %1").arg(change);
        lines << tr("Reason: %1").arg(c.proposed().reason);
        if (c.reshares())
            lines << tr("The key token's user and SO PINs will be changed and re-dealt %1 of %2 over the "
                        "new version's custodians: an old share no longer logs the key token in.")
                         .arg(c.proposed().settings.quorumK)
                         .arg(c.proposed().settings.quorumN);
        if (c.proposed().takesCardsOutFrom(m_ws.siteRegister()))
            lines << tr("A card leaves: the journal token's PIN and the database key change with it.");
        m_summary->setText(lines.join(QLatin1Char('\n')));
        m_pages->setCurrentIndex(1);
        setBusy(false);
        showApprovals();
        m_approver->setFocus();
        Q_EMIT proposed();
    };
    workspace::Workspace* ws = &m_ws;
    m_running = OperationRunner::start(
        this,
        [ws, next = *next, newSerial, holder, role, pin = std::move(pin)]() mutable -> Made {
            auto change = workspace::SiteRegisterChange::start(
                *ws, next, std::make_unique<quorum::KeyTokenReshare>(), newSerial.isEmpty() ? 0 : 1);
            if (!change) {
                pin.clear();
                return change.error();
            }
            auto shared = std::make_shared<workspace::SiteRegisterChange>(std::move(*change));
            if (!newSerial.isEmpty()) {
                const Status enrolled = shared->enrolCard(newSerial, pin, holder, role);
                pin.clear();
                if (!enrolled)
                    return enrolled.error();
            }
            return shared;
        },
        finished, {nullptr, [this](const QString& m) { workFailed(m); }, nullptr});
}

void RegisterChangeDialog::showApprovals() {
    if (!m_change)
        return;
    m_progress->setText(
        tr("%1 of %2 custodians have approved").arg(m_change->approvals()).arg(m_change->required()));
    setBusy(m_busy);
    if (m_change->isReady() && !m_committed)
        m_commit->setFocus();
}

void RegisterChangeDialog::approve() {
    if (m_busy || !m_change || !m_approve->isEnabled())
        return;
    if (m_approver->currentIndex() < 0) {
        showError(tr("Choose your card first (field \"Approving card\")."));
        return;
    }
    const QString serial = m_approver->currentData().toString();
    const QString who = m_approver->currentText();
    SecureBytes pin = m_approverPin->take();
    if (pin.empty()) {
        showError(tr("Type the card's PIN (field \"Card PIN\")."));
        return;
    }
    m_error->hide();
    setBusy(true, tr("Present your card… (checking the PIN and signing the proposed version)"));
    const auto finished = [this, who, serial](Status result) {
        m_running = nullptr;
        const Status s = result;
        setBusy(false);
        if (!s) {
            showError(s.error().message);
            return;
        }
        m_approvals->addItem(tr("✔ %1 — signature verified").arg(who));
        // The next custodian chooses their own card; this one has counted.
        m_approved.insert(serial);
        if (const int i = m_approver->findData(serial); i >= 0)
            m_approver->setItemData(i, 0, Qt::UserRole - 1); // disabled
        m_approver->setCurrentIndex(-1);
        showApprovals();
        Q_EMIT approvalsChanged(m_change->approvals());
    };
    auto change = m_change;
    m_running =
        OperationRunner::start(this,
                               [change, serial, pin = std::move(pin)]() mutable {
                                   Status s = change->approve(serial, pin);
                                   pin.clear();
                                   return s;
                               },
                               finished, {nullptr, [this](const QString& m) { workFailed(m); }, nullptr});
}

void RegisterChangeDialog::commit() {
    if (m_busy || !m_change || m_committed || !m_change->isReady())
        return;
    m_error->hide();
    const bool takesOut = m_change->proposed().takesCardsOutFrom(m_ws.siteRegister());
    const qsizetype noticesBefore = m_ws.notices().size();
    Q_EMIT aboutToCommit(takesOut);
    setBusy(true, m_change->reshares() ? tr("Making the change: re-dealing the key token's PINs…")
                                       : tr("Making the change…"));
    const auto finished = [this, takesOut, noticesBefore](CommitOutcome result) {
        m_running = nullptr;
        const CommitOutcome r = result;
        if (!r.recorded) {
            setBusy(false);
            // The approvers' cards were logged out: a new proposal starts again.
            m_approver->setEnabled(false);
            m_approverPin->setEnabled(false);
            m_approve->setEnabled(false);
            m_commit->setEnabled(false);
            showError(tr("The change was not made: %1").arg(r.status.error().message));
            Q_EMIT commitEnded(false);
            return;
        }
        m_committed = true;
        const workspace::SiteRegisterChange& c = *m_change;
        QStringList lines{tr("Register version %1 is recorded (digest %2…), approved by %3 custodians.")
                              .arg(c.proposed().version)
                              .arg(c.proposed().digestHex().left(16))
                              .arg(c.approvals())};
        if (c.reshares())
            lines << tr(
                "The key token's PINs were changed and re-dealt: the old shares no longer log it in.");
        if (takesOut && m_ws.signsCheckpoints())
            lines << tr("The journal token's PIN was changed and sealed to the cards that stay.");
        if (takesOut)
            lines << (!r.keyError.isEmpty() ? tr("The database key could not be changed: %1").arg(r.keyError)
                      : r.keyOwed ? tr("The database key could not be changed yet (another connection to the "
                                       "database was open): it changes when you close the console, or at the "
                                       "next open.")
                                  : tr("The database key was changed: a copy of the old key opens nothing "
                                       "current."));
        if (!r.status)
            lines << tr("Afterwards: %1").arg(r.status.error().message);
        const QStringList notices = m_ws.notices();
        for (qsizetype i = noticesBefore; i < notices.size(); ++i)
            lines << notices[i];
        m_outcome->setText(lines.join(QLatin1Char('\n')));
        m_outcome->show();
        setBusy(false);
        m_buttons->button(QDialogButtonBox::Close)->setFocus();
        Q_EMIT commitEnded(true);
    };
    auto change = m_change;
    workspace::Workspace* ws = &m_ws;
    m_running =
        OperationRunner::start(this, [change, ws] { return commitAndChangeKey(*change, *ws); }, finished,
                               {nullptr,
                                [this](const QString& m) {
                                    workFailed(m);
                                    Q_EMIT commitEnded(false);
                                },
                                nullptr});
}

} // namespace symbolon::ui
