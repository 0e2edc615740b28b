// SPDX-License-Identifier: GPL-3.0-or-later
// The playout depth of a phone leg (telephony/PlayoutDepth): jitter keeps its frames, a standing
// surplus after a stall is dropped one frame a second until a leg holds one or two frames again.
#include "telephony/PlayoutDepth.h"

#include <QTest>

#include <array>
#include <vector>

using ecoute::telephony::PlayoutDepth;

namespace {

/// A leg as the mixer sees it: packets arrive (`arrivals[i]` in tick i), one frame is pulled per
/// tick, a drop takes one more. Returns the depth after each pull.
std::vector<int> simulate(const std::vector<int> &arrivals)
{
    PlayoutDepth depth;
    std::vector<int> after;
    int held = 0;
    for (int arrived : arrivals) {
        held += arrived;
        if (held > 0)
            --held;
        if (depth.afterPull(held) && held > 0)
            --held;
        after.push_back(held);
    }
    return after;
}

} // namespace

class TestPhonePlayout : public QObject
{
    Q_OBJECT

private slots:
    void jitterWithinTwoFramesIsKept()
    {
        PlayoutDepth depth;
        for (int pull = 0; pull < 10 * PlayoutDepth::kPatiencePulls; ++pull)
            QVERIFY(!depth.afterPull(pull % 3)); // 0, 1, 2 frames: never a drop
    }

    void oneSecondDeepDropsOneFrame()
    {
        PlayoutDepth depth;
        for (int pull = 1; pull < PlayoutDepth::kPatiencePulls; ++pull)
            QVERIFY(!depth.afterPull(3));
        QVERIFY(depth.afterPull(3));
        // The count starts again: the next drop is a second later, not at once.
        for (int pull = 1; pull < PlayoutDepth::kPatiencePulls; ++pull)
            QVERIFY(!depth.afterPull(5));
        QVERIFY(depth.afterPull(5));
    }

    void aDipMeansJitterNotDelay()
    {
        PlayoutDepth depth;
        for (int round = 0; round < 20; ++round) {
            for (int pull = 1; pull < PlayoutDepth::kPatiencePulls; ++pull)
                QVERIFY(!depth.afterPull(4));
            QVERIFY(!depth.afterPull(2)); // the leg got down to two: nothing was standing
        }
        for (int pull = 1; pull < PlayoutDepth::kPatiencePulls; ++pull)
            QVERIFY(!depth.afterPull(4));
        depth.reset();
        QVERIFY(!depth.afterPull(4));
    }

    void depthReturnsAfterAStall()
    {
        // 2 s steady, a 100 ms stall (5 frames come at once after it), then 10 s steady.
        std::vector<int> arrivals(100, 1);
        for (int tick = 0; tick < 5; ++tick)
            arrivals.push_back(0);
        arrivals.push_back(6);
        arrivals.insert(arrivals.end(), 500, 1);
        const std::vector<int> after = simulate(arrivals);
        QCOMPARE(after[99], 0);
        QCOMPARE(after[105], 5); // the stall's frames now wait
        // One frame a second goes until no more than two wait: 3 drops, 3 s.
        const std::size_t settled = 105 + 3 * PlayoutDepth::kPatiencePulls - 1;
        QCOMPARE(after[settled - 1], 3);
        for (std::size_t tick = settled; tick < after.size(); ++tick)
            QCOMPARE(after[tick], 2);
    }

    void quieterFrameIsFound()
    {
        std::array<std::int16_t, 160> silence {};
        std::array<std::int16_t, 160> tone {};
        for (std::size_t i = 0; i < tone.size(); ++i)
            tone[i] = std::int16_t(i % 2 ? 8000 : -8000);
        QCOMPARE(PlayoutDepth::meanSquare(silence.data(), 160), std::int64_t(0));
        QCOMPARE(PlayoutDepth::meanSquare(tone.data(), 160), std::int64_t(64000000));
        QCOMPARE(PlayoutDepth::meanSquare(tone.data(), 0), std::int64_t(0));
        // Per sample: a 40 ms packet is not louder for being longer.
        std::array<std::int16_t, 320> longTone {};
        longTone.fill(8000);
        QCOMPARE(PlayoutDepth::meanSquare(longTone.data(), 320), PlayoutDepth::meanSquare(tone.data(), 160));
    }
};

QTEST_APPLESS_MAIN(TestPhonePlayout)
#include "tst_phoneplayout.moc"
