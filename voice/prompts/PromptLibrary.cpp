// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/prompts/PromptLibrary.h"

namespace ecoute::voice::prompts {

const PromptLibrary &PromptLibrary::builtIn()
{
    static const PromptLibrary library(builtInClips());
    return library;
}

PromptLibrary::PromptLibrary(std::span<const PromptClip> clips)
{
    for (const PromptClip &clip : clips) {
        const QString language = QString::fromLatin1(clip.language);
        if (!m_languages.contains(language))
            m_languages.append(language);
        m_clips.insert(key(language, clip.kind, clip.number), Clip(clip.begin, clip.end));
    }
}

QString PromptLibrary::key(const QString &language, PromptKind kind, int number)
{
    return QStringLiteral("%1/%2/%3").arg(language).arg(int(kind)).arg(number);
}

QString PromptLibrary::spokenLanguage(const QString &language) const
{
    if (speaks(language))
        return language;
    return m_languages.isEmpty() ? QString() : m_languages.first();
}

Clip PromptLibrary::clip(const QString &language, PromptKind kind, int number) const
{
    return m_clips.value(key(language, kind, number));
}

Clip PromptLibrary::position(const QString &language, int place) const
{
    if (place <= 0)
        return {};
    const QString spoken = spokenLanguage(language);
    const Clip numbered = clip(spoken, PromptKind::Position, place);
    return numbered.empty() ? clip(spoken, PromptKind::Many) : numbered;
}

} // namespace ecoute::voice::prompts
