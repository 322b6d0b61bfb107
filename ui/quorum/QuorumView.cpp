#include "quorum/QuorumView.h"

#include "common/OperationRunner.h"
#include "common/PlainTextGuard.h"
#include "common/RoleText.h"
#include "common/StatusColor.h"
#include "journal/JournalQuery.h"
#include "store/Database.h"
#include "workspace/Workspace.h"

#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableWidget>
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
    m_cards = table(
        this, "quorumCardTable",
        {tr("Holder"), tr("Role"), tr("Card"), tr("Serial"), tr("Share"), tr("Present"), tr("PIN state")});
    m_cards->setAccessibleName(tr("Card register"));
    layout->addWidget(m_cards, 2);
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
               "Live sessions run in the Ceremony wizard (Ceremonies menu).%6")
                .arg(config.keyTokenLabel.toHtmlEscaped(), config.keyTokenSerial.toHtmlEscaped())
                .arg(config.quorumK)
                .arg(config.quorumN)
                .arg(enrolledAt.isEmpty() ? tr("(no enrolment entry)") : enrolledAt.toHtmlEscaped(),
                     d.error.isEmpty()
                         ? QString()
                         : QStringLiteral("<br><span style='color:%1'>%2</span>")
                               .arg(statusColorName(StatusTone::Error), d.error.toHtmlEscaped())));
        m_cards->setRowCount(0);
        if (d.cards) {
            m_cards->setRowCount(int(d.cards->size()));
            int r = 0;
            for (const auto& c : m_ws.withRegisterNames(*d.cards)) {
                QStringList pin;
                if (c.present) {
                    if (c.token.pinLocked)
                        pin << tr("LOCKED");
                    if (c.token.pinFinalTry)
                        pin << tr("final try");
                    if (c.token.pinCountLow)
                        pin << tr("count low");
                }
                const int share = shareBySerial.value(c.keyslot.tokenSerial, 0);
                const QStringList cells{c.keyslot.holder,
                                        roleText(c.keyslot.role),
                                        c.keyslot.tokenLabel,
                                        c.keyslot.tokenSerial,
                                        share ? QString::number(share) : tr("—"),
                                        c.present ? tr("present") : tr("absent"),
                                        !c.present      ? tr("unknown")
                                        : pin.isEmpty() ? tr("normal")
                                                        : pin.join(QStringLiteral(", "))};
                for (int col = 0; col < cells.size(); ++col) {
                    auto* item = new QTableWidgetItem(cells[col]);
                    if ((col == 6 && !pin.isEmpty()) || (col == 5 && !c.present))
                        item->setForeground(statusColor(StatusTone::Error, palette()));
                    m_cards->setItem(r, col, item);
                }
                ++r;
            }
        } else {
            m_summary->setText(m_summary->text() + QStringLiteral("<br>") +
                               d.cards.error().message.toHtmlEscaped());
        }
        m_cards->resizeColumnsToContents();

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

} // namespace symbolon::ui
