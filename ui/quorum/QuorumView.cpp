#include "quorum/QuorumView.h"

#include "common/OperationRunner.h"
#include "common/PlainTextGuard.h"
#include "common/RoleGate.h"
#include "common/RoleText.h"
#include "common/StatusColor.h"
#include "journal/JournalQuery.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace symbolon::ui {

namespace {
struct JournalRow {
    qint64 seq = 0;
    QString ts, actor, action, target;
    QJsonObject details;
};
struct QuorumData {
    Result<QVector<workspace::Workspace::Card>> cards = fail(ErrorCode::Internal, QString());
    QVector<JournalRow> entries;
    QString error;
};

QuorumData load(workspace::Workspace* ws) {
    QuorumData d;
    d.cards = workspace::Workspace::cards(ws->dir(), ws->machine());
    auto db = ws->openConnection(true);
    if (!db) {
        d.error = db.error().message;
        return d;
    }
    auto history = journal::JournalQuery(**db).quorumHistory();
    if (!history) {
        d.error = history.error().message;
        return d;
    }
    for (const journal::JournalEntry& e : *history)
        d.entries.push_back({e.seq, e.timeStored, e.actor, e.action, e.target, e.details()});
    return d;
}

QTableWidget* table(QWidget* parent, const char* name, const QStringList& headers) {
    auto* t = new QTableWidget(parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

QuorumView::QuorumView(workspace::Workspace& ws, QWidget* parent) : QWidget(parent), m_ws(ws) {
    PlainTextGuard::install(); // data in labels, message boxes and tooltips is plain text
    setObjectName(QStringLiteral("quorumView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText); // every value from the workspace escaped
    m_summary->setObjectName(QStringLiteral("quorumSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* cardsTitle = new QLabel(tr("<b>Card register</b>"), this);
    cardsTitle->setTextFormat(Qt::RichText);
    layout->addWidget(cardsTitle);
    m_cards = table(this, "quorumCardTable",
                    {tr("Holder"), tr("Role"), tr("Card"), tr("Serial"), tr("State"), tr("PIN share"),
                     tr("Present"), tr("PIN state"), tr("Token URI")});
    m_cards->setAccessibleName(tr("Card register"));
    layout->addWidget(m_cards, 2);

    // Custodian turnover (issue #18): each a new register version that k custodians approve.
    m_mayChange = RoleGate::allows(ws, GatedAction::ChangeSiteRegister) && ws.registerAlarm().isEmpty();
    const auto action = [this](const QString& text, const char* name, const QString& tip,
                               RegisterChangeKind kind, bool onCard) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setToolTip(tip);
        a->setStatusTip(tip);
        connect(a, &QAction::triggered, this, [this, kind, onCard] {
            if (!m_mayChange)
                return;
            const QString serial = onCard ? selectedActiveSerial() : QString();
            if (onCard && serial.isEmpty())
                return;
            Q_EMIT changeRequested(kind, serial);
        });
        return a;
    };
    m_enrol = action(tr("&Enrol a card…"), "actionEnrolCard",
                     tr("A new card for a new or an existing holder: its key pair is made on the card."),
                     RegisterChangeKind::EnrolCard, false);
    m_retire = action(tr("Re&tire the card…"), "actionRetireCard",
                      tr("The selected card leaves the site: a leaver's, a lost or a damaged card."),
                      RegisterChangeKind::RetireCard, true);
    m_replace = action(tr("Re&place the card…"), "actionReplaceCard",
                       tr("The selected card leaves the site and a new card takes its place, for the same "
                          "holder and role."),
                       RegisterChangeKind::ReplaceCard, true);
    m_role =
        action(tr("Change r&ole…"), "actionChangeRole", tr("The selected card's holder takes another role."),
               RegisterChangeKind::ChangeRole, true);
    m_quorum = action(tr("Change &k…"), "actionChangeQuorum",
                      tr("The number of custodians whose cards a quorum needs."),
                      RegisterChangeKind::ChangeQuorum, false);
    auto* actions = new QHBoxLayout();
    for (QAction* a : turnoverActions()) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        actions->addWidget(b);
    }
    actions->addStretch(1);
    layout->addLayout(actions);
    for (QAction* a : turnoverActions())
        RoleGate::gate(a, ws, GatedAction::ChangeSiteRegister);
    if (!ws.registerAlarm().isEmpty())
        for (QAction* a : turnoverActions()) {
            a->setEnabled(false);
            a->setToolTip(tr("The site register cannot be changed from a read-only open."));
        }
    connect(m_cards, &QTableWidget::itemSelectionChanged, this, &QuorumView::updateActions);
    updateActions();
    auto* sessionsTitle = new QLabel(tr("<b>Past quorum sessions</b> (from the journal)"), this);
    sessionsTitle->setTextFormat(Qt::RichText);
    layout->addWidget(sessionsTitle);
    m_sessions =
        table(this, "quorumSessionTable",
              {tr("#"), tr("Time (UTC)"), tr("Asked"), tr("Requested by"), tr("Approved by"), tr("Outcome")});
    m_sessions->setAccessibleName(tr("Past quorum sessions"));
    layout->addWidget(m_sessions, 3);
    refresh();
}

void QuorumView::refresh() {
    if (m_loading)
        return;
    m_loading = true;
    m_summary->setText(tr("Reading the cards and the journal…"));
    const auto done = [this](QuorumData result) {
        m_loading = false;
        const QuorumData d = result;
        const auto& config = m_ws.config();
        QHash<QString, int> shareBySerial;
        QString enrolledAt;
        for (const JournalRow& e : d.entries)
            if (e.action == QLatin1String("key-token.enrolled")) {
                enrolledAt = e.ts;
                for (const auto& s : e.details.value(QStringLiteral("shares")).toArray())
                    shareBySerial.insert(s.toObject().value(QStringLiteral("card_serial")).toString(),
                                         s.toObject().value(QStringLiteral("share_index")).toInt());
            }
        m_summary->setText(
            tr("Key token <b>%1</b> (serial %2): quorum <b>%3 of %4</b> custodian cards; enrolled %5. "
               "Cards' module: %7. Live sessions run in the Ceremony wizard (Ceremonies menu).%6")
                .arg(config.keyTokenLabel.toHtmlEscaped(), config.keyTokenSerial.toHtmlEscaped())
                .arg(config.quorumK)
                .arg(config.quorumN)
                .arg(enrolledAt.isEmpty() ? tr("(no enrolment entry)") : enrolledAt.toHtmlEscaped(),
                     d.error.isEmpty()
                         ? QString()
                         : QStringLiteral("<br><span style='color:%1'>%2</span>")
                               .arg(statusColorName(StatusTone::Error), d.error.toHtmlEscaped()),
                     (m_ws.moduleInfo().name.isEmpty()
                          ? m_ws.moduleInfo().library
                          : QStringLiteral("%1 (%2)").arg(m_ws.moduleInfo().name, m_ws.moduleInfo().library))
                         .toHtmlEscaped()));
        m_cards->setRowCount(0);
        // Every card of the site register, with what the token says of the present ones.
        QHash<QString, workspace::Workspace::Card> tokenBySerial;
        if (d.cards)
            for (const auto& c : *d.cards)
                tokenBySerial.insert(c.keyslot.tokenSerial, c);
        const workspace::Workspace::ShareHolding& shares = m_ws.shareHolding();
        for (const workspace::RegisteredCard& rc : m_ws.siteRegister().cards) {
            const auto found = tokenBySerial.constFind(rc.cardSerial);
            const bool known = found != tokenBySerial.cend();
            const bool present = known && found->present;
            QStringList pin;
            if (present) {
                if (found->token.pinLocked)
                    pin << tr("LOCKED");
                if (found->token.pinFinalTry)
                    pin << tr("final try");
                if (found->token.pinCountLow)
                    pin << tr("count low");
            }
            const QStringList cells{rc.holder,
                                    roleText(rc.role),
                                    rc.cardLabel,
                                    rc.cardSerial,
                                    cardStateText(rc.state),
                                    cardShareText(rc, shares, shareBySerial.value(rc.cardSerial, 0)),
                                    !rc.isActive() ? tr("—")
                                    : present      ? tr("present")
                                                   : tr("absent"),
                                    !present        ? tr("unknown")
                                    : pin.isEmpty() ? tr("normal")
                                                    : pin.join(QStringLiteral(", ")),
                                    present ? found->token.uri : QString()};
            const int r = m_cards->rowCount();
            m_cards->insertRow(r);
            for (int col = 0; col < cells.size(); ++col) {
                auto* item = new QTableWidgetItem(cells[col]);
                if (col == 0)
                    item->setData(Qt::UserRole, rc.isActive() ? rc.cardSerial : QString());
                if ((col == 7 && !pin.isEmpty()) || (col == 6 && rc.isActive() && !present))
                    item->setForeground(statusColor(StatusTone::Error, palette()));
                if (!rc.isActive())
                    item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                m_cards->setItem(r, col, item);
            }
        }
        if (!d.cards)
            m_summary->setText(m_summary->text() + QStringLiteral("<br>") +
                               d.cards.error().message.toHtmlEscaped());
        m_cards->resizeColumnsToContents();
        updateActions();

        m_sessions->setRowCount(0);
        for (auto it = d.entries.crbegin(); it != d.entries.crend(); ++it) {
            const JournalRow& e = *it;
            if (!e.action.startsWith(QLatin1String("quorum.")))
                continue;
            QStringList approvers;
            for (const auto& a : e.details.value(QStringLiteral("approvals")).toArray())
                approvers << QStringLiteral("%1 (%2)").arg(
                    a.toObject().value(QStringLiteral("holder")).toString(),
                    a.toObject().value(QStringLiteral("card_label")).toString());
            const QJsonObject request = e.details.value(QStringLiteral("request")).toObject();
            QString outcome = e.details.value(QStringLiteral("outcome")).toString();
            if (e.action == QLatin1String("quorum.cancelled"))
                outcome = tr("cancelled: %1").arg(e.details.value(QStringLiteral("reason")).toString());
            else if (outcome == QLatin1String("failed"))
                outcome = tr("failed: %1").arg(e.details.value(QStringLiteral("error")).toString());
            const QStringList cells{QString::number(e.seq),
                                    e.ts,
                                    e.action == QLatin1String("quorum.cancelled") ? e.target
                                                                                  : e.action.mid(7),
                                    request.value(QStringLiteral("requester")).toString(),
                                    approvers.isEmpty() ? tr("nobody") : approvers.join(QStringLiteral(", ")),
                                    outcome};
            const int r = m_sessions->rowCount();
            m_sessions->insertRow(r);
            for (int col = 0; col < cells.size(); ++col) {
                auto* item = new QTableWidgetItem(cells[col]);
                if (col == 5 && outcome != QLatin1String("completed"))
                    item->setForeground(statusColor(StatusTone::Error, palette()));
                m_sessions->setItem(r, col, item);
            }
        }
        m_sessions->resizeColumnsToContents();
        Q_EMIT loaded();
    };
    OperationRunner::start(
        this, [ws = &m_ws] { return load(ws); }, done);
}

QList<QAction*> QuorumView::turnoverActions() const {
    return {m_enrol, m_retire, m_replace, m_role, m_quorum};
}

QString QuorumView::selectedActiveSerial() const {
    const auto rows = m_cards->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return {};
    const QTableWidgetItem* item = m_cards->item(rows.first().row(), 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void QuorumView::updateActions() {
    if (!m_mayChange)
        return; // disabled by RoleGate, with its reason
    const QString serial = selectedActiveSerial();
    // Your own card is changed from another custodian's console: this one runs on it.
    const bool own = !serial.isEmpty() && serial == m_ws.identity().tokenSerial;
    for (QAction* a : {m_retire, m_replace, m_role}) {
        a->setEnabled(!serial.isEmpty() && !own);
        a->setToolTip(own ? tr("This console runs on your card: another custodian changes it, from their "
                               "console.")
                          : a->statusTip());
    }
}

} // namespace symbolon::ui
