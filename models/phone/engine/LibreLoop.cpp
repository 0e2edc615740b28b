// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/engine/LibreLoop.h"

#include "telephony/Libre.h"

#define DEBUG_MODULE "ecoute-phone"
#define DEBUG_LEVEL 0
#include <re_dbg.h>

#include <algorithm>
#include <mutex>

namespace ecoute::models::engine {

namespace {

/// libre's lines may name addresses and SIP URIs (the one-time token): none is kept.
void dropDebugLine(int, const char *, size_t, void *) { }

bool initialiseLibre()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] {
        ok = libre_init() == 0;
        dbg_init(DBG_WARNING, DBG_NONE);
        dbg_handler_set(dropDebugLine, nullptr);
    });
    return ok;
}

void cancelLoop(void *arg)
{
    delete static_cast<tmr *>(arg); // libre unlinked it before calling
    re_cancel();
}

} // namespace

LibreLoop::LibreLoop()
{
    if (!initialiseLibre())
        return;
    std::promise<bool> started;
    std::future<bool> ready = started.get_future();
    m_thread = std::thread(&LibreLoop::run, this, &started);
    if (!ready.get())
        stop();
}

LibreLoop::~LibreLoop()
{
    stop();
}

void LibreLoop::run(std::promise<bool> *started)
{
    mqueue *queue = nullptr;
    const bool ok = re_thread_init() == 0 && mqueue_alloc(&queue, onMessage, this) == 0;
    {
        const std::lock_guard lock(m_mutex);
        m_queue = ok ? queue : nullptr;
    }
    started->set_value(ok);
    if (ok)
        re_main(nullptr);
    {
        const std::lock_guard lock(m_mutex);
        m_queue = nullptr;
        m_tasks.clear(); // posted after the last one: never run
    }
    mem_deref(queue);
    re_thread_close();
}

bool LibreLoop::isRunning() const
{
    const std::lock_guard lock(m_mutex);
    return m_queue != nullptr;
}

bool LibreLoop::post(std::function<void()> task)
{
    const std::lock_guard lock(m_mutex);
    if (!m_queue)
        return false;
    m_tasks.push_back(std::move(task));
    // One wake-up per task (the pipe holds thousands); each takes every task waiting.
    if (mqueue_push(m_queue, 0, nullptr) != 0) {
        m_tasks.pop_back();
        return false;
    }
    return true;
}

void LibreLoop::runPosted()
{
    std::deque<std::function<void()>> tasks;
    {
        const std::lock_guard lock(m_mutex);
        tasks.swap(m_tasks);
    }
    for (std::function<void()> &task : tasks)
        task();
}

void LibreLoop::stop(std::function<void()> last, int graceMs)
{
    if (!m_thread.joinable())
        return;
    post([last = std::move(last), graceMs] {
        if (last)
            last();
        auto *timer = new tmr;
        tmr_init(timer);
        tmr_start(timer, std::uint64_t(std::max(0, graceMs)), cancelLoop, timer);
    });
    // Not posted: libre never came up and the thread has ended by itself.
    m_thread.join();
}

void LibreLoop::onMessage(int, void *, void *arg)
{
    static_cast<LibreLoop *>(arg)->runPosted();
}

} // namespace ecoute::models::engine
