#include "journal/JournalTableModel.h"

#include "common/RoleText.h"
#include "common/StatusColor.h"
#include "journal/JournalReader.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>

#include <limits>

namespace symbolon::ui {

using journal::JournalEntry;

JournalTableModel::JournalTableModel(JournalReader& reader, QObject* parent)
    : JournalPages(reader, ColumnCount, parent, /*connectionFailures=*/true), m_reader(reader) {
    connect(&m_reader, &JournalReader::countReady, this, &JournalTableModel::onCount);
    connect(&m_reader, &JournalReader::pageReady, this,
            [this](quint64 id, qint64 offset, const QVector<JournalEntry>& entries) {
                storePage(id, offset, entries, [](const JournalEntry& e) {
                    const QJsonObject d = e.details(); // parsed once per page, not per paint
                    return JournalRow{e, outcomeOf(d), approversOf(d)};
                });
            });
    countAgain();
}

QString JournalTableModel::outcomeOf(const QJsonObject& details) {
    const QJsonValue v = details.value(QStringLiteral("outcome"));
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? tr("success") : tr("failed");
    return {};
}

QString JournalTableModel::approversOf(const QJsonObject& details) {
    QStringList names;
    for (const QJsonValue& a : details.value(QStringLiteral("approvals")).toArray())
        // Quorum sessions record objects; ceremony records name each approver as text.
        names << (a.isString() ? a.toString().section(QLatin1String(" ["), 0, 0)
                               : a.toObject().value(QStringLiteral("holder")).toString());
    return names.join(QStringLiteral(", "));
}

quint64 JournalTableModel::countQuery(const journal::JournalFilter& filter) {
    return m_reader.requestCount(filter);
}

quint64 JournalTableModel::pageQuery(const journal::JournalFilter& filter, qint64 offset, int limit) {
    return m_reader.requestPage(filter, offset, limit);
}

const JournalEntry* JournalTableModel::entryAt(int row) const {
    const JournalRow* r = rowAt(row);
    return r ? &r->entry : nullptr;
}

QVariant JournalTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const JournalRow* r = role == Qt::DisplayRole ? rowOrFetch(index.row()) : rowAt(index.row());
    if (!r)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    const JournalEntry& e = r->entry;
    const bool missing = e.hash.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn:
            return e.seq;
        case TimeColumn:
            return missing ? QString() : e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActorColumn:
            return e.actor;
        case RoleColumn:
            return roleText(e.role); // "system" and unknown codes as stored
        case ActionColumn:
            return missing ? tr("MISSING — entry not in the database") : e.action;
        case TargetColumn:
            return e.target;
        case OutcomeColumn:
            return r->outcome;
        case ApproversColumn:
            return r->approvers;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return e.timeText();
        if (index.column() == ActorColumn || index.column() == TargetColumn ||
            index.column() == ApproversColumn)
            return data(index, Qt::DisplayRole);
        break;
    case Qt::ForegroundRole:
        if (missing)
            return QBrush(statusColor(StatusTone::Error));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::UserRole:
        return e.seq;
    }
    return {};
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return JournalPages::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time (UTC)");
    case ActorColumn:
        return tr("Actor");
    case RoleColumn:
        return tr("Role");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case OutcomeColumn:
        return tr("Outcome");
    case ApproversColumn:
        return tr("Quorum approvers");
    }
    return {};
}

} // namespace symbolon::ui
