// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voice/prompts/PromptData.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>

namespace ecoute::voice::prompts {

using Clip = std::span<const std::int16_t>;

/// Finds the clip to play: by language, kind and number, with the fallbacks a call needs (a
/// language the line has no prompts for speaks the first one of prompts.ini, French; a place in
/// the queue past the last numbered clip says "several people wait ahead").
class PromptLibrary
{
public:
    /// The clips linked into the bridge.
    static const PromptLibrary &builtIn();
    /// Over any clips (the unit tests' own).
    explicit PromptLibrary(std::span<const PromptClip> clips);

    /// The languages with prompts, in prompts.ini's order.
    const QStringList &languages() const { return m_languages; }
    bool speaks(const QString &language) const { return m_languages.contains(language); }
    /// `language` if the line has prompts in it, else the first language (empty if none).
    QString spokenLanguage(const QString &language) const;

    /// The clip, or an empty one when prompts.ini has none such.
    Clip clip(const QString &language, PromptKind kind, int number = 0) const;
    /// The caller's place in the queue, in `language`: the numbered clip, "many" past the last one,
    /// nothing for 0 or less (not queued yet). Falls back like spokenLanguage.
    Clip position(const QString &language, int place) const;

private:
    static QString key(const QString &language, PromptKind kind, int number);

    QStringList m_languages;
    QHash<QString, Clip> m_clips;
};

} // namespace ecoute::voice::prompts
