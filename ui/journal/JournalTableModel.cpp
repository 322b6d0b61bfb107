#include "journal/JournalTableModel.h"

#include "common/StatusColor.h"
#include "journal/JournalReader.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>

#include <limits>

namespace symbolon::ui {

using journal::JournalEntry;

JournalTableModel::JournalTableModel(JournalReader& reader, QObject* parent)
    : QAbstractTableModel(parent), m_reader(reader) {
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(0); // coalesces the data() misses of one paint into one fetch
    connect(&m_fetchTimer, &QTimer::timeout, this, &JournalTableModel::fetchWanted);
    connect(&m_reader, &JournalReader::countReady, this, &JournalTableModel::onCount);
    connect(&m_reader, &JournalReader::pageReady, this, &JournalTableModel::onPage);
    connect(&m_reader, &JournalReader::failed, this, &JournalTableModel::onFailed);
    requestCount();
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

void JournalTableModel::setFilter(const journal::JournalFilter& filter) {
    m_pendingFilter = filter;
    requestCount();
}

void JournalTableModel::refresh() {
    requestCount();
}

void JournalTableModel::requestCount() {
    if (m_countRequest)
        m_reader.cancel(m_countRequest);
    m_countRequest = m_reader.requestCount(m_pendingFilter);
}

void JournalTableModel::onCount(quint64 id, qint64 count) {
    if (id != m_countRequest)
        return;
    m_countRequest = 0;
    beginResetModel();
    m_filter = m_pendingFilter;
    m_count = count;
    clearPages();
    endResetModel();
    Q_EMIT countChanged(count);
}

void JournalTableModel::clearPages() {
    m_cache.clear([this](quint64 id) { m_reader.cancel(id); });
}

void JournalTableModel::fetchWanted() {
    m_cache.fetch([this](quint64 id) { m_reader.cancel(id); },
                  [this](qint64 offset, int limit) { return m_reader.requestPage(m_filter, offset, limit); });
}

void JournalTableModel::onPage(quint64 id, qint64 offset, const QVector<JournalEntry>& entries) {
    if (!m_cache.owns(id))
        return;
    QVector<Row> rows;
    rows.reserve(entries.size());
    for (const JournalEntry& e : entries) {
        const QJsonObject d = e.details(); // parsed once per page, not per paint
        rows.push_back(Row{e, outcomeOf(d), approversOf(d)});
    }
    const int p = m_cache.store(id, std::move(rows));
    Q_ASSERT(offset == qint64(p) * kPageSize);
    Q_UNUSED(offset);
    const int first = p * kPageSize;
    const int last = int(qMin<qint64>(m_count, qint64(first) + kPageSize)) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT pageLoaded(p);
}

void JournalTableModel::onFailed(quint64 id, const QString& message) {
    if (id == m_countRequest) {
        m_countRequest = 0;
        Q_EMIT loadFailed(message);
    } else if (m_cache.forget(id) || id == 0) {
        Q_EMIT loadFailed(message);
    }
}

const JournalTableModel::Row* JournalTableModel::rowAt(int row) const {
    return m_cache.row(row, m_count);
}

const JournalEntry* JournalTableModel::entryAt(int row) const {
    const Row* r = rowAt(row);
    return r ? &r->entry : nullptr;
}

int JournalTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    return int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int JournalTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Row* r = rowAt(index.row());
    if (!r) {
        if (role != Qt::DisplayRole)
            return {};
        m_cache.want(index.row());
        if (!m_fetchTimer.isActive())
            const_cast<QTimer&>(m_fetchTimer).start();
        return QStringLiteral("…");
    }
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
            return e.role;
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
        return QAbstractTableModel::headerData(section, orientation, role);
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
