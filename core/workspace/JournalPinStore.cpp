#include "workspace/JournalPinStore.h"

#include "store/Database.h"
#include "store/Statement.h"
#include "workspace/SiteRegister.h"

#include <QtEndian>

namespace symbolon::workspace {

namespace {
// v10 (issue #15): the journal token's PIN, sealed to each active card instead of a clear row.
const char* kV10 = "CREATE TABLE journal_pin_seals ("
                   " generation INTEGER NOT NULL CHECK (generation > 0),"
                   " state TEXT NOT NULL CHECK (state IN ('pending','current')),"
                   " card_serial TEXT NOT NULL, key_fingerprint TEXT NOT NULL,"
                   " ephemeral_point BLOB NOT NULL, nonce BLOB NOT NULL, sealed BLOB NOT NULL,"
                   " PRIMARY KEY (generation, card_serial));";

void putField(QByteArray& out, const QByteArray& field) {
    char len[4];
    qToBigEndian<quint32>(static_cast<quint32>(field.size()), len);
    out.append(len, 4);
    out.append(field);
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

QByteArray SealedJournalPin::aad(const QString& journalTokenSerial) const {
    QByteArray out;
    putField(out, QByteArray::number(generation));
    putField(out, cardSerial.toUtf8());
    putField(out, keyFingerprint.toLatin1());
    putField(out, journalTokenSerial.toUtf8());
    return out;
}

QVector<store::Migration> JournalPinStore::migrations() {
    return {{10, kV10}};
}

Result<QVector<SealedJournalPin>> JournalPinStore::seal(const SecureBytes& pin, int generation, bool pending,
                                                        const QVector<RegisteredCard>& cards,
                                                        const QString& journalTokenSerial) {
    QVector<SealedJournalPin> out;
    for (const RegisteredCard& c : cards) {
        SealedJournalPin s;
        s.generation = generation;
        s.pending = pending;
        s.cardSerial = c.cardSerial;
        s.keyFingerprint = c.fingerprint();
        auto sealed = hsm::sealToCard(c.publicKey, pin, SealedJournalPin::label(), s.aad(journalTokenSerial));
        if (!sealed)
            return sealed.error();
        s.sealed = *sealed;
        out.push_back(s);
    }
    return out;
}

Result<int> JournalPinStore::currentGeneration(store::Database& db) {
    return scalar(db, "SELECT coalesce(max(generation), 0) FROM journal_pin_seals WHERE state = 'current';");
}

Result<int> JournalPinStore::pendingGeneration(store::Database& db) {
    return scalar(db, "SELECT coalesce(max(generation), 0) FROM journal_pin_seals WHERE state = 'pending';");
}

Result<QVector<SealedJournalPin>> JournalPinStore::forCard(store::Database& db, const QString& cardSerial,
                                                           const QString& keyFingerprint) {
    auto st =
        db.prepare("SELECT generation, state, card_serial, key_fingerprint, ephemeral_point, nonce, sealed"
                   " FROM journal_pin_seals WHERE card_serial = ? AND key_fingerprint = ?"
                   " ORDER BY state = 'pending', generation DESC;");
    if (!st)
        return st.error();
    st->bind(1, cardSerial).bind(2, keyFingerprint);
    QVector<SealedJournalPin> out;
    if (auto s = st->forEachRow([&](const store::Statement& r) {
            SealedJournalPin p;
            p.generation = int(r.int64(0));
            p.pending = r.text(1) == QLatin1String("pending");
            p.cardSerial = r.text(2);
            p.keyFingerprint = r.text(3);
            p.sealed = {r.blob(4), r.blob(5), r.blob(6)};
            out.push_back(p);
        });
        !s)
        return s.error();
    return out;
}

Result<QStringList> JournalPinStore::cardsOf(store::Database& db, int generation) {
    auto st =
        db.prepare("SELECT card_serial FROM journal_pin_seals WHERE generation = ? ORDER BY card_serial;");
    if (!st)
        return st.error();
    st->bind(1, generation);
    QStringList out;
    if (auto s = st->forEachRow([&](const store::Statement& r) { out << r.text(0); }); !s)
        return s.error();
    return out;
}

Status JournalPinStore::add(store::Database& db, const QVector<SealedJournalPin>& seals) {
    auto st = db.prepare("INSERT INTO journal_pin_seals(generation, state, card_serial, key_fingerprint,"
                         " ephemeral_point, nonce, sealed) VALUES (?, ?, ?, ?, ?, ?, ?);");
    if (!st)
        return st.error();
    for (const SealedJournalPin& s : seals) {
        st->reset();
        st->bind(1, s.generation)
            .bind(2, s.pending ? QStringLiteral("pending") : QStringLiteral("current"))
            .bind(3, s.cardSerial)
            .bind(4, s.keyFingerprint)
            .bind(5, s.sealed.ephemeralPoint)
            .bind(6, s.sealed.nonce)
            .bind(7, s.sealed.sealed);
        if (auto r = st->run(); !r)
            return r;
    }
    return {};
}

Status JournalPinStore::promote(store::Database& db, int generation) {
    auto del = db.prepare("DELETE FROM journal_pin_seals WHERE generation <> ?;");
    if (!del)
        return del.error();
    del->bind(1, generation);
    if (auto s = del->run(); !s)
        return s;
    auto up = db.prepare("UPDATE journal_pin_seals SET state = 'current' WHERE generation = ?;");
    if (!up)
        return up.error();
    up->bind(1, generation);
    return up->run();
}

Status JournalPinStore::dropPending(store::Database& db) {
    return db.exec("DELETE FROM journal_pin_seals WHERE state = 'pending';");
}

} // namespace symbolon::workspace
