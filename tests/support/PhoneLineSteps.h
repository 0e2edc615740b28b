// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerProcess.h"
#include "SipPeer.h"
#include "TestClient.h"

#include <QFile>
#include <QTcpServer>
#include <QUdpSocket>

/// Steps the tests of the server's phone line share: a server that answers calls, workstation
/// phones that trust its certificate, a call rung and accepted, the call.state a test waits for.
namespace ecoute::testing::phoneline {

/// A port free now on loopback (UDP for the trunk side, TCP for SIP over TLS).
inline quint16 freePort(bool udp)
{
    if (udp) {
        QUdpSocket socket;
        socket.bind(QHostAddress::LocalHost, 0);
        return socket.localPort();
    }
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

/// serve options for a phone line on sipPort, its bridge the test build's, RTP in rtpPorts
/// (a range per test file: ctest runs them side by side).
inline QStringList phoneArguments(quint16 sipPort, const QString &rtpPorts)
{
    return {QStringLiteral("--sip-listen"),   QStringLiteral("127.0.0.1:%1").arg(sipPort),
            QStringLiteral("--sip-tls-port"), QString::number(freePort(false)),
            QStringLiteral("--rtp-ports"),    rtpPorts,
            QStringLiteral("--voice-binary"), QStringLiteral(ECOUTE_VOICE_BINARY)};
}

inline QString lineUri(quint16 sipPort)
{
    return QStringLiteral("sip:line@127.0.0.1:%1").arg(sipPort);
}

/// A workstation's phone (baresip) that dials the bridge over TLS with SRTP, pinned to the server.
inline SipPeer::Options staffPhone(const ServerProcess &server, const QString &name, double toneHz)
{
    SipPeer::Options options;
    options.name = name;
    options.address = QStringLiteral("sip:%1@127.0.0.1").arg(name);
    options.toneHz = toneHz;
    options.srtpMandatory = true;
    options.caFile = server.dataDir() + QStringLiteral("/tls/server.crt");
    return options;
}

/// What call.connect says to dial.
inline QString staffUri(const protocol::Envelope &connect)
{
    return QStringLiteral("sip:%1@127.0.0.1:%2;transport=tls")
        .arg(connect.text("token"))
        .arg(connect.body.value(QLatin1String("sipTlsPort")).toInt());
}

/// The contact an offer or contact frame names.
inline QString contactOf(const std::optional<protocol::Envelope> &e)
{
    if (!e)
        return {};
    const QJsonObject contact = e->body.value(QLatin1String("contact")).toObject();
    return contact.isEmpty() ? e->text("contactId") : contact.value(QLatin1String("id")).toString();
}

/// The caller dials the line and the volunteer accepts the phone contact offered; its id.
inline QString ringAndAccept(SipPeer &caller, quint16 sipPort, TestClient &volunteer)
{
    if (!caller.dial(lineUri(sipPort)))
        return {};
    const QString contactId = contactOf(volunteer.waitFor(QStringLiteral("offer")));
    if (contactId.isEmpty() || !caller.waitEstablished())
        return {};
    const auto open =
        volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), contactId}});
    return open && open->type == QLatin1String("conversation.open") ? contactId : QString();
}

/// The next call.state with this state (others on the way are skipped).
inline std::optional<protocol::Envelope> waitCallState(TestClient &client, const QString &state)
{
    for (int i = 0; i < 6; ++i) {
        auto e = client.waitFor(QStringLiteral("call.state"));
        if (!e || e->text("state") == state)
            return e;
    }
    return std::nullopt;
}

/// The bridge the server started: its child process named ecoute-voice (0 if none).
inline qint64 bridgePid(qint64 serverPid)
{
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(serverPid));
    if (!children.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &pid : children.readAll().split(' ')) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(QString::fromLatin1(pid.trimmed())));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "ecoute-voice")
            return pid.trimmed().toLongLong();
    }
    return 0;
}

} // namespace ecoute::testing::phoneline
