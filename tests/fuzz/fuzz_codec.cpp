// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: protocol::Codec::decode on every route must never crash, leak or hit
// undefined behaviour, and whatever it accepts must survive encode() and decode again unchanged.
#include "protocol/Codec.h"
#include "protocol/Limits.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace ecoute::protocol;

namespace {

bool sameEnvelope(const Envelope &a, const Envelope &b)
{
    return a.version == b.version && a.type == b.type && a.id == b.id && a.re == b.re && a.body == b.body;
}

[[noreturn]] void fail(const char *what, const QByteArray &frame)
{
    std::fprintf(stderr, "fuzz_codec: %s\n  re-encoded: %.*s\n", what, static_cast<int>(frame.size()),
                 frame.constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView frame(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const Route route :
         {Route::StaffToServer, Route::SeekerToServer, Route::ServerToStaff, Route::ServerToSeeker}) {
        const DecodeResult decoded = Codec::decode(frame, route);
        if (const auto *error = std::get_if<ProtocolError>(&decoded)) {
            // The error answer is built from attacker-controlled details: it must encode too.
            (void)Codec::encode(Codec::errorEnvelope(*error));
            continue;
        }
        const Envelope &envelope = std::get<Envelope>(decoded);
        const QByteArray again = Codec::encode(envelope);
        // Compact re-encoding can be longer than the input (1e5 -> 100000): only a frame the
        // codec would take is expected back.
        if (again.size() > Limits::maxFrameBytes)
            continue;
        const DecodeResult redecoded = Codec::decode(again, route);
        if (Codec::isError(redecoded))
            fail("an accepted frame, encoded again, is refused", again);
        if (!sameEnvelope(envelope, std::get<Envelope>(redecoded)))
            fail("an accepted frame, encoded again, decodes to another envelope", again);
    }
    return 0;
}
