// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ecoute::protocol {

/// Typed error codes, sent as strings in an "error" frame. Append-only: never
/// renumber or rename, old clients rely on them.
// clang-format off
enum class ErrorCode {
    FrameTooLarge,      ///< frame bigger than Limits::maxFrameBytes
    BadUtf8,            ///< frame is not valid UTF-8
    BadJson,            ///< not parseable JSON
    TooDeep,            ///< JSON nested deeper than Limits::maxDepth
    BadEnvelope,        ///< not an object, or v/type/id/body missing or mistyped
    UnsupportedVersion, ///< "v" or hello.versions names no version we speak
    UnknownType,        ///< type unknown, or not accepted on this endpoint/direction
    MissingField,       ///< a required body field is absent
    WrongType,          ///< a body field has the wrong JSON type or value
    FieldTooLong,       ///< a string or array is longer than the schema allows
    NotAuthenticated,   ///< action needs a logged-in session
    Forbidden,          ///< authenticated, but this role/user may not do it
    NotFound,           ///< no such contact (or not visible to you: same answer)
    BadCredentials,     ///< wrong user name or password (never says which)
    RateLimited,        ///< too many attempts; see retryAfterMs
    InvalidState,       ///< action not possible in the current state
    AccountDisabled,    ///< account exists but is disabled
    SessionExpired,     ///< resume token unknown or expired
    Internal,           ///< server-side failure; nothing was changed
};
// clang-format on

QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(const QString &name);

/// A decoding or validation failure, ready to be turned into an "error" frame.
struct ProtocolError
{
    ErrorCode code = ErrorCode::Internal;
    QString detail; ///< English, for developers and logs; never user data
    QString field; ///< offending field path, e.g. "body.text"
    QString re; ///< id of the offending frame when it could be read
};

} // namespace ecoute::protocol
