#include "policy/DlmsClient.h"

namespace symbolon::policy {

bool clientHasKeys(DlmsClient c) {
    return c != DlmsClient::Public;
}

QString clientCode(DlmsClient c) {
    switch (c) {
    case DlmsClient::Public:
        return QStringLiteral("public");
    case DlmsClient::DataCollection:
        return QStringLiteral("data_collection");
    case DlmsClient::ExtendedDataCollection:
        return QStringLiteral("extended_data_collection");
    case DlmsClient::Management:
        return QStringLiteral("management");
    case DlmsClient::Firmware:
        return QStringLiteral("firmware");
    }
    return {};
}

QString clientName(DlmsClient c) {
    switch (c) {
    case DlmsClient::Public:
        return QStringLiteral("Public");
    case DlmsClient::DataCollection:
        return QStringLiteral("Data Collection");
    case DlmsClient::ExtendedDataCollection:
        return QStringLiteral("Extended Data Collection");
    case DlmsClient::Management:
        return QStringLiteral("Management");
    case DlmsClient::Firmware:
        return QStringLiteral("Firmware");
    }
    return {};
}

std::optional<DlmsClient> parseClientCode(const QString& code) {
    for (DlmsClient c : {DlmsClient::Public, DlmsClient::DataCollection, DlmsClient::ExtendedDataCollection,
                         DlmsClient::Management, DlmsClient::Firmware})
        if (code == clientCode(c))
            return c;
    return std::nullopt;
}

} // namespace symbolon::policy
