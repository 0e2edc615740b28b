// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/MailConfig.h"

#include <QCommandLineParser>
#include <QHostAddress>

namespace ecoute::server {

namespace {
const QString kNoWebMailbox = QStringLiteral("no-web-mailbox");
const QString kImapUrl = QStringLiteral("imap-url");
const QString kSmtpUrl = QStringLiteral("smtp-url");
const QString kLmtpListen = QStringLiteral("lmtp-listen");
const QString kUser = QStringLiteral("mail-user");
const QString kPasswordFile = QStringLiteral("mail-password-file");
const QString kCaFile = QStringLiteral("mail-ca-file");
const QString kAddress = QStringLiteral("mail-address");
const QString kLineName = QStringLiteral("mail-line-name");
const QString kLanguage = QStringLiteral("mail-language");
const QString kPoll = QStringLiteral("mail-poll-seconds");
const QString kMaxBytes = QStringLiteral("mail-max-bytes");
const QString kAnswerHours = QStringLiteral("mail-answer-hours");
const QString kEscalateHours = QStringLiteral("mail-escalate-hours");
const QString kUndo = QStringLiteral("mail-undo-seconds");
const QString kRetention = QStringLiteral("mail-retention-days");
const QString kKeepFolder = QStringLiteral("mail-keep-folder");
const QString kParseSeconds = QStringLiteral("mail-parse-seconds");
const QString kParserBinary = QStringLiteral("mail-parser-binary");

bool readInt(const QCommandLineParser &parser, const QString &name, int min, int *out, QString *error)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min) {
        *error = MailConfig::tr("Invalid --%1: %2.").arg(name, parser.value(name));
        return false;
    }
    *out = value;
    return true;
}
} // namespace

void MailConfig::addOptions(QCommandLineParser &parser)
{
    const MailConfig d;
    parser.addOption(
        QCommandLineOption(kNoWebMailbox, tr("Do not offer the web mailbox on the help-seeker site.")));
    parser.addOption(QCommandLineOption(
        kImapUrl,
        tr("Read the line's mailbox, e.g. imaps://mail.example.org/INBOX (imap:// requires STARTTLS). "
           "Each message is deleted from it once stored."),
        tr("url")));
    parser.addOption(QCommandLineOption(
        kSmtpUrl,
        tr("Send replies through this server, e.g. smtp://mail.example.org:587/line.example.org "
           "(STARTTLS required; the path is the name the server is greeted with)."),
        tr("url")));
    parser.addOption(QCommandLineOption(
        kLmtpListen,
        tr("Receive the line's mail over LMTP from its own mail server, as ADDRESS:PORT, e.g. "
           "127.0.0.1:2424. No login is asked: the address must face that mail server only. Needs "
           "--mail-address and --smtp-url."),
        tr("address:port")));
    parser.addOption(QCommandLineOption(kUser, tr("The mailbox's login for IMAP and SMTP."), tr("name")));
    parser.addOption(QCommandLineOption(
        kPasswordFile, tr("A file that holds the mailbox's password (readable by the server only)."),
        tr("file")));
    parser.addOption(QCommandLineOption(
        kCaFile, tr("Trust only this certificate authority for the mail servers (PEM)."), tr("file")));
    parser.addOption(
        QCommandLineOption(kAddress, tr("The line's address, the sender of every reply."), tr("address")));
    parser.addOption(QCommandLineOption(
        kLineName,
        tr("The line's name in replies, and their signature when a volunteer gives none (default %1).")
            .arg(d.lineName),
        tr("name"), d.lineName));
    parser.addOption(QCommandLineOption(kLanguage,
                                        tr("The language queue mail joins (default %1).").arg(d.language),
                                        tr("language"), d.language));
    parser.addOption(QCommandLineOption(
        kPoll, tr("Seconds between two looks at the mailbox (default %1).").arg(d.pollSeconds), tr("seconds"),
        QString::number(d.pollSeconds)));
    parser.addOption(QCommandLineOption(
        kMaxBytes,
        tr("Larger messages are not fetched or accepted (default %1 bytes).").arg(d.maxMessageBytes),
        tr("bytes"), QString::number(d.maxMessageBytes)));
    parser.addOption(QCommandLineOption(
        kAnswerHours, tr("The answer promised to every writer, in hours (default %1).").arg(d.answerHours),
        tr("hours"), QString::number(d.answerHours)));
    parser.addOption(QCommandLineOption(
        kEscalateHours,
        tr("Unanswered threads go to supervisors after this many hours (default %1).").arg(d.escalateHours),
        tr("hours"), QString::number(d.escalateHours)));
    parser.addOption(
        QCommandLineOption(kUndo,
                           tr("Seconds a reply waits before it leaves, so it can be taken back (default %1).")
                               .arg(d.undoSeconds),
                           tr("seconds"), QString::number(d.undoSeconds)));
    parser.addOption(QCommandLineOption(
        kRetention,
        tr("Days after a thread closes before its letters, address and attachments are deleted (default %1).")
            .arg(d.retentionDays),
        tr("days"), QString::number(d.retentionDays)));
    parser.addOption(QCommandLineOption(
        kKeepFolder, tr("Move imported mail to this folder of the mailbox instead of deleting it."),
        tr("folder")));
    QCommandLineOption parseSeconds(kParseSeconds, QString(), tr("seconds"), QString::number(d.parseSeconds));
    parseSeconds.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(parseSeconds);
    QCommandLineOption binary(kParserBinary, QString(), tr("file"));
    binary.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(binary);
}

bool MailConfig::read(const QCommandLineParser &parser, QString *error)
{
    webMailbox = !parser.isSet(kNoWebMailbox);
    imapUrl = parser.isSet(kImapUrl) ? QUrl(parser.value(kImapUrl), QUrl::StrictMode) : QUrl();
    if (parser.isSet(kImapUrl)
        && (!imapUrl.isValid() || (imapUrl.scheme() != u"imaps" && imapUrl.scheme() != u"imap")
            || imapUrl.host().isEmpty())) {
        *error = tr("Invalid --imap-url: use imaps://host[:port]/INBOX or imap://host[:port]/INBOX.");
        return false;
    }
    smtpUrl = parser.isSet(kSmtpUrl) ? QUrl(parser.value(kSmtpUrl), QUrl::StrictMode) : QUrl();
    if (parser.isSet(kSmtpUrl)
        && (!smtpUrl.isValid() || (smtpUrl.scheme() != u"smtp" && smtpUrl.scheme() != u"smtps")
            || smtpUrl.host().isEmpty())) {
        *error = tr("Invalid --smtp-url: use smtp://host:587/name or smtps://host:465/name.");
        return false;
    }
    if (!imapUrl.userInfo().isEmpty() || !smtpUrl.userInfo().isEmpty()) {
        *error =
            tr("Do not put a login or password in a mail URL: use --mail-user and --mail-password-file.");
        return false;
    }
    lmtpAddress = QHostAddress();
    lmtpPort = 0;
    if (parser.isSet(kLmtpListen)) {
        const QString listen = parser.value(kLmtpListen);
        const qsizetype colon = listen.lastIndexOf(u':');
        bool portOk = false;
        const uint port = listen.mid(colon + 1).toUInt(&portOk);
        const QHostAddress host(colon > 0 ? listen.left(colon) : QString());
        if (colon <= 0 || host.isNull() || !portOk || port == 0 || port > 65535) {
            *error = tr("Invalid --lmtp-listen: %1 (use ADDRESS:PORT, e.g. 127.0.0.1:2424).").arg(listen);
            return false;
        }
        lmtpAddress = host;
        lmtpPort = static_cast<quint16>(port);
    }
    user = parser.value(kUser);
    passwordFile = parser.value(kPasswordFile);
    caFile = parser.value(kCaFile);
    address = parser.value(kAddress).trimmed();
    if ((imapEnabled() || smtpEnabled()) && (user.isEmpty() || passwordFile.isEmpty())) {
        *error = tr("--imap-url and --smtp-url need --mail-user and --mail-password-file.");
        return false;
    }
    if (imapEnabled() && (!smtpEnabled() || !address.contains(u'@'))) {
        *error = tr("--imap-url needs --smtp-url and --mail-address to answer the mail it reads.");
        return false;
    }
    if (lmtpEnabled() && (!smtpEnabled() || !address.contains(u'@'))) {
        *error = tr("--lmtp-listen needs --mail-address (the one recipient it accepts) and --smtp-url to "
                    "answer the mail it receives.");
        return false;
    }
    lineName = parser.value(kLineName).trimmed();
    language = parser.value(kLanguage);
    bool ok = false;
    maxMessageBytes = parser.value(kMaxBytes).toLongLong(&ok);
    if (!ok || maxMessageBytes < 1024) {
        *error = tr("Invalid --%1: %2.").arg(kMaxBytes, parser.value(kMaxBytes));
        return false;
    }
    keepFolder = parser.value(kKeepFolder);
    parserBinary = parser.value(kParserBinary);
    if (!readInt(parser, kPoll, 1, &pollSeconds, error)
        || !readInt(parser, kAnswerHours, 1, &answerHours, error)
        || !readInt(parser, kEscalateHours, 0, &escalateHours, error)
        || !readInt(parser, kUndo, 0, &undoSeconds, error)
        || !readInt(parser, kRetention, 1, &retentionDays, error)
        || !readInt(parser, kParseSeconds, 1, &parseSeconds, error)) {
        return false;
    }
    if (escalateHours >= answerHours) {
        *error = tr("--mail-escalate-hours must be less than --mail-answer-hours.");
        return false;
    }
    return true;
}

} // namespace ecoute::server
