// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawPeer.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

namespace ecoute::testing {

RawPeer::RawPeer(const QHostAddress &from)
{
    if (!from.isNull())
        m_socket.bind(from);
    m_socket.setPeerVerifyMode(QSslSocket::VerifyNone);
}

bool RawPeer::connectPlain(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return m_socket.waitForConnected(timeoutMs);
}

bool RawPeer::connectTls(quint16 port, int timeoutMs)
{
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    return QTest::qWaitFor(
               [this] {
                   return m_socket.isEncrypted() || m_socket.state() == QAbstractSocket::UnconnectedState;
               },
               timeoutMs)
        && m_socket.isEncrypted();
}

void RawPeer::write(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

QByteArray RawPeer::read(int timeoutMs)
{
    (void)QTest::qWaitFor([this] { return m_socket.bytesAvailable() > 0 || !isConnected(); }, timeoutMs);
    return m_socket.readAll();
}

QByteArray RawPeer::readUntilClosed(int timeoutMs)
{
    QByteArray all;
    (void)QTest::qWaitFor(
        [&] {
            all += m_socket.readAll();
            return !isConnected();
        },
        timeoutMs);
    return all + m_socket.readAll();
}

bool RawPeer::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor([this] { return !isConnected(); }, timeoutMs);
}

bool RawPeer::upgrade(const QByteArray &path, const QByteArray &origin, int timeoutMs)
{
    QByteArray key(16, Qt::Uninitialized);
    for (char &c : key)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_socket.peerPort())
          + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
          + key.toBase64() + "\r\nOrigin: " + origin + "\r\n\r\n");
    QByteArray response;
    (void)QTest::qWaitFor(
        [&] {
            response += m_socket.readAll();
            return response.contains("\r\n\r\n") || !isConnected();
        },
        timeoutMs);
    return response.startsWith("HTTP/1.1 101");
}

void RawPeer::sendText(const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x81)); // FIN + text
    const qsizetype n = payload.size();
    if (n < 126) {
        frame.append(char(0x80 | n));
    } else if (n < 65536) {
        frame.append(char(0x80 | 126));
        frame.append(char(n >> 8));
        frame.append(char(n & 0xff));
    } else {
        frame.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((quint64(n) >> shift) & 0xff));
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    const char maskBytes[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
    frame.append(maskBytes, 4);
    for (qsizetype i = 0; i < n; ++i)
        frame.append(char(payload.at(i) ^ maskBytes[i % 4]));
    write(frame);
}

void RawPeer::stopReading()
{
    m_socket.setReadBufferSize(1);
}

QList<RawPeer::Frame> RawPeer::takeFrames(QByteArray &bytes)
{
    QList<Frame> frames;
    for (;;) {
        if (bytes.size() < 2)
            break;
        const auto b = [&](qsizetype i) {
            return quint8(bytes.at(i));
        };
        qsizetype header = 2;
        quint64 length = b(1) & 0x7f;
        if (length == 126) {
            if (bytes.size() < 4)
                break;
            length = (quint64(b(2)) << 8) | b(3);
            header = 4;
        } else if (length == 127) {
            if (bytes.size() < 10)
                break;
            length = 0;
            for (int i = 2; i < 10; ++i)
                length = (length << 8) | b(i);
            header = 10;
        }
        if (quint64(bytes.size() - header) < length)
            break;
        frames.append({b(0) & 0x0f, bytes.mid(header, qsizetype(length))});
        bytes.remove(0, header + qsizetype(length));
    }
    return frames;
}

ProcessFigures ProcessFigures::of(qint64 pid)
{
    ProcessFigures figures;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                figures.rssKiB = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        // Fields after the command name (which may hold spaces) start after ") ".
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        figures.cpuTicks = fields.value(11).toLongLong() + fields.value(12).toLongLong(); // utime, stime
    }
    return figures;
}

} // namespace ecoute::testing
