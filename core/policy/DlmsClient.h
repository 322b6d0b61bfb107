#pragma once

#include <QString>

#include <optional>

namespace symbolon::policy {

// The five DLMS clients of a SMETS1 device (CKMP (b)(i)). Public has no keys; each of the
// other four has its own AK and GUEK, unique to the device and the client.
enum class DlmsClient {
    Public = 0,
    DataCollection = 1,
    ExtendedDataCollection = 2,
    Management = 3,
    Firmware = 4
};

inline constexpr DlmsClient kKeyedClients[] = {DlmsClient::DataCollection, DlmsClient::ExtendedDataCollection,
                                               DlmsClient::Management, DlmsClient::Firmware};

bool clientHasKeys(DlmsClient c);
QString clientCode(DlmsClient c); // "public", "data_collection", ... (CSV column suffixes)
QString clientName(DlmsClient c); // "Data Collection", ...
std::optional<DlmsClient> parseClientCode(const QString& code);

} // namespace symbolon::policy
