// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of what ecoute-voice says and hears before a volunteer answers: which clip says
// what (the build's clips and the fallbacks), the language menu's keys, a SIP INFO key, and keys
// heard as DTMF tones in a caller's audio.
#include "voice/bridge/InbandKeys.h"
#include "voice/bridge/Keypad.h"
#include "voice/bridge/LanguageMenu.h"
#include "voice/prompts/PromptLibrary.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace ecoute::voice;
using namespace ecoute::voice::prompts;

namespace {

/// Audio frames holding one DTMF tone (each frequency at −10 dBFS) for `ms`, then `pauseMs` of silence.
QList<AudioFrame> dtmf(double low, double high, int ms, int pauseMs)
{
    QList<AudioFrame> frames;
    int sample = 0;
    for (int frame = 0; frame < (ms + pauseMs) / kFrameMs; ++frame) {
        AudioFrame out {};
        for (std::int16_t &value : out) {
            const double t = double(sample) / kSampleRate;
            if (sample++ < ms * kSampleRate / 1000)
                value = std::int16_t(std::lround(32767 * 0.316
                                                 * (std::sin(2 * std::numbers::pi * low * t)
                                                    + std::sin(2 * std::numbers::pi * high * t))));
        }
        frames << out;
    }
    return frames;
}

} // namespace

class TestPrompts : public QObject
{
    Q_OBJECT

private slots:
    void theBuildSpeaksEveryPromptInEveryLanguage()
    {
        const PromptLibrary &library = PromptLibrary::builtIn();
        QCOMPARE(library.languages(),
                 (QStringList {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")}));
        for (const QString &language : library.languages()) {
            const auto seconds = [](Clip clip) {
                return double(clip.size()) / kSampleRate;
            };
            QVERIFY2(seconds(library.clip(language, PromptKind::Greeting)) > 3, qPrintable(language));
            QVERIFY2(seconds(library.clip(language, PromptKind::Greeting)) < 12, qPrintable(language));
            QVERIFY(seconds(library.clip(language, PromptKind::Wait)) > 0.5);
            QVERIFY(seconds(library.clip(language, PromptKind::Many)) > 0.5);
            for (int digit = 1; digit <= 9; ++digit) {
                QVERIFY2(seconds(library.clip(language, PromptKind::Menu, digit)) > 0.5,
                         qPrintable(language));
                QVERIFY2(seconds(library.clip(language, PromptKind::Position, digit)) > 0.5,
                         qPrintable(language));
            }
            QVERIFY(library.clip(language, PromptKind::Menu, 10).empty());
            // Normalised to −6 dBFS peaks (MakePrompts.cmake).
            const Clip greeting = library.clip(language, PromptKind::Greeting);
            int peak = 0;
            for (std::int16_t sample : greeting)
                peak = std::max(peak, std::abs(int(sample)));
            QVERIFY2(peak > 14000 && peak < 18000,
                     qPrintable(QStringLiteral("%1: peak %2").arg(language).arg(peak)));
        }
    }

    void aPlaceInTheQueueIsNumberedUpToNineThenMany()
    {
        const PromptLibrary &library = PromptLibrary::builtIn();
        const QString de = QStringLiteral("de");
        QVERIFY(library.position(de, 0).empty()); // not queued yet: nothing to say
        QVERIFY(library.position(de, -1).empty());
        for (int place = 1; place <= 9; ++place)
            QCOMPARE(library.position(de, place).data(),
                     library.clip(de, PromptKind::Position, place).data());
        QCOMPARE(library.position(de, 10).data(), library.clip(de, PromptKind::Many).data());
        QCOMPARE(library.position(de, 250).data(), library.clip(de, PromptKind::Many).data());
    }

    void aLanguageWithoutPromptsSpeaksTheFirstOne()
    {
        const PromptLibrary &library = PromptLibrary::builtIn();
        QVERIFY(library.speaks(QStringLiteral("en")));
        QVERIFY(!library.speaks(QStringLiteral("pt")));
        QCOMPARE(library.spokenLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(library.spokenLanguage(QStringLiteral("pt")), QStringLiteral("fr"));
        QCOMPARE(library.spokenLanguage(QString()), QStringLiteral("fr"));
        QCOMPARE(library.position(QStringLiteral("lb"), 2).data(),
                 library.clip(QStringLiteral("fr"), PromptKind::Position, 2).data());
        // Over any clips: the first language in their order, nothing without clips.
        static const std::int16_t samples[4] {1, 2, 3, 4};
        const PromptClip clips[] {{"en", PromptKind::Wait, 0, samples, samples + 2},
                                  {"de", PromptKind::Wait, 0, samples + 2, samples + 4}};
        const PromptLibrary own(clips);
        QCOMPARE(own.languages(), (QStringList {QStringLiteral("en"), QStringLiteral("de")}));
        QCOMPARE(own.spokenLanguage(QStringLiteral("fr")), QStringLiteral("en"));
        QCOMPARE(own.clip(QStringLiteral("de"), PromptKind::Wait).front(), std::int16_t(3));
        QVERIFY(own.clip(QStringLiteral("de"), PromptKind::Greeting).empty());
        QVERIFY(own.position(QStringLiteral("de"), 3).empty()); // neither numbered nor "many"
        QCOMPARE(PromptLibrary({}).spokenLanguage(QStringLiteral("fr")), QString());
    }

    void aKeyChoosesTheLanguageInItsPlaceOnTheMenu()
    {
        const LanguageMenu menu = LanguageMenu::fromJson(
            QJsonArray {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")});
        QVERIFY(!menu.isEmpty());
        QCOMPARE(menu.languageForKey('1'), std::optional(QStringLiteral("fr")));
        QCOMPARE(menu.languageForKey('2'), std::optional(QStringLiteral("de")));
        QCOMPARE(menu.languageForKey('3'), std::optional(QStringLiteral("en")));
        for (char key : {'0', '4', '9', '*', '#', 'A', '\0'})
            QVERIFY2(!menu.languageForKey(key), &key);
        QCOMPARE(menu.fallback(), QStringLiteral("fr"));
    }

    void aMenuEntryThatIsNoLanguageKeepsItsPlace()
    {
        const LanguageMenu menu =
            LanguageMenu::fromJson(QJsonArray {QStringLiteral("xx"), 7, QStringLiteral("en")});
        QCOMPARE(menu.entries(), (QStringList {QString(), QString(), QStringLiteral("en")}));
        QVERIFY(!menu.languageForKey('1'));
        QCOMPARE(menu.languageForKey('3'), std::optional(QStringLiteral("en")));
        QCOMPARE(menu.fallback(), QStringLiteral("en"));
        QVERIFY(LanguageMenu::fromJson(QJsonArray {QStringLiteral("xx")}).isEmpty());
        QVERIFY(LanguageMenu().isEmpty());
        QVERIFY(!LanguageMenu().languageForKey('1'));
        // Nine keys at most.
        QStringList long_;
        for (int i = 0; i < 12; ++i)
            long_ << QStringLiteral("de");
        QCOMPARE(LanguageMenu::fromList(long_).entries().size(), LanguageMenu::kMaxKeys);
    }

    void sipInfoCarriesOneKey()
    {
        using Keypad::fromInfo;
        QCOMPARE(fromInfo("Signal=5\r\nDuration=160\r\n", true), std::optional('5'));
        QCOMPARE(fromInfo("Duration=250\r\nsignal = *\r\n", true), std::optional('*'));
        QCOMPARE(fromInfo("Signal=#\n", true), std::optional('#'));
        QCOMPARE(fromInfo("Signal=10\r\n", true), std::optional('*'));
        QCOMPARE(fromInfo("Signal=11\r\n", true), std::optional('#'));
        QCOMPARE(fromInfo("Signal=d\r\n", true), std::optional('D'));
        QCOMPARE(fromInfo("Signal=12\r\n", true), std::nullopt);
        QCOMPARE(fromInfo("Signal=E\r\n", true), std::nullopt);
        QCOMPARE(fromInfo("Duration=160\r\n", true), std::nullopt);
        QCOMPARE(fromInfo("", true), std::nullopt);
        QCOMPARE(fromInfo("7\r\n", false), std::optional('7'));
        QCOMPARE(fromInfo("77", false), std::nullopt);
        QCOMPARE(fromInfo("", false), std::nullopt);
        QVERIFY(Keypad::isKey('0') && Keypad::isKey('#') && Keypad::isKey('C'));
        QVERIFY(!Keypad::isKey('E') && !Keypad::isKey('c') && !Keypad::isKey(' '));
    }

    void keysAreHeardInTheCallersAudioOncePerPress()
    {
        QString keys;
        InbandKeys decoder([&](char key) { keys += QLatin1Char(key); });
        const auto feed = [&](const QList<AudioFrame> &frames) {
            for (const AudioFrame &frame : frames)
                decoder.listen(frame);
        };
        feed(dtmf(770, 1336, 150, 200)); // 5
        feed(dtmf(697, 1336, 100, 100)); // 2
        feed(dtmf(697, 1336, 100, 100)); // 2 again: a second press
        feed(dtmf(941, 1477, 80, 100)); // #
        QCOMPARE(keys, QStringLiteral("522#"));
        // A test tone or silence is no key.
        keys.clear();
        feed(dtmf(700, 700, 1000, 200));
        feed(dtmf(440, 1000, 1000, 200)); // not a DTMF pair
        QCOMPARE(keys, QString());
    }
};

QTEST_GUILESS_MAIN(TestPrompts)
#include "tst_prompts.moc"
