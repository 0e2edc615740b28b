// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/abuse/SeekerLimitsConfig.h"
#include "server/channels/mail/MailConfig.h"
#include "server/channels/phone/PhoneConfig.h"
#include "server/routing/RoutingConfig.h"
#include "server/staff/NotesPolicy.h"
#include "server/supervision/JoinPolicy.h"
#include "server/transport/ConnectionLimits.h"
#include "server/transport/FrontLimits.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <optional>

namespace ecoute::server {

/// Command-line options of "ecoute-server" in serve mode.
struct ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfig)

public:
    QString dataDir;
    QHostAddress listenAddress {QHostAddress::LocalHost};
    quint16 port = 8443;
    bool insecureLoopback = false; ///< plain ws/http; only allowed on a loopback address
    bool demoAccounts = false;
    QList<QUrl> allowedOrigins;
    QUrl publicUrl;
    /// Hidden options (tests): --handshake-timeout-ms, --idle-timeout-ms, --max-send-queue-bytes.
    ConnectionLimits connectionLimits;
    FrontLimits frontLimits; ///< --max-connections, --max-connections-per-source (net/)
    /// --io-threads: frame I/O threads (parse() defaults to one per core; 0: the main thread)
    int ioThreads = 1;
    NotesPolicy notesPolicy; ///< --note-retention-days, --pinned-note-retention-days
    JoinPolicy supervisorJoin = JoinPolicy::Urgent; ///< --supervisor-join never|urgent|always
    int practiceRetentionDays = 90; ///< --practice-retention-days
    /// --transcript-retention-days: text of ended real contacts is deleted after this.
    int transcriptRetentionDays = 30;
    int statsMinCount = 5; ///< --stats-min-count: smaller non-zero counts are not published
    QString reportTopics; ///< --report-topics: the centre's topic list (JSON); empty: the shipped default
    QTimeZone timeZone = QTimeZone::systemTimeZone(); ///< --time-zone: the statistics' heatmap hours
    RoutingConfig routing; ///< --offer-timeout, --wrapup-seconds, --grace-seconds, --emergency-number
    SeekerLimitsConfig seekerLimits; ///< --seeker-*: the help-seeker queue's limits (abuse/)
    PhoneConfig phone; ///< --sip-listen and the phone line's options (channels/phone)
    MailConfig mail; ///< --imap-url, --smtp-url, --mail-* and the web mailbox (channels/mail)

    bool tls() const { return !insecureLoopback; }

    /// Parses arguments (argv[0] included). On --help/--version or an error
    /// returns nullopt with the text to print in *message and the exit code in *exitCode.
    static std::optional<ServerConfig> parse(const QStringList &arguments, QString *message, int *exitCode);
};

} // namespace ecoute::server
