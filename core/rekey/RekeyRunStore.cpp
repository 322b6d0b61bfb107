#include "rekey/RekeyRunStore.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace symbolon::rekey {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::rekey", s);
}
} // namespace

struct RekeyRunStore::Statements {
    std::optional<store::Statement> commit, distribute, find, result;
};

RekeyRunStore::RekeyRunStore(store::Database& db) : m_db(db), m_st(std::make_unique<Statements>()) {}
RekeyRunStore::~RekeyRunStore() = default;

Result<RekeyRun> RekeyRunStore::load(qint64 id) {
    auto st = m_db.prepare("SELECT id, created_at, created_by, kinds, selection, justification, device_count,"
                           " plan_digest, state, journal_seq FROM rekey_runs WHERE id = ?;");
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return fail(ErrorCode::NotFound, rekey::tr("There is no re-key run %1 in this workspace.").arg(id));
    RekeyRun r;
    r.id = st->int64(0);
    r.createdAt = QDateTime::fromSecsSinceEpoch(st->int64(1), Qt::UTC);
    r.createdBy = st->text(2);
    auto kinds = RekeyKinds::parse(st->text(3));
    if (!kinds)
        return kinds.error();
    r.kinds = *kinds;
    r.selection = QJsonDocument::fromJson(st->text(4).toUtf8()).object();
    r.justification = QJsonDocument::fromJson(st->text(5).toUtf8()).object();
    r.deviceCount = st->int64(6);
    r.planDigest = st->text(7);
    const auto state = parseRunState(st->text(8));
    if (!state)
        return fail(ErrorCode::Database,
                    rekey::tr("Re-key run %1 has the state \"%2\", which this version does not know.")
                        .arg(id)
                        .arg(st->text(8)));
    r.state = *state;
    r.journalSeq = st->int64(9);
    return r;
}

Result<qint64> RekeyRunStore::nextRunId() {
    return m_db.scalarInt("SELECT COALESCE(MAX(id), 0) + 1 FROM rekey_runs;");
}

Status RekeyRunStore::insert(const RekeyRun& run, const QVector<qint64>& devices) {
    auto ins =
        m_db.prepare("INSERT INTO rekey_runs(id, created_at, created_by, kinds, selection, justification,"
                     " device_count, plan_digest, state, journal_seq) VALUES (?,?,?,?,?,?,?,?,?,?);");
    if (!ins)
        return ins.error();
    ins->bind(1, run.id)
        .bind(2, run.createdAt.toSecsSinceEpoch())
        .bind(3, run.createdBy)
        .bind(4, run.kinds.code())
        .bindText(5, QJsonDocument(run.selection).toJson(QJsonDocument::Compact))
        .bindText(6, QJsonDocument(run.justification).toJson(QJsonDocument::Compact))
        .bind(7, run.deviceCount)
        .bind(8, run.planDigest)
        .bind(9, runStateCode(run.state))
        .bind(10, run.journalSeq);
    if (auto s = ins->run(); !s)
        return s;
    auto dev = m_db.prepare("INSERT INTO rekey_devices(run, device, status, updated_at) VALUES (?,?,?,?);");
    if (!dev)
        return dev.error();
    for (qint64 d : devices) {
        dev->bind(1, run.id)
            .bind(2, d)
            .bind(3, deviceStatusCode(DeviceStatus::Pending))
            .bind(4, run.createdAt.toSecsSinceEpoch());
        if (auto s = dev->run(); !s)
            return s;
        dev->reset();
    }
    return {};
}

Status RekeyRunStore::setState(qint64 run, RunState state) {
    auto st = m_db.prepare("UPDATE rekey_runs SET state = ? WHERE id = ?;");
    if (!st)
        return st.error();
    st->bind(1, runStateCode(state)).bind(2, run);
    return st->run();
}

Result<QVector<RekeyRunStore::PendingDevice>> RekeyRunStore::pending(qint64 run, qint64 after, int limit) {
    auto sel =
        m_db.prepare("SELECT r.device, d.device_id, d.system_title FROM rekey_devices r JOIN devices d ON "
                     "d.id = r.device WHERE r.run = ? AND r.status = ? AND r.device > ? ORDER BY r.device "
                     "LIMIT ?;");
    if (!sel)
        return sel.error();
    sel->bind(1, run).bind(2, deviceStatusCode(DeviceStatus::Pending)).bind(3, after).bind(4, limit);
    QVector<PendingDevice> out;
    if (auto s = sel->forEachRow([&](const store::Statement& st) {
            out.push_back({st.int64(0), st.text(1), st.blob(2)});
        });
        !s)
        return s.error();
    return out;
}

Result<qint64> RekeyRunStore::pendingCount(qint64 run) {
    auto st = m_db.prepare("SELECT COUNT(*) FROM rekey_devices WHERE run = ? AND status = ?;");
    if (!st)
        return st.error();
    st->bind(1, run).bind(2, deviceStatusCode(DeviceStatus::Pending));
    if (auto r = st->step(); !r)
        return r.error();
    return st->int64(0);
}

Result<int> RekeyRunStore::lastChunk(qint64 run) {
    auto st = m_db.prepare("SELECT COALESCE(MAX(chunk), 0) FROM rekey_devices WHERE run = ?;");
    if (!st)
        return st.error();
    st->bind(1, run);
    if (auto r = st->step(); !r)
        return r.error();
    return static_cast<int>(st->int64(0));
}

Status RekeyRunStore::commit(qint64 run, qint64 device, int chunk, qint64 seq, const QByteArray& instruction,
                             const QString& failure, qint64 now) {
    auto st = store::prepareOnce(
        m_db, m_st->commit,
        "UPDATE rekey_devices SET status = ?, chunk = ?, journal_seq = ?, instruction = ?, result = ?, "
        "updated_at = ? WHERE run = ? AND device = ? AND status = ?;");
    if (!st)
        return st.error();
    store::Statement& u = **st;
    const bool ok = failure.isEmpty();
    u.bind(1, deviceStatusCode(ok ? DeviceStatus::Committed : DeviceStatus::Failed))
        .bind(2, chunk)
        .bind(3, seq);
    if (ok)
        u.bindText(4, instruction).bindNull(5);
    else
        u.bindNull(4).bind(5, failure);
    u.bind(6, now).bind(7, run).bind(8, device).bind(9, deviceStatusCode(DeviceStatus::Pending));
    return u.run();
}

Result<QVector<RekeyRunStore::Instruction>> RekeyRunStore::instructions(qint64 run, bool resend) {
    auto sel =
        m_db.prepare("SELECT device, instruction FROM rekey_devices WHERE run = ? AND status IN (?, ?) "
                     "AND coalesce(result, '') NOT LIKE 'excluded:%' ORDER BY device;");
    if (!sel)
        return sel.error();
    sel->bind(1, run)
        .bind(2, deviceStatusCode(DeviceStatus::Committed))
        .bind(3, deviceStatusCode(resend ? DeviceStatus::Distributed : DeviceStatus::Committed));
    QVector<Instruction> out;
    if (auto s = sel->forEachRow([&](const store::Statement& st) {
            out.push_back({st.int64(0), st.text(1).toUtf8()});
        });
        !s)
        return s.error();
    return out;
}

Result<qint64> RekeyRunStore::markDistributed(qint64 run, qint64 device, qint64 now) {
    auto st = store::prepareOnce(
        m_db, m_st->distribute,
        "UPDATE rekey_devices SET status = ?, updated_at = ? WHERE run = ? AND device = ? AND status = ?;");
    if (!st)
        return st.error();
    (**st)
        .bind(1, deviceStatusCode(DeviceStatus::Distributed))
        .bind(2, now)
        .bind(3, run)
        .bind(4, device)
        .bind(5, deviceStatusCode(DeviceStatus::Committed));
    if (auto s = (*st)->run(); !s)
        return s.error();
    return m_db.changes();
}

Result<std::optional<RekeyRunStore::Entry>> RekeyRunStore::find(qint64 run, const QString& deviceId) {
    auto st =
        store::prepareOnce(m_db, m_st->find,
                           "SELECT r.device, r.status, coalesce(r.result, '') FROM rekey_devices r JOIN "
                           "devices d ON d.id = r.device WHERE r.run = ? AND d.device_id = ?;");
    if (!st)
        return st.error();
    (**st).bind(1, run).bind(2, deviceId);
    auto row = (*st)->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Entry>();
    const QString text = (*st)->text(1);
    return std::optional<Entry>(Entry{(*st)->int64(0), parseDeviceStatus(text), text, (*st)->text(2)});
}

Result<QStringList> RekeyRunStore::failedOrRefused(qint64 run) {
    auto st = m_db.prepare(
        "SELECT d.device_id FROM rekey_devices r JOIN devices d ON d.id = r.device WHERE r.run = ? AND "
        "(r.status = 'failed' OR (r.status = 'distributed' AND r.result LIKE 'failure:%')) AND "
        "coalesce(r.result, '') NOT LIKE 'excluded:%' ORDER BY r.device;");
    if (!st)
        return st.error();
    st->bind(1, run);
    QStringList out;
    if (auto s = st->forEachRow([&](const store::Statement& r) { out << r.text(0); }); !s)
        return s.error();
    return out;
}

Status RekeyRunStore::setResult(qint64 run, qint64 device, DeviceStatus status, const QString& result,
                                qint64 now) {
    auto st = store::prepareOnce(
        m_db, m_st->result,
        "UPDATE rekey_devices SET status = ?1, result = ?2, updated_at = ?3 WHERE run = ?4 AND device = ?5;");
    if (!st)
        return st.error();
    (**st).bind(1, deviceStatusCode(status)).bind(2, result).bind(3, now).bind(4, run).bind(5, device);
    return (*st)->run();
}

} // namespace symbolon::rekey
