#include "journal/SyslogMessage.h"

namespace symbolon::journal {

namespace {
// One line for the sentence: control characters become spaces (a collector would escape them).
QString oneLine(const QString& s) {
    QString out = s;
    for (QChar& c : out)
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    return out;
}
} // namespace

QByteArray SyslogMessage::escapeParamValue(const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 8);
    for (char c : utf8) {
        if (c == '"' || c == '\\' || c == ']')
            out.append('\\');
        out.append(c);
    }
    return out;
}

QByteArray SyslogMessage::headerField(const QString& value, int maxLength) {
    if (value.isEmpty())
        return QByteArrayLiteral("-");
    QByteArray out;
    for (QChar c : value) {
        if (out.size() >= maxLength)
            break;
        const char16_t u = c.unicode();
        out.append(u >= 33 && u <= 126 ? static_cast<char>(u) : '_');
    }
    return out;
}

QString SyslogMessage::sentence(const JournalEntry& e) {
    return QStringLiteral("Journal entry #%1: %2 by %3 (%4) on %5.")
        .arg(e.seq)
        .arg(oneLine(e.action), oneLine(e.actor), oneLine(e.role), oneLine(e.target));
}

QByteArray SyslogMessage::format(const JournalEntry& e, const QString& hostname, qint64 procId) {
    QByteArray m;
    m.reserve(512 + e.detailsJson.size());
    m.append('<').append(QByteArray::number(kPri)).append(">1 ");
    m.append(e.timeText().toLatin1()).append(' ');
    m.append(headerField(hostname, 255)).append(' ');
    m.append(kAppName).append(' ');
    m.append(procId > 0 ? QByteArray::number(procId) : QByteArrayLiteral("-")).append(' ');
    m.append(headerField(e.action, 32)).append(' ');
    m.append('[').append(kSdId);
    const auto param = [&m](const char* name, const QString& value) {
        m.append(' ').append(name).append("=\"").append(escapeParamValue(value)).append('"');
    };
    param("seq", QString::number(e.seq));
    param("hash", QString::fromLatin1(e.hash.toHex()));
    param("action", e.action);
    param("actor", e.actor);
    param("target", e.target);
    param("role", e.role);
    m.append("] ");
    m.append("\xEF\xBB\xBF"); // BOM: MSG is UTF-8 (RFC 5424 §6.4)
    m.append(sentence(e).toUtf8());
    if (!e.detailsJson.isEmpty())
        m.append(' ').append(e.detailsJson);
    return m;
}

} // namespace symbolon::journal
