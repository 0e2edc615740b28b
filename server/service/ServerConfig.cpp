// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/service/ServerConfig.h"
#include "server/statistics/Statistics.h"
#include "server/transport/IoThreads.h"

#include "protocol/MessageCatalog.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QStandardPaths>

#include <climits>
#include <utility>

namespace ecoute::server {

std::optional<ServerConfig> ServerConfig::parse(const QStringList &arguments, QString *message, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Ecoute helpline server. Administration: ecoute-server user add|passwd|disable|enable|list ..."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Directory for the database and TLS files."), tr("dir"));
    const QCommandLineOption listen(QStringLiteral("listen"), tr("Address to listen on (default 127.0.0.1)."),
                                    tr("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Port to listen on; 0 picks a free one (default 8443)."), tr("port"),
                                  QStringLiteral("8443"));
    const QCommandLineOption insecure(
        QStringLiteral("insecure-loopback"),
        tr("Serve plain HTTP/WebSocket without TLS. Only on a loopback address."));
    const QCommandLineOption demo(
        QStringLiteral("demo-accounts"),
        tr("On first start, create the accounts volunteer, supervisor, trainer and admin "
           "with random passwords printed once."));
    const QCommandLineOption origin(
        QStringLiteral("allowed-origin"),
        tr("Another browser origin allowed to open the help-seeker chat (repeatable)."), tr("url"));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"),
                                       tr("The address help-seekers use, e.g. https://chat.example.org/."),
                                       tr("url"));
    const QCommandLineOption noteRetention(
        QStringLiteral("note-retention-days"),
        tr("Volunteers' local notes older than this are deleted on their machines (default 30)."), tr("days"),
        QStringLiteral("30"));
    const QCommandLineOption pinnedRetention(
        QStringLiteral("pinned-note-retention-days"),
        tr("How long a volunteer may keep a pinned note; 0 (default) does not allow pinning."), tr("days"),
        QStringLiteral("0"));
    const QCommandLineOption offerTimeout(
        QStringLiteral("offer-timeout"),
        tr("Milliseconds a volunteer has to accept an offer before it goes to the next (default 30000)."),
        tr("ms"), QStringLiteral("30000"));
    const QCommandLineOption wrapup(
        QStringLiteral("wrapup-seconds"),
        tr("Wrap-up time after each contact, without new offers (default 120; 0 = none)."), tr("seconds"),
        QStringLiteral("120"));
    const QCommandLineOption grace(
        QStringLiteral("grace-seconds"),
        tr("How long a disconnected volunteer keeps their conversations before they go back to the "
           "queue (default 120)."),
        tr("seconds"), QStringLiteral("120"));
    const QCommandLineOption emergency(
        QStringLiteral("emergency-number"),
        tr("A number shown to waiting help-seekers besides 112, as NUMBER=LABEL (repeatable)."),
        tr("number=label"));
    const QCommandLineOption supervisorJoin(
        QStringLiteral("supervisor-join"),
        tr("When a supervisor may join a conversation without an accepted request: never, urgent "
           "(contacts flagged urgent; default) or always. The volunteer always sees it."),
        tr("policy"), QStringLiteral("urgent"));
    const QCommandLineOption practiceRetention(
        QStringLiteral("practice-retention-days"),
        tr("Practice contacts (transcripts and feedback) are deleted after this many days (default 90)."),
        tr("days"), QStringLiteral("90"));
    const QCommandLineOption ioThreads(
        QStringLiteral("io-threads"),
        tr("Threads that read and write the connections' frames (default: one per core, here %1; 0: all on "
           "the main thread).")
            .arg(IoThreads::defaultCount()),
        tr("n"), QString::number(IoThreads::defaultCount()));
    const QCommandLineOption transcriptRetention(
        QStringLiteral("transcript-retention-days"),
        tr("The text of ended contacts (messages, whispers, debriefs, handover notes) is deleted after "
           "this many days; what statistics need stays (default 30)."),
        tr("days"), QStringLiteral("30"));
    const QCommandLineOption statsMinCount(
        QStringLiteral("stats-min-count"),
        tr("Statistics show a count only if it is 0 or at least this (default 5; 1 shows every count)."),
        tr("n"), QStringLiteral("5"));
    const QCommandLineOption timeZone(
        QStringLiteral("time-zone"),
        tr("The line's time zone, an IANA id such as Europe/Luxembourg, for the hours of the "
           "statistics (default: the system's)."),
        tr("zone"));
    const QCommandLineOption reportTopics(
        QStringLiteral("report-topics"),
        tr("The topics of end-of-contact reports, a JSON file (default: the shipped list)."), tr("file"));
    // Hidden: tests shorten the connection limits and the queue updates.
    QCommandLineOption handshakeTimeout(QStringLiteral("handshake-timeout-ms"), QString(), tr("ms"));
    QCommandLineOption idleTimeout(QStringLiteral("idle-timeout-ms"), QString(), tr("ms"));
    QCommandLineOption maxSendQueue(QStringLiteral("max-send-queue-bytes"), QString(), tr("bytes"));
    QCommandLineOption queueUpdate(QStringLiteral("queue-update-ms"), QString(), tr("ms"));
    for (QCommandLineOption *hidden : {&handshakeTimeout, &idleTimeout, &maxSendQueue, &queueUpdate})
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dataDir, listen, port, insecure, demo, origin, publicUrl, noteRetention,
                       pinnedRetention, offerTimeout, wrapup, grace, emergency, supervisorJoin,
                       practiceRetention, handshakeTimeout, idleTimeout, maxSendQueue, queueUpdate});
    parser.addOption(statsMinCount);
    parser.addOption(reportTopics);
    parser.addOption(timeZone);
    parser.addOption(transcriptRetention);
    parser.addOption(ioThreads);
    SeekerLimitsConfig::addOptions(parser);
    FrontLimits::addOptions(parser);
    PhoneConfig::addOptions(parser);
    MailConfig::addOptions(parser);

    *exitCode = 2;
    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        *message = parser.isSet(help)
            ? parser.helpText()
            : QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        *exitCode = 0;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = tr("Unknown command: %1").arg(parser.positionalArguments().first());
        return std::nullopt;
    }

    ServerConfig config;
    config.dataDir = parser.isSet(dataDir)
        ? parser.value(dataDir)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString listenText = parser.value(listen);
    config.listenAddress = listenText == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost)
                                                                    : QHostAddress(listenText);
    if (config.listenAddress.isNull()) {
        *message = tr("Invalid --listen address: %1").arg(listenText);
        return std::nullopt;
    }
    bool portOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    if (!portOk || portValue > 65535) {
        *message = tr("Invalid --port: %1").arg(parser.value(port));
        return std::nullopt;
    }
    config.port = static_cast<quint16>(portValue);
    config.insecureLoopback = parser.isSet(insecure);
    if (config.insecureLoopback && !config.listenAddress.isLoopback()) {
        *message =
            tr("Refusing to start: --insecure-loopback is only allowed with a loopback --listen address "
               "(127.0.0.1 or ::1); help-seekers' chats must never cross a network unencrypted.");
        return std::nullopt;
    }
    config.demoAccounts = parser.isSet(demo);
    for (const QString &value : parser.values(origin)) {
        const QUrl url(value);
        if (!url.isValid() || url.host().isEmpty()) {
            *message = tr("Invalid --allowed-origin: %1").arg(value);
            return std::nullopt;
        }
        config.allowedOrigins.append(url);
    }
    if (parser.isSet(publicUrl)) {
        config.publicUrl = QUrl(parser.value(publicUrl));
        if (!config.publicUrl.isValid() || config.publicUrl.host().isEmpty()) {
            *message = tr("Invalid --public-url: %1").arg(parser.value(publicUrl));
            return std::nullopt;
        }
    }
    bool retentionOk = false;
    bool pinnedOk = false;
    config.notesPolicy.retentionDays = parser.value(noteRetention).toInt(&retentionOk);
    config.notesPolicy.pinnedRetentionDays = parser.value(pinnedRetention).toInt(&pinnedOk);
    if (!retentionOk || !pinnedOk || !config.notesPolicy.isValid()) {
        *message = tr("Invalid notes retention: --note-retention-days must be 1 to %1, and "
                      "--pinned-note-retention-days 0 or longer than it (at most %1).")
                       .arg(NotesPolicy::maximumDays);
        return std::nullopt;
    }
    const auto bounded = [&parser](const QCommandLineOption &option, int min, int max, int *value) {
        bool ok = false;
        const int parsed = parser.value(option).toInt(&ok);
        if (!ok || parsed < min || parsed > max)
            return false;
        *value = parsed;
        return true;
    };
    if (!bounded(offerTimeout, 1000, 600'000, &config.routing.offerTimeoutMs)) {
        *message = tr("Invalid --offer-timeout: give 1000 to 600000 milliseconds.");
        return std::nullopt;
    }
    if (!bounded(wrapup, 0, 3600, &config.routing.wrapupSeconds)) {
        *message = tr("Invalid --wrapup-seconds: give 0 to 3600.");
        return std::nullopt;
    }
    if (!bounded(practiceRetention, 1, 3650, &config.practiceRetentionDays)) {
        *message = tr("Invalid --practice-retention-days: give 1 to 3650.");
        return std::nullopt;
    }
    if (!bounded(ioThreads, 0, 64, &config.ioThreads)) {
        *message = tr("Invalid --io-threads: give 0 to 64.");
        return std::nullopt;
    }
    if (!bounded(transcriptRetention, 1, 3650, &config.transcriptRetentionDays)) {
        *message = tr("Invalid --transcript-retention-days: give 1 to 3650.");
        return std::nullopt;
    }
    // Read (and refused when malformed) by the server at start, with the file's own error.
    config.reportTopics = parser.value(reportTopics);
    if (!bounded(statsMinCount, 1, 100, &config.statsMinCount)) {
        *message = tr("Invalid --stats-min-count: give 1 to 100.");
        return std::nullopt;
    }
    if (parser.isSet(timeZone)) {
        const auto zone = StatisticsSettings::zoneFromId(parser.value(timeZone));
        if (!zone) {
            *message = tr("Invalid --time-zone: give an IANA id such as Europe/Luxembourg.");
            return std::nullopt;
        }
        config.timeZone = *zone;
    }
    if (!bounded(grace, 1, 3600, &config.routing.graceSeconds)) {
        *message = tr("Invalid --grace-seconds: give 1 to 3600.");
        return std::nullopt;
    }
    if (parser.isSet(queueUpdate) && !bounded(queueUpdate, 100, 600'000, &config.routing.queueUpdateMs)) {
        *message = tr("Invalid --queue-update-ms.");
        return std::nullopt;
    }
    for (const QString &value : parser.values(emergency)) {
        const qsizetype eq = value.indexOf(u'=');
        const QString number = value.left(eq).trimmed();
        const QString label = eq < 0 ? QString() : value.mid(eq + 1).trimmed();
        static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ]{2,20}$"));
        if (!phone.match(number).hasMatch() || label.size() > 80) {
            *message = tr("Invalid --emergency-number: %1 (use NUMBER=LABEL, e.g. \"143=La Main Tendue\").")
                           .arg(value);
            return std::nullopt;
        }
        config.routing.emergencyNumbers.append({number, label});
    }
    if (!config.seekerLimits.read(parser, message))
        return std::nullopt;
    if (!config.frontLimits.read(parser, message))
        return std::nullopt;
    if (!config.mail.read(parser, message))
        return std::nullopt;
    if (!protocol::vocab::languages.contains(config.mail.language)) {
        *message = tr("Invalid --mail-language: %1.").arg(config.mail.language);
        return std::nullopt;
    }
    if (!config.phone.read(parser, message))
        return std::nullopt;
    if (config.phone.enabled() && !protocol::vocab::languages.contains(config.phone.language)) {
        *message = tr("Invalid --phone-language: %1.").arg(config.phone.language);
        return std::nullopt;
    }
    for (const QString &language : std::as_const(config.phone.menu)) {
        if (!protocol::vocab::languages.contains(language)) {
            *message = tr("Invalid --phone-menu: %1 is not a language of the line.").arg(language);
            return std::nullopt;
        }
    }
    const QString join = parser.value(supervisorJoin);
    if (join == QLatin1String("never")) {
        config.supervisorJoin = JoinPolicy::Never;
    } else if (join == QLatin1String("always")) {
        config.supervisorJoin = JoinPolicy::Always;
    } else if (join != QLatin1String("urgent")) {
        *message = tr("Invalid --supervisor-join: use never, urgent or always.");
        return std::nullopt;
    }
    const auto positive = [&parser](const QCommandLineOption &option, qint64 *value) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const qint64 parsed = parser.value(option).toLongLong(&ok);
        if (!ok || parsed <= 0 || parsed > INT_MAX)
            return false;
        *value = parsed;
        return true;
    };
    qint64 handshakeMs = config.connectionLimits.handshakeTimeoutMs;
    qint64 idleMs = config.connectionLimits.idleTimeoutMs;
    qint64 queueBytes = config.connectionLimits.maxSendQueueBytes;
    for (const auto &[option, value] :
         {std::pair {&handshakeTimeout, &handshakeMs}, std::pair {&idleTimeout, &idleMs},
          std::pair {&maxSendQueue, &queueBytes}}) {
        if (!positive(*option, value)) {
            *message = tr("Invalid --%1: %2").arg(option->names().constFirst(), parser.value(*option));
            return std::nullopt;
        }
    }
    config.connectionLimits.handshakeTimeoutMs = static_cast<int>(handshakeMs);
    config.connectionLimits.idleTimeoutMs = static_cast<int>(idleMs);
    config.connectionLimits.maxSendQueueBytes = queueBytes;
    *exitCode = 0;
    return config;
}

} // namespace ecoute::server
