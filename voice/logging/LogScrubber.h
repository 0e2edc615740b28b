// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ecoute::voice {

/// What SIP and media libraries log, with every identifier taken out before it reaches a log
/// file: SIP, SIPS and tel URIs, the values of identity-bearing headers (From, To, Contact,
/// P-Asserted-Identity, P-Preferred-Identity, Remote-Party-ID, Diversion, History-Info, Referred-By,
/// Via, Call-ID, Route, Record-Route), phone numbers, IPv4 and IPv6 addresses and host:port pairs.
/// Each becomes "[redacted]". The bridge installs it as the libraries' log writer.
class LogScrubber
{
public:
    static QString scrub(const QString &line);
};

} // namespace ecoute::voice
