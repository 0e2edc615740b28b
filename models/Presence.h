// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ecoute::models {

/// A volunteer's shift state. Busy is set by the server while in a conversation.
enum class Presence { Off, Available, Busy, Pause };

QString presenceName(Presence presence);
Presence presenceFromName(const QString &name);
/// Translated label for the shift bar and status texts.
QString presenceLabel(Presence presence);

} // namespace ecoute::models
