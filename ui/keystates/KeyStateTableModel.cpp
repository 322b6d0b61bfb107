#include "keystates/KeyStateTableModel.h"

#include "common/DeviceText.h"
#include "common/KekText.h"
#include "common/StatusColor.h"
#include "keystates/KeyStateReader.h"
#include "policy/DlmsClient.h"

#include <QColor>
#include <QFont>

namespace symbolon::ui {

using rekey::KeyStateColumn;
using rekey::KeyStateRow;

namespace {
QString timeText(const std::optional<QDateTime>& t) {
    return t ? t->toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

inventory::DeviceRow rotationOf(const KeyStateRow& k) {
    inventory::DeviceRow d;
    d.deadline = k.deadline;
    d.rotationDoneAt = k.rotationDoneAt;
    return d;
}

QColor stateColor(policy::KeyState s) {
    switch (s) {
    case policy::KeyState::Migrated:
        return QColor(0x55, 0x55, 0x55);
    case policy::KeyState::Generated:
        return QColor(0x8a, 0x5a, 0x00);
    case policy::KeyState::Distributed:
        return QColor(0x1f, 0x4e, 0x9a);
    case policy::KeyState::Active:
        return QColor(0x1b, 0x6e, 0x20);
    case policy::KeyState::Superseded:
        return QColor(0x80, 0x80, 0x80);
    }
    return {};
}
} // namespace

KeyStateTableModel::KeyStateTableModel(KeyStateReader& reader, QObject* parent)
    : KeyStatePages(reader, ColumnCount, parent), m_reader(reader) {
    connect(&m_reader, &KeyStateReader::countReady, this, &KeyStateTableModel::onCount);
    connect(
        &m_reader, &KeyStateReader::pageReady, this,
        [this](quint64 id, qint64 offset, const QVector<KeyStateRow>& rows) { storePage(id, offset, rows); });
    countAgain();
}

quint64 KeyStateTableModel::countQuery(const rekey::KeyStateFilter& filter) {
    return m_reader.requestCount(filter);
}

quint64 KeyStateTableModel::pageQuery(const rekey::KeyStateFilter& filter, qint64 offset, int limit) {
    return m_reader.requestPage(filter, m_sort, m_order, offset, limit);
}

QString KeyStateTableModel::clientText(int client) {
    if (client == 0)
        return tr("device (MK)");
    return policy::clientName(static_cast<policy::DlmsClient>(client));
}

QString KeyStateTableModel::kcvValue(const QString& labelled) {
    return labelled.isEmpty() ? QStringLiteral("—") : labelled;
}

QVariant KeyStateTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const KeyStateRow* k = role == Qt::DisplayRole ? rowOrFetch(index.row()) : rowAt(index.row());
    if (!k)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DeviceIdColumn:
            return dashedDeviceId(k->deviceId);
        case KindColumn:
            return k->kind;
        case ClientColumn:
            return clientText(k->client);
        case GenerationColumn:
            return k->generation;
        case StateColumn:
            return policy::keyStateName(k->state);
        case KcvColumn:
            return kcvValue(k->kcv);
        case KekColumn:
            return tr("%1 (%2)").arg(kekVersionText(k->kek, k->kekVersion), k->kekKcv);
        case CreatedColumn:
            return timeText(k->createdAt);
        case DistributedColumn:
            return timeText(k->distributedAt);
        case ActivatedColumn:
            return timeText(k->activatedAt);
        case CompromisedColumn:
            return k->compromised() ? tr("Yes: %1").arg(k->compromisedRef) : QString();
        case DeadlineColumn: {
            const RotationState rs = rotationState(rotationOf(*k), now);
            return tr("%1 (%2)").arg(timeText(k->deadline), rotationStateText(rs));
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DeadlineColumn)
            return rotationDeadlineText(rotationOf(*k), now);
        if (index.column() == CompromisedColumn && k->compromised())
            return tr("Flagged compromised %1, reference %2. Replace it with a targeted re-key.")
                .arg(timeText(k->compromisedAt), k->compromisedRef);
        if (index.column() == KekColumn)
            return tr("Packaged for storage under the %1, whose KCV is %2.")
                .arg(kekVersionText(k->kek, k->kekVersion), k->kekKcv);
        break;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return stateColor(k->state);
        if (index.column() == CompromisedColumn && k->compromised())
            return statusColor(StatusTone::Error);
        if (index.column() == DeadlineColumn)
            return rotationStateColor(rotationState(rotationOf(*k), now));
        break;
    case Qt::FontRole:
        if (index.column() == DeviceIdColumn || index.column() == KcvColumn) {
            QFont f(QStringLiteral("monospace"));
            return f;
        }
        if (index.column() == StateColumn || (index.column() == CompromisedColumn && k->compromised())) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::UserRole:
        return k->deviceId;
    }
    return {};
}

QVariant KeyStateTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return sortKey(section) ? tr("Click to sort by this column.")
                                : tr("Sort by device ID, state or rotation deadline.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyStatePages::headerData(section, orientation, role);
    switch (section) {
    case DeviceIdColumn:
        return tr("Device ID");
    case KindColumn:
        return tr("Key");
    case ClientColumn:
        return tr("Client");
    case GenerationColumn:
        return tr("Gen.");
    case StateColumn:
        return tr("State");
    case KcvColumn:
        return tr("KCV");
    case KekColumn:
        return tr("Packaging KEK (KCV)");
    case CreatedColumn:
        return tr("Generated (UTC)");
    case DistributedColumn:
        return tr("Distributed (UTC)");
    case ActivatedColumn:
        return tr("Activated (UTC)");
    case CompromisedColumn:
        return tr("Compromised");
    case DeadlineColumn:
        return tr("Rotation deadline (UTC)");
    }
    return {};
}

std::optional<rekey::KeyStateColumn> KeyStateTableModel::sortKey(int column) {
    switch (column) {
    case DeviceIdColumn:
        return KeyStateColumn::DeviceId;
    case StateColumn:
        return KeyStateColumn::State;
    case DeadlineColumn:
        return KeyStateColumn::Deadline;
    default:
        return std::nullopt;
    }
}

int KeyStateTableModel::sortColumn() const {
    switch (m_sort) {
    case KeyStateColumn::DeviceId:
        break;
    case KeyStateColumn::State:
        return StateColumn;
    case KeyStateColumn::Deadline:
        return DeadlineColumn;
    }
    return DeviceIdColumn;
}

void KeyStateTableModel::sort(int column, Qt::SortOrder order) {
    const auto sort = sortKey(column);
    if (!sort) {
        Q_EMIT sortRefused(sortColumn(), m_order); // the view puts its indicator back
        return;
    }
    if (*sort == m_sort && order == m_order)
        return;
    resetPages([&] {
        m_sort = *sort;
        m_order = order;
    });
}

} // namespace symbolon::ui
