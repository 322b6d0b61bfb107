#include "journal/JournalStore.h"

#include "journal/JournalVerifier.h"

#include "journal/Checkpoint.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>

namespace symbolon::journal {

namespace {} // namespace

const char* JournalStore::selectSql() {
    return "SELECT seq, ts, actor, role, action, target, details, prev_hash, hash FROM journal ";
}

JournalEntry JournalStore::fromRow(const store::Statement& st, bool parseTime) {
    JournalEntry e;
    e.seq = st.int64(0);
    e.timeStored = st.text(1);
    if (parseTime)
        e.time = QDateTime::fromString(e.timeStored, Qt::ISODateWithMs);
    e.actor = st.text(2);
    e.role = st.text(3);
    e.action = st.text(4);
    e.target = st.text(5);
    e.detailsJson = st.blob(6);
    e.prevHash = st.blob(7);
    e.hash = st.blob(8);
    return e;
}

Result<JournalStore::Cursor> JournalStore::cursor() const {
    auto st = m_db.prepare((QByteArray(selectSql()) + "ORDER BY seq;").constData());
    if (!st)
        return st.error();
    auto shared = std::make_shared<store::Statement>(std::move(*st));
    return Cursor([shared](JournalEntry& e) -> Result<bool> {
        auto row = shared->step();
        if (!row)
            return row.error();
        if (!*row)
            return false;
        e = fromRow(*shared, /*parseTime=*/false); // verification needs the stored bytes only
        return true;
    });
}

namespace {
// A record holds the seq (8 bytes) and then each other column of selectSql() as its length (4
// bytes, -1 for a null string or array) and bytes.
void putColumn(char*& out, QByteArrayView bytes) {
    const qint32 size = bytes.isNull() ? -1 : qint32(bytes.size());
    std::memcpy(out, &size, sizeof size);
    out += sizeof size;
    if (!bytes.isEmpty())
        std::memcpy(out, bytes.data(), std::size_t(bytes.size()));
    out += bytes.size();
}
bool takeColumn(const char*& p, const char* end, QByteArrayView& bytes) {
    qint32 size = 0;
    if (end - p < qsizetype(sizeof size))
        return false;
    std::memcpy(&size, p, sizeof size);
    p += sizeof size;
    if (size < -1 || end - p < size)
        return false;
    bytes = size < 0 ? QByteArrayView() : QByteArrayView(p, size);
    p += std::max(size, 0);
    return true;
}
} // namespace

Status JournalStore::readInto(JournalVerifier::Input& in) const {
    auto st = m_db.prepare((QByteArray(selectSql()) + "ORDER BY seq;").constData());
    if (!st)
        return st.error();
    auto shared = std::make_shared<store::Statement>(std::move(*st));
    in.nextEntry = nullptr;
    in.nextRecord = [shared](JournalVerifier::Input::Record& record) -> Result<bool> {
        auto row = shared->step();
        if (!row)
            return row.error();
        if (!*row)
            return false;
        const qint64 seq = shared->int64(0);
        QByteArrayView columns[8]; // as fromRow reads them: text, then blobs
        qsizetype size = sizeof seq;
        for (int i = 0; i < 8; ++i) {
            columns[i] = i < 5 ? shared->textBytes(i + 1) : shared->blobBytes(i + 1);
            size += qsizetype(sizeof(qint32)) + columns[i].size();
        }
        record.bytes.resize(size); // one copy of the row, into the batch slot's buffer
        char* out = record.bytes.data();
        std::memcpy(out, &seq, sizeof seq);
        out += sizeof seq;
        for (const QByteArrayView& column : columns)
            putColumn(out, column);
        record.position = seq;
        return true;
    };
    in.decode = &JournalStore::decodeRecord;
    return {};
}

Result<JournalEntry> JournalStore::decodeRecord(const JournalVerifier::Input::Record& record) {
    const char* p = record.bytes.constData();
    const char* const end = p + record.bytes.size();
    JournalEntry e;
    QByteArrayView c[8];
    bool whole = end - p >= qsizetype(sizeof e.seq);
    if (whole) {
        std::memcpy(&e.seq, p, sizeof e.seq);
        p += sizeof e.seq;
    }
    for (int i = 0; whole && i < 8; ++i)
        whole = takeColumn(p, end, c[i]);
    if (!whole || p != end) { // never for a record readInto made: an entry that cannot verify
        JournalEntry broken;
        broken.seq = record.position;
        return broken;
    }
    auto text = [](QByteArrayView b) { return b.isNull() ? QString() : QString::fromUtf8(b); };
    auto blob = [](QByteArrayView b) { return b.isNull() ? QByteArray() : b.toByteArray(); };
    e.timeStored = text(c[0]);
    e.actor = text(c[1]);
    e.role = text(c[2]);
    e.action = text(c[3]);
    e.target = text(c[4]);
    e.detailsJson = blob(c[5]);
    e.prevHash = blob(c[6]);
    e.hash = blob(c[7]);
    return e;
}

JournalStore::JournalStore(store::Database& db) : m_db(db) {}
JournalStore::~JournalStore() = default;

namespace {
const char* kJournalV1 =
    "CREATE TABLE journal ("
    " seq INTEGER PRIMARY KEY,"
    " ts TEXT NOT NULL, actor TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT NULL,"
    " target TEXT NOT NULL, details TEXT NOT NULL,"
    " prev_hash BLOB NOT NULL, hash BLOB NOT NULL);"
    "CREATE INDEX journal_action ON journal(action);"
    "CREATE INDEX journal_target ON journal(target);"
    "CREATE TABLE IF NOT EXISTS checkpoints ("
    " seq INTEGER NOT NULL, hash BLOB NOT NULL, ts TEXT NOT NULL, key_fingerprint TEXT NOT NULL,"
    " signature BLOB NOT NULL, PRIMARY KEY (seq, ts));";
// v7 (issue #15): the acting person's card co-signs each checkpoint.
const char* kJournalV7 = "ALTER TABLE checkpoints ADD COLUMN card_fingerprint TEXT;"
                         "ALTER TABLE checkpoints ADD COLUMN card_signature BLOB;";
} // namespace

QVector<store::Migration> JournalStore::migrations() {
    return {{1, kJournalV1}, {7, kJournalV7}};
}

Result<JournalEntry> JournalStore::head() const {
    auto st = m_db.prepare((QByteArray(selectSql()) + "ORDER BY seq DESC LIMIT 1;").constData());
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!*row) {
        JournalEntry empty;
        empty.hash = QByteArray(32, '\0');
        return empty;
    }
    return fromRow(*st);
}

Result<QByteArray> JournalStore::hashAt(qint64 seq) const {
    auto st = m_db.prepare("SELECT hash FROM journal WHERE seq = ?;");
    if (!st)
        return st.error();
    st->bind(1, seq);
    auto row = st->step();
    if (!row)
        return row.error();
    return *row ? st->blob(0) : QByteArray();
}

Result<store::Statement*> JournalStore::statement(std::unique_ptr<store::Statement>& slot, const char* sql) {
    if (!slot) {
        auto st = m_db.prepare(sql);
        if (!st)
            return st.error();
        slot = std::make_unique<store::Statement>(std::move(*st));
    }
    slot->reset();
    return slot.get();
}

Result<JournalEntry> JournalStore::append(const Draft& d) {
    // The head is read from the database at every append (one primary-key row), never cached:
    // a rolled-back transaction must not leave a stale head behind.
    auto head = statement(m_head, "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1;");
    if (!head)
        return head.error();
    auto row = (*head)->step();
    if (!row)
        return row.error();
    JournalEntry e;
    e.seq = *row ? (*head)->int64(0) + 1 : 1;
    e.prevHash = *row ? (*head)->blob(1) : QByteArray(32, '\0');
    (*head)->reset();
    e.time = QDateTime::currentDateTimeUtc();
    e.timeStored = e.time.toString(Qt::ISODateWithMs);
    e.actor = d.actor;
    e.role = d.role;
    e.action = d.action;
    e.target = d.target;
    e.detailsJson = JournalEntry::encodeDetails(d.details);
    e.hash = e.computeHash();
    auto st = statement(m_insert,
                        "INSERT INTO journal(seq, ts, actor, role, action, target, details, prev_hash, hash)"
                        " VALUES (?,?,?,?,?,?,?,?,?);");
    if (!st)
        return st.error();
    (*st)
        ->bind(1, e.seq)
        .bind(2, e.timeStored)
        .bind(3, e.actor)
        .bind(4, e.role)
        .bind(5, e.action)
        .bind(6, e.target)
        .bindText(7, e.detailsJson)
        .bind(8, e.prevHash)
        .bind(9, e.hash);
    if (auto s = (*st)->run(); !s)
        return s.error();
    return e;
}

Result<qint64> JournalStore::count() const {
    return m_db.scalarInt("SELECT count(*) FROM journal;");
}

Result<QVector<JournalEntry>> JournalStore::range(qint64 fromSeq, int limit) const {
    auto st = m_db.prepare((QByteArray(selectSql()) + "WHERE seq >= ? ORDER BY seq LIMIT ?;").constData());
    if (!st)
        return st.error();
    st->bind(1, fromSeq).bind(2, limit);
    QVector<JournalEntry> out;
    if (auto s = st->forEachRow([&](const store::Statement& row) { out.push_back(fromRow(row)); }); !s)
        return s.error();
    return out;
}

Result<qint64> JournalStore::verifyChain() const {
    JournalVerifier::Input in;
    if (Status read = readInto(in); !read)
        return read.error();
    const VerificationReport r = JournalVerifier::verify(std::move(in));
    if (!r.ok())
        return fail(ErrorCode::Crypto, r.summary());
    return r.entries;
}

} // namespace symbolon::journal
