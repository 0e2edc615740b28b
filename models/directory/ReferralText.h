// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/directory/ReferralDirectory.h"

#include <QCoreApplication>
#include <QString>

namespace ecoute::models {

/// The sentences of the referral directory: what a volunteer inserts in a reply, what a
/// screen reader says of a service, and what a refused change means.
class ReferralText
{
    Q_DECLARE_TR_FUNCTIONS(ReferralText)

public:
    /// What a volunteer inserts in a chat or mail reply: the service's name, what it helps with,
    /// phone, web address and hours (empty fields left out).
    static QString forReply(const ReferralService &s);
    /// Every field of the service in one spoken description (lists, details).
    static QString accessibleDescription(const ReferralService &s);
    /// "French, German".
    static QString languages(const QStringList &codes);
    /// Why the server refused a service because of this field ("name", "web", ...).
    static QString invalidField(const QString &field);
    /// Why the server refused a new service: the whole directory must fit in one message.
    static QString directoryFull();
};

} // namespace ecoute::models
