// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Envelope.h"

namespace ecoute::server {

class ClientConnection;

/// The hello/welcome exchange both endpoints start with.
namespace handshake {
/// Answers a hello with welcome and returns true, or with unsupported_version
/// (closing the connection with 1002) and returns false.
bool answerHello(ClientConnection &connection, const protocol::Envelope &hello);
/// Answers a frame that arrived before the handshake was done.
void refuseBeforeHello(ClientConnection &connection, const protocol::Envelope &envelope);
} // namespace handshake

} // namespace ecoute::server
