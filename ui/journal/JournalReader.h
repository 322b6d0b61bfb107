#pragma once

#include "common/ReaderThread.h"
#include "journal/JournalEntry.h"
#include "journal/JournalQuery.h"

#include <QVector>

namespace symbolon::ui {

// The Journal view's reader (ReaderThread): filtered counts and pages of the journal. Separate
// from DatabaseReader so that a slow journal search never holds up the inventory views.
class JournalReader : public ReaderThread {
    Q_OBJECT

public:
    explicit JournalReader(workspace::Workspace& ws);
    ~JournalReader() override;

    quint64 requestCount(const journal::JournalFilter& filter);
    quint64 requestPage(const journal::JournalFilter& filter, qint64 offset, int limit);

Q_SIGNALS:
    void countReady(quint64 id, qint64 count);
    void pageReady(quint64 id, qint64 offset, const QVector<symbolon::journal::JournalEntry>& entries);
};

} // namespace symbolon::ui
