#pragma once

#include "audit/SiteProgress.h"
#include "common/ReaderThread.h"
#include "inventory/DeviceQuery.h"
#include "inventory/RotationComplianceQuery.h"
#include "rekey/RekeyRunSummary.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace symbolon::ui {

// The inventory views' reader (ReaderThread): device counts, pages, details and summaries
// through an InventoryStore on the reader thread's own connection.
class DatabaseReader : public ReaderThread {
    Q_OBJECT

public:
    // Has no parent (it moves to its own thread): the owner holds it in a unique_ptr and destroys
    // it on the thread that created it, which stops the reader thread first.
    explicit DatabaseReader(workspace::Workspace& ws);
    ~DatabaseReader() override;

    quint64 requestTotal();
    quint64 requestCount(const inventory::DeviceFilter& filter);
    quint64 requestPage(const inventory::DeviceFilter& filter, inventory::DeviceColumn sort,
                        Qt::SortOrder order, qint64 offset, int limit);
    quint64 requestDevice(const QString& deviceId);
    quint64 requestRotationSummary();
    quint64 requestS1sps();
    quint64 requestRotationCompliance(int weeks);
    quint64 requestRekeyRuns(int limit);
    quint64 requestSiteProgress();

Q_SIGNALS:
    void totalReady(quint64 id, qint64 total);
    void countReady(quint64 id, qint64 count);
    void pageReady(quint64 id, qint64 offset, const QVector<symbolon::inventory::DeviceRow>& rows);
    void deviceReady(quint64 id, const symbolon::inventory::DeviceRow& row);
    void rotationSummaryReady(quint64 id, const QVector<symbolon::inventory::RotationCounts>& counts);
    void s1spsReady(quint64 id, const QStringList& s1sps);
    void rekeyRunsReady(quint64 id, const QVector<symbolon::rekey::RekeyRunSummary>& runs);
    void siteProgressReady(quint64 id, const symbolon::audit::SiteProgress& progress);
    void rotationComplianceReady(quint64 id,
                                 const QVector<symbolon::inventory::RotationComplianceWeek>& weeks);
};

} // namespace symbolon::ui
