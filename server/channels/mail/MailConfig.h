// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/routing/RoutingConfig.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QUrl>

class QCommandLineParser;

namespace ecoute::server {

/// The e-mail channel's options (serve --mail-*). The web mailbox is on unless --no-web-mailbox;
/// the line's real address is read when --imap-url names its mailbox, and replies go out when
/// --smtp-url names the line's outgoing server. With --lmtp-listen the line's own mail server hands
/// mail to the server over LMTP instead (or as well).
struct MailConfig
{
    Q_DECLARE_TR_FUNCTIONS(MailConfig)

public:
    bool webMailbox = true;
    QUrl imapUrl; ///< imaps://host:993/INBOX, or imap://host:143/INBOX (then STARTTLS is required)
    QUrl smtpUrl; ///< smtp://host:587/ehlo-name (STARTTLS required) or smtps://host:465/ehlo-name
    QString user; ///< the mailbox's login (IMAP and SMTP)
    QString passwordFile; ///< a file holding the password (never on the command line)
    QString caFile; ///< trust only this CA for the mail servers; empty: the system's
    QString address; ///< the line's address: From of every reply, the one recipient LMTP accepts
    QHostAddress lmtpAddress; ///< --lmtp-listen: where the line's MTA delivers over LMTP; null: off
    quint16 lmtpPort = 0;
    /// The centre's emergency numbers (--emergency-number), named in the acknowledgement; set by Server.
    QList<EmergencyNumber> emergencyNumbers;
    QString lineName =
        QStringLiteral("Ecoute"); ///< the From name, and the signature when a volunteer gives none
    QString language = QStringLiteral("fr"); ///< the queue mail joins (one address per language)
    int pollSeconds = 60;
    qint64 maxMessageBytes = qint64 {10} * 1024 * 1024; ///< larger mail is not fetched (left for a person)
    int answerHours = 48; ///< the promised answer time: each thread's deadline
    int escalateHours = 36; ///< unanswered this long: the thread goes to supervisors
    int undoSeconds = 120; ///< a reply waits this long before it leaves (undo)
    int retentionDays = 30; ///< after a thread closes: its address, attachments and letters are deleted
    int parseSeconds = 10; ///< a message taking longer to parse is given up as unreadable
    QString keepFolder; ///< after import, move the raw mail there instead of deleting it
    QString parserBinary; ///< ecoute-mailparse; empty: next to ecoute-server (hidden option)

    bool imapEnabled() const { return imapUrl.isValid() && !imapUrl.isEmpty(); }
    bool smtpEnabled() const { return smtpUrl.isValid() && !smtpUrl.isEmpty(); }
    bool lmtpEnabled() const { return !lmtpAddress.isNull(); }
    bool enabled() const { return webMailbox || imapEnabled() || lmtpEnabled(); }

    static void addOptions(QCommandLineParser &parser);
    /// False with a translated *error for a malformed or incomplete value.
    bool read(const QCommandLineParser &parser, QString *error);
};

} // namespace ecoute::server
