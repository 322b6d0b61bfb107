#pragma once

#include "common/ReaderThread.h"
#include "keys/KekVersionStore.h"
#include "rekey/KeyStateQuery.h"

#include <QStringList>
#include <QVector>

namespace symbolon::ui {

// The Key States view's reader (ReaderThread): counts, pages, per-state counts and one device's
// keys through a KeyStateStore on the reader thread's own connection; the S1SPs and the KEK
// versions for the filters.
class KeyStateReader : public ReaderThread {
    Q_OBJECT

public:
    // No parent (it moves to its own thread): the owner holds it in a unique_ptr.
    explicit KeyStateReader(workspace::Workspace& ws);
    ~KeyStateReader() override;

    quint64 requestCount(const rekey::KeyStateFilter& filter);
    quint64 requestPage(const rekey::KeyStateFilter& filter, rekey::KeyStateColumn sort, Qt::SortOrder order,
                        qint64 offset, int limit);
    quint64 requestCounts(const rekey::KeyStateFilter& filter);
    quint64 requestDeviceKeys(const QString& deviceId);
    quint64 requestS1sps();
    quint64 requestKekVersions(); // for the KEK version filter

Q_SIGNALS:
    void countReady(quint64 id, qint64 count);
    void pageReady(quint64 id, qint64 offset, const QVector<symbolon::rekey::KeyStateRow>& rows);
    void countsReady(quint64 id, const symbolon::rekey::KeyStateCounts& counts);
    void deviceKeysReady(quint64 id, const QVector<symbolon::rekey::KeyStateRow>& rows);
    void s1spsReady(quint64 id, const QStringList& s1sps);
    void kekVersionsReady(quint64 id, const QVector<symbolon::keys::KekVersion>& versions);
};

} // namespace symbolon::ui
