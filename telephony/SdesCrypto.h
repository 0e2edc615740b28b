// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ecoute::telephony {

/// SDES key exchange (RFC 4568) for staff legs: the SDP attribute
/// `a=crypto:<tag> AES_CM_128_HMAC_SHA1_80 inline:<base64 of key || salt>`. libre 1.1 has SRTP but
/// not this, so the bridge reads and writes the attribute itself. One suite only; keys travel
/// inside SIP over TLS, never in the clear.
namespace Sdes {

inline constexpr std::string_view kSuite = "AES_CM_128_HMAC_SHA1_80";
/// Master key (16 bytes) followed by master salt (14 bytes).
inline constexpr std::size_t kKeySaltBytes = 30;
using KeySalt = std::array<std::uint8_t, kKeySaltBytes>;

struct Crypto
{
    std::uint32_t tag = 1; ///< the answer repeats the offer's tag
    KeySalt keySalt {};
};

/// One a=crypto value (what follows "crypto:"), strictly: a tag of 1-9 digits, the one supported
/// suite, exactly one `inline:` key of 30 bytes in base64 with an optional `|lifetime`
/// (`2^n` or a number). Anything else is refused: another suite, an MKI, several keys, session
/// parameters (UNENCRYPTED_SRTP and the like), bad base64, a key of another length.
std::optional<Crypto> parse(std::string_view value);

/// The value of our a=crypto attribute: "<tag> AES_CM_128_HMAC_SHA1_80 inline:<base64>".
std::string format(const Crypto &crypto);

/// A fresh random key and salt (libsodium).
KeySalt randomKeySalt();

/// Overwrites a key so that it does not linger in freed memory.
void wipe(KeySalt &keySalt);

} // namespace Sdes

} // namespace ecoute::telephony
