// SPDX-License-Identifier: GPL-3.0-or-later
// The softphone engine's audio parts, without a sound card or a network: the frame ring between a
// device and the engine, levels in dBFS, the resampler between a sound card's rate and the
// phone's 8 kHz (tones kept, what lies above 4 kHz not folded back), WAV files, and FileAudio,
// the microphone and speaker made of files that tests and card-less demos use.

#include "models/phone/engine/AudioLevel.h"
#include "models/phone/engine/FileAudio.h"
#include "models/phone/engine/FrameRing.h"
#include "models/phone/engine/Resampler.h"
#include "models/phone/engine/WavFile.h"

#include "ToneDetector.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <numbers>

using ecoute::models::engine::AudioIo;
namespace AudioLevel = ecoute::models::engine::AudioLevel;
using ecoute::models::engine::FileAudio;
using ecoute::models::engine::FrameRing;
using ecoute::models::engine::LevelMeter;
using ecoute::models::engine::Resampler;
using ecoute::models::engine::WavSound;
using ecoute::telephony::AudioFrame;
using ecoute::testing::ToneDetector;

namespace {

std::vector<float> sine(int rate, double hz, int count, double amplitude = 10000)
{
    std::vector<float> samples(std::size_t(count), 0.0F);
    for (int i = 0; i < count; ++i)
        samples[std::size_t(i)] = float(amplitude * std::sin(2 * std::numbers::pi * hz * i / rate));
    return samples;
}

QList<std::int16_t> toPcm(const std::vector<float> &samples, std::size_t from = 0)
{
    QList<std::int16_t> out;
    for (std::size_t i = from; i < samples.size(); ++i)
        out << std::int16_t(std::lround(samples[i]));
    return out;
}

/// Resamples in chunks of 10 ms, as a device delivers them.
std::vector<float> resampleInChunks(Resampler &resampler, const std::vector<float> &input)
{
    std::vector<float> output;
    const std::size_t chunk = std::size_t(resampler.inputRate() / 100);
    for (std::size_t at = 0; at < input.size(); at += chunk) {
        const std::size_t n = std::min(chunk, input.size() - at);
        resampler.process(std::span<const float>(input.data() + at, n), output);
    }
    return output;
}

std::span<const std::int16_t> spanOf(const QList<std::int16_t> &samples)
{
    return {samples.constData(), std::size_t(samples.size())};
}

AudioFrame frameOf(std::int16_t value)
{
    AudioFrame frame;
    frame.fill(value);
    return frame;
}

} // namespace

class TestPhoneAudio : public QObject
{
    Q_OBJECT

private slots:
    void theRingDropsTheOldestWhenFull()
    {
        FrameRing ring(3);
        AudioFrame out;
        QVERIFY(!ring.pop(out));
        for (std::int16_t i = 1; i <= 5; ++i)
            ring.push(frameOf(i));
        QCOMPARE(ring.size(), 3);
        QCOMPARE(ring.dropped(), 2);
        for (std::int16_t expected : {3, 4, 5}) {
            QVERIFY(ring.pop(out));
            QCOMPARE(out[0], expected);
        }
        QVERIFY(!ring.pop(out));
        ring.push(frameOf(7));
        ring.clear();
        QCOMPARE(ring.size(), 0);
        QCOMPARE(ring.dropped(), 0);
    }

    void levelsAreInDbfs()
    {
        QCOMPARE(AudioLevel::dbfs(frameOf(0)), AudioLevel::kFloorDb);
        QCOMPARE(AudioLevel::dbfs(std::span<const std::int16_t>()), AudioLevel::kFloorDb);
        // A full-scale square wave is 0 dBFS, half of it −6 dBFS.
        AudioFrame square;
        for (std::size_t i = 0; i < square.size(); ++i)
            square[i] = std::int16_t(i % 2 ? -32768 : 32767);
        QVERIFY(std::abs(AudioLevel::dbfs(square)) < 0.01F);
        QVERIFY(std::abs(AudioLevel::dbfs(frameOf(16384)) + 6.02F) < 0.01F);
        // The −10.5 dBFS sine of the phone tests: −13.5 dBFS RMS.
        const QList<std::int16_t> tone = toPcm(sine(8000, 1000, 160, 32768 * std::pow(10, -10.5 / 20)));
        QVERIFY(std::abs(AudioLevel::dbfs(spanOf(tone)) + 13.5F) < 0.1F);
    }

    void theMeterAveragesWhatWasAddedSinceTheLastReading()
    {
        LevelMeter meter;
        QCOMPARE(meter.takeDb(), AudioLevel::kFloorDb);
        for (int i = 0; i < 5; ++i)
            meter.add(frameOf(i % 2 ? 0 : 16384)); // 3 loud frames out of 5: 10·log10(3/5) lower
        QCOMPARE(meter.frames(), 5);
        QVERIFY(std::abs(meter.takeDb() - (-6.02F + 10.0F * std::log10(0.6F))) < 0.01F);
        QCOMPARE(meter.frames(), 0);
        QCOMPARE(meter.takeDb(), AudioLevel::kFloorDb);
    }

    void theResamplerKeepsTheTelephoneBand_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<double>("hz");
        QTest::newRow("48 kHz card to the phone") << 48000 << 8000 << 1000.0;
        QTest::newRow("44.1 kHz card to the phone") << 44100 << 8000 << 700.0;
        QTest::newRow("the phone to a 48 kHz card") << 8000 << 48000 << 1000.0;
        QTest::newRow("the phone to a 44.1 kHz card") << 8000 << 44100 << 3000.0;
        QTest::newRow("16 kHz to the phone") << 16000 << 8000 << 1600.0;
    }

    void theResamplerKeepsTheTelephoneBand()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(double, hz);
        Resampler resampler(from, to);
        const std::vector<float> output = resampleInChunks(resampler, sine(from, hz, from));
        // One second in, one second out, less the filter's delay (2 ms at 8 kHz).
        QVERIFY(double(output.size()) > to * 0.99);
        QVERIFY(double(output.size()) <= to);
        const ToneDetector detector(to);
        const QList<std::int16_t> steady = toPcm(output, std::size_t(to / 10));
        const double sent = ToneDetector(from).levelDb(toPcm(sine(from, hz, from)).mid(from / 10), hz);
        const double kept = detector.levelDb(steady, hz);
        QVERIFY2(std::abs(kept - sent) < 0.5,
                 qPrintable(QStringLiteral("%1 dB, sent %2 dB").arg(kept).arg(sent)));
    }

    void nothingAboveTheBandFoldsIntoTheCall_data()
    {
        QTest::addColumn<double>("hz");
        QTest::addColumn<double>("foldsTo");
        QTest::newRow("6 kHz") << 6000.0 << 2000.0;
        QTest::newRow("4.7 kHz") << 4700.0 << 3300.0;
    }

    void nothingAboveTheBandFoldsIntoTheCall()
    {
        QFETCH(double, hz);
        QFETCH(double, foldsTo);
        // At 48 kHz; without the low-pass it would come back at 8 kHz as foldsTo.
        Resampler resampler(48000, 8000);
        const std::vector<float> output = resampleInChunks(resampler, sine(48000, hz, 48000));
        const double folded = ToneDetector(8000).levelDb(toPcm(output, 800), foldsTo);
        const double sentDb = 20 * std::log10(10000.0 / 32768.0);
        QVERIFY2(folded < sentDb - 60, qPrintable(QString::number(folded)));
    }

    void equalRatesPassThrough()
    {
        Resampler resampler(8000, 8000);
        std::vector<float> output;
        const std::vector<float> input {1, 2, 3};
        resampler.process(input, output);
        QCOMPARE(output, input);
    }

    void wavFilesRoundTrip()
    {
        const std::vector<std::int16_t> samples {0, 1, -1, 32767, -32768};
        const QByteArray bytes = WavSound::encode(8000, samples);
        QCOMPARE(bytes.size(), 44 + 10);
        const std::optional<WavSound> back = WavSound::decode(bytes);
        QVERIFY(back);
        QCOMPARE(back->sampleRate, 8000);
        QCOMPARE(back->samples, samples);
        // A writer that never filled in the data size (still recording): read to the end.
        QByteArray open = bytes;
        open.replace(40, 4, QByteArray(4, '\0'));
        QCOMPARE(WavSound::decode(open)->samples, samples);
        // Stereo, 8-bit, truncated or not a WAV file: refused.
        QByteArray stereo = bytes;
        stereo[22] = 2;
        QVERIFY(!WavSound::decode(stereo));
        QByteArray eightBit = bytes;
        eightBit[34] = 8;
        QVERIFY(!WavSound::decode(eightBit));
        QVERIFY(!WavSound::decode(bytes.left(30)));
        QVERIFY(!WavSound::decode("RIFF....WAVEjunk"));
    }

    void fileAudioPlaysInALoopAndRecords()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in.wav"));
        const QString out = dir.filePath(QStringLiteral("out.wav"));
        std::vector<std::int16_t> input(240); // a frame and a half
        for (std::size_t i = 0; i < input.size(); ++i)
            input[i] = std::int16_t(i);
        QVERIFY(WavSound::write(in, 8000, input));

        FileAudio audio(in, out);
        QCOMPARE(audio.devices().inputs.size(), 1);
        AudioFrame frame;
        QVERIFY(!audio.takeCaptured(frame)); // not started
        QCOMPARE(audio.start({}, {}), AudioIo::Error::None);
        QVERIFY(QFile::exists(out)); // known writable before the call
        QVERIFY(audio.takeCaptured(frame));
        QCOMPARE(frame[0], 0);
        QCOMPARE(frame[159], 159);
        QVERIFY(audio.takeCaptured(frame));
        QCOMPARE(frame[79], 239);
        QCOMPARE(frame[80], 0); // from the start again
        audio.play(frameOf(5));
        audio.play(frameOf(-5));
        audio.stop();
        audio.play(frameOf(9)); // after stop: not recorded
        const std::optional<WavSound> recording = WavSound::read(out);
        QVERIFY(recording);
        QCOMPARE(recording->sampleRate, 8000);
        QCOMPARE(recording->samples.size(), std::size_t(320));
        QCOMPARE(recording->samples.front(), 5);
        QCOMPARE(recording->samples.back(), -5);
    }

    void fileAudioTakesOtherRatesAndRefusesWhatItCannotUse()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in.wav"));
        const QString out = dir.filePath(QStringLiteral("out.wav"));
        QCOMPARE(FileAudio(dir.filePath(QStringLiteral("missing.wav")), out).start({}, {}),
                 AudioIo::Error::NoInput);
        QFile junk(in);
        QVERIFY(junk.open(QIODevice::WriteOnly) && junk.write("not a wav file") > 0);
        junk.close();
        QCOMPARE(FileAudio(in, out).start({}, {}), AudioIo::Error::NoInput);

        const QList<std::int16_t> tone = toPcm(sine(16000, 1000, 16000));
        QVERIFY(WavSound::write(in, 16000, spanOf(tone)));
        QCOMPARE(FileAudio(in, dir.filePath(QStringLiteral("no/such/dir/out.wav"))).start({}, {}),
                 AudioIo::Error::NoOutput);
        FileAudio audio(in, out);
        QCOMPARE(audio.start({}, {}), AudioIo::Error::None);
        QList<std::int16_t> heard;
        AudioFrame frame;
        for (int i = 0; i < 25 && audio.takeCaptured(frame); ++i)
            heard.append(QList<std::int16_t>(frame.begin(), frame.end()));
        QCOMPARE(heard.size(), 4000); // 16 kHz became 8 kHz
        QVERIFY(ToneDetector(8000).levelDb(heard.mid(800), 1000) > -15);
    }

    void theEnvironmentChoosesFileAudio()
    {
        QTemporaryDir dir;
        qputenv("ECOUTE_PHONE_AUDIO",
                "file:" + dir.filePath(QStringLiteral("a.wav")).toUtf8() + ':'
                    + dir.filePath(QStringLiteral("b.wav")).toUtf8());
        const std::unique_ptr<AudioIo> audio = AudioIo::fromEnvironment();
        qunsetenv("ECOUTE_PHONE_AUDIO");
        QVERIFY(qobject_cast<FileAudio *>(audio.get()));
        QCOMPARE(audio->devices().outputs.first().description, QStringLiteral("b.wav"));
    }
};

QTEST_GUILESS_MAIN(TestPhoneAudio)
#include "tst_phoneaudio.moc"
