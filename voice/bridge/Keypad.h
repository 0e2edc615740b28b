// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <optional>

namespace ecoute::voice::Keypad {

/// Whether `key` is one of a phone's sixteen DTMF keys: '0'-'9', '*', '#', 'A'-'D'.
bool isKey(char key);

/// The key a SIP INFO keypad press carries: "application/dtmf-relay" bodies say
/// "Signal=5\r\nDuration=160" (some gateways write 10 and 11 for * and #), "application/dtmf"
/// bodies just "5". Nothing when the body names no key.
std::optional<char> fromInfo(QByteArrayView body, bool dtmfRelay);

} // namespace ecoute::voice::Keypad
