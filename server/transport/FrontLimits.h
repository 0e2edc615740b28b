// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace ecoute::server {

/// Bounds of the internet-facing front: what one socket may cost before it is
/// a WebSocket session or has been answered. The defaults are the production
/// values (docs/security.md); admins change them with --max-connections and
/// --max-connections-per-source, tests shorten the times with hidden options.
struct FrontLimits
{
    Q_DECLARE_TR_FUNCTIONS(FrontLimits)

public:
    /// From accept to the end of the TLS handshake.
    int tlsHandshakeTimeoutMs = 10 * 1000;
    /// From the end of the TLS handshake (or the previous response) to the
    /// end of a request's head: a request that drips in is cut here, however
    /// steadily it drips.
    int requestHeadTimeoutMs = 10 * 1000;
    /// How long an answered HTTP connection may stay open waiting for another request.
    int keepAliveIdleMs = 5 * 1000;
    /// Request line plus headers, in bytes, and the number of header lines.
    int maxHeadBytes = 16 * 1024;
    int maxHeaderCount = 64;
    /// Requests served on one keep-alive connection before it is closed.
    int maxRequestsPerConnection = 100;
    /// Open sockets in total (0: derived from the descriptor limit) and from one source.
    int maxConnections = 0;
    int maxConnectionsPerSource = 256;
    /// After accept() fails for lack of descriptors or memory, accepting
    /// resumes after this pause (never a busy loop).
    int acceptRetryMs = 250;
    /// Hidden (tests): count loopback peers per source too, here and in the
    /// staff login limits. Off by default: a
    /// reverse proxy on the same host makes every peer look like loopback.
    bool limitLoopback = false;

    /// Adds --max-connections, --max-connections-per-source and the hidden
    /// test options (call before parsing).
    static void addOptions(QCommandLineParser &parser);
    /// Reads them after parsing; false with *error if a value is out of range.
    bool read(const QCommandLineParser &parser, QString *error);
};

} // namespace ecoute::server
