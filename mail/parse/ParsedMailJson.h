// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mime/MailParser.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace ecoute::mail {

/// The parser process's answer as one line of compact JSON (no trailing newline):
/// {"ok":true,"messageId":..,"from":..,"automatic":"none|auto_replied|bulk|list|bounce",..} or
/// {"ok":false,"error":"malformed|too_complex|empty|too_large"}. The display name is not in it.
QByteArray toJsonLine(const ParseResult &result);

/// Reads such a line back, strictly: every field present with its type, no unknown field,
/// attachments' data valid base64 of their size. nullopt for anything else.
std::optional<ParseResult> fromJsonLine(QByteArrayView line);

/// The names used in the line, for logs and tests.
QString automaticName(Automatic automatic);
QString parseErrorName(ParseError error);

} // namespace ecoute::mail
