#include "journal/CheckpointStore.h"

#include "common/StrictJson.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <fcntl.h>
#include <unistd.h>

namespace symbolon::journal {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::journal", s);
}
} // namespace

Status CheckpointStore::add(const Checkpoint& c) {
    const QByteArray line = QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact) + '\n';
    const int fd =
        ::open(m_sidecar.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::Io, journal::tr("The checkpoint file %1 cannot be opened: %2")
                                       .arg(m_sidecar, QString::fromLocal8Bit(strerror(errno))));
    const bool written =
        ::write(fd, line.constData(), static_cast<size_t>(line.size())) == line.size() && ::fsync(fd) == 0;
    const int err = errno;
    ::close(fd);
    if (!written)
        return fail(ErrorCode::Io, journal::tr("The checkpoint file %1 cannot be written: %2")
                                       .arg(m_sidecar, QString::fromLocal8Bit(strerror(err))));
    auto st = m_db.prepare(
        "INSERT OR IGNORE INTO checkpoints(seq, hash, ts, key_fingerprint, signature, card_fingerprint, "
        "card_signature) VALUES (?,?,?,?,?,?,?);");
    if (!st)
        return st.error();
    st->bind(1, c.seq)
        .bind(2, c.hash)
        .bind(3, c.time.toUTC().toString(Qt::ISODateWithMs))
        .bind(4, c.keyFingerprint)
        .bind(5, c.signature);
    if (c.cardSigned())
        st->bind(6, c.cardFingerprint).bind(7, c.cardSignature);
    else
        st->bindNull(6).bindNull(7);
    return st->run();
}

Result<QVector<Checkpoint>> CheckpointStore::fromDatabase() const {
    auto st =
        m_db.prepare("SELECT seq, hash, ts, key_fingerprint, signature, card_fingerprint, card_signature "
                     "FROM checkpoints ORDER BY seq, ts;");
    if (!st)
        return st.error();
    QVector<Checkpoint> out;
    auto each = [&](const store::Statement& row) {
        Checkpoint c;
        c.seq = row.int64(0);
        c.hash = row.blob(1);
        c.time = QDateTime::fromString(row.text(2), Qt::ISODateWithMs);
        c.keyFingerprint = row.text(3);
        c.signature = row.blob(4);
        c.cardFingerprint = row.text(5);
        c.cardSignature = row.blob(6);
        out.push_back(c);
    };
    if (auto s = st->forEachRow(each); !s)
        return s.error();
    return out;
}

Result<QVector<Checkpoint>> CheckpointStore::fromFile(const QString& path) {
    QFile f(path);
    QVector<Checkpoint> out;
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    journal::tr("The checkpoint file %1 cannot be read: %2").arg(path, f.errorString()));
    int line = 0;
    while (!f.atEnd()) {
        const QByteArray text = f.readLine(64 * 1024).trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return fail(ErrorCode::InvalidInput,
                        journal::tr("%1, line %2: expected one checkpoint as a JSON object (%3).")
                            .arg(path)
                            .arg(line)
                            .arg(err.errorString()));
        if (const json::Duplicate d = json::findDuplicateKey(text); d.found())
            return fail(ErrorCode::InvalidInput,
                        journal::tr("%1, line %2: %3").arg(path).arg(line).arg(json::duplicateKeyMessage(d)));
        auto c = Checkpoint::fromJson(doc.object());
        if (!c)
            return fail(ErrorCode::InvalidInput,
                        journal::tr("%1, line %2: %3").arg(path).arg(line).arg(c.error().message));
        out.push_back(*c);
    }
    return out;
}

} // namespace symbolon::journal
