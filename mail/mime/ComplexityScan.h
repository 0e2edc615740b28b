// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mime/MailParser.h"

#include <QByteArray>

namespace ecoute::mail {

/// A look at the raw bytes before GMime parses them, in one pass of a few milliseconds. GMime
/// needs seconds for 200k nested parts, and more than 512 MiB for a million addresses in one
/// From: both are refused here. Every part costs at least a boundary line ("--") or a Content-Type
/// header, so more than 4 × maxParts of either announces too many parts; an address, reference,
/// subject or content header longer than maxFieldBytes (with its continuation lines) is refused,
/// and so are more than maxHeaderLines header fields (GMime keeps about 600 bytes for each).
/// The scan does not know headers from body: a body line that looks like such a header counts too.
bool looksTooComplex(const QByteArray &raw, const ParseLimits &limits);

} // namespace ecoute::mail
