// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>

namespace ecoute::voice::prompts {

/// What a clip says (the keys of prompts.ini).
enum class PromptKind {
    Greeting, ///< as soon as the call is answered
    Menu, ///< "for <this language>, press <number>"
    Position, ///< "you are number <number> in the queue", 1 to 9
    Many, ///< several people wait ahead (past 9)
    Wait, ///< "thank you for waiting"
};

/// One spoken clip: 8 kHz 16-bit mono PCM, as the bridge sends it.
struct PromptClip
{
    const char *language; ///< the protocol's code: "fr", "de", "en"
    PromptKind kind;
    int number; ///< the digit of Menu and Position clips, 0 otherwise
    const std::int16_t *begin;
    const std::int16_t *end;
};

/// Every clip the build spoke from prompts.ini (the generated PromptData.cpp).
std::span<const PromptClip> builtInClips();

} // namespace ecoute::voice::prompts
