#include "quorum/QuorumSessionWidget.h"

#include "ceremony/CeremonyPlan.h"
#include "common/OperationRunner.h"
#include "common/RoleText.h"
#include "common/SecretLineEdit.h"
#include "common/StatusColor.h"
#include "quorum/QuorumSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace symbolon::ui {

QuorumSessionWidget::QuorumSessionWidget(workspace::Workspace& ws, QWidget* parent)
    : QWidget(parent), m_ws(ws) {
    setObjectName(QStringLiteral("quorumSessionWidget"));
    auto* layout = new QVBoxLayout(this);
    m_asked = new QLabel(this);
    m_asked->setTextFormat(Qt::RichText); // built below; every piece of data escaped
    m_asked->setObjectName(QStringLiteral("quorumAsked"));
    m_asked->setWordWrap(true);
    m_asked->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_asked);

    auto* status = new QHBoxLayout();
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("quorumProgress"));
    QFont big = m_progress->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_progress->setFont(big);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("quorumCountdown"));
    m_cancel = new QPushButton(tr("Cancel the session"), this);
    m_cancel->setObjectName(QStringLiteral("quorumCancelButton"));
    m_cancel->setAutoDefault(false); // Cancel is never what Enter does
    m_cancel->setToolTip(
        tr("Ends this quorum session (journaled); the approvals given so far are discarded."));
    status->addWidget(m_progress);
    status->addStretch(1);
    status->addWidget(m_countdown);
    status->addWidget(m_cancel);
    layout->addLayout(status);

    m_approvals = new QListWidget(this);
    m_approvals->setObjectName(QStringLiteral("quorumApprovals"));
    m_approvals->setAccessibleName(tr("Approvals given"));
    m_approvals->setMaximumHeight(110);
    layout->addWidget(m_approvals);

    auto* form = new QFormLayout();
    m_card = new QComboBox(this);
    m_card->setObjectName(QStringLiteral("quorumCardCombo"));
    m_card->setAccessibleName(tr("Custodian card"));
    m_card->setToolTip(tr("The card of the custodian approving now: present it, then type its PIN"));
    m_card->setPlaceholderText(tr("Reading the cards…"));
    // "Car&d": Alt+C is the Ceremonies menu of the window this widget sits in (issue #17, item 8).
    form->addRow(tr("Car&d:"), m_card);
    auto* pinRow = new QHBoxLayout();
    m_pin = new SecretLineEdit(QLineEdit::NoEcho, this);
    m_pin->setObjectName(QStringLiteral("quorumPinEdit"));
    m_pin->setEnterActsHere(true); // Enter approves with this card; it never closes the wizard
    m_pin->setAccessibleName(tr("Card PIN (not shown)"));
    m_pin->setPlaceholderText(tr("PIN — not shown as you type"));
    m_approve = new QPushButton(tr("&Approve with this card"), this);
    m_approve->setObjectName(QStringLiteral("quorumApproveButton"));
    pinRow->addWidget(m_pin, 1);
    pinRow->addWidget(m_approve);
    // A row that is a layout gets no buddy from addRow: without one the "&" shows literally.
    auto* pinLabel = new QLabel(tr("Card &PIN:"), this);
    pinLabel->setBuddy(m_pin);
    form->addRow(pinLabel, pinRow);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("quorumError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(statusColorName(StatusTone::Error)));
    m_error->hide();
    layout->addWidget(m_error);
    m_presentCard = new QLabel(tr("Present your card… (checking the PIN and signing the approval)"), this);
    m_presentCard->setObjectName(QStringLiteral("quorumPresentCardHint"));
    m_presentCard->setWordWrap(true);
    m_presentCard->hide();
    layout->addWidget(m_presentCard);
    layout->addStretch(1);

    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("quorumCountdownTimer"));
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &QuorumSessionWidget::tick);
    connect(m_approve, &QPushButton::clicked, this, &QuorumSessionWidget::approve);
    connect(m_pin, &QLineEdit::returnPressed, this, &QuorumSessionWidget::approve);
    connect(m_pin, &QLineEdit::textEdited, m_error, &QWidget::hide);
    connect(m_cancel, &QPushButton::clicked, this, &QuorumSessionWidget::cancelSession);
    listCards();
    refresh();
}

QuorumSessionWidget::~QuorumSessionWidget() = default;

QString QuorumSessionWidget::lastError() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void QuorumSessionWidget::listCards() {
    const auto done = [this](Result<QVector<workspace::Workspace::Card>> result) {
        auto cards = result;
        m_card->clear();
        if (!cards) {
            showError(cards.error().message);
            return;
        }
        for (const auto& c : m_ws.withRegisterNames(*cards)) {
            const QString text = tr("%1 — %2 (%3)%4")
                                     .arg(c.keyslot.tokenLabel, c.keyslot.holder, roleText(c.keyslot.role),
                                          c.present ? QString() : tr(" — not present"));
            m_card->addItem(text, c.keyslot.tokenSerial);
            if (!c.present)
                m_card->setItemData(m_card->count() - 1, 0, Qt::UserRole - 1); // disabled
        }
        m_card->setCurrentIndex(-1);
        m_card->setPlaceholderText(m_card->count() > 0 ? tr("Choose the approving card")
                                                       : tr("No card is enrolled in this workspace"));
        Q_EMIT cardsListed();
    };
    OperationRunner::start(
        this,
        [dir = m_ws.dir(), machine = m_ws.machine()] { return workspace::Workspace::cards(dir, machine); },
        done);
}

void QuorumSessionWidget::setSession(quorum::QuorumSession* session) {
    m_session = session;
    m_error->hide();
    if (m_session)
        m_timer->start();
    else
        m_timer->stop();
    refresh();
}

void QuorumSessionWidget::refresh() {
    m_approvals->clear();
    if (!m_session) {
        m_asked->setText(tr("No quorum session."));
        m_progress->clear();
        m_countdown->clear();
        setBusy(m_busy);
        return;
    }
    const auto& r = m_session->request();
    m_asked->setText(
        tr("<b>Asked:</b> %1<br><b>Requested by:</b> %2<br><pre style='white-space: pre-wrap'>%3</pre>")
            .arg(r.action.toHtmlEscaped(), r.requester.toHtmlEscaped(),
                 ceremony::CeremonyPlan::parametersText(r.parameters).toHtmlEscaped()));
    for (const quorum::Approval& a : m_session->approvals())
        m_approvals->addItem(
            tr("✔ %1 (%2) — card \"%3\", signature verified, %4")
                .arg(a.holder, a.role, a.cardLabel, a.at.toLocalTime().toString(Qt::ISODate)));
    m_progress->setText(tr("%1 of %2 approvals (quorum %2 of %3)")
                            .arg(m_session->approvals().size())
                            .arg(m_session->required())
                            .arg(m_session->enrolled()));
    tick();
    setBusy(m_busy);
}

void QuorumSessionWidget::tick() {
    if (!m_session)
        return;
    if (m_session->isCancelled()) {
        m_countdown->setText(tr("Cancelled"));
        m_timer->stop();
        return;
    }
    const qint64 left = m_session->secondsLeft();
    m_countdown->setText(left > 0
                             ? tr("Time left: %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))
                             : tr("Expired: start a new session"));
    if (left <= 0) {
        m_timer->stop();
        setBusy(m_busy);
    }
}

void QuorumSessionWidget::setBusy(bool busy) {
    m_busy = busy;
    const bool open = m_session && !m_session->isCancelled() && !m_session->isExecuted() &&
                      m_session->secondsLeft() > 0 && !m_session->isReady();
    m_card->setEnabled(!busy && open);
    m_pin->setEnabled(!busy && open);
    m_approve->setEnabled(!busy && open);
    m_cancel->setEnabled(!busy && m_session && !m_session->isCancelled() && !m_session->isExecuted());
}

void QuorumSessionWidget::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void QuorumSessionWidget::approve() {
    if (!m_session || m_busy || !m_approve->isEnabled())
        return;
    if (m_card->currentIndex() < 0) {
        showError(tr("Choose your card first."));
        return;
    }
    const QString serial = m_card->currentData().toString();
    SecureBytes pin = m_pin->take();
    if (pin.empty()) {
        showError(tr("Type the card's PIN."));
        return;
    }
    m_error->hide();
    m_presentCard->show();
    setBusy(true);
    const auto done = [this](Status result) {
        const Status s = result;
        m_presentCard->hide();
        setBusy(false);
        refresh();
        if (!s) {
            showError(s.error().message);
            return;
        }
        Q_EMIT approvalsChanged(int(m_session->approvals().size()));
        if (m_session->isReady())
            Q_EMIT ready();
    };
    quorum::QuorumSession* session = m_session;
    OperationRunner::start(
        this,
        [session, serial, pin = std::move(pin)]() mutable {
            Status s = session->approve(serial, pin);
            pin.clear();
            return s;
        },
        done);
}

void QuorumSessionWidget::cancelSession() {
    if (!m_session || m_busy)
        return;
    setBusy(true);
    quorum::QuorumSession* session = m_session;
    OperationRunner::start(
        this,
        [session] {
            session->cancel(QStringLiteral("cancelled at the console"));
            return true;
        },
        [this](bool) {
            setBusy(false);
            refresh();
            Q_EMIT cancelled();
        });
}

} // namespace symbolon::ui
