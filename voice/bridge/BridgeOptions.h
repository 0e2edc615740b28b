// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voice/bridge/Telephony.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace ecoute::voice {

/// An IP address and port from the command line ("127.0.0.1:5060", "[::1]:5061"); port 0 lets
/// the system pick one.
struct ListenAddress
{
    QByteArray host; ///< a literal IP address (libre cannot listen on 0.0.0.0)
    std::uint16_t port = 0;
};

/// ecoute-voice's command line:
///   ecoute-voice --data-dir DIR --sip-listen IP:PORT --sip-tls-listen IP:PORT
///                --tls-cert FILE.pem --tls-key FILE.pem [--rtp-ports LOW-HIGH]
///                [--answer-timeout-ms MS] [--rtp-timeout-ms MS] [--country-code CC]
///                [--libre-debug-level 0-7]
struct BridgeOptions
{
    QString dataDir;
    ListenAddress sip; ///< UDP and TCP, the trunk's side
    ListenAddress sipTls; ///< TLS, the workstations' side
    QString tlsCertificate;
    QString tlsKey;
    PortRange rtpPorts;
    int answerTimeoutMs = 5000;
    int rtpTimeoutMs = 30000;
    QString countryCode = QStringLiteral("352"); ///< completes national numbers before hashing
    int libreDebugLevel = 4; ///< DBG_WARNING

    /// `arguments` includes the program name. Nullopt with a one-line `error` when they are wrong.
    static std::optional<BridgeOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace ecoute::voice
