// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace ecoute::server {

/// The phone channel's options (serve --sip-listen, --sip-tls-port, --rtp-ports, --phone-language,
/// --voice-binary). The channel is off unless --sip-listen names where the trunk reaches the bridge.
struct PhoneConfig
{
    Q_DECLARE_TR_FUNCTIONS(PhoneConfig)

public:
    QString sipListen; ///< "address:port" for SIP over UDP and TCP from the trunk or PBX
    int sipTlsPort = 5061; ///< SIP over TLS for the workstations, on the server's listen address
    QString rtpPorts = QStringLiteral("20000-20999");
    QString language =
        QStringLiteral("fr"); ///< the greeting's language and the queue calls join without a menu
    /// --phone-menu fr,de,en: the caller chooses by key (1 for the first, ...); empty: no menu.
    QStringList menu;
    QString voiceBinary; ///< ecoute-voice; empty: next to ecoute-server
    int callsPerCallerPerHour = 6; ///< more from one (hashed) number are refused as "limited"

    bool enabled() const { return !sipListen.isEmpty(); }

    static void addOptions(QCommandLineParser &parser);
    /// False with a translated *error for a malformed value.
    bool read(const QCommandLineParser &parser, QString *error);
};

} // namespace ecoute::server
