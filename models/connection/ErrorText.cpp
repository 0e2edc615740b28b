// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/connection/ErrorText.h"

namespace ecoute::models {

using protocol::ErrorCode;

QString ErrorText::forCode(ErrorCode code, int retryAfterMs)
{
    switch (code) {
    case ErrorCode::BadCredentials:
        return tr("Wrong user name or password.");
    case ErrorCode::RateLimited: {
        const int seconds = retryAfterMs > 0 ? (retryAfterMs + 999) / 1000 : 1;
        return tr("Too many attempts. Try again in %n second(s).", "", seconds);
    }
    case ErrorCode::AccountDisabled:
        return tr("This account is disabled. Please contact your coordinator.");
    case ErrorCode::SessionExpired:
        return tr("Your session has expired. Please log in again.");
    case ErrorCode::NotAuthenticated:
        return tr("You are not logged in. Please log in again.");
    case ErrorCode::Forbidden:
        return tr("You are not allowed to do this. Are you on shift?");
    case ErrorCode::NotFound:
        return tr("This contact is no longer available.");
    case ErrorCode::InvalidState:
        return tr("This is no longer possible: the contact has changed in the meantime.");
    case ErrorCode::FieldTooLong:
        return tr("The message is too long.");
    case ErrorCode::UnsupportedVersion:
        return tr("This version of Ecoute is not compatible with the server. Please update Ecoute.");
    case ErrorCode::Internal:
        return tr("The server had a problem. Nothing was changed; please try again.");
    case ErrorCode::FrameTooLarge:
    case ErrorCode::BadUtf8:
    case ErrorCode::BadJson:
    case ErrorCode::TooDeep:
    case ErrorCode::BadEnvelope:
    case ErrorCode::UnknownType:
    case ErrorCode::MissingField:
    case ErrorCode::WrongType:
        return tr("Ecoute and the server did not understand each other. Please report this problem.");
    }
    return tr("Something went wrong. Please try again.");
}

QString ErrorText::forCodeName(const QString &codeName, int retryAfterMs)
{
    if (const auto code = protocol::errorCodeFromName(codeName))
        return forCode(*code, retryAfterMs);
    return tr("Something went wrong. Please try again.");
}

QString ErrorText::unreachable()
{
    return tr("The server cannot be reached. Check the address or your network; Ecoute keeps trying.");
}

QString ErrorText::connectionLost()
{
    return tr("Connection lost. Reconnecting… Your text and unsent messages are kept.");
}

QString ErrorText::certificateChanged(const QString &hostAndPort)
{
    return tr("Warning: the security certificate of %1 has changed since you first connected. "
              "Someone may be trying to intercept your conversations. Ecoute will not connect. "
              "Contact your coordinator before doing anything else.")
        .arg(hostAndPort);
}

QString ErrorText::certificateUnknown(const QString &hostAndPort)
{
    return tr("This is the first connection to %1. Check with your coordinator that the certificate "
              "fingerprint below is correct before trusting this server.")
        .arg(hostAndPort);
}

} // namespace ecoute::models
