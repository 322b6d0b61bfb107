#include "journal/JournalReader.h"

#include "store/Database.h"

namespace symbolon::ui {

JournalReader::JournalReader(workspace::Workspace& ws) : ReaderThread(ws, QStringLiteral("JournalReader")) {
    qRegisterMetaType<journal::JournalEntry>();
    qRegisterMetaType<QVector<journal::JournalEntry>>();
}

JournalReader::~JournalReader() {
    stop();
}

quint64 JournalReader::requestCount(const journal::JournalFilter& filter) {
    return post([this, filter](quint64 id, store::Database& db) {
        deliver(id, journal::JournalQuery(db).count(filter), [&](qint64 n) { Q_EMIT countReady(id, n); });
    });
}

quint64 JournalReader::requestPage(const journal::JournalFilter& filter, qint64 offset, int limit) {
    return post([this, filter, offset, limit](quint64 id, store::Database& db) {
        deliver(id, journal::JournalQuery(db).page(filter, offset, limit),
                [&](const auto& entries) { Q_EMIT pageReady(id, offset, entries); });
    });
}

} // namespace symbolon::ui
