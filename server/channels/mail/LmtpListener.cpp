// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/LmtpListener.h"

#include "server/channels/mail/MailConfig.h"
#include "server/channels/mail/MailIntake.h"
#include "server/core/Logging.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace ecoute::server {

namespace {
constexpr qsizetype kMaxCommandLine = 1000; ///< bytes, CRLF included
constexpr int kMaxRecipients = 10;
constexpr int kMaxErrors = 10; ///< bad commands before the connection is dropped
constexpr int kIdleMs = 60 * 1000;
/// However it trickles, one connection ends after this: a slow peer cannot hold a slot for hours.
constexpr int kLifetimeMs = 30 * 60 * 1000;
constexpr qint64 kReadChunk = 64 * 1024; ///< the socket buffers no more than this while we wait
constexpr qint64 kMaxBacklog = 64 * 1024; ///< unread answers: stop reading commands until they leave

/// "<address>" after a "MAIL FROM:" or "RCPT TO:" prefix; false when there are no angle brackets.
bool pathOf(const QByteArray &rest, QByteArray *path, QByteArray *parameters)
{
    const QByteArray trimmed = rest.trimmed();
    if (!trimmed.startsWith('<'))
        return false;
    const qsizetype close = trimmed.indexOf('>');
    if (close < 0)
        return false;
    *path = trimmed.mid(1, close - 1);
    *parameters = trimmed.mid(close + 1).trimmed();
    return true;
}
} // namespace

/// One connection from the MTA: reads commands line by line, a message up to its final dot, and
/// answers each recipient once the message is stored. It reads nothing more while a message is being
/// stored or its answers are not yet sent, so a peer cannot make it buffer without limit.
class LmtpSession : public QObject
{
public:
    LmtpSession(QTcpSocket *socket, MailIntake &intake, const MailConfig &config, QObject *parent)
        : QObject(parent), m_socket(socket), m_intake(intake), m_config(config)
    {
        m_socket->setParent(this);
        m_socket->setReadBufferSize(kReadChunk);
        m_idle.setSingleShot(true);
        m_idle.setInterval(kIdleMs);
        connect(&m_idle, &QTimer::timeout, this, [this] { close("421 4.4.2 Idle for too long"); });
        m_lifetime.setSingleShot(true);
        connect(&m_lifetime, &QTimer::timeout, this, [this] { close("421 4.4.2 Connected for too long"); });
        m_lifetime.start(kLifetimeMs);
        connect(m_socket, &QTcpSocket::readyRead, this, &LmtpSession::readInput);
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_socket->bytesToWrite() == 0 && m_closing)
                m_socket->disconnectFromHost();
            else if (m_socket->bytesToWrite() < kMaxBacklog)
                readInput();
        });
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                deleteLater();
        });
        reply("220 " + greetingName() + " LMTP ready");
        m_idle.start();
    }

private:
    enum class State {
        Greeted, ///< waiting for LHLO
        Ready, ///< waiting for MAIL
        Recipients, ///< after MAIL: RCPT, then DATA
        Data, ///< reading the message
        Storing, ///< the message is with MailIntake
    };

    QByteArray greetingName() const
    {
        // The name the line greets its SMTP server with, else the domain of its address.
        QString name = m_config.smtpUrl.path().mid(1);
        if (name.isEmpty())
            name = m_config.address.section(u'@', 1);
        name.remove(QChar(u'\r')).remove(QChar(u'\n'));
        return name.isEmpty() ? QByteArray("localhost") : name.toUtf8();
    }

    void reply(const QByteArray &line) { m_socket->write(line + "\r\n"); }

    void close(const QByteArray &line)
    {
        if (m_closing)
            return;
        m_closing = true;
        m_idle.stop();
        reply(line);
        m_socket->disconnectFromHost(); // after what is written has left
    }

    void readInput()
    {
        while (!m_closing && m_state != State::Storing && m_socket->bytesToWrite() < kMaxBacklog) {
            if (!takeLine()) {
                if (m_socket->bytesAvailable() == 0)
                    return;
                m_buffer += m_socket->read(kReadChunk);
                m_idle.start();
            }
        }
    }

    /// Handles one complete line from the buffer; false when the buffer holds none.
    bool takeLine()
    {
        const qsizetype end = m_buffer.indexOf('\n');
        if (m_state == State::Data)
            return takeDataLine(end);
        if (end < 0) {
            if (m_buffer.size() > kMaxCommandLine) {
                qCWarning(lcMail) << "LMTP: a command line over" << kMaxCommandLine
                                  << "bytes; connection closed";
                close("500 5.5.2 Line too long");
                return true;
            }
            return false;
        }
        if (end + 1 > kMaxCommandLine) {
            qCWarning(lcMail) << "LMTP: a command line over" << kMaxCommandLine << "bytes; connection closed";
            close("500 5.5.2 Line too long");
            return true;
        }
        QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        command(line);
        return true;
    }

    bool takeDataLine(qsizetype end)
    {
        if (end < 0) {
            // A line longer than any command: keep what came so far, it cannot be the final dot.
            if (m_buffer.size() <= kMaxCommandLine)
                return false;
            QByteArray part = m_buffer;
            m_buffer.clear();
            if (part.endsWith('\r')) {
                part.chop(1); // it may start the line's CRLF
                m_buffer = "\r";
            }
            if (m_lineStart && part.startsWith('.'))
                part.remove(0, 1);
            append(part);
            m_lineStart = false;
            return true;
        }
        QByteArray line = m_buffer.left(end + 1);
        m_buffer.remove(0, end + 1);
        if (m_lineStart && (line == ".\r\n" || line == ".\n")) {
            endOfData();
            return true;
        }
        if (m_lineStart && line.startsWith('.'))
            line.remove(0, 1); // dot-stuffing
        if (!line.endsWith("\r\n")) {
            line.chop(1);
            line += "\r\n";
        }
        append(line);
        m_lineStart = true;
        return true;
    }

    void append(const QByteArray &bytes)
    {
        m_size += bytes.size();
        if (m_size > m_config.maxMessageBytes) {
            m_oversized = true;
            m_message = QByteArray(); // read on to the final dot, keep nothing
            return;
        }
        m_message += bytes;
    }

    void command(const QByteArray &line)
    {
        const QByteArray upper = line.toUpper();
        const QByteArray verb = upper.left(upper.indexOf(' ') < 0 ? upper.size() : upper.indexOf(' '));
        if (verb == "LHLO") {
            if (line.size() <= 5) {
                error("501 5.5.4 LHLO needs a name");
                return;
            }
            resetTransaction();
            m_state = State::Ready;
            reply("250-" + greetingName());
            reply("250-SIZE " + QByteArray::number(m_config.maxMessageBytes));
            reply("250-8BITMIME");
            reply("250-PIPELINING");
            reply("250 ENHANCEDSTATUSCODES");
        } else if (upper.startsWith("MAIL FROM:")) {
            mailFrom(line.mid(10));
        } else if (upper.startsWith("RCPT TO:")) {
            rcptTo(line.mid(8));
        } else if (upper.trimmed() == "DATA") {
            if (m_state != State::Recipients || m_recipients == 0) {
                error("503 5.5.1 No valid recipients");
                return;
            }
            m_state = State::Data;
            m_lineStart = true;
            m_size = m_returnPath.size();
            reply("354 Start mail input; end with <CRLF>.<CRLF>");
        } else if (verb == "RSET") {
            resetTransaction();
            if (m_state != State::Greeted)
                m_state = State::Ready;
            reply("250 2.0.0 OK");
        } else if (verb == "NOOP") {
            reply("250 2.0.0 OK");
        } else if (verb == "QUIT") {
            close("221 2.0.0 Bye");
        } else {
            error("500 5.5.1 Command unrecognized");
        }
    }

    void mailFrom(const QByteArray &rest)
    {
        if (m_state != State::Ready) {
            error("503 5.5.1 Bad sequence of commands");
            return;
        }
        QByteArray path;
        QByteArray parameters;
        if (!pathOf(rest, &path, &parameters)) {
            error("501 5.5.4 Syntax: MAIL FROM:<address>");
            return;
        }
        for (const QByteArray &parameter : parameters.split(' ')) {
            if (parameter.toUpper().startsWith("SIZE=")
                && parameter.mid(5).toLongLong() > m_config.maxMessageBytes) {
                qCInfo(lcMail) << "LMTP: a message announced over --mail-max-bytes was refused";
                reply("552 5.3.4 Message too big");
                return;
            }
        }
        // As an MTA does at final delivery: a null sender marks the message as automatic.
        m_returnPath = "Return-Path: <" + path + ">\r\n";
        m_state = State::Recipients;
        reply("250 2.1.0 OK");
    }

    void rcptTo(const QByteArray &rest)
    {
        if (m_state != State::Recipients) {
            error("503 5.5.1 Bad sequence of commands");
            return;
        }
        QByteArray path;
        QByteArray parameters;
        if (!pathOf(rest, &path, &parameters)) {
            error("501 5.5.4 Syntax: RCPT TO:<address>");
            return;
        }
        if (m_config.address.isEmpty()
            || QString::fromUtf8(path).compare(m_config.address, Qt::CaseInsensitive) != 0) {
            qCInfo(lcMail) << "LMTP: a recipient other than the line's address was refused";
            reply("550 5.1.1 No such mailbox here");
            return;
        }
        if (m_recipients >= kMaxRecipients) {
            reply("452 4.5.3 Too many recipients");
            return;
        }
        ++m_recipients;
        reply("250 2.1.5 OK");
    }

    void endOfData()
    {
        const int recipients = m_recipients;
        if (m_oversized) {
            qCWarning(lcMail) << "LMTP: a message over" << m_config.maxMessageBytes
                              << "bytes (--mail-max-bytes) was refused";
            for (int i = 0; i < recipients; ++i)
                reply("552 5.3.4 Message too big");
            resetTransaction();
            m_state = State::Ready;
            return;
        }
        const QByteArray raw = m_returnPath + m_message;
        resetTransaction();
        m_state = State::Storing;
        m_idle.stop(); // the time is ours, not the peer's
        QPointer<LmtpSession> self(this);
        m_intake.takeIn(raw, [self, recipients, size = raw.size()](bool stored) {
            if (!self)
                return; // the MTA left: it did not get 250 and keeps the message
            // Answered from the event loop, never from inside the intake's call.
            QMetaObject::invokeMethod(
                self.data(), [self, recipients, size, stored] { self->storedAs(recipients, size, stored); },
                Qt::QueuedConnection);
        });
    }

    void storedAs(int recipients, qsizetype size, bool stored)
    {
        if (stored)
            qCInfo(lcMail) << "LMTP: a message of" << size << "bytes was accepted";
        else
            qCWarning(lcMail) << "LMTP: a message could not be stored; the mail server keeps it";
        for (int i = 0; i < recipients; ++i)
            reply(stored ? QByteArray("250 2.0.0 stored") : QByteArray("451 4.3.0 try again later"));
        m_state = State::Ready;
        m_idle.start();
        readInput();
    }

    void error(const QByteArray &line)
    {
        if (++m_errors > kMaxErrors) {
            qCWarning(lcMail) << "LMTP: too many bad commands; connection closed";
            close("421 4.7.0 Too many errors");
            return;
        }
        reply(line);
    }

    void resetTransaction()
    {
        m_returnPath.clear();
        m_recipients = 0;
        m_message = QByteArray();
        m_size = 0;
        m_oversized = false;
    }

    QTcpSocket *m_socket;
    MailIntake &m_intake;
    const MailConfig &m_config;
    QTimer m_idle;
    QTimer m_lifetime;
    QByteArray m_buffer;
    State m_state = State::Greeted;
    bool m_closing = false;
    int m_errors = 0;
    // The transaction under way.
    QByteArray m_returnPath;
    int m_recipients = 0;
    QByteArray m_message;
    qint64 m_size = 0;
    bool m_oversized = false;
    bool m_lineStart = true;
};

LmtpListener::LmtpListener(MailIntake &intake, const MailConfig &config, QObject *parent)
    : QObject(parent), m_intake(intake), m_config(config), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LmtpListener::onNewConnection);
}

LmtpListener::~LmtpListener() = default;

bool LmtpListener::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_server->listen(address, port)) {
        *error = tr("Cannot receive mail over LMTP on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(m_server->errorString());
        return false;
    }
    qCInfo(lcMail) << "receiving mail over LMTP on" << address.toString() << "port" << m_server->serverPort();
    return true;
}

void LmtpListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_sessions >= kMaxConnections) {
            qCWarning(lcMail) << "LMTP: more than" << kMaxConnections << "connections; one refused";
            socket->write("421 4.3.2 Too many connections, try again later\r\n");
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            if (socket->state() == QAbstractSocket::UnconnectedState)
                socket->deleteLater();
            continue;
        }
        ++m_sessions;
        auto *session = new LmtpSession(socket, m_intake, m_config, this);
        connect(session, &QObject::destroyed, this, [this] { --m_sessions; });
    }
}

} // namespace ecoute::server
