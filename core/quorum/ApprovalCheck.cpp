#include "quorum/ApprovalCheck.h"

#include "hsm/EcKeyPair.h"
#include "quorum/QuorumRequest.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace symbolon::quorum {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::quorum", s);
}
} // namespace

std::optional<QuorumRequest> ApprovalCheck::rebuildRequest(const QJsonObject& o, QString* why,
                                                           bool* digestDiffers) {
    if (digestDiffers)
        *digestDiffers = false;
    auto no = [why](const QString& reason) {
        if (why)
            *why = reason;
        return std::optional<QuorumRequest>();
    };
    if (o.isEmpty())
        return no(quorum::tr("the entry records no quorum request"));
    QuorumRequest r;
    r.action = o.value(QStringLiteral("action")).toString();
    r.parameters = o.value(QStringLiteral("parameters")).toObject();
    r.requester = o.value(QStringLiteral("requester")).toString();
    r.nonce = QByteArray::fromHex(o.value(QStringLiteral("nonce")).toString().toLatin1());
    r.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    r.expiresAt = QDateTime::fromString(o.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    const QByteArray recorded = QByteArray::fromHex(o.value(QStringLiteral("digest")).toString().toLatin1());
    if (r.action.isEmpty() || r.nonce.size() != 16 || !r.createdAt.isValid() || !r.expiresAt.isValid() ||
        recorded.size() != 32)
        return no(quorum::tr("the recorded request lacks its action, nonce, times or digest"));
    if (r.digest() != recorded) {
        if (digestDiffers)
            *digestDiffers = true;
        return no(quorum::tr("the request rebuilt from the entry does not match its recorded digest"));
    }
    return r;
}

QVector<ApprovalCheck::Result> ApprovalCheck::check(const QJsonObject& details,
                                                    const QVector<workspace::RegisteredCard>& enrolled) {
    QVector<Result> out;
    const QJsonArray approvals = details.value(QStringLiteral("approvals")).toArray();
    if (approvals.isEmpty())
        return out;
    QString whyNot;
    bool digestDiffers = false;
    const std::optional<QuorumRequest> request =
        rebuildRequest(details.value(QStringLiteral("request")).toObject(), &whyNot, &digestDiffers);
    for (const QJsonValue& v : approvals) {
        Result r;
        if (v.isString()) {
            // Ceremony records name their approvers ("ACS card 1 [ACS card 1, serial …]") but
            // carry no request or signature to re-check.
            const QString text = v.toString();
            const qsizetype bracket = text.indexOf(QLatin1String(" ["));
            r.holder = bracket < 0 ? text : text.left(bracket);
            if (bracket >= 0)
                r.cardLabel = text.mid(bracket + 2).chopped(text.endsWith(QLatin1Char(']')) ? 1 : 0);
            r.why = quorum::tr("the entry names the approver but records no signature to check");
            out.push_back(r);
            continue;
        }
        const QJsonObject a = v.toObject();
        r.holder = a.value(QStringLiteral("holder")).toString();
        r.cardLabel = a.value(QStringLiteral("card_label")).toString();
        r.keyFingerprint = a.value(QStringLiteral("key_fingerprint")).toString();
        if (!request) {
            // A request edited after it was signed is an error, whatever the signatures say.
            if (digestDiffers)
                r.outcome = Outcome::DoesNotMatch;
            r.why = whyNot;
            out.push_back(r);
            continue;
        }
        const workspace::RegisteredCard* slot = nullptr;
        for (const workspace::RegisteredCard& k : enrolled)
            if (k.fingerprint() == r.keyFingerprint)
                slot = &k;
        const QByteArray signature =
            QByteArray::fromBase64(a.value(QStringLiteral("signature")).toString().toLatin1());
        if (!slot) {
            r.why = quorum::tr("no key with this fingerprint is enrolled in the site register");
        } else if (signature.isEmpty()) {
            r.outcome = Outcome::Invalid;
            r.why = quorum::tr("the approval carries no signature");
        } else if (hsm::verifyEcdsaSha256(slot->publicKey, request->canonical(), signature)) {
            r.outcome = Outcome::Verified;
        } else {
            r.outcome = Outcome::Invalid;
            r.why =
                quorum::tr("the signature does not verify against the enrolled key of %1").arg(slot->holder);
        }
        out.push_back(r);
    }
    return out;
}

QString ApprovalCheck::outcomeText(Outcome o) {
    switch (o) {
    case Outcome::Verified:
        return quorum::tr("verified");
    case Outcome::Invalid:
        return quorum::tr("INVALID");
    case Outcome::NotChecked:
        return quorum::tr("not checked");
    case Outcome::DoesNotMatch:
        return quorum::tr("does not match");
    }
    return {};
}

} // namespace symbolon::quorum
