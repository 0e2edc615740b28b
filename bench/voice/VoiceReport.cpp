// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoiceReport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace ecoute::bench {

namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kTargetRatio = 1.2;
constexpr int kTargetCalls = 50;

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return kNan;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::lround(p * double(values.size() - 1)));
    return values.at(index);
}

QByteArray number(double value, int digits = 1)
{
    return std::isfinite(value) ? QByteArray::number(value, 'f', digits) : QByteArrayLiteral("-");
}

void row(const char *label, const QByteArray &value, const char *note = "")
{
    std::printf("%-58s %-18s %s\n", label, value.constData(), note);
}

} // namespace

int printVoiceReport(const VoiceBenchOptions &options, const VoiceFigures &f)
{
    const int calls = std::max(f.callsUp, 1);
    const double directP50 = percentile(f.directMs, 0.5);
    const double bridgedP50 = percentile(f.bridgedMs, 0.5);
    const double ratio = bridgedP50 / directP50;
    const auto pair = [](double a, double b, int digits = 1) {
        return number(a, digits) + " / " + number(b, digits);
    };

    std::printf("%-58s %-18s %s\n", "figure", "value", "");
    std::printf("%-58s %-18s\n", QByteArray(57, '-').constData(), QByteArray(17, '-').constData());
    row("calls held at once through the bridge / asked",
        QByteArray::number(f.callsUp) + " / " + QByteArray::number(f.callsAsked));
    row("load calls dropped during the run", QByteArray::number(f.callsDropped));
    row("bridge CPU, all calls up (% of one core)", number(f.bridgeCpuPercent),
        qPrintable(QStringLiteral("over %1 s").arg(f.cpuWindowSeconds, 0, 'f', 1)));
    row("bridge CPU per call (% of one core)", number(f.bridgeCpuPercent / calls, 3));
    row("bridge RSS idle / all calls up (MiB)",
        pair(f.bridgeRssIdleKiB / 1024.0, f.bridgeRssLoadedKiB / 1024.0));
    row("bridge RSS per call (KiB)", number(double(f.bridgeRssLoadedKiB - f.bridgeRssIdleKiB) / calls));
    row("test phones' CPU per load call, callers / volunteers",
        pair(f.loadCallersCpuPercent / std::max(f.loadCalls, 1),
             f.loadVolunteersCpuPercent / std::max(f.loadCalls, 1), 3),
        "(% of one core; baresip, not the bridge)");
    row("mouth-to-ear, direct call p50 / p90 (ms)", pair(directP50, percentile(f.directMs, 0.9)),
        qPrintable(QStringLiteral("%1 tone onsets").arg(f.directMs.size())));
    row("mouth-to-ear, through the bridge p50 / p90 (ms)", pair(bridgedP50, percentile(f.bridgedMs, 0.9)),
        qPrintable(QStringLiteral("%1 tone onsets").arg(f.bridgedMs.size())));
    row("added by the bridge, p50 (ms)", number(bridgedP50 - directP50));
    row("measured calls whose delay grew > 15 ms, bridged / direct",
        QByteArray::number(f.bridgedCallsGrown) + " of " + QByteArray::number(f.bridgedCalls) + " / "
            + QByteArray::number(f.directCallsGrown) + " of " + QByteArray::number(f.directCalls),
        "(highest vs first onset)");
    row("recorder writes stamped one 20 ms frame at a time (%)",
        number(f.recorderWrites > 0 ? 100.0 * f.recorderWritesOfOneFrame / f.recorderWrites : kNan),
        "(the timing's own check)");
    std::printf(
        "(mouth: the caller's encoder input; ear: the volunteer's decoder output, after its jitter\n"
        " buffer; %d measured phone pairs; %d x (%d s bridged, %d s direct), the order alternating)\n",
        options.probes, options.rounds, options.phaseSeconds, options.phaseSeconds);

    if (!f.failure.isEmpty())
        std::printf("RUN INCOMPLETE: %s\n", qPrintable(f.failure));
    if (options.keep)
        std::printf("work directory kept: %s\n", qPrintable(f.workDirectory));
    const auto verdict = [](bool met) {
        return met ? "met" : "NOT met";
    };
    std::printf("targets (issue 14, 2-core machine):\n");
    std::printf("  %d concurrent bridged calls held: %s (%d)\n", kTargetCalls,
                verdict(f.callsUp >= kTargetCalls && f.callsDropped == 0 && f.failure.isEmpty()), f.callsUp);
    std::printf("  mouth-to-ear through the bridge <= %.1fx the direct call: %s (%sx)\n", kTargetRatio,
                std::isfinite(ratio) ? verdict(ratio <= kTargetRatio) : "unknown",
                number(ratio, 3).constData());
    std::printf("voice_added_latency_ratio_vs_direct: %s\n",
                std::isfinite(ratio) ? QByteArray::number(ratio, 'f', 2).constData() : "nan");
    return f.failure.isEmpty() && std::isfinite(ratio) ? 0 : 1;
}

} // namespace ecoute::bench
