#include "rekey/KeyStateStore.h"

#include "keys/KeyRecords.h"

#include "inventory/InventoryStore.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>

namespace symbolon::rekey {

using store::Statement;

namespace {

struct Sql {
    QByteArray where;
    QVector<QVariant> binds;
};

// The device filter (InventoryStore's, over alias "d") and the key terms (alias "k").
Sql compile(const KeyStateFilter& f, const QDateTime& now, bool stateTerms) {
    const auto device = inventory::InventoryStore::filterSql(f.device, now);
    Sql s{device.where, device.binds};
    QList<QByteArray> terms;
    if (stateTerms) {
        if (f.state) {
            terms << "k.state = ?";
            s.binds << KeyStateStore::stateText(*f.state);
        } else if (!f.includeSuperseded) {
            terms << "k.state <> 'Superseded'";
        }
        if (f.compromisedOnly)
            terms << "k.compromised_ref IS NOT NULL";
    }
    if (!f.kind.isEmpty()) {
        terms << "k.kind = ?";
        s.binds << f.kind;
    }
    if (f.kekVersion) {
        terms << "k.kek = ? AND k.kek_version = ?";
        s.binds << f.kekVersion->kek << f.kekVersion->version;
    }
    if (!terms.isEmpty())
        s.where += (s.where.isEmpty() ? " WHERE " : " AND ") + terms.join(" AND ");
    return s;
}

const char* kFrom = " FROM key_records k JOIN devices d ON d.id = k.device";

const char* kColumns =
    "SELECT k.id, d.id, d.device_id, d.device_type, d.cohort, d.s1sp, k.kind, k.client, k.generation,"
    " k.state, k.kcv, k.kek, k.kek_kcv, k.created_at, k.distributed_at, k.activated_at, k.compromised_at,"
    " k.compromised_ref, d.deadline, d.rotation_done_at, k.rekey_run, k.kek_version";

std::optional<QDateTime> optionalTime(const Statement& st, int column) {
    if (st.isNull(column))
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(st.int64(column), Qt::UTC);
}

policy::KeyState parseState(const QString& text) {
    for (policy::KeyState s : policy::kAllKeyStates)
        if (KeyStateStore::stateText(s) == text)
            return s;
    return policy::KeyState::Migrated; // the schema's CHECK allows nothing else
}

KeyStateRow readRow(const Statement& st) {
    KeyStateRow r;
    r.keyId = st.int64(0);
    r.deviceRow = st.int64(1);
    r.deviceId = st.text(2);
    r.type = static_cast<policy::DeviceType>(st.int64(3));
    r.cohort = static_cast<policy::Cohort>(st.int64(4));
    r.s1sp = st.text(5);
    r.kind = st.text(6);
    r.client = static_cast<int>(st.int64(7));
    r.generation = static_cast<int>(st.int64(8));
    r.state = parseState(st.text(9));
    r.kcv = st.text(10);
    r.kek = st.text(11);
    r.kekKcv = st.text(12);
    r.createdAt = QDateTime::fromSecsSinceEpoch(st.int64(13), Qt::UTC);
    r.distributedAt = optionalTime(st, 14);
    r.activatedAt = optionalTime(st, 15);
    r.compromisedAt = optionalTime(st, 16);
    r.compromisedRef = st.isNull(17) ? QString() : st.text(17);
    r.deadline = QDateTime::fromSecsSinceEpoch(st.int64(18), Qt::UTC);
    r.rotationDoneAt = optionalTime(st, 19);
    r.rekeyRun = st.isNull(20) ? 0 : st.int64(20);
    r.kekVersion = static_cast<int>(st.int64(21));
    return r;
}

// Counting needs the devices only for a device term.
bool hasDeviceTerms(const KeyStateFilter& f) {
    const inventory::DeviceFilter& d = f.device;
    return !d.text.trimmed().isEmpty() || d.type || d.cohort || !d.s1sp.isEmpty() ||
           d.rotation != inventory::RotationFilter::Any;
}

// key_state_counts has no KEK version: a KEK version term counts key_records themselves (a
// scan), joined to the devices only when a device term needs them.
bool countsFromKeyRecords(const KeyStateFilter& f) {
    return hasDeviceTerms(f) || f.kekVersion.has_value();
}

const char* countFrom(const KeyStateFilter& f) {
    return hasDeviceTerms(f) ? kFrom : " FROM key_records k";
}

// Without a device term, the filter over key_state_counts (schema v5: exact counts per state ×
// kind × compromised flag, kept by triggers in every transaction that changes key_records), the
// same terms as compile()'s on key_records.
Sql compileCounts(const KeyStateFilter& f, bool stateTerms) {
    Sql s;
    QList<QByteArray> terms;
    if (stateTerms) {
        if (f.state) {
            terms << "c.state = ?";
            s.binds << KeyStateStore::stateText(*f.state);
        } else if (!f.includeSuperseded) {
            terms << "c.state <> 'Superseded'";
        }
        if (f.compromisedOnly)
            terms << "c.compromised = 1";
    }
    if (!f.kind.isEmpty()) {
        terms << "c.kind = ?";
        s.binds << f.kind;
    }
    if (!terms.isEmpty())
        s.where = " WHERE " + terms.join(" AND ");
    return s;
}

// Whether a filter selects few keys (in flight, or flagged): then the planner starts from
// key_records by its state index and sorts the few; otherwise the page walks devices in the
// requested order (an index) and each device's keys by the UNIQUE (device, kind, client, generation) index,
// and never sorts.
bool selective(const KeyStateFilter& f) {
    return f.compromisedOnly || (f.state && (*f.state == policy::KeyState::Generated ||
                                             *f.state == policy::KeyState::Distributed));
}

QByteArray from(const KeyStateFilter& f, KeyStateColumn sort) {
    if (sort == KeyStateColumn::State || selective(f))
        return kFrom;
    return " FROM devices d CROSS JOIN key_records k ON k.device = d.id"; // SQLite: d is the outer loop
}

// The sort key, then the key's place on its device: every order is total, so pages never overlap.
QByteArray orderBy(KeyStateColumn c, const QByteArray& dir) {
    const QByteArray tail = ", k.kind" + dir + ", k.client" + dir + ", k.generation" + dir;
    switch (c) {
    case KeyStateColumn::DeviceId:
        break;
    case KeyStateColumn::State:
        return " ORDER BY k.state" + dir + ", k.device" + dir + tail;
    case KeyStateColumn::Deadline:
        return " ORDER BY d.deadline" + dir + ", d.device_id" + dir + tail;
    }
    return " ORDER BY d.device_id" + dir + tail;
}
} // namespace

QString KeyStateStore::stateText(policy::KeyState s) {
    return keys::KeyRecords::stateText(s); // the one spelling, the writer's
}

Result<qint64> KeyStateStore::count(const KeyStateFilter& filter, const QDateTime& now) const {
    const bool records = countsFromKeyRecords(filter);
    const Sql sql = records ? compile(filter, now, true) : compileCounts(filter, true);
    const QByteArray q = records ? "SELECT count(*)" + QByteArray(countFrom(filter)) + sql.where + ";"
                                 : "SELECT coalesce(sum(c.n), 0) FROM key_state_counts c" + sql.where + ";";
    auto st = m_db.prepare(q.constData());
    if (!st)
        return st.error();
    inventory::InventoryStore::bindFilter(*st, sql.binds);
    auto row = st->step();
    if (!row)
        return row.error();
    return st->int64(0);
}

Result<QVector<KeyStateRow>> KeyStateStore::page(const KeyStateFilter& filter, KeyStateColumn sort,
                                                 Qt::SortOrder order, qint64 offset, int limit,
                                                 const QDateTime& now) const {
    const Sql sql = compile(filter, now, true);
    const QByteArray dir = order == Qt::AscendingOrder ? " ASC" : " DESC";
    // The page's key ids first (the sort carries only its keys and the id), then the columns of
    // those 256 records: a device filter such as "rotation overdue" sorts 135,000 records at
    // 1,000,000 devices, and selecting every column of each before sorting doubled the time.
    // Every order is total, so both ORDER BYs agree.
    const QByteArray pageOrder = orderBy(sort, dir);
    const QByteArray q = kColumns + QByteArray(kFrom) + " WHERE k.id IN (SELECT k.id" + from(filter, sort) +
                         sql.where + pageOrder + " LIMIT ? OFFSET ?)" + pageOrder + ";";
    auto st = m_db.prepare(q.constData());
    if (!st)
        return st.error();
    inventory::InventoryStore::bindFilter(*st, sql.binds);
    st->bind(static_cast<int>(sql.binds.size()) + 1, static_cast<qint64>(limit));
    st->bind(static_cast<int>(sql.binds.size()) + 2, offset);
    QVector<KeyStateRow> out;
    out.reserve(limit);
    if (auto s = st->forEachRow([&](const Statement& row) { out.push_back(readRow(row)); }); !s)
        return s.error();
    return out;
}

Result<KeyStateCounts> KeyStateStore::countsPerState(const KeyStateFilter& filter,
                                                     const QDateTime& now) const {
    const bool records = countsFromKeyRecords(filter);
    const Sql sql = records ? compile(filter, now, false) : compileCounts(filter, false);
    const QByteArray q = records
                             ? "SELECT k.state, count(*), sum(k.compromised_ref IS NOT NULL)" +
                                   QByteArray(countFrom(filter)) + sql.where + " GROUP BY k.state;"
                             : "SELECT c.state, sum(c.n), sum(c.n * c.compromised) FROM key_state_counts c" +
                                   sql.where + " GROUP BY c.state;";
    auto st = m_db.prepare(q.constData());
    if (!st)
        return st.error();
    inventory::InventoryStore::bindFilter(*st, sql.binds);
    KeyStateCounts out;
    for (policy::KeyState s : policy::kAllKeyStates)
        out.perState.insert(s, 0);
    if (auto s = st->forEachRow([&](const Statement& row) {
            out.perState[parseState(row.text(0))] += row.int64(1);
            out.compromised += row.int64(2);
        });
        !s)
        return s.error();
    return out;
}

Result<QVector<KeyStateRow>> KeyStateStore::keysOfDevice(const QString& deviceId) const {
    const QString id = deviceId.trimmed().toUpper().remove(QLatin1Char('-'));
    auto st = m_db.prepare(
        (kColumns + QByteArray(kFrom) + " WHERE d.device_id = ? ORDER BY k.kind, k.client, k.generation;")
            .constData());
    if (!st)
        return st.error();
    st->bind(1, id);
    QVector<KeyStateRow> out;
    if (auto s = st->forEachRow([&](const Statement& row) { out.push_back(readRow(row)); }); !s)
        return s.error();
    if (out.isEmpty())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("symbolon::rekey",
                                                "Device %1 has no key records: migrate its keys first.")
                        .arg(deviceId));
    return out;
}

Result<QVector<KeyStateStore::RunKey>> KeyStateStore::keysOfRun(qint64 run, bool dcoKey,
                                                                const QString& s1sp) const {
    QByteArray sql =
        "SELECT d.device_id, k.kind, k.client, k.generation, k.state, k.package, k.kcv, k.kek, "
        "k.kek_kcv FROM key_records k JOIN devices d ON d.id = k.device WHERE k.rekey_run = ? AND ";
    sql += dcoKey ? "k.kind IN ('AK','MK') AND k.kek = 'DCO Key'"
                  : "k.kind IN ('GUEK','DK') AND k.kek = 'Shared Key'";
    if (!s1sp.isEmpty())
        sql += " AND d.s1sp = ?";
    sql += " ORDER BY k.device, k.kind, k.client;";
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    st->bind(1, run);
    if (!s1sp.isEmpty())
        st->bind(2, s1sp);
    QVector<RunKey> out;
    if (auto s = st->forEachRow([&](const Statement& r) {
            out.push_back({r.text(0), r.text(1), static_cast<int>(r.int64(2)), r.int64(3), r.text(4),
                           r.blob(5), r.text(6), r.text(7), r.text(8)});
        });
        !s)
        return s.error();
    return out;
}

KeyStateStore::KeyStateStore(store::Database& db) : m_db(db) {}
KeyStateStore::~KeyStateStore() = default;

Result<QVector<KeyStateStore::DeviceKey>> KeyStateStore::keysOfDeviceRow(qint64 device) const {
    if (!m_byRow) {
        auto st = m_db.prepare("SELECT kind, client, generation, state, package, kcv, kek_version FROM "
                               "key_records WHERE device = ?;");
        if (!st)
            return st.error();
        m_byRow = std::make_unique<Statement>(std::move(*st));
    }
    m_byRow->reset();
    m_byRow->bind(1, device);
    QVector<DeviceKey> out;
    if (auto s = m_byRow->forEachRow([&](const Statement& r) {
            out.push_back({r.text(0), static_cast<int>(r.int64(1)), static_cast<int>(r.int64(2)), r.text(3),
                           r.blob(4), r.text(5), static_cast<int>(r.int64(6))});
        });
        !s)
        return s.error();
    return out;
}

} // namespace symbolon::rekey
