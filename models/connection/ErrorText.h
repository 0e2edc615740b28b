// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Errors.h"

#include <QCoreApplication>
#include <QString>

namespace ecoute::models {

/// Friendly, translated sentences for everything that can go wrong. The
/// server's English "message" field is for developers and never shown.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString forCode(protocol::ErrorCode code, int retryAfterMs = -1);
    static QString forCodeName(const QString &codeName, int retryAfterMs = -1);
    static QString unreachable();
    static QString connectionLost();
    static QString certificateChanged(const QString &hostAndPort);
    static QString certificateUnknown(const QString &hostAndPort);
};

} // namespace ecoute::models
