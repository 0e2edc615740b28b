// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voice/bridge/HoldTone.h"
#include "voice/bridge/LanguageMenu.h"
#include "voice/bridge/Telephony.h"
#include "voice/prompts/PromptLibrary.h"

#include <QString>

#include <cstdint>
#include <deque>
#include <functional>

namespace ecoute::voice {

/// What a caller hears while nobody speaks to them, 20 ms at a time; the call asks only while
/// CallAudio routes no staff leg to the caller (or the caller is on hold), so nothing of it ever
/// reaches a staff leg.
///
/// With spoken prompts (an admit naming a language or a menu): a short pause, the greeting, and
/// either the menu ("pour le français, tapez 1...", one clip per language in its own language)
/// or at once "you are number N in the queue" and "thank you for waiting". The menu takes one
/// key, however it came (DTMF tones in the caller's audio, SIP INFO), from the greeting on (a
/// caller may type ahead) until 10 s after it has been said; a wrong key says the menu once more,
/// then a wrong key or silence chooses the menu's first language. Then the hold beeps, and
/// between two beeps the caller's place in the queue when it changes (at most every 5 s) and
/// every 30 s. Without spoken prompts: the beeps only. Once a staff leg speaks to the caller,
/// prompts stop for good, until the call is queued again (a new position).
class CallerPrompts
{
public:
    struct Plan
    {
        bool spoken = false; ///< false: the hold beeps only
        QString language; ///< of the greeting and what follows a menu-less greeting
        LanguageMenu menu;
    };
    /// How the menu ended.
    enum class Choice { Key, NoKey, WrongKeys, Attended };
    using LanguageChosen = std::function<void(const QString &language, Choice how)>;

    static constexpr int kKeyWaitMs = 10000;
    static constexpr int kRepeatMs = 30000;
    static constexpr int kMinGapMs = 5000;

    explicit CallerPrompts(const prompts::PromptLibrary &library = prompts::PromptLibrary::builtIn());

    /// Called once the menu has a language (never without a menu).
    void setLanguageChosen(LanguageChosen handler) { m_languageChosen = std::move(handler); }

    /// The call is answered: what to say first. `position` 0: not queued yet.
    void start(const Plan &plan, int position);
    /// voice.call.queue: a positive place (re)queues the call.
    void setQueuePosition(int position);
    /// A key the caller pressed ('0'-'9', '*', '#', 'A'-'D'), from any source.
    void keyPressed(char key);
    /// Whether keys matter now (the menu is open): in-band detection runs only then.
    bool listensForKeys() const { return m_menu == MenuState::Offering || m_menu == MenuState::AwaitingKey; }

    /// A staff leg now speaks to the caller: whatever plays stops; an open menu takes its first language.
    void attended();
    /// The caller hears the hold sound again (first frame, back on hold): the beeps start with a beep.
    void resumed() { m_beeps.restart(); }

    /// The next 20 ms the caller hears.
    void next(AudioFrame &out);

    /// The language prompts are spoken in now ("" without spoken prompts).
    const QString &language() const { return m_language; }
    bool isSpeaking() const { return !m_playlist.empty(); }

private:
    enum class MenuState { None, Offering, AwaitingKey, Done };
    /// A clip, or `silence` samples of silence.
    struct Segment
    {
        prompts::Clip clip;
        int silence = 0;
    };

    void say(prompts::Clip clip);
    void pause(int ms);
    void sayMenu();
    void choose(const QString &language, Choice how);
    void idle();
    bool announcementDue() const;
    void announce();
    void play(AudioFrame &out);
    void finishedSpeaking();
    static std::int64_t frames(int ms) { return ms / kFrameMs; }

    const prompts::PromptLibrary &m_library;
    LanguageChosen m_languageChosen;
    LanguageMenu m_menuEntries;
    MenuState m_menu = MenuState::None;
    bool m_menuReplayed = false;
    bool m_spoken = false;
    bool m_queued = false; ///< waiting for a volunteer: places in the queue are spoken
    QString m_language;
    int m_position = 0;
    int m_announcedPosition = 0;
    bool m_announceNow = false;
    std::deque<Segment> m_playlist;
    std::size_t m_offset = 0; ///< in the playlist's first segment
    HoldTone m_beeps;
    bool m_beeping = false; ///< beeps have played since the last prompt
    std::int64_t m_frame = 0; ///< frames heard so far
    std::int64_t m_spokeAt = 0; ///< the frame the last prompt ended
    std::int64_t m_awaitingSince = 0;
    char m_lastKey = 0;
    std::int64_t m_lastKeyAt = -1000;
};

} // namespace ecoute::voice
