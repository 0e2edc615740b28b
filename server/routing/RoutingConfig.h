// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ecoute::server {

/// A number the help-seeker's page shows while they wait (112 always first).
struct EmergencyNumber
{
    QString number;
    QString label;
};

/// The centre's routing rules (serve options --offer-timeout, --wrapup-seconds,
/// --grace-seconds, --emergency-number).
struct RoutingConfig
{
    int offerTimeoutMs = 30'000; ///< an offer not accepted by then goes to the next volunteer
    int wrapupSeconds = 120; ///< no offers after a contact, to write notes and breathe
    int graceSeconds = 120; ///< a disconnected volunteer keeps their conversations this long
    int queueUpdateMs = 30'000; ///< waiting help-seekers hear their position at least this often
    QList<EmergencyNumber> emergencyNumbers {{QStringLiteral("112"), QString()}};
};

} // namespace ecoute::server
