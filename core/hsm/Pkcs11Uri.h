#pragma once

#include "common/Result.h"
#include "hsm/TokenInfo.h"

#include <QByteArray>
#include <QString>

namespace symbolon::hsm {

class Module;

// RFC 7512 PKCS#11 URIs through p11-kit (P11KitUri): accepted wherever a token or key is named.
class Pkcs11Uri {
public:
    // The one token of the module that the URI's token attributes match (label, serial,
    // manufacturer, model). Refused when the URI is malformed, matches none, or matches several.
    [[nodiscard]] static Result<TokenInfo> selectToken(const Module& module, const QString& uri);
    // Without a module: the URI parses (RFC 7512) and names a token by at least one of its
    // attributes (token=, serial=, manufacturer=, model=), so that it can select one token.
    [[nodiscard]] static Status checkTokenUri(const QString& uri);
    // The object part of a URI ("object=" label and "id="), for finding a key.
    struct ObjectRef {
        QString label;
        QByteArray id;
    };
    [[nodiscard]] static Result<ObjectRef> objectRef(const QString& uri);
};

} // namespace symbolon::hsm
