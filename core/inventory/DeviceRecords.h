#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace symbolon::store {
class Database;
}

namespace symbolon::inventory {

struct InventoryRecord;

// The one writer of imports, devices and migration_keys: an inventory import (InventoryImporter)
// and a device's confirmed post-commissioning rotation. Runs inside the caller's transaction on
// the workspace's connection; statements used per device are prepared once. Readers use
// InventoryStore.
class DeviceRecords {
public:
    explicit DeviceRecords(store::Database& db);
    ~DeviceRecords();
    DeviceRecords(const DeviceRecords&) = delete;
    DeviceRecords& operator=(const DeviceRecords&) = delete;

    // The names the workspace already has (for look-alike checks of a new file).
    struct Names {
        QStringList s1sps, manufacturers, models;
    };
    [[nodiscard]] Result<Names> names();

    struct PriorImport {
        QString importedAt, actor;
        qint64 devices = 0;
    };
    // The import of the file with this SHA-256, if it was imported before.
    [[nodiscard]] Result<std::optional<PriorImport>> priorImport(const QByteArray& sha256);
    // Records an import; its row id.
    [[nodiscard]] Result<qint64> addImport(const QByteArray& sha256, const QString& fileName,
                                           const QString& importedAt, qint64 devices, const QString& actor);
    // Sets the device count of an import recorded before its devices were counted (a streamed file).
    [[nodiscard]] Status setImportDevices(qint64 importId, qint64 devices);
    // Adds a device of an import (deadline: commissioning + the policy's rotation days) with its
    // migration keys if it has them. false: the device is already in the workspace (nothing added).
    [[nodiscard]] Result<bool> addDevice(const InventoryRecord& record, qint64 importId, qint64 deadlineSecs);
    // The import that brought a device (canonical id), for a message.
    struct ImportedWith {
        QString fileName, importedAt;
    };
    [[nodiscard]] Result<std::optional<ImportedWith>> importedWith(const QString& deviceId);
    // The row id of the import that brought a device (canonical id); 0 when it is not there.
    [[nodiscard]] Result<qint64> importOf(const QString& deviceId);
    // A larger page cache for a bulk import; restored to the workspace's by false.
    void setBulk(bool bulk);

    // The device (row id) confirmed its post-commissioning rotation at `at` (seconds since the
    // epoch); a rotation already recorded is kept.
    [[nodiscard]] Status markRotated(qint64 deviceRow, qint64 at);
    // Sets when a device (canonical id) was rotated: the demo's history.
    [[nodiscard]] Status setRotationDone(const QString& deviceId, qint64 at);

private:
    struct Statements;
    store::Database& m_db;
    std::unique_ptr<Statements> m_st;
};

} // namespace symbolon::inventory
