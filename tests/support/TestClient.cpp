// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestClient.h"

#include <QDebug>
#include <QJsonArray>
#include <QNetworkRequest>
#include <QTest>

namespace ecoute::testing {

using protocol::Codec;
using protocol::Envelope;

TestClient::TestClient() = default;

TestClient::~TestClient()
{
    if (m_socket) {
        m_socket->disconnect();
        m_socket->abort();
    }
}

bool TestClient::open(const QUrl &url, const QString &origin, int timeoutMs)
{
    close();
    m_inbox.clear();
    m_helloDone = false;
    m_token.clear();
    m_lastError.reset();
    m_route = url.path().endsWith(QLatin1String("/ws/seeker")) ? protocol::Route::ServerToSeeker
                                                               : protocol::Route::ServerToStaff;

    m_socket = std::make_unique<QWebSocket>(origin);
    QWebSocket *socket = m_socket.get();
    QObject::connect(socket, &QWebSocket::textMessageReceived, socket,
                     [this](const QString &text) { receive(text.toUtf8()); });
    QObject::connect(socket, &QWebSocket::binaryMessageReceived, socket,
                     [this](const QByteArray &data) { receive(data); });
#ifndef QT_NO_SSL
    // Test servers use a fresh self-signed certificate: accept it (tests only!).
    QObject::connect(socket, &QWebSocket::sslErrors, socket, [socket] { socket->ignoreSslErrors(); });
#endif
    // The socket may report Unconnected before it starts connecting: wait for
    // the outcome signals, not the state.
    bool finished = false;
    const auto done = [&finished] {
        finished = true;
    };
    const auto c1 = QObject::connect(socket, &QWebSocket::connected, socket, done);
    const auto c2 = QObject::connect(socket, &QWebSocket::disconnected, socket, done);
    const auto c3 =
        QObject::connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), socket, done);
    socket->open(url);
    (void)QTest::qWaitFor([&finished] { return finished; }, timeoutMs);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    QObject::disconnect(c3);
    if (socket->state() != QAbstractSocket::ConnectedState) {
        qWarning() << "TestClient: could not connect to" << url.toString() << socket->errorString();
        return false;
    }
    return true;
}

void TestClient::close()
{
    if (!m_socket)
        return;
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->close();
        waitForDisconnected(5000);
    }
    m_socket->disconnect();
    m_socket.reset();
}

QString TestClient::send(const QString &type, const QJsonObject &body)
{
    Envelope e = Envelope::make(type, body);
    e.id = m_ids.next();
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(Codec::encode(e)));
    return e.id;
}

void TestClient::sendRaw(const QByteArray &frame, bool binary)
{
    if (!m_socket)
        return;
    if (binary)
        m_socket->sendBinaryMessage(frame);
    else
        m_socket->sendTextMessage(QString::fromUtf8(frame));
}

std::optional<Envelope> TestClient::request(const QString &type, const QJsonObject &body, int timeoutMs)
{
    return waitForReply(send(type, body), timeoutMs);
}

void TestClient::receive(const QByteArray &frame)
{
    auto result = Codec::decode(frame, m_route);
    if (Codec::isError(result)) {
        ++m_invalidFrames;
        qWarning() << "TestClient: server sent an invalid frame:"
                   << std::get<protocol::ProtocolError>(result).detail;
        return;
    }
    m_inbox.append(std::get<Envelope>(std::move(result)));
}

std::optional<Envelope> TestClient::take(const std::function<bool(const Envelope &)> &match, int timeoutMs)
{
    std::optional<Envelope> found;
    auto lookup = [&] {
        for (qsizetype i = 0; i < m_inbox.size(); ++i) {
            if (match(m_inbox.at(i))) {
                found = m_inbox.takeAt(i);
                return true;
            }
        }
        return false;
    };
    if (!lookup())
        (void)QTest::qWaitFor(lookup, timeoutMs);
    return found;
}

std::optional<Envelope> TestClient::waitFor(const QString &type, int timeoutMs)
{
    return take([&type](const Envelope &e) { return e.type == type; }, timeoutMs);
}

std::optional<Envelope> TestClient::waitForReply(const QString &id, int timeoutMs)
{
    return take([&id](const Envelope &e) { return e.re == id; }, timeoutMs);
}

std::optional<Envelope> TestClient::waitForError(const QString &code, int timeoutMs)
{
    return take(
        [&code](const Envelope &e) {
            return e.type == QLatin1String("error") && e.body.value(QLatin1String("code")).toString() == code;
        },
        timeoutMs);
}

bool TestClient::hasBuffered(const QString &type) const
{
    for (const Envelope &e : m_inbox) {
        if (e.type == type)
            return true;
    }
    return false;
}

bool TestClient::hello()
{
    const auto reply = request(QStringLiteral("hello"),
                               {{QStringLiteral("versions"), QJsonArray {protocol::kProtocolVersion}},
                                {QStringLiteral("client"), QStringLiteral("ecoute-tests/0.1")}});
    m_helloDone = reply && reply->type == QLatin1String("welcome");
    if (reply && !m_helloDone)
        m_lastError = reply;
    return m_helloDone;
}

bool TestClient::login(const QString &user, const QString &password)
{
    if (!m_helloDone && !hello())
        return false;
    const auto reply = request(QStringLiteral("auth.login"),
                               {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
    if (!reply || reply->type != QLatin1String("auth.ok")) {
        m_lastError = reply;
        return false;
    }
    m_token = reply->body.value(QLatin1String("token")).toString();
    return true;
}

bool TestClient::resume(const QString &token)
{
    if (!m_helloDone && !hello())
        return false;
    const auto reply = request(QStringLiteral("auth.resume"), {{QStringLiteral("token"), token}});
    if (!reply || reply->type != QLatin1String("auth.ok")) {
        m_lastError = reply;
        return false;
    }
    m_token = reply->body.value(QLatin1String("token")).toString();
    return true;
}

bool TestClient::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool TestClient::waitForDisconnected(int timeoutMs)
{
    if (!m_socket)
        return true;
    QWebSocket *socket = m_socket.get();
    return QTest::qWaitFor([socket] { return socket->state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}

int TestClient::closeCode() const
{
    return m_socket ? static_cast<int>(m_socket->closeCode()) : -1;
}

} // namespace ecoute::testing
