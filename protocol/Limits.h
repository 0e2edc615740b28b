// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace ecoute::protocol {

/// Bounds every peer must respect. A frame over maxFrameBytes gets an error
/// reply; one over transportMaxFrameBytes is cut by the WebSocket layer (1009).
struct Limits
{
    static constexpr qint64 maxFrameBytes = qint64 {64} * 1024;
    static constexpr qint64 transportMaxFrameBytes = qint64 {1024} * 1024;
    static constexpr int maxDepth = 8;
    static constexpr int maxChatTextChars = 8000;
    /// An e-mail reply or a web-mailbox letter: longer than a chat line, still within one frame.
    static constexpr int maxMailTextChars = 20000;
    static constexpr int maxListItems = 2000;
    /// More than this many protocol errors within errorWindowMs: the peer is
    /// treated as abusive and closed with 1008 (policy violation).
    static constexpr int maxErrorsPerWindow = 20;
    static constexpr int errorWindowMs = 60'000;
};

} // namespace ecoute::protocol
