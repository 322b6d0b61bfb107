#include "dlms/GlobalKeyTransfer.h"

#include <QCoreApplication>

namespace symbolon::dlms {

namespace {
// A-XDR / DLMS data tags used here.
constexpr std::uint8_t kTagArray = 0x01, kTagStructure = 0x02, kTagOctetString = 0x09, kTagEnum = 0x16;
constexpr int kMaxKeyId = 3;

QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::dlms", s);
}

void appendLength(QByteArray& out, qsizetype n) {
    if (n < 0x80) {
        out.append(char(n));
    } else if (n <= 0xFF) {
        out.append(char(0x81));
        out.append(char(n));
    } else {
        out.append(char(0x82));
        out.append(char((n >> 8) & 0xFF));
        out.append(char(n & 0xFF));
    }
}

Status checkBlob(const QByteArray& wrapped) {
    if (wrapped.size() < 24 || wrapped.size() % 8 != 0)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("symbolon::dlms",
                                                "A wrapped key is %1 bytes; RFC 3394 output is a "
                                                "multiple of 8 bytes, at least 24.")
                        .arg(wrapped.size()));
    return {};
}

// A cursor over the input that reports where it failed.
class Reader {
public:
    explicit Reader(const QByteArray& in) : m_in(in) {}
    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos == m_in.size(); }

    Result<std::uint8_t> byte(const char* what) {
        if (m_pos >= m_in.size())
            return truncated(what);
        return static_cast<std::uint8_t>(m_in.at(m_pos++));
    }
    Status expect(std::uint8_t tag, const char* what) {
        const qsizetype at = m_pos;
        Result<std::uint8_t> b = byte(what);
        if (!b)
            return b.error();
        if (*b != tag)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("symbolon::dlms",
                                                    "global_key_transfer: at byte %1 expected %2 "
                                                    "(tag 0x%3) but found 0x%4.")
                            .arg(at)
                            .arg(dlms::tr(what))
                            .arg(tag, 2, 16, QLatin1Char('0'))
                            .arg(*b, 2, 16, QLatin1Char('0')));
        return {};
    }
    Result<qsizetype> length(const char* what) {
        const qsizetype at = m_pos;
        Result<std::uint8_t> first = byte(what);
        if (!first)
            return first.error();
        if (*first < 0x80)
            return qsizetype(*first);
        const int extra = *first - 0x80;
        if (extra < 1 || extra > 2)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate(
                            "symbolon::dlms", "global_key_transfer: unsupported length form 0x%1 at byte %2.")
                            .arg(*first, 2, 16, QLatin1Char('0'))
                            .arg(at));
        qsizetype n = 0;
        for (int i = 0; i < extra; ++i) {
            Result<std::uint8_t> b = byte(what);
            if (!b)
                return b.error();
            n = (n << 8) | *b;
        }
        // Non-minimal forms give one value two encodings; a strict decoder accepts only one.
        if ((extra == 1 && n < 0x80) || (extra == 2 && n <= 0xFF))
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate(
                            "symbolon::dlms", "global_key_transfer: the length at byte %1 is not in its "
                                              "shortest form.")
                            .arg(at));
        return n;
    }
    Result<QByteArray> take(qsizetype n, const char* what) {
        if (m_in.size() - m_pos < n)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate(
                            "symbolon::dlms", "global_key_transfer: %1 declares %2 bytes at byte %3 but only "
                                              "%4 remain.")
                            .arg(dlms::tr(what))
                            .arg(n)
                            .arg(m_pos)
                            .arg(m_in.size() - m_pos));
        QByteArray out = m_in.mid(m_pos, n);
        m_pos += n;
        return out;
    }

private:
    Error truncated(const char* what) const {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("symbolon::dlms",
                                                "global_key_transfer: truncated at byte %1 (expected %2).")
                        .arg(m_pos)
                        .arg(dlms::tr(what)));
    }
    const QByteArray& m_in;
    qsizetype m_pos = 0;
};
} // namespace

QString globalKeyIdName(GlobalKeyId id) {
    switch (id) {
    case GlobalKeyId::GlobalUnicastEncryption:
        return dlms::tr("global unicast encryption key");
    case GlobalKeyId::GlobalBroadcastEncryption:
        return dlms::tr("global broadcast encryption key");
    case GlobalKeyId::Authentication:
        return dlms::tr("authentication key");
    case GlobalKeyId::Master:
        return dlms::tr("master key");
    }
    return {};
}

Result<QByteArray> encodeGlobalKeyTransfer(const QList<WrappedKeyEntry>& entries) {
    if (entries.isEmpty())
        return fail(ErrorCode::InvalidInput, dlms::tr("global_key_transfer needs at least one key."));
    QByteArray out;
    out.append(char(kTagArray));
    appendLength(out, entries.size());
    bool seen[kMaxKeyId + 1] = {};
    for (const WrappedKeyEntry& e : entries) {
        const int id = static_cast<int>(e.keyId);
        if (id > kMaxKeyId)
            return fail(ErrorCode::InvalidInput, dlms::tr("global_key_transfer: unknown key_id."));
        if (seen[id])
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("symbolon::dlms",
                                                    "global_key_transfer: the %1 appears more than once.")
                            .arg(globalKeyIdName(e.keyId)));
        seen[id] = true;
        if (Status s = checkBlob(e.wrapped); !s)
            return s.error();
        out.append(char(kTagStructure));
        out.append(char(2));
        out.append(char(kTagEnum));
        out.append(char(id));
        out.append(char(kTagOctetString));
        appendLength(out, e.wrapped.size());
        out.append(e.wrapped);
    }
    return out;
}

Result<QList<WrappedKeyEntry>> decodeGlobalKeyTransfer(const QByteArray& encoded) {
    Reader r(encoded);
    if (Status s = r.expect(kTagArray, QT_TRANSLATE_NOOP("symbolon::dlms", "an array")); !s)
        return s.error();
    Result<qsizetype> n = r.length(QT_TRANSLATE_NOOP("symbolon::dlms", "the number of keys"));
    if (!n)
        return n.error();
    if (*n == 0)
        return fail(ErrorCode::InvalidInput,
                    dlms::tr("global_key_transfer: the array is empty; at least one key is "
                             "needed."));
    if (*n > kMaxKeyId + 1)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "symbolon::dlms", "global_key_transfer: the array declares %1 keys; there are only "
                                          "4 key ids.")
                        .arg(*n));
    QList<WrappedKeyEntry> entries;
    bool seen[kMaxKeyId + 1] = {};
    for (qsizetype i = 0; i < *n; ++i) {
        if (Status s = r.expect(kTagStructure, QT_TRANSLATE_NOOP("symbolon::dlms", "a structure")); !s)
            return s.error();
        if (Status s = r.expect(2, QT_TRANSLATE_NOOP("symbolon::dlms", "a structure of 2 elements")); !s)
            return s.error();
        if (Status s = r.expect(kTagEnum, QT_TRANSLATE_NOOP("symbolon::dlms", "an enum key_id")); !s)
            return s.error();
        const qsizetype idAt = r.pos();
        Result<std::uint8_t> id = r.byte(QT_TRANSLATE_NOOP("symbolon::dlms", "the key_id value"));
        if (!id)
            return id.error();
        if (*id > kMaxKeyId)
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate(
                            "symbolon::dlms", "global_key_transfer: unknown key_id %1 at byte %2 (0 to 3 "
                                              "are defined).")
                            .arg(*id)
                            .arg(idAt));
        if (seen[*id])
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("symbolon::dlms",
                                                    "global_key_transfer: key_id %1 repeated at byte %2.")
                            .arg(*id)
                            .arg(idAt));
        seen[*id] = true;
        if (Status s = r.expect(kTagOctetString, QT_TRANSLATE_NOOP("symbolon::dlms", "an octet-string")); !s)
            return s.error();
        Result<qsizetype> len = r.length(QT_TRANSLATE_NOOP("symbolon::dlms", "the wrapped key length"));
        if (!len)
            return len.error();
        Result<QByteArray> blob = r.take(*len, QT_TRANSLATE_NOOP("symbolon::dlms", "the wrapped key"));
        if (!blob)
            return blob.error();
        if (Status s = checkBlob(*blob); !s)
            return s.error();
        entries.append(WrappedKeyEntry{static_cast<GlobalKeyId>(*id), *blob});
    }
    if (!r.atEnd())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "symbolon::dlms", "global_key_transfer: %1 unexpected bytes after the last key.")
                        .arg(encoded.size() - r.pos()));
    return entries;
}

} // namespace symbolon::dlms
