#include "hsm/CkrvText.h"

#include "hsm/P11.h"

#include <QCoreApplication>

namespace symbolon::hsm {

namespace {
struct RvText {
    CK_RV rv;
    const char* name;
    const char* sentence;
};

// Sentences say what a custodian can do about it, not what the library did.
const RvText kTexts[] = {
    {CKR_OK, "CKR_OK", QT_TRANSLATE_NOOP("symbolon::hsm", "The operation succeeded.")},
    {CKR_CANCEL, "CKR_CANCEL", QT_TRANSLATE_NOOP("symbolon::hsm", "The operation was cancelled.")},
    {CKR_HOST_MEMORY, "CKR_HOST_MEMORY",
     QT_TRANSLATE_NOOP("symbolon::hsm", "This computer ran out of memory.")},
    {CKR_SLOT_ID_INVALID, "CKR_SLOT_ID_INVALID",
     QT_TRANSLATE_NOOP("symbolon::hsm",
                       "The token slot no longer exists: reconnect the token and try again.")},
    {CKR_GENERAL_ERROR, "CKR_GENERAL_ERROR",
     QT_TRANSLATE_NOOP(
         "symbolon::hsm",
         "The token reported a general error; for wrapped keys this usually means the integrity "
         "check failed (wrong key or altered data).")},
    {CKR_FUNCTION_FAILED, "CKR_FUNCTION_FAILED",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token could not carry out the request.")},
    {CKR_ARGUMENTS_BAD, "CKR_ARGUMENTS_BAD",
     QT_TRANSLATE_NOOP("symbolon::hsm",
                       "Symbolon passed invalid arguments to the token: please report this.")},
    {CKR_ATTRIBUTE_READ_ONLY, "CKR_ATTRIBUTE_READ_ONLY",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token refused to set a read-only attribute.")},
    {CKR_ATTRIBUTE_SENSITIVE, "CKR_ATTRIBUTE_SENSITIVE",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token refuses to reveal a sensitive attribute.")},
    {CKR_ATTRIBUTE_TYPE_INVALID, "CKR_ATTRIBUTE_TYPE_INVALID",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token does not know an attribute Symbolon asked for.")},
    {CKR_ATTRIBUTE_VALUE_INVALID, "CKR_ATTRIBUTE_VALUE_INVALID",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token refused an attribute value.")},
    {CKR_DATA_INVALID, "CKR_DATA_INVALID",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token refused the data as invalid.")},
    {CKR_DATA_LEN_RANGE, "CKR_DATA_LEN_RANGE",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The data has the wrong length for this operation.")},
    {CKR_DEVICE_ERROR, "CKR_DEVICE_ERROR",
     QT_TRANSLATE_NOOP("symbolon::hsm",
                       "The token reported a device error: check its connection and health.")},
    {CKR_DEVICE_MEMORY, "CKR_DEVICE_MEMORY",
     QT_TRANSLATE_NOOP("symbolon::hsm",
                       "The token is out of memory: remove unused objects or use another token.")},
    {CKR_DEVICE_REMOVED, "CKR_DEVICE_REMOVED",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token was removed: reconnect it and try again.")},
    {CKR_ENCRYPTED_DATA_INVALID, "CKR_ENCRYPTED_DATA_INVALID",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The encrypted data is not valid for this key.")},
    {CKR_ENCRYPTED_DATA_LEN_RANGE, "CKR_ENCRYPTED_DATA_LEN_RANGE",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The encrypted data has the wrong length.")},
    {CKR_KEY_HANDLE_INVALID, "CKR_KEY_HANDLE_INVALID",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The key is no longer on the token.")},
    {CKR_KEY_SIZE_RANGE, "CKR_KEY_SIZE_RANGE",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token does not support this key size.")},
    {CKR_KEY_TYPE_INCONSISTENT, "CKR_KEY_TYPE_INCONSISTENT",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The key is of the wrong type for this operation.")},
    {CKR_KEY_FUNCTION_NOT_PERMITTED, "CKR_KEY_FUNCTION_NOT_PERMITTED",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The key's attributes do not permit this use.")},
    {CKR_KEY_UNEXTRACTABLE, "CKR_KEY_UNEXTRACTABLE",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The key is marked unextractable: the token will not wrap it.")},
    {CKR_KEY_NOT_WRAPPABLE, "CKR_KEY_NOT_WRAPPABLE",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token cannot wrap this key with that mechanism.")},
    {CKR_MECHANISM_INVALID, "CKR_MECHANISM_INVALID",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token does not support this mechanism for this operation.")},
    {CKR_MECHANISM_PARAM_INVALID, "CKR_MECHANISM_PARAM_INVALID",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token refused the mechanism parameters.")},
    {CKR_OBJECT_HANDLE_INVALID, "CKR_OBJECT_HANDLE_INVALID",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The object is no longer on the token.")},
    {CKR_OPERATION_ACTIVE, "CKR_OPERATION_ACTIVE",
     QT_TRANSLATE_NOOP("symbolon::hsm", "Another operation is still active on this session.")},
    {CKR_OPERATION_NOT_INITIALIZED, "CKR_OPERATION_NOT_INITIALIZED",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token lost track of the operation: try again.")},
    {CKR_PIN_INCORRECT, "CKR_PIN_INCORRECT",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The PIN is not correct. Repeated wrong PINs can lock the card.")},
    {CKR_PIN_INVALID, "CKR_PIN_INVALID",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The PIN contains characters the token does not accept.")},
    {CKR_PIN_LEN_RANGE, "CKR_PIN_LEN_RANGE",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The PIN is too short or too long for this token.")},
    {CKR_PIN_EXPIRED, "CKR_PIN_EXPIRED",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The PIN has expired: change it with the card's administrator.")},
    {CKR_PIN_LOCKED, "CKR_PIN_LOCKED",
     QT_TRANSLATE_NOOP(
         "symbolon::hsm",
         "The PIN is locked after too many wrong attempts: the card's security officer must unblock it.")},
    {CKR_SESSION_CLOSED, "CKR_SESSION_CLOSED",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token session was closed: try again.")},
    {CKR_SESSION_COUNT, "CKR_SESSION_COUNT",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token has too many open sessions.")},
    {CKR_SESSION_HANDLE_INVALID, "CKR_SESSION_HANDLE_INVALID",
     QT_TRANSLATE_NOOP("symbolon::hsm",
                       "The token session is no longer valid (was the token reset or removed?): try again.")},
    {CKR_SESSION_READ_ONLY, "CKR_SESSION_READ_ONLY",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The session is read-only.")},
    {CKR_SESSION_EXISTS, "CKR_SESSION_EXISTS",
     QT_TRANSLATE_NOOP("symbolon::hsm", "A session is open on the token, so it cannot be initialised.")},
    {CKR_SIGNATURE_INVALID, "CKR_SIGNATURE_INVALID",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The signature does not verify.")},
    {CKR_TEMPLATE_INCOMPLETE, "CKR_TEMPLATE_INCOMPLETE",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token needs more attributes to create this object.")},
    {CKR_TEMPLATE_INCONSISTENT, "CKR_TEMPLATE_INCONSISTENT",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token refused the combination of attributes.")},
    {CKR_TOKEN_NOT_PRESENT, "CKR_TOKEN_NOT_PRESENT",
     QT_TRANSLATE_NOOP("symbolon::hsm",
                       "No token is present in the slot: insert the card or connect the HSM.")},
    {CKR_TOKEN_NOT_RECOGNIZED, "CKR_TOKEN_NOT_RECOGNIZED",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token is not recognised by its module.")},
    {CKR_TOKEN_WRITE_PROTECTED, "CKR_TOKEN_WRITE_PROTECTED",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token is write-protected.")},
    {CKR_UNWRAPPING_KEY_HANDLE_INVALID, "CKR_UNWRAPPING_KEY_HANDLE_INVALID",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The unwrapping key is not on the token.")},
    {CKR_USER_ALREADY_LOGGED_IN, "CKR_USER_ALREADY_LOGGED_IN",
     QT_TRANSLATE_NOOP("symbolon::hsm", "Somebody is already logged in to this token.")},
    {CKR_USER_NOT_LOGGED_IN, "CKR_USER_NOT_LOGGED_IN",
     QT_TRANSLATE_NOOP("symbolon::hsm", "Nobody is logged in to the token: log in first.")},
    {CKR_USER_PIN_NOT_INITIALIZED, "CKR_USER_PIN_NOT_INITIALIZED",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token's user PIN was never set: enrol the token first.")},
    {CKR_USER_TYPE_INVALID, "CKR_USER_TYPE_INVALID",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token does not know that user type.")},
    {CKR_WRAPPED_KEY_INVALID, "CKR_WRAPPED_KEY_INVALID",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The wrapped key is not valid.")},
    {CKR_WRAPPED_KEY_LEN_RANGE, "CKR_WRAPPED_KEY_LEN_RANGE",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The wrapped key has the wrong length.")},
    {CKR_WRAPPING_KEY_HANDLE_INVALID, "CKR_WRAPPING_KEY_HANDLE_INVALID",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The wrapping key is not on the token.")},
    {CKR_RANDOM_NO_RNG, "CKR_RANDOM_NO_RNG",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token has no random number generator.")},
    {CKR_BUFFER_TOO_SMALL, "CKR_BUFFER_TOO_SMALL",
     QT_TRANSLATE_NOOP("symbolon::hsm", "Symbolon's buffer was too small: please report this.")},
    {CKR_CRYPTOKI_NOT_INITIALIZED, "CKR_CRYPTOKI_NOT_INITIALIZED",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The PKCS#11 module is not initialised.")},
    {CKR_CRYPTOKI_ALREADY_INITIALIZED, "CKR_CRYPTOKI_ALREADY_INITIALIZED",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The PKCS#11 module was already initialised.")},
    {CKR_FUNCTION_NOT_SUPPORTED, "CKR_FUNCTION_NOT_SUPPORTED",
     QT_TRANSLATE_NOOP("symbolon::hsm", "The token does not support this function.")},
};

const RvText* find(unsigned long rv) {
    for (const RvText& t : kTexts)
        if (t.rv == rv)
            return &t;
    return nullptr;
}
} // namespace

QString ckrvName(unsigned long rv) {
    if (const RvText* t = find(rv))
        return QString::fromLatin1(t->name);
    return QStringLiteral("CKR_0x%1").arg(rv, 0, 16);
}

QString ckrvSentence(unsigned long rv) {
    if (const RvText* t = find(rv))
        return QCoreApplication::translate("symbolon::hsm", t->sentence);
    return QCoreApplication::translate("symbolon::hsm", "The token failed with an unknown error code.");
}

Error ckrvError(unsigned long rv, const QString& what) {
    ErrorCode code = ErrorCode::Token;
    if (rv == CKR_PIN_INCORRECT || rv == CKR_PIN_INVALID || rv == CKR_PIN_LEN_RANGE)
        code = ErrorCode::PinIncorrect;
    else if (rv == CKR_PIN_LOCKED)
        code = ErrorCode::PinLocked;
    const QString msg =
        QStringLiteral("%1: %2 (%3, 0x%4)").arg(what, ckrvSentence(rv), ckrvName(rv)).arg(rv, 0, 16);
    return Error::fromCkrv(code, rv, msg);
}

} // namespace symbolon::hsm
