// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Envelope.h"
#include "protocol/Errors.h"
#include "protocol/FrameBody.h"
#include "protocol/MessageCatalog.h"

#include <QByteArray>
#include <QByteArrayView>

#include <variant>

namespace ecoute::protocol {

using DecodeResult = std::variant<Envelope, ProtocolError>;

/// The one place frames are parsed and checked. Stateless and thread-safe.
/// decode() never throws and never trusts the input: size, UTF-8, JSON syntax,
/// nesting depth, envelope shape, known type for this route, body schema.
class Codec
{
public:
    static DecodeResult decode(QByteArrayView frame, Route route);
    static QByteArray encode(const Envelope &envelope);
    /// The frame encode() makes of {type, id, re, body}, byte for byte, around a
    /// body serialised once for every connection it goes to.
    static QByteArray encodeFrame(QStringView type, QStringView id, QStringView re, const FrameBody &body);

    /// Builds the "error" frame answering a failed decode or a refused action.
    static Envelope errorEnvelope(const ProtocolError &error, int retryAfterMs = -1);

    static bool isError(const DecodeResult &r) { return std::holds_alternative<ProtocolError>(r); }
};

} // namespace ecoute::protocol
