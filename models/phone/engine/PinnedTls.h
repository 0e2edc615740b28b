// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/LibreRef.h"

#include <QByteArray>

namespace ecoute::models::engine {

/// libre's TLS context for the softphone's SIP connection to the bridge. libre 1.1 does not check
/// a server's certificate by default; here the peer is accepted exactly when its leaf
/// certificate's DER bytes are the pinned ones, and never otherwise: no certificate authority,
/// chain or host name counts, only the pin (OpenSSL's whole-chain verification callback is
/// replaced on the context). An empty pin accepts any certificate: the caller allows that only
/// for a loopback host (the local demo). TLS 1.2 or later.
namespace PinnedTls {

/// Null (and `*error` set) if libre or OpenSSL refuse.
telephony::LibreRef<tls> create(const QByteArray &pinnedDer, int *error);

/// Whether `der` is exactly `pinnedDer` (in constant time).
bool matches(const QByteArray &pinnedDer, const unsigned char *der, int length);

} // namespace PinnedTls

} // namespace ecoute::models::engine
