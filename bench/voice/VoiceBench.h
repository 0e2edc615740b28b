// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BaresipPhone.h"
#include "WriteClock.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>
#include <vector>

namespace ecoute::testing {
class VoiceBridgeProcess;
}

namespace ecoute::bench {

struct VoiceBenchOptions
{
    QString bridgeBinary;
    int calls = 50; ///< concurrent calls through the bridge, the measured ones included
    int probes = 5; ///< of which this many are measured (a caller and a volunteer phone each)
    int rounds = 2; ///< each round: a bridged phase and a direct phase (order alternates)
    int phaseSeconds = 8; ///< how long each measured call lasts
    bool keep = false; ///< keep the work directory (recordings, phone configs)
};

/// What a run measured; VoiceReport prints it.
struct VoiceFigures
{
    int callsAsked = 0;
    int callsUp = 0; ///< held at once through the bridge (load + measured)
    int callsDropped = 0; ///< load calls that closed before the end
    double bridgeCpuPercent = 0; ///< of one core, with every call up
    std::int64_t bridgeRssIdleKiB = 0;
    std::int64_t bridgeRssLoadedKiB = 0;
    int loadCalls = 0;
    double loadCallersCpuPercent = 0; ///< the load caller phone (one baresip), same windows
    double loadVolunteersCpuPercent = 0;
    double cpuWindowSeconds = 0;
    QList<double> directMs; ///< mouth-to-ear delays, one per tone onset
    QList<double> bridgedMs;
    /// Measured calls, and those whose delay rose by more than 15 ms while they lasted (a
    /// playout queue that grew and stayed), through the bridge and direct.
    int bridgedCalls = 0;
    int bridgedCallsGrown = 0;
    int directCalls = 0;
    int directCallsGrown = 0;
    /// The timing's own check: writes to the measured recordings, and those the clock saw one
    /// 20 ms frame at a time (a late clock sees several at once and stamps them late).
    int recorderWrites = 0;
    int recorderWritesOfOneFrame = 0;
    QString workDirectory;
    QString failure; ///< empty when the run completed
};

/// The voice benchmark's procedure: the real ecoute-voice with N concurrent calls, of which a
/// few are measured phone pairs that also call each other directly, alternately.
class VoiceBench
{
public:
    explicit VoiceBench(VoiceBenchOptions options);
    ~VoiceBench();

    VoiceFigures run();

private:
    struct Probe
    {
        std::unique_ptr<BaresipPhone> caller;
        std::unique_ptr<BaresipPhone> volunteer;
        QString volunteerAddress; ///< the account that dials the bridge
        QString directUri; ///< the volunteer's other account, which answers the caller directly
        QString callId; ///< the bridged call in progress
    };
    struct Phase
    {
        bool bridged = false;
        int probe = 0;
        std::int64_t dialNs = 0;
        std::int64_t measureFromNs = 0;
        std::int64_t endNs = 0;
    };

    bool prepare();
    bool startPhones();
    QString bridgeCall(BaresipPhone &caller, BaresipPhone &volunteer, const QString &volunteerAddress);
    bool bridgedPhase();
    bool directPhase();
    bool endBridgedCalls();
    void holdPhase(std::int64_t readyNs, bool sampleLoad);
    void analyse();
    bool fail(const QString &why);

    VoiceBenchOptions m_options;
    VoiceFigures m_figures;
    QTemporaryDir m_work;
    QString m_tone;
    int m_runSeconds = 0; ///< an upper bound of the run's length
    std::unique_ptr<testing::VoiceBridgeProcess> m_bridge;
    qint64 m_bridgePid = 0;
    WriteClock m_clock;
    std::unique_ptr<BaresipPhone> m_loadCaller;
    std::unique_ptr<BaresipPhone> m_loadVolunteer;
    std::vector<Probe> m_probes;
    QList<Phase> m_phases;
    double m_bridgeCpuSeconds = 0;
    double m_loadCallerCpuSeconds = 0;
    double m_loadVolunteerCpuSeconds = 0;
};

} // namespace ecoute::bench
