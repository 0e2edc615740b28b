// SPDX-License-Identifier: GPL-3.0-or-later
// ecoute-voice: the phone channel's media bridge (issue 14). Started and supervised by
// ecoute-server, driven by JSON lines on standard input and output; see voice/bridge/Bridge.h.
#include "voice/bridge/Bridge.h"
#include "voice/bridge/BridgeOptions.h"
#include "voice/bridge/Graveyard.h"
#include "voice/bridge/Log.h"
#include "voice/bridge/StderrScrubber.h"
#include "voice/identity/IdentityKey.h"

#include <QStringList>

#include <csignal>
#include <sodium.h>
#include <sys/resource.h>

using namespace ecoute::voice;

namespace {

/// File descriptors libre may watch: 200 calls of five legs (RTP and RTCP each), the SIP
/// connections and some room.
constexpr int kMaxFds = 8192;

Bridge *g_bridge = nullptr;

void onSignal(int signal)
{
    Log::info(QStringLiteral("signal %1: hanging up and leaving").arg(signal));
    static bool again = false;
    if (again || !g_bridge)
        re_cancel();
    else
        g_bridge->shutDown();
    again = true;
}

void raiseFileLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < rlim_t(kMaxFds)) {
        limit.rlim_cur = std::min(limit.rlim_max, rlim_t(kMaxFds));
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

int run(const BridgeOptions &options)
{
    QString error;
    const std::optional<QByteArray> key = IdentityKey::loadOrCreate(options.dataDir, &error);
    if (!key) {
        Log::error(error);
        return 1;
    }
    raiseFileLimit();
    if (libre_init() != 0 || fd_setsize(kMaxFds) != 0 || poll_method_set(METHOD_EPOLL) != 0) {
        Log::error(QStringLiteral("cannot start libre's event loop (epoll)"));
        return 1;
    }
    int exitCode = 0;
    if (!StderrScrubber::attachToLoop(options.libreDebugLevel)) {
        Log::error(QStringLiteral("cannot watch the log pipe"));
        exitCode = 1;
    } else {
        Bridge bridge(options, *key);
        if (!bridge.start(&error)) {
            Log::error(error);
            exitCode = 1;
        } else {
            g_bridge = &bridge;
            re_main(onSignal);
            g_bridge = nullptr;
        }
    }
    Graveyard::clear();
    StderrScrubber::detachFromLoop();
    libre_close();
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    std::signal(SIGPIPE, SIG_IGN); // a closed control pipe is EPIPE, handled where it happens
    // Before anything can write to standard error.
    if (!StderrScrubber::install())
        return 1;
    if (sodium_init() < 0) {
        Log::error(QStringLiteral("libsodium cannot start"));
        return 1;
    }
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QString error;
    const std::optional<BridgeOptions> options = BridgeOptions::parse(arguments, &error);
    if (!options) {
        Log::error(error);
        return 2;
    }
    return run(*options);
}
