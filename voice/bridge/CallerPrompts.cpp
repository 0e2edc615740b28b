// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/CallerPrompts.h"

#include <algorithm>
#include <utility>

namespace ecoute::voice {

using prompts::PromptKind;

namespace {

/// The line speaks French unless the admit says otherwise (docs/protocol.md).
const QString kDefaultLanguage = QStringLiteral("fr");

constexpr int kLeadInMs = 300; ///< the caller's phone opens its audio path
constexpr int kBeforeMenuMs = 500;
constexpr int kBetweenMenuItemsMs = 250;
constexpr int kAfterChoiceMs = 400; ///< the server's first queue position arrives meanwhile
constexpr int kInsideAnnouncementMs = 300;
constexpr int kAfterAnnouncementMs = 800;
constexpr int kAfterBeepMs = 500; ///< a prompt starts this long after a beep, never over one
/// The same key within this time is one press reported twice (in-band and as an event).
constexpr int kSameKeyMs = 300;

} // namespace

CallerPrompts::CallerPrompts(const prompts::PromptLibrary &library) : m_library(library) { }

void CallerPrompts::start(const Plan &plan, int position)
{
    m_position = std::max(position, 0);
    m_spoken = plan.spoken && !m_library.languages().isEmpty();
    if (!m_spoken)
        return;
    m_language = m_library.spokenLanguage(plan.language.isEmpty() ? kDefaultLanguage : plan.language);
    m_menuEntries = plan.menu;
    m_queued = true;
    pause(kLeadInMs);
    say(m_library.clip(m_language, PromptKind::Greeting));
    if (m_menuEntries.isEmpty()) {
        m_announceNow = true;
        return;
    }
    pause(kBeforeMenuMs);
    sayMenu();
    m_menu = MenuState::Offering;
}

void CallerPrompts::setQueuePosition(int position)
{
    m_position = std::max(position, 0);
    if (m_position > 0 && m_spoken)
        m_queued = true;
}

void CallerPrompts::say(prompts::Clip clip)
{
    if (!clip.empty())
        m_playlist.push_back({clip, 0});
}

void CallerPrompts::pause(int ms)
{
    m_playlist.push_back({{}, ms * kSampleRate / 1000});
}

void CallerPrompts::sayMenu()
{
    // One clip per language, in its own language, with the digit of its place on the menu; a
    // language the line has no prompts for keeps its key but is not announced.
    const QStringList &entries = m_menuEntries.entries();
    bool first = true;
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).isEmpty() || !m_library.speaks(entries.at(i)))
            continue;
        if (!std::exchange(first, false))
            pause(kBetweenMenuItemsMs);
        say(m_library.clip(entries.at(i), PromptKind::Menu, i + 1));
    }
}

void CallerPrompts::keyPressed(char key)
{
    if (!listensForKeys())
        return;
    if (key == m_lastKey && m_frame - m_lastKeyAt < frames(kSameKeyMs))
        return;
    m_lastKey = key;
    m_lastKeyAt = m_frame;
    if (const auto language = m_menuEntries.languageForKey(key)) {
        choose(*language, Choice::Key);
        return;
    }
    if (m_menuReplayed) {
        choose(m_menuEntries.fallback(), Choice::WrongKeys);
        return;
    }
    // A wrong key: the menu once more, from its start.
    m_menuReplayed = true;
    m_playlist.clear();
    m_offset = 0;
    pause(kBeforeMenuMs);
    sayMenu();
    m_menu = MenuState::Offering;
}

void CallerPrompts::choose(const QString &language, Choice how)
{
    m_menu = MenuState::Done;
    m_language = m_library.spokenLanguage(language);
    m_playlist.clear();
    m_offset = 0;
    pause(kAfterChoiceMs);
    m_announceNow = true;
    if (m_languageChosen)
        m_languageChosen(language, how);
}

void CallerPrompts::attended()
{
    if (listensForKeys())
        choose(m_menuEntries.fallback(), Choice::Attended);
    m_playlist.clear();
    m_offset = 0;
    m_announceNow = false;
    m_queued = false;
    m_announcedPosition = 0;
    m_beeping = false;
}

void CallerPrompts::next(AudioFrame &out)
{
    ++m_frame;
    if (m_playlist.empty())
        idle();
    if (!m_playlist.empty()) {
        play(out);
        if (m_playlist.empty())
            finishedSpeaking();
        return;
    }
    if (m_menu == MenuState::AwaitingKey) {
        out.fill(0);
        return;
    }
    m_beeps.next(out);
    m_beeping = true;
}

void CallerPrompts::idle()
{
    if (m_menu == MenuState::AwaitingKey) {
        if (m_frame - m_awaitingSince >= frames(kKeyWaitMs))
            choose(m_menuEntries.fallback(), Choice::NoKey);
        return;
    }
    if (!m_spoken || !m_queued || !announcementDue())
        return;
    if (!m_beeping || m_beeps.pausedFor(kAfterBeepMs * kSampleRate / 1000))
        announce();
}

bool CallerPrompts::announcementDue() const
{
    if (m_announceNow)
        return true;
    const std::int64_t quiet = m_frame - m_spokeAt;
    if (m_position > 0 && m_position != m_announcedPosition && quiet >= frames(kMinGapMs))
        return true;
    return quiet >= frames(kRepeatMs);
}

void CallerPrompts::announce()
{
    m_announceNow = false;
    m_announcedPosition = m_position;
    const prompts::Clip place = m_library.position(m_language, m_position);
    if (!place.empty()) {
        say(place);
        pause(kInsideAnnouncementMs);
    }
    say(m_library.clip(m_language, PromptKind::Wait));
    pause(kAfterAnnouncementMs);
}

void CallerPrompts::play(AudioFrame &out)
{
    std::size_t filled = 0;
    while (filled < out.size() && !m_playlist.empty()) {
        const Segment &segment = m_playlist.front();
        const std::size_t length = segment.clip.empty() ? std::size_t(segment.silence) : segment.clip.size();
        const std::size_t count = std::min(out.size() - filled, length - std::min(m_offset, length));
        if (segment.clip.empty())
            std::fill_n(out.begin() + filled, count, std::int16_t(0));
        else
            std::copy_n(segment.clip.begin() + m_offset, count, out.begin() + filled);
        filled += count;
        m_offset += count;
        if (m_offset >= length) {
            m_playlist.pop_front();
            m_offset = 0;
        }
    }
    std::fill(out.begin() + filled, out.end(), std::int16_t(0));
}

void CallerPrompts::finishedSpeaking()
{
    m_spokeAt = m_frame;
    m_beeping = false;
    m_beeps.restart();
    if (m_menu == MenuState::Offering) {
        m_menu = MenuState::AwaitingKey;
        m_awaitingSince = m_frame;
    }
}

} // namespace ecoute::voice
