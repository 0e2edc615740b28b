// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/Errors.h"

#include <array>
#include <utility>

namespace ecoute::protocol {

namespace {
// clang-format off
constexpr std::array kNames{
    std::pair{ErrorCode::FrameTooLarge, "frame_too_large"},
    std::pair{ErrorCode::BadUtf8, "bad_utf8"},
    std::pair{ErrorCode::BadJson, "bad_json"},
    std::pair{ErrorCode::TooDeep, "too_deep"},
    std::pair{ErrorCode::BadEnvelope, "bad_envelope"},
    std::pair{ErrorCode::UnsupportedVersion, "unsupported_version"},
    std::pair{ErrorCode::UnknownType, "unknown_type"},
    std::pair{ErrorCode::MissingField, "missing_field"},
    std::pair{ErrorCode::WrongType, "wrong_type"},
    std::pair{ErrorCode::FieldTooLong, "field_too_long"},
    std::pair{ErrorCode::NotAuthenticated, "not_authenticated"},
    std::pair{ErrorCode::Forbidden, "forbidden"},
    std::pair{ErrorCode::NotFound, "not_found"},
    std::pair{ErrorCode::BadCredentials, "bad_credentials"},
    std::pair{ErrorCode::RateLimited, "rate_limited"},
    std::pair{ErrorCode::InvalidState, "invalid_state"},
    std::pair{ErrorCode::AccountDisabled, "account_disabled"},
    std::pair{ErrorCode::SessionExpired, "session_expired"},
    std::pair{ErrorCode::Internal, "internal"},
};
// clang-format on
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &[c, name] : kNames) {
        if (c == code)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("internal");
}

std::optional<ErrorCode> errorCodeFromName(const QString &name)
{
    for (const auto &[c, n] : kNames) {
        if (name == QLatin1String(n))
            return c;
    }
    return std::nullopt;
}

} // namespace ecoute::protocol
