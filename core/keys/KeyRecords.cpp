#include "keys/KeyRecords.h"

#include "store/BatchInsert.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>

namespace symbolon::keys {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::keys", s);
}
} // namespace

struct KeyRecords::Statements {
    std::optional<store::Statement> distribute, activate, supersede;
};

KeyRecords::KeyRecords(store::Database& db) : m_db(db), m_st(std::make_unique<Statements>()) {}
KeyRecords::~KeyRecords() = default;

QString KeyRecords::stateText(policy::KeyState s) {
    switch (s) {
    case policy::KeyState::Migrated:
        return QStringLiteral("Migrated");
    case policy::KeyState::Generated:
        return QStringLiteral("Generated");
    case policy::KeyState::Distributed:
        return QStringLiteral("Distributed");
    case policy::KeyState::Active:
        return QStringLiteral("Active");
    case policy::KeyState::Superseded:
        return QStringLiteral("Superseded");
    }
    return {};
}

Status KeyRecords::add(policy::KeyState initial, const NewRecord& r, qint64 now) {
    std::unique_ptr<store::BatchInsert>* batch = nullptr;
    if (initial == policy::KeyState::Migrated)
        batch = &m_migrated;
    else if (initial == policy::KeyState::Generated)
        batch = &m_generated;
    else
        return fail(ErrorCode::PolicyRefused,
                    keys::tr("A key record begins as Migrated or Generated, never as %1.")
                        .arg(policy::keyStateName(initial)));
    if (!*batch)
        *batch = std::make_unique<store::BatchInsert>(
            m_db,
            "INSERT INTO key_records(device, kind, client, generation, state, package, kek, kek_kcv, kcv, "
            "created_at, state_changed_at, journal_seq, rekey_run, kek_version)",
            14);
    return (*batch)->add(
        {r.device, r.kind, qint64(r.client), qint64(r.generation), stateText(initial), r.package, r.kek,
         r.kekKcv, r.kcv, now, now, r.journalSeq,
         r.rekeyRun ? store::BatchInsert::Value(*r.rekeyRun) : store::BatchInsert::Value(nullptr),
         qint64(r.kekVersion)});
}

Status KeyRecords::flush() {
    for (auto* batch : {&m_migrated, &m_generated})
        if (*batch)
            if (auto s = (*batch)->flush(); !s)
                return s;
    return {};
}

Result<qint64> KeyRecords::distribute(qint64 device, qint64 run, qint64 now) {
    if (auto s = policy::checkTransition(policy::KeyState::Generated, policy::KeyState::Distributed); !s)
        return s.error();
    auto distributeSt =
        store::prepareOnce(m_db, m_st->distribute,
                           "UPDATE key_records SET state = ?1, distributed_at = ?2, state_changed_at = ?2 "
                           "WHERE device = ?3 AND rekey_run = ?4 AND state = ?5;");
    if (!distributeSt)
        return distributeSt.error();
    auto& st = **distributeSt;
    st.bind(1, stateText(policy::KeyState::Distributed))
        .bind(2, now)
        .bind(3, device)
        .bind(4, run)
        .bind(5, stateText(policy::KeyState::Generated));
    if (auto s = st.run(); !s)
        return s.error();
    return m_db.changes();
}

Result<KeyRecords::Activated> KeyRecords::activate(qint64 device, qint64 run, qint64 now) {
    auto supersedeSt = store::prepareOnce(
        m_db, m_st->supersede,
        "UPDATE key_records SET state = ?1, state_changed_at = ?2 WHERE device = ?3 AND state = ?4 AND "
        "EXISTS (SELECT 1 FROM key_records n WHERE n.device = ?3 AND n.kind = key_records.kind AND "
        "n.client = key_records.client AND n.rekey_run = ?5 AND n.state = ?6);");
    if (!supersedeSt)
        return supersedeSt.error();
    auto activateSt =
        store::prepareOnce(m_db, m_st->activate,
                           "UPDATE key_records SET state = ?1, activated_at = ?2, state_changed_at = ?2 "
                           "WHERE device = ?3 AND rekey_run = ?4 AND state = ?5;");
    if (!activateSt)
        return activateSt.error();
    Activated out;
    for (const policy::KeyState from : {policy::KeyState::Migrated, policy::KeyState::Active}) {
        if (auto s = policy::checkTransition(from, policy::KeyState::Superseded); !s)
            return s.error();
        auto& st = **supersedeSt;
        st.reset();
        st.bind(1, stateText(policy::KeyState::Superseded))
            .bind(2, now)
            .bind(3, device)
            .bind(4, stateText(from))
            .bind(5, run)
            .bind(6, stateText(policy::KeyState::Distributed));
        if (auto s = st.run(); !s)
            return s.error();
        out.superseded += m_db.changes();
    }
    if (auto s = policy::checkTransition(policy::KeyState::Distributed, policy::KeyState::Active); !s)
        return s.error();
    auto& st = **activateSt;
    st.reset();
    st.bind(1, stateText(policy::KeyState::Active))
        .bind(2, now)
        .bind(3, device)
        .bind(4, run)
        .bind(5, stateText(policy::KeyState::Distributed));
    if (auto s = st.run(); !s)
        return s.error();
    out.activated = m_db.changes();
    return out;
}

Result<qint64> KeyRecords::markCompromised(const QString& deviceId, const QString& kind,
                                           const QString& reference, qint64 now) {
    auto st = m_db.prepare(
        kind.isEmpty() ? "UPDATE key_records SET compromised_ref = ?1, compromised_at = ?2 WHERE device = "
                         "(SELECT id FROM devices WHERE device_id = ?3) AND state != ?4;"
                       : "UPDATE key_records SET compromised_ref = ?1, compromised_at = ?2 WHERE device = "
                         "(SELECT id FROM devices WHERE device_id = ?3) AND state != ?4 AND kind = ?5;");
    if (!st)
        return st.error();
    st->bind(1, reference).bind(2, now).bind(3, deviceId).bind(4, stateText(policy::KeyState::Superseded));
    if (!kind.isEmpty())
        st->bind(5, kind);
    if (auto s = st->run(); !s)
        return s.error();
    return m_db.changes();
}

} // namespace symbolon::keys
