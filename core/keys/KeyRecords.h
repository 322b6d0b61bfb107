#pragma once

#include "common/Result.h"
#include "policy/KeyState.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace symbolon::store {
class Database;
class BatchInsert;
} // namespace symbolon::store

namespace symbolon::keys {

// The one writer of key_records (POLICY.md "Key states"). A record enters in Migrated (the
// migration ceremony) or Generated (a re-key); every later change of state is checked by
// policy::checkTransition before its UPDATE runs, and each UPDATE names the state it leaves, so
// the state machine the policy describes is the one that runs. Readers use rekey::KeyStateStore.
// Runs inside the caller's transaction; statements are prepared once and reused.
class KeyRecords {
public:
    explicit KeyRecords(store::Database& db);
    ~KeyRecords();
    KeyRecords(const KeyRecords&) = delete;
    KeyRecords& operator=(const KeyRecords&) = delete;

    struct NewRecord {
        qint64 device = 0; // devices.id
        QString kind;      // MK, AK, GUEK, DK
        int client = 0;    // DlmsClient code; 0 for the MK
        int generation = 0;
        QByteArray package; // the key packaged under its KEK (16 bytes), never the clear key
        QString kek, kekKcv, kcv;
        int kekVersion = 0; // the KEK version packaging it: must be the active one (schema 9's trigger)
        qint64 journalSeq = 0;
        std::optional<qint64> rekeyRun;
    };
    // Queues a new record in `initial` (Migrated or Generated: no other state begins a record),
    // written in batches; flush() writes the rest.
    [[nodiscard]] Status add(policy::KeyState initial, const NewRecord& record, qint64 now);
    [[nodiscard]] Status flush();

    // Generated -> Distributed: a run's new keys for one device, once its instruction is issued.
    [[nodiscard]] Result<qint64> distribute(qint64 device, qint64 run, qint64 now);
    // The device confirmed a run's keys: the keys they replace (Migrated or Active, same kind and
    // client) -> Superseded, then the run's keys Distributed -> Active (CKMP (d)(iii)).
    struct Activated {
        qint64 superseded = 0, activated = 0;
    };
    [[nodiscard]] Result<Activated> activate(qint64 device, qint64 run, qint64 now);
    // Flags every current (not superseded) key of a device, or of one kind, as compromised. Not a
    // change of state: a compromise is a flag on any state (policy/Compromise.h).
    [[nodiscard]] Result<qint64> markCompromised(const QString& deviceId, const QString& kind,
                                                 const QString& reference, qint64 now);

    // The database's form of a state ("Migrated", ...): the schema's CHECK constraint's words.
    static QString stateText(policy::KeyState s);

private:
    struct Statements;
    store::Database& m_db;
    std::unique_ptr<store::BatchInsert> m_migrated, m_generated;
    std::unique_ptr<Statements> m_st;
};

} // namespace symbolon::keys
