#pragma once

#include "journal/JournalEntry.h"

#include <QByteArray>
#include <QString>

namespace symbolon::journal {

// One journal entry as an RFC 5424 syslog message, for the SIEM (DESIGN.md "Journal" →
// Forwarding; issue 4 "Forwarding to the SIEM"):
//
//   <85>1 TIMESTAMP HOSTNAME symbolon PROCID MSGID [symbolon@32473 seq="…" hash="…" action="…"
//   actor="…" target="…" role="…"] BOM sentence details-JSON
//
// PRI 85 = facility 10 (authpriv, "security/authorization messages") × 8 + severity 5 (notice).
// authpriv rather than auth (4): custodial actions on key material are security-relevant, and
// collectors conventionally route authpriv to files readable only by the security team.
// Severity notice: normal but significant. TIMESTAMP is the entry's own time (UTC, ms), so a
// re-sent message is byte-identical to the first send. MSGID is the entry's action (at most 32
// printable ASCII characters, RFC 5424 §6.2.7). SD-ID symbolon@32473 uses the RFC 5612
// documentation enterprise number until Symbolon has its own IANA PEN.
//
// MSG is the UTF-8 BOM, a short English sentence and the details JSON exactly as stored. It is
// deliberately not translated: SIEM rules match on it. The journal holds no key material, so
// neither does this message.
class SyslogMessage {
public:
    static constexpr int kFacilityAuthpriv = 10;
    static constexpr int kSeverityNotice = 5;
    static constexpr int kPri = kFacilityAuthpriv * 8 + kSeverityNotice; // 85
    static constexpr const char* kSdId = "symbolon@32473";
    static constexpr const char* kAppName = "symbolon";

    // hostname: the sender's name (sanitised to RFC 5424 PRINTUSASCII; empty → "-");
    // procId: the process id, or 0 for "-".
    static QByteArray format(const JournalEntry& entry, const QString& hostname, qint64 procId);

    // An SD-PARAM value: UTF-8 with '"', '\' and ']' escaped by a backslash (RFC 5424 §6.3.3).
    static QByteArray escapeParamValue(const QString& value);
    // A header field (HOSTNAME, MSGID): printable US-ASCII only (33..126), at most maxLength,
    // anything else replaced by '_'; "-" (the NILVALUE) when empty.
    static QByteArray headerField(const QString& value, int maxLength);
    // The human sentence of MSG, without the details.
    static QString sentence(const JournalEntry& entry);
};

} // namespace symbolon::journal
