// SPDX-License-Identifier: GPL-3.0-or-later
// Session and Connection against a small in-process fake server: login errors,
// password wiping, automatic reconnect with auth.resume, expired sessions.

#include "models/connection/Session.h"
#include "protocol/Codec.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

using ecoute::models::CertificatePins;
using ecoute::models::Connection;
using ecoute::models::ServerAddress;
using ecoute::models::Session;
using ecoute::protocol::Codec;
using ecoute::protocol::Envelope;
using ecoute::protocol::Route;

namespace {
constexpr int kTimeout = 15000;

/// Just enough of the staff endpoint: hello, auth.login, auth.resume.
class FakeServer : public QObject
{
public:
    FakeServer() : m_server(QStringLiteral("fake"), QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                m_socket = socket;
                connect(socket, &QWebSocket::textMessageReceived, this,
                        [this, socket](const QString &text) { answer(socket, text.toUtf8()); });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort())); }
    void dropConnection()
    {
        if (m_socket)
            m_socket->abort();
    }

    int connections = 0;
    QStringList received;
    QString validToken = QStringLiteral("ab").repeated(32);
    bool acceptResume = true;

private:
    void answer(QWebSocket *socket, const QByteArray &frame)
    {
        const auto decoded = Codec::decode(frame, Route::StaffToServer);
        QVERIFY(!Codec::isError(decoded));
        const Envelope in = std::get<Envelope>(decoded);
        received.append(in.type);
        Envelope out;
        if (in.type == QLatin1String("hello")) {
            out = Envelope::make("welcome", {{"version", 1}, {"server", "fake"}, {"limits", QJsonObject {}}},
                                 in.id);
        } else if (in.type == QLatin1String("auth.login")) {
            const bool ok = in.body.value("user").toString() == QLatin1String("volunteer")
                && in.body.value("password").toString() == QLatin1String("secret");
            out = ok ? authOk(in.id)
                     : Envelope::make("error", {{"code", "bad_credentials"}, {"message", "no"}}, in.id);
        } else if (in.type == QLatin1String("auth.resume")) {
            const bool ok = acceptResume && in.body.value("token").toString() == validToken;
            out = ok ? authOk(in.id)
                     : Envelope::make("error", {{"code", "session_expired"}, {"message", "no"}}, in.id);
        } else {
            return;
        }
        out.id = QStringLiteral("s-%1").arg(++m_ids);
        socket->sendTextMessage(QString::fromUtf8(Codec::encode(out)));
    }

    Envelope authOk(const QString &re) const
    {
        return Envelope::make("auth.ok",
                              {{"token", validToken},
                               {"expiresAt", "2030-01-01T00:00:00Z"},
                               {"user", "volunteer"},
                               {"role", "volunteer"}},
                              re);
    }

    QWebSocketServer m_server;
    QPointer<QWebSocket> m_socket;
    int m_ids = 0;
};

/// A Connection + Session wired the way Workstation wires them.
struct Client
{
    Client()
        : settings(dir.filePath("pins.ini"), QSettings::IniFormat), pins(settings), connection(pins),
          session(connection)
    {
        QObject::connect(&connection, &Connection::envelopeReceived, &session,
                         [this](const Envelope &e) { session.handle(e); });
    }
    QTemporaryDir dir;
    QSettings settings;
    CertificatePins pins;
    Connection connection;
    Session session;
};
} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void wrongPasswordThenRight()
    {
        FakeServer server;
        Client client;
        QSignalSpy failed(&client.session, &Session::loginFailed);
        QSignalSpy loggedIn(&client.session, &Session::loggedIn);
        const ServerAddress address = ServerAddress::parse(server.url().toString());

        QString password = QStringLiteral("wrong");
        client.session.login(address, "volunteer", password);
        QVERIFY(password.isEmpty()); // taken over and wiped by the session
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("Wrong user name or password."));
        QCOMPARE(client.session.state(), Session::State::LoggedOut);

        password = QStringLiteral("secret");
        client.session.login(address, "volunteer", password);
        QTRY_COMPARE_WITH_TIMEOUT(loggedIn.count(), 1, kTimeout);
        QVERIFY(client.session.isLoggedIn());
        QCOMPARE(client.session.user(), QStringLiteral("volunteer"));
        QCOMPARE(client.session.role(), std::optional(ecoute::protocol::Role::Volunteer));
        // A failed login drops the link (no unauthenticated connection idles on the server);
        // the second attempt opened a fresh one.
        QCOMPARE(server.connections, 2);
    }

    void reconnectsAndResumes()
    {
        FakeServer server;
        Client client;
        QSignalSpy resumed(&client.session, &Session::resumed);
        QSignalSpy lost(&client.connection, &Connection::connectionLost);
        QString password = QStringLiteral("secret");
        client.session.login(ServerAddress::parse(server.url().toString()), "volunteer", password);
        QTRY_VERIFY_WITH_TIMEOUT(client.session.isLoggedIn(), kTimeout);

        server.dropConnection();
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, kTimeout);
        QCOMPARE(client.session.state(), Session::State::Resuming);
        QTRY_COMPARE_WITH_TIMEOUT(resumed.count(), 1, kTimeout);
        QCOMPARE(server.connections, 2);
        QCOMPARE(server.received.count("auth.login"), 1);
        QCOMPARE(server.received.count("auth.resume"), 1);
        QVERIFY(client.session.isLoggedIn());
    }

    void expiredSessionAsksToLogInAgain()
    {
        FakeServer server;
        Client client;
        QSignalSpy expired(&client.session, &Session::sessionExpired);
        QString password = QStringLiteral("secret");
        client.session.login(ServerAddress::parse(server.url().toString()), "volunteer", password);
        QTRY_VERIFY_WITH_TIMEOUT(client.session.isLoggedIn(), kTimeout);

        server.acceptResume = false;
        server.dropConnection();
        QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, kTimeout);
        QVERIFY(!expired.first().at(0).toString().isEmpty());
        QCOMPARE(client.session.state(), Session::State::LoggedOut);
    }

    void retryDelayDoublesUpToTenSeconds()
    {
        Client client;
        // Nothing listens on this port: every attempt fails and the delay grows.
        QSignalSpy unreachable(&client.connection, &Connection::unreachable);
        QCOMPARE(client.connection.nextRetryDelayMs(), Connection::initialRetryDelayMs);
        client.connection.open(ServerAddress::parse(QStringLiteral("ws://127.0.0.1:1")));
        QTRY_VERIFY_WITH_TIMEOUT(unreachable.count() >= 2, kTimeout);
        QVERIFY(client.connection.nextRetryDelayMs() >= 2 * Connection::initialRetryDelayMs);
        QVERIFY(client.connection.nextRetryDelayMs() <= Connection::maxRetryDelayMs);
        client.connection.close();
        QCOMPARE(client.connection.state(), Connection::State::Closed);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
