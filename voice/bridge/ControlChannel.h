// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Envelope.h"
#include "voice/bridge/LineSplitter.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>

namespace ecoute::voice {

/// The bridge's control lines with ecoute-server: one JSON envelope per '\n'-terminated line,
/// read from standard input (Route::ServerToBridge) and written to standard output
/// (Route::BridgeToServer), only through protocol::Codec. Both ends are non-blocking and served
/// by libre's loop: a partial line waits for its end, a line over 64 KiB or one the codec refuses
/// is dropped with a log line that does not quote it, and output the server has not read yet is
/// kept (up to a bound) until the pipe takes it.
class ControlChannel
{
public:
    using MessageHandler = std::function<void(const protocol::Envelope &)>;
    /// Standard input ended (the server is gone), or the server stopped reading our output.
    using LostHandler = std::function<void()>;

    static constexpr qsizetype kMaxLineBytes = 64 * 1024;
    static constexpr qsizetype kMaxPendingOutput = 4 * 1024 * 1024;

    ControlChannel(MessageHandler onMessage, LostHandler onLost);
    ~ControlChannel();
    ControlChannel(const ControlChannel &) = delete;
    ControlChannel &operator=(const ControlChannel &) = delete;

    /// Starts reading standard input in the loop; false if it cannot be watched (a regular file
    /// or a terminal that epoll refuses).
    bool start();
    /// Stops reading (shutting down); output still goes out.
    void stopReading();

    /// Encodes and writes one frame of a BridgeToServer type.
    void send(protocol::MessageType type, const QJsonObject &body);

private:
    static void onReadable(int flags, void *arg);
    static void onWritable(int flags, void *arg);
    void readInput();
    void handleLine(QByteArrayView line, bool tooLong);
    void flushOutput();
    void lose();

    MessageHandler m_onMessage;
    LostHandler m_onLost;
    LineSplitter m_lines {kMaxLineBytes};
    QByteArray m_pendingOutput;
    quint64 m_nextId = 1;
    int m_inFlags = -1;
    int m_outFlags = -1;
    bool m_reading = false;
    bool m_writeWatched = false;
    bool m_lost = false;
};

} // namespace ecoute::voice
