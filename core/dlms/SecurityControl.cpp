#include "dlms/SecurityControl.h"

#include <QCoreApplication>

namespace symbolon::dlms {

namespace {
QString hexByte(std::uint8_t b) {
    return QStringLiteral("0x%1").arg(b, 2, 16, QLatin1Char('0'));
}
} // namespace

QString securityControlName(SecurityControl sc) {
    const char* name = sc == SecurityControl::AuthenticationOnly ? "authentication only"
                       : sc == SecurityControl::EncryptionOnly   ? "encryption only"
                                                                 : "authenticated encryption";
    return QCoreApplication::translate("symbolon::dlms", name) + QStringLiteral(" (") +
           hexByte(securityControlByte(sc)) + QLatin1Char(')');
}

Result<SecurityControl> parseSecurityControl(std::uint8_t byte) {
    auto refuse = [byte](const char* why) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("symbolon::dlms", "Security control byte %1: %2.")
                        .arg(hexByte(byte), QCoreApplication::translate("symbolon::dlms", why)));
    };
    if ((byte & 0x0F) != 0)
        return refuse("only security suite 0 (AES-GCM-128) is supported");
    if (byte & 0x80)
        return refuse("compressed APDUs are not supported");
    if (byte & 0x40)
        return refuse("the broadcast key set is not supported; SMETS1 DCO traffic uses the unicast key");
    if ((byte & 0x30) == 0)
        return refuse("neither authentication nor encryption is set, so there is nothing to protect");
    return static_cast<SecurityControl>(byte);
}

} // namespace symbolon::dlms
