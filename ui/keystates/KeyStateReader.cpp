#include "keystates/KeyStateReader.h"

#include "inventory/InventoryStore.h"
#include "rekey/KeyStateStore.h"
#include "store/Database.h"

#include <QDateTime>

namespace symbolon::ui {

KeyStateReader::KeyStateReader(workspace::Workspace& ws)
    : ReaderThread(ws, QStringLiteral("KeyStateReader")) {
    qRegisterMetaType<rekey::KeyStateRow>();
    qRegisterMetaType<QVector<rekey::KeyStateRow>>();
    qRegisterMetaType<rekey::KeyStateCounts>();
    qRegisterMetaType<QVector<keys::KekVersion>>();
}

KeyStateReader::~KeyStateReader() {
    stop();
}

quint64 KeyStateReader::requestCount(const rekey::KeyStateFilter& filter) {
    return post([this, filter](quint64 id, store::Database& db) {
        deliver(id, rekey::KeyStateStore(db).count(filter, QDateTime::currentDateTimeUtc()),
                [&](const auto& v) { Q_EMIT countReady(id, v); });
    });
}

quint64 KeyStateReader::requestPage(const rekey::KeyStateFilter& filter, rekey::KeyStateColumn sort,
                                    Qt::SortOrder order, qint64 offset, int limit) {
    return post([this, filter, sort, order, offset, limit](quint64 id, store::Database& db) {
        deliver(id,
                rekey::KeyStateStore(db).page(filter, sort, order, offset, limit,
                                              QDateTime::currentDateTimeUtc()),
                [&](const auto& v) { Q_EMIT pageReady(id, offset, v); });
    });
}

quint64 KeyStateReader::requestCounts(const rekey::KeyStateFilter& filter) {
    return post([this, filter](quint64 id, store::Database& db) {
        deliver(id, rekey::KeyStateStore(db).countsPerState(filter, QDateTime::currentDateTimeUtc()),
                [&](const auto& v) { Q_EMIT countsReady(id, v); });
    });
}

quint64 KeyStateReader::requestDeviceKeys(const QString& deviceId) {
    return post([this, deviceId](quint64 id, store::Database& db) {
        deliver(id, rekey::KeyStateStore(db).keysOfDevice(deviceId),
                [&](const auto& v) { Q_EMIT deviceKeysReady(id, v); });
    });
}

quint64 KeyStateReader::requestS1sps() {
    return post([this](quint64 id, store::Database& db) {
        deliver(id, inventory::InventoryStore(db).s1sps(), [&](const auto& v) { Q_EMIT s1spsReady(id, v); });
    });
}

quint64 KeyStateReader::requestKekVersions() {
    return post([this](quint64 id, store::Database& db) {
        deliver(id, keys::KekVersionStore::all(db), [&](const auto& v) { Q_EMIT kekVersionsReady(id, v); });
    });
}

} // namespace symbolon::ui
