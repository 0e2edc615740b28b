// SPDX-License-Identifier: GPL-3.0-or-later
// The phone tests' ear: a tone is found at its level, another tone or silence is not.
#include "ToneDetector.h"

#include <QTest>

#include <cmath>
#include <numbers>

using ecoute::testing::ToneDetector;

namespace {
constexpr int kRate = 8000;

QList<std::int16_t> tone(double frequency, double amplitude, int samples, double phase = 0.3)
{
    QList<std::int16_t> out;
    for (int i = 0; i < samples; ++i)
        out << std::int16_t(
            std::lround(32767 * amplitude * std::sin(2 * std::numbers::pi * frequency * i / kRate + phase)));
    return out;
}

QList<std::int16_t> mix(const QList<std::int16_t> &a, const QList<std::int16_t> &b)
{
    QList<std::int16_t> out;
    for (qsizetype i = 0; i < a.size(); ++i)
        out << std::int16_t(std::clamp(a[i] + b[i], -32768, 32767));
    return out;
}
} // namespace

class TestToneDetector : public QObject
{
    Q_OBJECT

private slots:
    void findsAToneAtItsLevel()
    {
        const ToneDetector ear(kRate);
        QVERIFY(std::abs(ear.levelDb(tone(700, 1.0, kRate), 700)) < 0.5);
        QVERIFY(std::abs(ear.levelDb(tone(1000, 0.5, kRate), 1000) + 6.0) < 0.5); // half amplitude: −6 dB
    }

    void otherTonesAndSilenceStayLow()
    {
        const ToneDetector ear(kRate);
        const auto caller = tone(700, 0.5, kRate);
        QVERIFY(ear.levelDb(caller, 1600) < -40);
        QVERIFY(ear.levelDb(caller, 1000) < -40);
        QCOMPARE(ear.levelDb(QList<std::int16_t>(kRate, 0), 700), ToneDetector::kFloorDb);
    }

    void separatesMixedTones()
    {
        const ToneDetector ear(kRate);
        const auto both = mix(tone(700, 0.4, kRate), tone(1600, 0.01, kRate));
        QVERIFY(ear.levelDb(both, 700) > -10);
        const double whisper = ear.levelDb(both, 1600);
        QVERIFY2(whisper > -45 && whisper < -35, qPrintable(QString::number(whisper))); // 0.01: −40 dB
    }

    void perSecondTimeline()
    {
        const ToneDetector ear(kRate);
        QList<std::int16_t> recording = QList<std::int16_t>(kRate, 0);
        recording << tone(1000, 0.5, kRate) << QList<std::int16_t>(kRate / 2, 0);
        const QList<double> levels = ear.perSecondDb(recording, 1000);
        QCOMPARE(levels.size(), 2); // the half second at the end is not a whole second
        QVERIFY(levels[0] < -60);
        QVERIFY(levels[1] > -7);
    }
};

QTEST_GUILESS_MAIN(TestToneDetector)
#include "tst_tonedetector.moc"
