#include "workspace/RegisterAnchor.h"

#include "common/StrictJson.h"
#include "hsm/DataObject.h"
#include "hsm/Session.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace symbolon::workspace {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("symbolon::workspace", s);
}
QByteArray labelFor(const QString& site) {
    return "symbolon-register:" + site.toLatin1();
}
} // namespace

QString RegisterAnchor::siteId(const QVector<RegisterVersion>& chain) {
    return chain.isEmpty() ? QString() : chain.front().doc.digestHex().left(32);
}

Result<std::optional<RegisterAnchor>> RegisterAnchor::read(hsm::Session& card, const QString& site) {
    auto objects = hsm::DataObject::find(card, labelFor(site));
    if (!objects)
        return objects.error();
    std::optional<RegisterAnchor> best;
    for (const hsm::DataObject& o : *objects) {
        QJsonParseError err{};
        const QJsonObject j = QJsonDocument::fromJson(o.value, &err).object();
        const int version = j.value(QStringLiteral("version")).toInt(0);
        const QString digest = j.value(QStringLiteral("digest")).toString();
        if (err.error != QJsonParseError::NoError || json::findDuplicateKey(o.value).found() || version < 1 ||
            digest.size() != 64)
            return fail(ErrorCode::InvalidInput,
                        workspace::tr("The register anchor on this card is malformed: the card was "
                                      "written by something other than Symbolon."));
        if (!best || version > best->version)
            best = RegisterAnchor{version, digest};
    }
    return best;
}

Status RegisterAnchor::write(hsm::Session& card, const QString& site, const RegisterAnchor& anchor) {
    const QByteArray value = QJsonDocument(QJsonObject{{QStringLiteral("version"), anchor.version},
                                                       {QStringLiteral("digest"), anchor.digest}})
                                 .toJson(QJsonDocument::Compact);
    return hsm::DataObject::replace(card, labelFor(site), value);
}

QString RegisterAnchor::problemWith(const QVector<RegisterVersion>& chain, const RegisterAnchor& anchor) {
    if (anchor.version > chain.size())
        return workspace::tr(
                   "this card last saw site register version %1, but the workspace's register ends at "
                   "version %2: versions were removed")
            .arg(anchor.version)
            .arg(chain.size());
    const SiteRegister& seen = chain.at(anchor.version - 1).doc;
    if (seen.digestHex() != anchor.digest)
        return workspace::tr(
                   "site register version %1 is not the one this card saw (card: %2…, workspace: %3…): "
                   "the register was rewritten from version %1 on")
            .arg(anchor.version)
            .arg(anchor.digest.left(16), seen.digestHex().left(16));
    return {};
}

} // namespace symbolon::workspace
