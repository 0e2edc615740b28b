// SPDX-License-Identifier: GPL-3.0-or-later
// What a caller hears before a volunteer answers, 20 ms at a time (voice/bridge/CallerPrompts):
// the greeting, the language menu and its keys, the place in the queue between hold beeps, and
// silence from the prompts once someone speaks to the caller. Driven frame by frame over short
// clips of constant samples, so every frame tells which clip it came from.
#include "voice/bridge/CallerPrompts.h"

#include <QTest>

#include <vector>

using namespace ecoute::voice;
using namespace ecoute::voice::prompts;

namespace {

using Choice = CallerPrompts::Choice;

constexpr int kClipValue = 20000; ///< clips are constant samples from here; beeps stay below 3300

/// Fake clips in fr, de, en: greetings of 10 frames, everything else of 5 frames.
class FakeClips
{
public:
    FakeClips()
    {
        for (const char *language : {"fr", "de", "en"}) {
            add(language, PromptKind::Greeting, 0, 10, QStringLiteral("greeting"));
            add(language, PromptKind::Wait, 0, 5, QStringLiteral("wait"));
            add(language, PromptKind::Many, 0, 5, QStringLiteral("many"));
            for (int digit = 1; digit <= 9; ++digit) {
                add(language, PromptKind::Menu, digit, 5, QStringLiteral("menu"));
                add(language, PromptKind::Position, digit, 5, QStringLiteral("position"));
            }
        }
        for (std::size_t i = 0; i < m_samples.size(); ++i)
            m_clips[i].begin = m_samples[i].data(),
            m_clips[i].end = m_samples[i].data() + m_samples[i].size();
        m_library = std::make_unique<PromptLibrary>(m_clips);
    }

    const PromptLibrary &library() const { return *m_library; }
    QString nameOf(std::int16_t value) const { return m_names.value(value); }

private:
    void add(const char *language, PromptKind kind, int number, int frames, const QString &what)
    {
        const auto value = std::int16_t(kClipValue + int(m_samples.size()));
        m_samples.emplace_back(std::size_t(frames * kFrameSamples), value);
        m_clips.push_back({language, kind, number, nullptr, nullptr});
        QString name = what + u' ' + QLatin1String(language);
        if (number > 0)
            name += u' ' + QString::number(number);
        m_names.insert(value, name);
    }

    std::vector<std::vector<std::int16_t>> m_samples;
    std::vector<PromptClip> m_clips;
    QHash<std::int16_t, QString> m_names;
    std::unique_ptr<PromptLibrary> m_library;
};

/// What plays, as runs of frames: "greeting fr" (a clip), "beep", or "-" (silence).
struct Run
{
    QString label;
    int frames = 0;
};

class Listener
{
public:
    Listener(const FakeClips &clips, CallerPrompts &prompts) : m_clips(clips), m_prompts(prompts) { }

    /// Plays `frames` frames and returns the runs heard (merged with the last call's last run).
    QList<Run> play(int frames)
    {
        QList<Run> runs;
        for (int i = 0; i < frames; ++i) {
            AudioFrame out;
            out.fill(1234); // next() must write every sample
            m_prompts.next(out);
            const QString label = labelOf(out);
            if (runs.isEmpty() || runs.last().label != label)
                runs.append({label, 0});
            ++runs.last().frames;
        }
        return runs;
    }

    /// Plays until `label` starts (at most `limit` frames): the frames played before it, or -1.
    int until(const QString &label, int limit = 5000)
    {
        for (int i = 0; i < limit; ++i) {
            AudioFrame out;
            m_prompts.next(out);
            if (labelOf(out) == label)
                return i;
        }
        return -1;
    }

    QString labelOf(const AudioFrame &frame) const
    {
        bool sound = false;
        for (std::int16_t sample : frame) {
            if (sample >= kClipValue)
                return m_clips.nameOf(sample);
            sound = sound || sample != 0;
        }
        return sound ? QStringLiteral("beep") : QStringLiteral("-");
    }

private:
    const FakeClips &m_clips;
    CallerPrompts &m_prompts;
};

QStringList labels(const QList<Run> &runs)
{
    QStringList result;
    for (const Run &run : runs)
        result << run.label;
    return result;
}

struct Chosen
{
    QString language;
    Choice how;
};

CallerPrompts::Plan plan(const QString &language, const QStringList &menu = {})
{
    return {true, language, LanguageMenu::fromList(menu)};
}

const QStringList kMenu {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")};

constexpr int frames(int ms)
{
    return ms / kFrameMs;
}

} // namespace

class TestCallerPrompts : public QObject
{
    Q_OBJECT

private:
    FakeClips m_clips;

private slots:
    void withoutALanguageTheCallerHearsTheBeepsOnly()
    {
        CallerPrompts prompts(m_clips.library());
        QList<Chosen> chosen;
        prompts.setLanguageChosen([&](const QString &language, Choice how) {
            chosen.append({language, how});
        });
        prompts.start({}, 3);
        prompts.resumed();
        prompts.setQueuePosition(2);
        prompts.keyPressed('1');
        QVERIFY(!prompts.listensForKeys());
        HoldTone tone;
        for (int i = 0; i < frames(40000); ++i) {
            AudioFrame expected;
            AudioFrame out;
            tone.next(expected);
            prompts.next(out);
            QVERIFY2(out == expected, qPrintable(QStringLiteral("frame %1").arg(i)));
        }
        QVERIFY(chosen.isEmpty());
    }

    void theGreetingThenThankYouForWaitingThenBeeps()
    {
        CallerPrompts prompts(m_clips.library());
        Listener caller(m_clips, prompts);
        prompts.start(plan(QStringLiteral("de")), 0);
        const QList<Run> runs = caller.play(frames(3000));
        QCOMPARE(labels(runs),
                 (QStringList {QStringLiteral("-"), QStringLiteral("greeting de"), QStringLiteral("wait de"),
                               QStringLiteral("-"), QStringLiteral("beep"), QStringLiteral("-")}));
        QCOMPARE(runs[0].frames, frames(300)); // the lead-in
        QCOMPARE(runs[1].frames, 10);
        QCOMPARE(runs[2].frames, 5);
        QCOMPARE(runs[3].frames, frames(800));
        QCOMPARE(runs[4].frames, frames(400)); // one beep
        QVERIFY(!prompts.listensForKeys());
    }

    void aKnownPlaceFollowsTheGreetingAtOnce()
    {
        CallerPrompts prompts(m_clips.library());
        Listener caller(m_clips, prompts);
        prompts.start(plan(QStringLiteral("en")), 4);
        QCOMPARE(
            labels(caller.play(frames(300) + 10 + 5 + frames(300) + 5)),
            (QStringList {QStringLiteral("-"), QStringLiteral("greeting en"), QStringLiteral("position en 4"),
                          QStringLiteral("-"), QStringLiteral("wait en")}));
    }

    void aNewPlaceIsSaidBetweenTwoBeeps()
    {
        CallerPrompts prompts(m_clips.library());
        Listener caller(m_clips, prompts);
        prompts.start(plan(QStringLiteral("fr")), 0);
        // The third beep after "thank you for waiting" comes 8 s after it, past the 5 s gap.
        for (int beep = 0; beep < 2; ++beep) {
            QVERIFY(caller.until(QStringLiteral("beep")) >= 0);
            QVERIFY(caller.until(QStringLiteral("-")) >= 0);
        }
        QVERIFY(caller.until(QStringLiteral("beep")) > 0);
        prompts.setQueuePosition(4); // during a beep
        const QList<Run> runs = caller.play(frames(4000));
        // Never over a beep: half a second after it.
        QCOMPARE(labels(runs).mid(0, 5),
                 (QStringList {QStringLiteral("beep"), QStringLiteral("-"), QStringLiteral("position fr 4"),
                               QStringLiteral("-"), QStringLiteral("wait fr")}));
        QCOMPARE(runs[1].frames, frames(500));
        // The same place is not said again before 30 s; a place past nine is "many".
        prompts.setQueuePosition(4);
        QVERIFY(!labels(caller.play(frames(20000))).contains(QStringLiteral("position fr 4")));
        prompts.setQueuePosition(12);
        QVERIFY(caller.until(QStringLiteral("many fr"), frames(5000)) >= 0);
    }

    void aChangeWithinFiveSecondsOfAPromptWaits()
    {
        CallerPrompts prompts(m_clips.library());
        Listener caller(m_clips, prompts);
        prompts.start(plan(QStringLiteral("fr")), 0);
        QVERIFY(caller.until(QStringLiteral("beep")) >= 0); // "wait" and its pause have ended
        prompts.setQueuePosition(3);
        const int waited = caller.until(QStringLiteral("position fr 3"));
        QVERIFY2(waited >= frames(CallerPrompts::kMinGapMs) - 2
                     && waited < frames(CallerPrompts::kMinGapMs + 1000),
                 qPrintable(QString::number(waited)));
    }

    void thePlaceIsRepeatedEveryThirtySeconds()
    {
        CallerPrompts prompts(m_clips.library());
        Listener caller(m_clips, prompts);
        prompts.start(plan(QStringLiteral("fr")), 2);
        QVERIFY(caller.until(QStringLiteral("position fr 2")) >= 0);
        QVERIFY(caller.until(QStringLiteral("wait fr")) >= 0);
        const int quiet = caller.until(QStringLiteral("position fr 2"), frames(40000));
        QVERIFY2(quiet >= frames(30000) && quiet <= frames(30000 + 4000 + 800),
                 qPrintable(QString::number(quiet)));
    }

    void theMenuFollowsTheGreetingOneLanguageEach()
    {
        CallerPrompts prompts(m_clips.library());
        Listener caller(m_clips, prompts);
        prompts.start(plan(QStringLiteral("fr"), kMenu), 0);
        QVERIFY(prompts.listensForKeys()); // type-ahead from the greeting on
        const QList<Run> runs = caller.play(frames(300 + 500 + 2 * 250) + 10 + 3 * 5 + 20);
        QCOMPARE(labels(runs),
                 (QStringList {QStringLiteral("-"), QStringLiteral("greeting fr"), QStringLiteral("-"),
                               QStringLiteral("menu fr 1"), QStringLiteral("-"), QStringLiteral("menu de 2"),
                               QStringLiteral("-"), QStringLiteral("menu en 3"), QStringLiteral("-")}));
        QCOMPARE(runs[2].frames, frames(500));
        QVERIFY(prompts.listensForKeys());
    }

    void aKeyChoosesItsLanguageAndThePromptsFollowIt()
    {
        CallerPrompts prompts(m_clips.library());
        Listener caller(m_clips, prompts);
        QList<Chosen> chosen;
        prompts.setLanguageChosen([&](const QString &language, Choice how) {
            chosen.append({language, how});
        });
        prompts.start(plan(QStringLiteral("fr"), kMenu), 0);
        QVERIFY(caller.until(QStringLiteral("menu en 3")) > 0);
        caller.play(frames(2000)); // the menu has been said; silence
        prompts.keyPressed('3');
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen[0].language, QStringLiteral("en"));
        QVERIFY(chosen[0].how == Choice::Key);
        QVERIFY(!prompts.listensForKeys());
        QCOMPARE(prompts.language(), QStringLiteral("en"));
        prompts.setQueuePosition(1); // the server queues the call at once
        QCOMPARE(labels(caller.play(frames(400) + 5)),
                 (QStringList {QStringLiteral("-"), QStringLiteral("position en 1")}));
        prompts.keyPressed('2');
        QCOMPARE(chosen.size(), 1); // keys mean nothing any more
    }

    void aKeyDuringTheGreetingStopsItAtOnce()
    {
        CallerPrompts prompts(m_clips.library());
        Listener caller(m_clips, prompts);
        QList<Chosen> chosen;
        prompts.setLanguageChosen([&](const QString &language, Choice how) {
            chosen.append({language, how});
        });
        prompts.start(plan(QStringLiteral("fr"), kMenu), 0);
        QVERIFY(caller.until(QStringLiteral("greeting fr")) >= 0);
        prompts.keyPressed('2');
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen[0].language, QStringLiteral("de"));
        QCOMPARE(labels(caller.play(frames(400) + 5 + frames(800))),
                 (QStringList {QStringLiteral("-"), QStringLiteral("wait de"), QStringLiteral("-")}));
    }

    void noKeyWithinTenSecondsTakesTheFirstLanguage()
    {
        CallerPrompts prompts(m_clips.library());
        Listener caller(m_clips, prompts);
        QList<Chosen> chosen;
        prompts.setLanguageChosen([&](const QString &language, Choice how) {
            chosen.append({language, how});
        });
        prompts.start(plan(QStringLiteral("en"), {QStringLiteral("de"), QStringLiteral("fr")}), 0);
        QVERIFY(caller.until(QStringLiteral("menu fr 2")) >= 0);
        caller.play(5); // the rest of the menu (it starts half-way through a frame)
        const QList<Run> waiting = caller.play(frames(CallerPrompts::kKeyWaitMs) - 1);
        QCOMPARE(labels(waiting), QStringList {QStringLiteral("-")});
        QVERIFY(chosen.isEmpty());
        caller.play(1);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen[0].language, QStringLiteral("de"));
        QVERIFY(chosen[0].how == Choice::NoKey);
        QVERIFY(caller.until(QStringLiteral("wait de"), frames(1000)) >= 0);
    }

    void aWrongKeySaysTheMenuOnceMore()
    {
        CallerPrompts prompts(m_clips.library());
        Listener caller(m_clips, prompts);
        QList<Chosen> chosen;
        prompts.setLanguageChosen([&](const QString &language, Choice how) {
            chosen.append({language, how});
        });
        prompts.start(plan(QStringLiteral("fr"), kMenu), 0);
        QVERIFY(caller.until(QStringLiteral("menu en 3")) >= 0);
        caller.play(frames(1000));
        prompts.keyPressed('7');
        prompts.keyPressed('7'); // the same press heard twice (in-band and as an event)
        QVERIFY(chosen.isEmpty());
        QVERIFY(prompts.listensForKeys());
        QVERIFY(caller.until(QStringLiteral("menu fr 1"), frames(600)) >= frames(400));
        // The menu's wait starts over once it has been said again.
        QVERIFY(caller.until(QStringLiteral("menu en 3")) >= 0);
        caller.play(4 + frames(9000));
        QVERIFY(chosen.isEmpty());
        prompts.keyPressed('#');
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen[0].language, QStringLiteral("fr"));
        QVERIFY(chosen[0].how == Choice::WrongKeys);
    }

    void aLanguageWithoutPromptsKeepsItsKeyButIsNotAnnounced()
    {
        CallerPrompts prompts(m_clips.library());
        Listener caller(m_clips, prompts);
        QList<Chosen> chosen;
        prompts.setLanguageChosen([&](const QString &language, Choice how) {
            chosen.append({language, how});
        });
        prompts.start(plan(QStringLiteral("de"), {QStringLiteral("pt"), QStringLiteral("de")}), 0);
        const QList<Run> runs = caller.play(frames(300 + 500) + 10 + 5 + 5);
        QCOMPARE(labels(runs),
                 (QStringList {QStringLiteral("-"), QStringLiteral("greeting de"), QStringLiteral("-"),
                               QStringLiteral("menu de 2"), QStringLiteral("-")}));
        prompts.keyPressed('1');
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen[0].language, QStringLiteral("pt")); // what the server offered
        QCOMPARE(prompts.language(), QStringLiteral("fr")); // what the line can say
    }

    void someoneSpeakingToTheCallerStopsThePrompts()
    {
        CallerPrompts prompts(m_clips.library());
        Listener caller(m_clips, prompts);
        QList<Chosen> chosen;
        prompts.setLanguageChosen([&](const QString &language, Choice how) {
            chosen.append({language, how});
        });
        prompts.start(plan(QStringLiteral("fr"), kMenu), 0);
        QVERIFY(caller.until(QStringLiteral("greeting fr")) >= 0);
        prompts.attended();
        // The menu closes with its first language, so the server is never left waiting.
        QCOMPARE(chosen.size(), 1);
        QVERIFY(chosen[0].how == Choice::Attended);
        QVERIFY(!prompts.listensForKeys());
        QVERIFY(!prompts.isSpeaking());
        // Back on hold: the beeps, no place in the queue, not even after 30 s.
        prompts.resumed();
        prompts.setQueuePosition(0);
        const QStringList onHold = labels(caller.play(frames(40000)));
        QCOMPARE(QSet<QString>(onHold.cbegin(), onHold.cend()),
                 (QSet<QString> {QStringLiteral("beep"), QStringLiteral("-")}));
        // Queued again (the volunteer left): places are said again.
        prompts.setQueuePosition(2);
        QVERIFY(caller.until(QStringLiteral("position fr 2"), frames(5000)) >= 0);
    }
};

QTEST_GUILESS_MAIN(TestCallerPrompts)
#include "tst_callerprompts.moc"
