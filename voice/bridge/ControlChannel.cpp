// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/ControlChannel.h"

#include "protocol/Codec.h"
#include "voice/bridge/Log.h"
#include "voice/bridge/Telephony.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace ecoute::voice {

namespace {

constexpr int kIn = STDIN_FILENO;
constexpr int kOut = STDOUT_FILENO;

/// Sets O_NONBLOCK and returns the flags to restore (a terminal is shared with the shell).
int setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    return flags;
}

} // namespace

ControlChannel::ControlChannel(MessageHandler onMessage, LostHandler onLost)
    : m_onMessage(std::move(onMessage)), m_onLost(std::move(onLost))
{
}

ControlChannel::~ControlChannel()
{
    stopReading();
    if (m_writeWatched)
        fd_close(kOut);
    if (m_inFlags >= 0)
        ::fcntl(kIn, F_SETFL, m_inFlags);
    if (m_outFlags >= 0)
        ::fcntl(kOut, F_SETFL, m_outFlags);
}

bool ControlChannel::start()
{
    m_inFlags = setNonBlocking(kIn);
    m_outFlags = setNonBlocking(kOut);
    if (fd_listen(kIn, FD_READ, onReadable, this) != 0)
        return false;
    m_reading = true;
    return true;
}

void ControlChannel::stopReading()
{
    if (m_reading)
        fd_close(kIn);
    m_reading = false;
}

void ControlChannel::send(protocol::MessageType type, const QJsonObject &body)
{
    if (m_lost)
        return;
    protocol::Envelope envelope = protocol::Envelope::make(type, body);
    envelope.id = QStringLiteral("b-%1").arg(m_nextId++);
    m_pendingOutput += protocol::Codec::encode(envelope);
    m_pendingOutput += '\n';
    flushOutput();
}

void ControlChannel::onReadable(int, void *arg)
{
    static_cast<ControlChannel *>(arg)->readInput();
}

void ControlChannel::onWritable(int, void *arg)
{
    static_cast<ControlChannel *>(arg)->flushOutput();
}

void ControlChannel::readInput()
{
    char buffer[16 * 1024];
    // One buffer per wake-up: the loop stays fair to SIP and RTP under a flood of control lines.
    const ssize_t n = ::read(kIn, buffer, sizeof buffer);
    if (n > 0) {
        m_lines.feed(QByteArrayView(buffer, n),
                     [this](QByteArrayView line, bool tooLong) { handleLine(line, tooLong); });
        return;
    }
    if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return;
    Log::info(n == 0 ? QStringLiteral("control: standard input closed")
                     : QStringLiteral("control: standard input failed (errno %1)").arg(errno));
    stopReading();
    lose();
}

void ControlChannel::handleLine(QByteArrayView line, bool tooLong)
{
    if (tooLong) {
        Log::warning(QStringLiteral("control: ignored a line over %1 bytes").arg(kMaxLineBytes));
        return;
    }
    if (line.trimmed().isEmpty())
        return;
    const protocol::DecodeResult result = protocol::Codec::decode(line, protocol::Route::ServerToBridge);
    if (const auto *error = std::get_if<protocol::ProtocolError>(&result)) {
        // The code and the field name come from the schema; the line itself is not repeated.
        Log::warning(QStringLiteral("control: ignored a bad line (%1%2)")
                         .arg(protocol::errorCodeName(error->code),
                              error->field.isEmpty() ? QString() : QStringLiteral(", ") + error->field));
        return;
    }
    m_onMessage(std::get<protocol::Envelope>(result));
}

void ControlChannel::flushOutput()
{
    while (!m_pendingOutput.isEmpty()) {
        const ssize_t n = ::write(kOut, m_pendingOutput.constData(), size_t(m_pendingOutput.size()));
        if (n > 0) {
            m_pendingOutput.remove(0, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            break;
        Log::info(QStringLiteral("control: standard output closed"));
        m_pendingOutput.clear();
        lose();
        return;
    }
    if (m_pendingOutput.size() > kMaxPendingOutput) {
        Log::error(QStringLiteral("control: the server has not read %1 bytes of output")
                       .arg(m_pendingOutput.size()));
        m_pendingOutput.clear();
        lose();
        return;
    }
    const bool wantWrite = !m_pendingOutput.isEmpty();
    if (wantWrite != m_writeWatched) {
        if (wantWrite)
            m_writeWatched = fd_listen(kOut, FD_WRITE, onWritable, this) == 0;
        else {
            fd_close(kOut);
            m_writeWatched = false;
        }
    }
}

void ControlChannel::lose()
{
    if (m_lost)
        return;
    m_lost = true;
    m_onLost();
}

} // namespace ecoute::voice
