#include "common/DatabaseReader.h"

#include "inventory/InventoryStore.h"
#include "rekey/RekeyRunQuery.h"
#include "store/Database.h"

namespace symbolon::ui {

DatabaseReader::DatabaseReader(workspace::Workspace& ws)
    : ReaderThread(ws, QStringLiteral("DatabaseReader")) {
    qRegisterMetaType<inventory::DeviceRow>();
    qRegisterMetaType<QVector<inventory::DeviceRow>>();
    qRegisterMetaType<QVector<inventory::RotationCounts>>();
    qRegisterMetaType<QVector<inventory::RotationComplianceWeek>>();
    qRegisterMetaType<QVector<rekey::RekeyRunSummary>>();
    qRegisterMetaType<audit::SiteProgress>();
}

DatabaseReader::~DatabaseReader() {
    stop();
}

quint64 DatabaseReader::requestTotal() {
    return post([this](quint64 id, store::Database& db) {
        deliver(id, inventory::InventoryStore(db).total(), [&](const auto& v) { Q_EMIT totalReady(id, v); });
    });
}

quint64 DatabaseReader::requestCount(const inventory::DeviceFilter& filter) {
    return post([this, filter](quint64 id, store::Database& db) {
        deliver(id, inventory::InventoryStore(db).count(filter, QDateTime::currentDateTimeUtc()),
                [&](const auto& v) { Q_EMIT countReady(id, v); });
    });
}

quint64 DatabaseReader::requestPage(const inventory::DeviceFilter& filter, inventory::DeviceColumn sort,
                                    Qt::SortOrder order, qint64 offset, int limit) {
    return post([this, filter, sort, order, offset, limit](quint64 id, store::Database& db) {
        deliver(id,
                inventory::InventoryStore(db).page(filter, sort, order, offset, limit,
                                                   QDateTime::currentDateTimeUtc()),
                [&](const auto& v) { Q_EMIT pageReady(id, offset, v); });
    });
}

quint64 DatabaseReader::requestDevice(const QString& deviceId) {
    return post([this, deviceId](quint64 id, store::Database& db) {
        deliver(id, inventory::InventoryStore(db).device(deviceId),
                [&](const auto& v) { Q_EMIT deviceReady(id, v); });
    });
}

quint64 DatabaseReader::requestRotationSummary() {
    return post([this](quint64 id, store::Database& db) {
        deliver(id, inventory::InventoryStore(db).rotationSummary(QDateTime::currentDateTimeUtc()),
                [&](const auto& v) { Q_EMIT rotationSummaryReady(id, v); });
    });
}

quint64 DatabaseReader::requestRotationCompliance(int weeks) {
    return post([this, weeks](quint64 id, store::Database& db) {
        deliver(id, inventory::RotationComplianceQuery::weekly(db, weeks, QDateTime::currentDateTimeUtc()),
                [&](const auto& v) { Q_EMIT rotationComplianceReady(id, v); });
    });
}

quint64 DatabaseReader::requestRekeyRuns(int limit) {
    return post([this, limit](quint64 id, store::Database& db) {
        deliver(id, rekey::RekeyRunQuery::latest(db, limit),
                [&](const auto& v) { Q_EMIT rekeyRunsReady(id, v); });
    });
}

quint64 DatabaseReader::requestSiteProgress() {
    return post([this](quint64 id, store::Database& db) {
        deliver(id, audit::SiteProgress::read(db), [&](const auto& v) { Q_EMIT siteProgressReady(id, v); });
    });
}

quint64 DatabaseReader::requestS1sps() {
    return post([this](quint64 id, store::Database& db) {
        deliver(id, inventory::InventoryStore(db).s1sps(), [&](const auto& v) { Q_EMIT s1spsReady(id, v); });
    });
}

} // namespace symbolon::ui
