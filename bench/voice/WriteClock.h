// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>

namespace ecoute::bench {

/// Nanoseconds on the benchmark's one clock (CLOCK_MONOTONIC), for every timestamp it takes.
std::int64_t nowNs();

/// When each file in some directories grew, and to what size: an inotify watch read by its own
/// thread, which stamps every change as soon as the kernel reports it. baresip's sndfile module
/// writes each 20 ms frame with its own write() as it sends (the "-enc" dump, just before
/// encoding) or as it plays out of the jitter buffer (the "-dec" dump), so these stamps put the
/// recordings of two phones on one clock.
class WriteClock
{
public:
    struct Growth
    {
        std::int64_t atNs = 0;
        std::int64_t size = 0;
    };

    WriteClock() = default;
    ~WriteClock();
    WriteClock(const WriteClock &) = delete;
    WriteClock &operator=(const WriteClock &) = delete;

    /// Starts the thread; false (with a reason on stderr) if inotify is not available.
    bool start();
    /// Watches a directory's files (created and modified); the directory must exist.
    bool watch(const QString &directory);
    void stop();

    /// Paths of files in `directory` created between two instants, oldest first.
    QStringList createdBetween(const QString &directory, std::int64_t fromNs, std::int64_t toNs) const;
    /// Every size seen for `path`, in order (the first is its creation).
    QList<Growth> growth(const QString &path) const;

private:
    void run();
    void record(int watch, const char *name, bool created);

    int m_fd = -1;
    int m_wakeFd = -1;
    std::thread m_thread;
    std::atomic<bool> m_running {false};
    mutable std::mutex m_mutex;
    QHash<int, QString> m_directories; ///< by watch descriptor
    QHash<QString, QList<Growth>> m_growth; ///< by path
    QHash<QString, QStringList> m_created; ///< by directory, in order
};

} // namespace ecoute::bench
