// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Codec.h"
#include "protocol/Envelope.h"
#include "protocol/MessageIds.h"

#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QWebSocket>

#include <functional>
#include <memory>
#include <optional>

namespace ecoute::testing {

/// A string field of a received frame's body; empty if there is no frame.
inline QString str(const std::optional<protocol::Envelope> &e, const char *field)
{
    return e ? e->body.value(QLatin1String(field)).toString() : QString();
}

/// A protocol client with blocking helpers for tests: every received frame is
/// decoded and buffered; waitFor() takes the first buffered frame of a type.
class TestClient
{
public:
    static constexpr int kDefaultTimeoutMs = 15000;

    TestClient();
    ~TestClient();
    TestClient(const TestClient &) = delete;
    TestClient &operator=(const TestClient &) = delete;

    /// Connects (replacing any earlier connection). An empty origin sends no
    /// Origin header. For wss the self-signed test certificate is accepted.
    bool open(const QUrl &url, const QString &origin = {}, int timeoutMs = kDefaultTimeoutMs);
    void close();

    /// Sends an envelope and returns its id.
    QString send(const QString &type, const QJsonObject &body = {});
    void sendRaw(const QByteArray &frame, bool binary = false);

    /// Sends and waits for the first frame answering it (re == id), whatever its type.
    std::optional<protocol::Envelope> request(const QString &type, const QJsonObject &body = {},
                                              int timeoutMs = kDefaultTimeoutMs);

    /// Returns and removes the first buffered frame of this type, waiting if needed.
    std::optional<protocol::Envelope> waitFor(const QString &type, int timeoutMs = kDefaultTimeoutMs);
    /// Returns and removes the first buffered frame answering id.
    std::optional<protocol::Envelope> waitForReply(const QString &id, int timeoutMs = kDefaultTimeoutMs);
    /// Returns and removes the first buffered error frame with this code.
    std::optional<protocol::Envelope> waitForError(const QString &code, int timeoutMs = kDefaultTimeoutMs);
    /// True if a frame of this type is buffered right now (no waiting).
    bool hasBuffered(const QString &type) const;
    const QList<protocol::Envelope> &buffered() const { return m_inbox; }
    void clearBuffer() { m_inbox.clear(); }
    /// Frames from the server that did not decode (must stay 0).
    int invalidFrames() const { return m_invalidFrames; }

    /// hello -> welcome.
    bool hello();
    /// hello (if not done yet) + auth.login, waits for auth.ok. The frames that
    /// follow auth.ok (presence.state, snapshots) stay buffered.
    bool login(const QString &user, const QString &password);
    /// hello (if not done yet) + auth.resume with the token of an earlier login.
    bool resume(const QString &token);
    /// Token from the last auth.ok.
    QString token() const { return m_token; }
    /// The last error frame that made hello()/login()/resume() fail.
    std::optional<protocol::Envelope> lastError() const { return m_lastError; }

    bool isConnected() const;
    bool waitForDisconnected(int timeoutMs = kDefaultTimeoutMs);
    /// Close code sent by the server (valid after disconnection).
    int closeCode() const;
    QWebSocket *socket() const { return m_socket.get(); }

private:
    void receive(const QByteArray &frame);
    std::optional<protocol::Envelope> take(const std::function<bool(const protocol::Envelope &)> &match,
                                           int timeoutMs);

    std::unique_ptr<QWebSocket> m_socket;
    protocol::Route m_route = protocol::Route::ServerToStaff;
    protocol::MessageIds m_ids {QStringLiteral("t")};
    QList<protocol::Envelope> m_inbox;
    int m_invalidFrames = 0;
    bool m_helloDone = false;
    QString m_token;
    std::optional<protocol::Envelope> m_lastError;
};

} // namespace ecoute::testing
