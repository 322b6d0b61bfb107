#include "workspace/KeyTokenShareStore.h"

#include "store/Database.h"
#include "store/Statement.h"

#include <QtEndian>

namespace symbolon::workspace {

namespace {
// v8 (issue #18): key-token PIN shares re-dealt at custodian turnover, sealed to each card.
const char* kV8 = "CREATE TABLE key_token_shares ("
                  " generation INTEGER NOT NULL CHECK (generation > 0),"
                  " state TEXT NOT NULL CHECK (state IN ('pending','current')),"
                  " purpose TEXT NOT NULL CHECK (purpose IN ('key-token-user-pin','key-token-so-pin')),"
                  " card_serial TEXT NOT NULL, key_fingerprint TEXT NOT NULL,"
                  " k INTEGER NOT NULL, n INTEGER NOT NULL, share_index INTEGER NOT NULL,"
                  " register_version INTEGER NOT NULL,"
                  " ephemeral_point BLOB NOT NULL, nonce BLOB NOT NULL, sealed BLOB NOT NULL,"
                  " PRIMARY KEY (generation, purpose, card_serial));";

void putField(QByteArray& out, const QByteArray& field) {
    char len[4];
    qToBigEndian<quint32>(static_cast<quint32>(field.size()), len);
    out.append(len, 4);
    out.append(field);
}

const char* kColumns = "SELECT generation, state, purpose, card_serial, key_fingerprint, k, n, share_index,"
                       " register_version, ephemeral_point, nonce, sealed FROM key_token_shares ";

StoredShare fromRow(const store::Statement& r) {
    StoredShare s;
    s.generation = int(r.int64(0));
    s.pending = r.text(1) == QLatin1String("pending");
    s.purpose = r.text(2);
    s.cardSerial = r.text(3);
    s.keyFingerprint = r.text(4);
    s.k = int(r.int64(5));
    s.n = int(r.int64(6));
    s.index = int(r.int64(7));
    s.registerVersion = int(r.int64(8));
    s.sealed = {r.blob(9), r.blob(10), r.blob(11)};
    return s;
}

Result<QVector<StoredShare>> select(store::Database& db, const QByteArray& where,
                                    const std::function<void(store::Statement&)>& bind = {}) {
    auto st = db.prepare((QByteArray(kColumns) + where).constData());
    if (!st)
        return st.error();
    if (bind)
        bind(*st);
    QVector<StoredShare> out;
    if (auto s = st->forEachRow([&](const store::Statement& r) { out.push_back(fromRow(r)); }); !s)
        return s.error();
    return out;
}

Result<int> scalar(store::Database& db, const char* sql) {
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    int v = 0;
    if (auto s = st->forEachRow([&](const store::Statement& r) { v = int(r.int64(0)); }); !s)
        return s.error();
    return v;
}
} // namespace

QByteArray StoredShare::aad(const QString& keyTokenSerial) const {
    QByteArray out;
    putField(out, QByteArray::number(generation));
    putField(out, purpose.toUtf8());
    putField(out, cardSerial.toUtf8());
    putField(out, keyFingerprint.toLatin1());
    putField(out, QByteArray::number(k));
    putField(out, QByteArray::number(n));
    putField(out, QByteArray::number(index));
    putField(out, QByteArray::number(registerVersion));
    putField(out, keyTokenSerial.toUtf8());
    return out;
}

QVector<store::Migration> KeyTokenShareStore::migrations() {
    return {{8, kV8}};
}

Result<int> KeyTokenShareStore::currentGeneration(store::Database& db) {
    return scalar(db, "SELECT coalesce(max(generation), 0) FROM key_token_shares WHERE state = 'current';");
}

Result<int> KeyTokenShareStore::pendingGeneration(store::Database& db) {
    return scalar(db, "SELECT coalesce(max(generation), 0) FROM key_token_shares WHERE state = 'pending';");
}

Result<QVector<StoredShare>> KeyTokenShareStore::forCard(store::Database& db, const QString& cardSerial,
                                                         const QString& purpose) {
    return select(db, "WHERE card_serial = ? AND purpose = ? ORDER BY generation;",
                  [&](store::Statement& st) { st.bind(1, cardSerial).bind(2, purpose); });
}

Result<QVector<StoredShare>> KeyTokenShareStore::all(store::Database& db) {
    return select(db, "ORDER BY generation, purpose, card_serial;");
}

Status KeyTokenShareStore::addPending(store::Database& db, const QVector<StoredShare>& shares) {
    auto st =
        db.prepare("INSERT INTO key_token_shares(generation, state, purpose, card_serial, key_fingerprint,"
                   " k, n, share_index, register_version, ephemeral_point, nonce, sealed)"
                   " VALUES (?, 'pending', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!st)
        return st.error();
    for (const StoredShare& s : shares) {
        st->reset();
        st->bind(1, s.generation)
            .bind(2, s.purpose)
            .bind(3, s.cardSerial)
            .bind(4, s.keyFingerprint)
            .bind(5, s.k)
            .bind(6, s.n)
            .bind(7, s.index)
            .bind(8, s.registerVersion)
            .bind(9, s.sealed.ephemeralPoint)
            .bind(10, s.sealed.nonce)
            .bind(11, s.sealed.sealed);
        if (auto r = st->run(); !r)
            return r;
    }
    return {};
}

Status KeyTokenShareStore::promote(store::Database& db, int generation) {
    auto del = db.prepare("DELETE FROM key_token_shares WHERE generation <> ?;");
    if (!del)
        return del.error();
    del->bind(1, generation);
    if (auto s = del->run(); !s)
        return s;
    auto up = db.prepare("UPDATE key_token_shares SET state = 'current' WHERE generation = ?;");
    if (!up)
        return up.error();
    up->bind(1, generation);
    return up->run();
}

Status KeyTokenShareStore::dropPending(store::Database& db) {
    return db.exec("DELETE FROM key_token_shares WHERE state = 'pending';");
}

} // namespace symbolon::workspace
