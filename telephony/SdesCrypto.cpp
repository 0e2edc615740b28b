// SPDX-License-Identifier: GPL-3.0-or-later
#include "telephony/SdesCrypto.h"

#include <sodium.h>

#include <cstring>

// Nothing here logs: the attribute holds a key.

namespace ecoute::telephony::Sdes {

namespace {

constexpr std::string_view kInline = "inline:";
constexpr std::size_t kBase64Chars = 40; // 30 bytes, no padding

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

/// Splits off the next field separated by spaces or tabs; empty when none is left.
std::string_view nextField(std::string_view &rest)
{
    std::size_t start = 0;
    while (start < rest.size() && isSpace(rest[start]))
        ++start;
    std::size_t end = start;
    while (end < rest.size() && !isSpace(rest[end]))
        ++end;
    const std::string_view field = rest.substr(start, end - start);
    rest.remove_prefix(end);
    return field;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) {
            return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
        };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

/// RFC 4568's lifetime: "2^" and a power, or a plain number.
bool validLifetime(std::string_view text)
{
    if (text.starts_with("2^"))
        text.remove_prefix(2);
    return allDigits(text) && text.size() <= 20;
}

bool decodeKey(std::string_view base64, KeySalt &out)
{
    if (base64.size() != kBase64Chars)
        return false;
    std::size_t length = 0;
    const char *end = nullptr;
    const int rc = sodium_base642bin(out.data(), out.size(), base64.data(), base64.size(), nullptr, &length,
                                     &end, sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
    if (rc != 0 || length != out.size() || end != base64.data() + base64.size()) {
        wipe(out);
        return false;
    }
    return true;
}

} // namespace

std::optional<Crypto> parse(std::string_view value)
{
    std::string_view rest = value;
    const std::string_view tag = nextField(rest);
    const std::string_view suite = nextField(rest);
    const std::string_view keyParams = nextField(rest);
    if (!nextField(rest).empty())
        return std::nullopt; // session parameters: none is supported
    if (!allDigits(tag) || tag.size() > 9 || suite != kSuite)
        return std::nullopt;
    if (keyParams.size() < kInline.size() || !equalsIgnoringCase(keyParams.substr(0, kInline.size()), kInline)
        || keyParams.find(';') != std::string_view::npos)
        return std::nullopt; // another key method, or several keys
    std::string_view keyInfo = keyParams.substr(kInline.size());
    const std::size_t bar = keyInfo.find('|');
    const std::string_view key = keyInfo.substr(0, bar);
    if (bar != std::string_view::npos) {
        const std::string_view lifetime = keyInfo.substr(bar + 1);
        if (lifetime.find('|') != std::string_view::npos || !validLifetime(lifetime))
            return std::nullopt; // an MKI (or garbage)
    }
    Crypto crypto;
    crypto.tag = 0;
    for (char c : tag)
        crypto.tag = crypto.tag * 10 + std::uint32_t(c - '0');
    if (!decodeKey(key, crypto.keySalt))
        return std::nullopt;
    return crypto;
}

std::string format(const Crypto &crypto)
{
    char base64[sodium_base64_ENCODED_LEN(kKeySaltBytes, sodium_base64_VARIANT_ORIGINAL_NO_PADDING)];
    sodium_bin2base64(base64, sizeof base64, crypto.keySalt.data(), crypto.keySalt.size(),
                      sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
    std::string out = std::to_string(crypto.tag);
    out += ' ';
    out += kSuite;
    out += ' ';
    out += kInline;
    out += base64;
    sodium_memzero(base64, sizeof base64);
    return out;
}

KeySalt randomKeySalt()
{
    if (sodium_init() < 0)
        std::abort(); // no randomness: nothing safe to do
    KeySalt keySalt;
    randombytes_buf(keySalt.data(), keySalt.size());
    return keySalt;
}

void wipe(KeySalt &keySalt)
{
    sodium_memzero(keySalt.data(), keySalt.size());
}

} // namespace ecoute::telephony::Sdes
