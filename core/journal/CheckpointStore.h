#pragma once

#include "common/Result.h"
#include "journal/Checkpoint.h"

#include <QString>
#include <QVector>

namespace symbolon::store {
class Database;
}

namespace symbolon::journal {

// Checkpoints live twice: in the database (table checkpoints) and in an append-only sidecar file
// beside it (one JSON object a line). The sidecar is written and synced first, so a crash between
// the two leaves the sidecar ahead of the database, never behind it.
class CheckpointStore {
public:
    CheckpointStore(store::Database& db, QString sidecarPath) : m_db(db), m_sidecar(std::move(sidecarPath)) {}

    [[nodiscard]] Status add(const Checkpoint& c);
    [[nodiscard]] Result<QVector<Checkpoint>> fromDatabase() const;
    [[nodiscard]] static Result<QVector<Checkpoint>> fromFile(const QString& path); // errors name the line
    [[nodiscard]] Result<QVector<Checkpoint>> fromSidecar() const { return fromFile(m_sidecar); }
    QString sidecarPath() const { return m_sidecar; }

private:
    store::Database& m_db;
    QString m_sidecar;
};

} // namespace symbolon::journal
