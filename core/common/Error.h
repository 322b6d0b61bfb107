#pragma once

#include <QString>

namespace symbolon {

// What went wrong, in categories a caller can branch on. The sentence in Error::message is
// for the custodian; the code is for the program.
enum class ErrorCode {
    Ok = 0,
    InvalidInput,  // bad file, field, PIN format, key component...
    NotFound,      // token, key, workspace, device missing
    AlreadyExists, // duplicate device, workspace already there
    Token,         // a PKCS#11 call failed: see ckrv
    PinIncorrect,  // CKR_PIN_INCORRECT and friends
    PinLocked,     // CKR_PIN_LOCKED
    Crypto,        // OpenSSL failure, integrity failure (tag, wrap, signature)
    Database,      // SQLCipher failure
    WrongKey,      // the database did not open with the key we have
    NotEncrypted,  // fail closed: the SQLite library is not SQLCipher
    Io,            // file system
    PolicyRefused, // the policy forbids this (clause cited in message)
    Cancelled,     // the user cancelled: a state, not a failure
    Busy,          // another process holds the workspace (WorkspaceLock): try again when it is closed
    Internal,      // a bug: please report
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;        // a sentence a custodian can act on; never secrets
    unsigned long ckrv = 0; // the PKCS#11 CK_RV where there is one
    bool hasCkrv = false;

    static Error make(ErrorCode c, QString m) { return Error{c, std::move(m), 0, false}; }
    static Error fromCkrv(ErrorCode c, unsigned long rv, QString m) {
        return Error{c, std::move(m), rv, true};
    }
};

QString errorCodeName(ErrorCode code);

} // namespace symbolon
