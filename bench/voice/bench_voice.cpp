// SPDX-License-Identifier: GPL-3.0-or-later
// bench/run voice: N concurrent calls through the real ecoute-voice, with baresip phones on
// loopback; the bridge's CPU and memory per call, and the mouth-to-ear delay of a few measured
// calls against the same two phones calling each other directly.
// Last line: "voice_added_latency_ratio_vs_direct: X" (bridged p50 / direct p50).
#include "VoiceBench.h"
#include "VoiceReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace ecoute::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Voice bridge benchmark"));
    parser.addHelpOption();
    const QCommandLineOption bridge(QStringLiteral("bridge"), QStringLiteral("The ecoute-voice binary."),
                                    QStringLiteral("path"));
    const QCommandLineOption calls(QStringLiteral("calls"), QStringLiteral("Concurrent calls (50)."),
                                   QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption probes(QStringLiteral("probes"),
                                    QStringLiteral("Measured calls among them (5)."), QStringLiteral("n"),
                                    QStringLiteral("5"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Bridged + direct rounds (2)."),
                                    QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Length of each measured call (8)."), QStringLiteral("s"),
                                     QStringLiteral("8"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the work directory."));
    parser.addOptions({bridge, calls, probes, rounds, seconds, keep});
    parser.process(app);

    VoiceBenchOptions options;
    options.bridgeBinary = parser.value(bridge);
    options.calls = parser.value(calls).toInt();
    options.probes = parser.value(probes).toInt();
    options.rounds = parser.value(rounds).toInt();
    options.phaseSeconds = parser.value(seconds).toInt();
    options.keep = parser.isSet(keep);
    if (options.bridgeBinary.isEmpty() || options.probes < 1 || options.calls < options.probes
        || options.rounds < 1 || options.phaseSeconds < 3) {
        std::fprintf(stderr,
                     "usage: bench_voice --bridge PATH [--calls N >= probes] [--probes K >= 1]"
                     " [--rounds R >= 1] [--seconds S >= 3] [--keep]\n");
        std::printf("voice_added_latency_ratio_vs_direct: nan\n");
        return 2;
    }
    std::printf("voice benchmark: %d concurrent calls through ecoute-voice (%d load + %d measured),"
                " G.711 at 8 kHz, 20 ms frames\n",
                options.calls, options.calls - options.probes, options.probes);
    std::printf("each call: caller -> bridge over SIP/UDP + RTP, volunteer -> bridge over SIP/TLS + SRTP;"
                " direct: caller -> volunteer, SIP/UDP + RTP\n");
    std::fflush(stdout);
    const VoiceFigures figures = VoiceBench(options).run();
    return printVoiceReport(options, figures);
}
