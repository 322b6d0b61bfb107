#include "common/Error.h"

namespace symbolon {

QString errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::Ok:
        return QStringLiteral("ok");
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already-exists");
    case ErrorCode::Token:
        return QStringLiteral("token");
    case ErrorCode::PinIncorrect:
        return QStringLiteral("pin-incorrect");
    case ErrorCode::PinLocked:
        return QStringLiteral("pin-locked");
    case ErrorCode::Crypto:
        return QStringLiteral("crypto");
    case ErrorCode::Database:
        return QStringLiteral("database");
    case ErrorCode::WrongKey:
        return QStringLiteral("wrong-key");
    case ErrorCode::NotEncrypted:
        return QStringLiteral("not-encrypted");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::PolicyRefused:
        return QStringLiteral("policy-refused");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

} // namespace symbolon
