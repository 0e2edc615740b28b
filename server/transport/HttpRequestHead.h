// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <optional>

namespace ecoute::server {

/// The request line and headers of one HTTP/1.x request, parsed with
/// Node's http-parser (libhttp-parser). Nothing on this port takes a body,
/// so the head is all that is ever read.
struct HttpRequestHead
{
    enum class Method { Get, Head, Other };
    enum class Problem {
        None,
        Malformed, ///< not HTTP/1.x as http-parser reads it
        TooManyHeaders,
        HasBody, ///< Content-Length above 0 or any Transfer-Encoding
    };

    Method method = Method::Other;
    QByteArray target; ///< as sent: "/path?query"
    int versionMinor = 1;
    QList<QPair<QByteArray, QByteArray>> headers; ///< names lower-cased
    bool keepAlive = false;
    bool upgrade = false;
    Problem problem = Problem::None;

    /// First value of a header (name in lower case), or empty.
    QByteArray value(const QByteArray &lowerName) const;
    /// "websocket" in Upgrade and an HTTP/1.1 GET: for QWebSocketServer to answer.
    bool isWebSocketUpgrade() const;
    /// The path of the target, without query.
    QByteArray path() const;

    /// Length of the head at the start of data (through the empty line), or
    /// nullopt if it has not fully arrived yet.
    static std::optional<qsizetype> headLength(QByteArrayView data);
    /// Parses a complete head (headLength() bytes).
    static HttpRequestHead parse(QByteArrayView head, int maxHeaders);
};

} // namespace ecoute::server
