#include "hsm/SoftHsmStoreGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace symbolon::hsm {

namespace {

QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::hsm", s);
}

constexpr quint64 kTokenLabel = 0x80005349; // SoftHSM's CKA_OS_TOKENLABEL
constexpr quint64 kTokenSerial = 0x8000534a;
constexpr quint64 kTokenFlags = 0x8000534b;
constexpr quint64 kSoPinBlob = 0x8000534c;
constexpr quint64 kUserPinBlob = 0x8000534d;
constexpr quint64 kUserPinInitialized = 0x8; // CKF_USER_PIN_INITIALIZED
constexpr int kReadAttempts = 5;             // a live writer truncates before it locks: look again
constexpr int kRetryMs = 20;

enum class Shape { Valid, Damaged, Unknown };

quint64 be64(const char* p) {
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

// SoftHSM 2.6 ObjectFile layout: an 8-byte generation, then records of 8-byte attribute type,
// 8-byte value kind (1 bool: 1 byte, 2 ulong: 8 bytes, 3 byte string: 8-byte length + bytes).
Shape shapeOf(const QByteArray& b, QString* label) {
    const char* p = b.constData();
    const qint64 n = b.size();
    if (n < 8)
        return Shape::Damaged;
    qint64 pos = 8;
    bool hasLabel = false, hasSerial = false, hasFlags = false, hasSoPin = false, hasUserPin = false;
    quint64 flags = 0;
    while (pos < n) {
        if (n - pos < 16)
            return Shape::Damaged;
        const quint64 type = be64(p + pos);
        const quint64 kind = be64(p + pos + 8);
        pos += 16;
        if (kind == 1) {
            if (n - pos < 1)
                return Shape::Damaged;
            pos += 1;
        } else if (kind == 2) {
            if (n - pos < 8)
                return Shape::Damaged;
            if (type == kTokenFlags)
                flags = be64(p + pos);
            pos += 8;
        } else if (kind == 3) {
            if (n - pos < 8)
                return Shape::Damaged;
            const quint64 len = be64(p + pos);
            pos += 8;
            if (len > quint64(n - pos))
                return Shape::Damaged;
            if (type == kTokenLabel && label)
                *label = QString::fromUtf8(p + pos, qsizetype(len)).trimmed();
            pos += qint64(len);
        } else {
            return Shape::Unknown; // a kind this version does not write in token.object
        }
        hasLabel |= type == kTokenLabel;
        hasSerial |= type == kTokenSerial;
        hasFlags |= type == kTokenFlags;
        hasSoPin |= type == kSoPinBlob;
        hasUserPin |= type == kUserPinBlob;
    }
    // Records are written in attribute order and the PIN blobs come last: a file cut at a record
    // boundary lacks them.
    const bool complete =
        hasLabel && hasSerial && hasFlags && hasSoPin && (hasUserPin || !(flags & kUserPinInitialized));
    return complete ? Shape::Valid : Shape::Damaged;
}

// The file's bytes read under a shared fcntl lock (SoftHSM writes under an exclusive one);
// nullopt when it cannot be opened or read.
std::optional<QByteArray> readLocked(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    struct flock fl {};
    fl.l_type = F_RDLCK;
    fl.l_whence = SEEK_SET;
    (void)::fcntl(fd, F_SETLKW, &fl);
    QByteArray out;
    char buf[4096];
    for (;;) {
        const ssize_t r = ::read(fd, buf, sizeof buf);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            ::close(fd);
            return std::nullopt;
        }
        if (r == 0)
            break;
        out.append(buf, qsizetype(r));
    }
    ::close(fd); // also releases the lock
    return out;
}

// Writes bytes to a temporary file beside target, fsyncs it, renames it over target and fsyncs
// the directory: a kill at any instant leaves either the old or the new file.
bool replaceAtomically(const QString& target, const QByteArray& bytes) {
    const QString tmp = QStringLiteral("%1.%2.tmp").arg(target).arg(::getpid());
    const QByteArray tmpName = QFile::encodeName(tmp);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    qint64 done = 0;
    while (done < bytes.size()) {
        const ssize_t w = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            ::close(fd);
            ::unlink(tmpName.constData());
            return false;
        }
        done += w;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0 ||
        ::rename(tmpName.constData(), QFile::encodeName(target).constData()) != 0) {
        ::unlink(tmpName.constData());
        return false;
    }
    const int dfd = ::open(QFile::encodeName(QFileInfo(target).absolutePath()).constData(),
                           O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        (void)::fsync(dfd);
        ::close(dfd);
    }
    return true;
}

} // namespace

QString SoftHsmStoreGuard::parseTokenLabel(const QByteArray& bytes) {
    QString label;
    return shapeOf(bytes, &label) == Shape::Valid ? label : QString();
}

Result<SoftHsmStoreGuard::Report> SoftHsmStoreGuard::secure(const QString& storeDir) {
    Report report;
    const QDir store(storeDir);
    const QStringList tokens = store.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& t : tokens) {
        const QString live = store.filePath(t + QStringLiteral("/token.object"));
        const QString good = live + QStringLiteral(".good");
        if (!QFileInfo::exists(live) && !QFileInfo::exists(good))
            continue; // not a token directory
        std::optional<QByteArray> bytes;
        Shape shape = Shape::Damaged;
        QString label;
        for (int attempt = 0; attempt < kReadAttempts; ++attempt) {
            bytes = readLocked(live);
            shape = bytes ? shapeOf(*bytes, &label) : Shape::Damaged;
            if (shape != Shape::Damaged)
                break;
            QThread::msleep(kRetryMs);
        }
        if (shape == Shape::Unknown)
            continue;
        const std::optional<QByteArray> kept = readLocked(good);
        if (shape == Shape::Valid) {
            if (!kept || *kept != *bytes) {
                if (!replaceAtomically(good, *bytes))
                    return fail(ErrorCode::Io,
                                hsm::tr("The token store's safety copy %1 cannot be written: %2.")
                                    .arg(good, QString::fromLocal8Bit(std::strerror(errno))));
            }
            continue;
        }
        QString keptLabel;
        if (!kept || shapeOf(*kept, &keptLabel) != Shape::Valid) {
            report.damaged << store.filePath(t);
            continue;
        }
        if (!replaceAtomically(live, *kept))
            return fail(ErrorCode::Io, hsm::tr("The damaged token file %1 cannot be restored: %2.")
                                           .arg(live, QString::fromLocal8Bit(std::strerror(errno))));
        report.restored << keptLabel;
    }
    return report;
}

} // namespace symbolon::hsm
