#include "rekey/SignedJsonLines.h"

#include "common/StrictJson.h"

#include "journal/JournalSigner.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>

namespace symbolon::rekey {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::rekey", s);
}
QString fingerprint(const QByteArray& spki) {
    return QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toHex());
}
} // namespace

Result<QByteArray> SignedJsonLines::build(workspace::Workspace& ws, const QJsonObject& header,
                                          const QVector<QByteArray>& compactRecords) {
    QByteArray body = QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
    for (const QByteArray& r : compactRecords)
        body += r + '\n';
    auto sig = ws.signDocument(body);
    if (!sig)
        return sig.error();
    QJsonObject trailer{{QStringLiteral("signature"), QString::fromLatin1(sig->toBase64())},
                        {QStringLiteral("signer"), fingerprint(ws.signingPublicKey())}};
    return body + QJsonDocument(trailer).toJson(QJsonDocument::Compact) + '\n';
}

Result<SignedJsonLines::Parsed> SignedJsonLines::parse(const QByteArray& content, const QString& format,
                                                       const QByteArray& spki) {
    if (!content.endsWith('\n'))
        return fail(
            ErrorCode::InvalidInput,
            rekey::tr("The file does not end with a newline: it is truncated or not a %1 file.").arg(format));
    const qsizetype lastStart = content.lastIndexOf('\n', content.size() - 2) + 1;
    if (lastStart <= 0)
        return fail(ErrorCode::InvalidInput,
                    rekey::tr("The file has fewer than two lines: it is not a %1 file.").arg(format));
    const QByteArray body = content.left(lastStart);
    Parsed p;
    int lineNo = 0;
    for (const QByteArray& line : body.split('\n')) {
        ++lineNo;
        if (line.isEmpty()) {
            if (lineNo == body.count('\n') + 1)
                continue; // the split's last element: after the final newline
            return fail(ErrorCode::InvalidInput,
                        rekey::tr("Line %1 is empty: a %2 file has its header on line 1 and one record on "
                                  "every following line.")
                            .arg(lineNo)
                            .arg(format));
        }
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return fail(ErrorCode::InvalidInput,
                        rekey::tr("Line %1: expected one JSON object (%2).")
                            .arg(lineNo)
                            .arg(err.error != QJsonParseError::NoError ? err.errorString()
                                                                       : rekey::tr("not an object")));
        if (const json::Duplicate d = json::findDuplicateKey(line); d.found())
            return fail(ErrorCode::InvalidInput,
                        rekey::tr("Line %1: %2.").arg(lineNo).arg(json::duplicateKeyMessage(d)));
        if (lineNo == 1) {
            p.header = doc.object();
            if (p.header.value(QStringLiteral("format")).toString() != format)
                return fail(ErrorCode::InvalidInput,
                            rekey::tr("Line 1: the header's \"format\" is \"%1\"; expected \"%2\".")
                                .arg(p.header.value(QStringLiteral("format")).toString(), format));
        } else {
            p.records.push_back(doc.object());
        }
    }
    const int trailerLine = lineNo; // body ends with '\n', so split gave one trailing empty element
    QJsonParseError err;
    const QJsonDocument trailer = QJsonDocument::fromJson(content.mid(lastStart).trimmed(), &err);
    const QJsonObject t = trailer.object();
    const QByteArray sig = QByteArray::fromBase64(t.value(QStringLiteral("signature")).toString().toLatin1());
    if (err.error != QJsonParseError::NoError || sig.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    rekey::tr("Line %1: expected the signature line {\"signature\": …, \"signer\": …}.")
                        .arg(trailerLine));
    if (const json::Duplicate d = json::findDuplicateKey(content.mid(lastStart)); d.found())
        return fail(ErrorCode::InvalidInput,
                    rekey::tr("Line %1: %2.").arg(trailerLine).arg(json::duplicateKeyMessage(d)));
    p.signer = t.value(QStringLiteral("signer")).toString();
    if (!spki.isEmpty()) {
        if (p.signer != fingerprint(spki))
            return fail(ErrorCode::Crypto,
                        rekey::tr("The file is signed by key %1, not by the public key given (%2).")
                            .arg(p.signer.left(16), fingerprint(spki).left(16)));
        if (!journal::JournalSigner::verifyData(spki, body, sig))
            return fail(
                ErrorCode::Crypto,
                rekey::tr("The signature does not verify: the file was altered after it was signed."));
    }
    return p;
}

} // namespace symbolon::rekey
