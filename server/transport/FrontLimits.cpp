// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/FrontLimits.h"

#include <QCommandLineParser>

namespace ecoute::server {

namespace {
const QString kMaxConnections = QStringLiteral("max-connections");
const QString kMaxPerSource = QStringLiteral("max-connections-per-source");
// Hidden, for tests: shorter deadlines and per-source limits on loopback.
const QString kTlsHandshakeMs = QStringLiteral("tls-handshake-timeout-ms");
const QString kRequestHeadMs = QStringLiteral("request-head-timeout-ms");
const QString kKeepAliveMs = QStringLiteral("keep-alive-ms");
const QString kLimitLoopback = QStringLiteral("connection-limits-loopback");
} // namespace

void FrontLimits::addOptions(QCommandLineParser &parser)
{
    const FrontLimits d;
    parser.addOption(QCommandLineOption(
        kMaxConnections,
        tr("Open connections in all (0, the default: as many as the open-file limit allows, at most 10000)."),
        tr("n"), QStringLiteral("0")));
    parser.addOption(QCommandLineOption(
        kMaxPerSource,
        tr("Open connections from one address (an IPv6 /64) at once (default %1). Loopback is not counted.")
            .arg(d.maxConnectionsPerSource),
        tr("n"), QString::number(d.maxConnectionsPerSource)));
    QCommandLineOption handshake(kTlsHandshakeMs, QString(), tr("ms"));
    QCommandLineOption head(kRequestHeadMs, QString(), tr("ms"));
    QCommandLineOption keepAlive(kKeepAliveMs, QString(), tr("ms"));
    QCommandLineOption loopback(kLimitLoopback);
    for (QCommandLineOption *hidden : {&handshake, &head, &keepAlive, &loopback}) {
        hidden->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*hidden);
    }
}

bool FrontLimits::read(const QCommandLineParser &parser, QString *error)
{
    const auto number = [&](const QString &name, int min, int *out) {
        if (parser.value(name).isEmpty())
            return true;
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value < min) {
            *error = tr("--%1 must be a whole number of at least %2").arg(name).arg(min);
            return false;
        }
        *out = value;
        return true;
    };
    limitLoopback = parser.isSet(kLimitLoopback);
    return number(kMaxConnections, 0, &maxConnections) && number(kMaxPerSource, 1, &maxConnectionsPerSource)
        && number(kTlsHandshakeMs, 1, &tlsHandshakeTimeoutMs)
        && number(kRequestHeadMs, 1, &requestHeadTimeoutMs) && number(kKeepAliveMs, 1, &keepAliveIdleMs);
}

} // namespace ecoute::server
