// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

struct mqueue;

namespace ecoute::models::engine {

/// libre's event loop (re_main) on a thread of its own, for the softphone: SIP, RTP, timers and
/// the 20 ms audio clock run there without locks, as in the bridge. Other threads hand work in
/// with post(): a queue under a mutex, and libre's mqueue (a pipe) only to wake the loop up;
/// nothing else may touch a libre object. libre's own
/// debug output is dropped (it names addresses, and could name the SIP URI with its token).
class LibreLoop
{
public:
    /// Starts the thread; isRunning() says whether libre came up.
    LibreLoop();
    /// stop() if not done yet.
    ~LibreLoop();
    LibreLoop(const LibreLoop &) = delete;
    LibreLoop &operator=(const LibreLoop &) = delete;

    bool isRunning() const;
    /// Runs `task` on the loop's thread, after the tasks posted before it. False if the loop is
    /// not running (the task is then dropped).
    bool post(std::function<void()> task);
    /// Runs `last` on the loop's thread, lets libre flush for `graceMs` (a BYE on its way),
    /// then ends the loop and joins the thread. Idempotent.
    void stop(std::function<void()> last = {}, int graceMs = 0);

private:
    void run(std::promise<bool> *started);
    static void onMessage(int id, void *data, void *arg);
    void runPosted();

    std::thread m_thread;
    mutable std::mutex m_mutex;
    mqueue *m_queue = nullptr; ///< created and destroyed on the loop's thread; null when not running
    std::deque<std::function<void()>> m_tasks;
};

} // namespace ecoute::models::engine
