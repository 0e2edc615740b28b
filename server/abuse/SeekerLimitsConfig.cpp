// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/abuse/SeekerLimitsConfig.h"

#include <QCommandLineParser>

namespace ecoute::server {

namespace {
const QString kMaxWaiting = QStringLiteral("seeker-max-waiting");
const QString kNewPerWindow = QStringLiteral("seeker-new-per-window");
const QString kWindowSeconds = QStringLiteral("seeker-window-seconds");
const QString kUrgentPerSource = QStringLiteral("seeker-urgent-per-source");
const QString kMessageBurst = QStringLiteral("seeker-message-burst");
const QString kMessagesPerMinute = QStringLiteral("seeker-messages-per-minute");
const QString kPageGraceSeconds = QStringLiteral("seeker-page-grace-seconds");
const QString kPageGraceMs = QStringLiteral("seeker-page-grace-ms"); // hidden, tests
const QString kLimitLoopback = QStringLiteral("seeker-limits-loopback"); // hidden, tests
} // namespace

void SeekerLimitsConfig::addOptions(QCommandLineParser &parser)
{
    const SeekerLimitsConfig d;
    const auto option = [&parser](const QString &name, const QString &help, const QString &value, int def) {
        parser.addOption(QCommandLineOption(name, help, value, QString::number(def)));
    };
    option(kMaxWaiting,
           tr("Help-seeker contacts one source (address) may have waiting at once (default %1).")
               .arg(d.maxWaitingPerSource),
           tr("n"), d.maxWaitingPerSource);
    option(kNewPerWindow,
           tr("New help-seeker contacts one source may start per window (default %1).").arg(d.newPerWindow),
           tr("n"), d.newPerWindow);
    option(kWindowSeconds,
           tr("The window of --seeker-new-per-window, in seconds (default %1).").arg(d.windowSeconds),
           tr("seconds"), d.windowSeconds);
    option(kUrgentPerSource,
           tr("Waiting contacts of one source that may go first as \"in danger now\"; further ones wait "
              "in the normal order (default %1).")
               .arg(d.urgentPerSource),
           tr("n"), d.urgentPerSource);
    option(kMessageBurst, tr("Messages a help-seeker may send at once (default %1).").arg(d.messageBurst),
           tr("n"), d.messageBurst);
    option(kMessagesPerMinute,
           tr("Messages a help-seeker may send per minute after that burst (default %1).")
               .arg(d.messagesPerMinute),
           tr("n"), d.messagesPerMinute);
    option(kPageGraceSeconds,
           tr("A waiting contact whose chat page is gone leaves the queue after this many seconds, "
              "unless the page comes back (default %1).")
               .arg(d.pageGraceMs / 1000),
           tr("seconds"), d.pageGraceMs / 1000);
    QCommandLineOption graceMs(kPageGraceMs, QString(), tr("ms"));
    QCommandLineOption loopback(kLimitLoopback);
    for (QCommandLineOption *hidden : {&graceMs, &loopback}) {
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*hidden);
    }
}

bool SeekerLimitsConfig::read(const QCommandLineParser &parser, QString *error)
{
    const auto bounded = [&](const QString &name, int min, int max, int *value) {
        bool ok = false;
        const int parsed = parser.value(name).toInt(&ok);
        if (!ok || parsed < min || parsed > max) {
            *error = tr("Invalid --%1: give %2 to %3.").arg(name).arg(min).arg(max);
            return false;
        }
        *value = parsed;
        return true;
    };
    int graceSeconds = 0;
    if (!bounded(kMaxWaiting, 1, 100'000, &maxWaitingPerSource)
        || !bounded(kNewPerWindow, 1, 100'000, &newPerWindow)
        || !bounded(kWindowSeconds, 1, 86'400, &windowSeconds)
        || !bounded(kUrgentPerSource, 0, 100'000, &urgentPerSource)
        || !bounded(kMessageBurst, 1, 10'000, &messageBurst)
        || !bounded(kMessagesPerMinute, 1, 60'000, &messagesPerMinute)
        || !bounded(kPageGraceSeconds, 1, 3600, &graceSeconds))
        return false;
    pageGraceMs = graceSeconds * 1000;
    if (parser.isSet(kPageGraceMs) && !bounded(kPageGraceMs, 100, 3'600'000, &pageGraceMs))
        return false;
    limitLoopback = parser.isSet(kLimitLoopback);
    return true;
}

} // namespace ecoute::server
