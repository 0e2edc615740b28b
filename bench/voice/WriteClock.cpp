// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteClock.h"

#include <QDir>
#include <QFile>

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>

namespace ecoute::bench {

std::int64_t nowNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return std::int64_t(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

WriteClock::~WriteClock()
{
    stop();
}

bool WriteClock::start()
{
    m_fd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_fd < 0 || m_wakeFd < 0) {
        std::perror("voice-bench: inotify");
        return false;
    }
    m_running = true;
    m_thread = std::thread([this] { run(); });
    return true;
}

bool WriteClock::watch(const QString &directory)
{
    const QString path = QDir(directory).absolutePath();
    // The watch is added under the lock, so that the thread never sees an event of an unknown one.
    std::lock_guard lock(m_mutex);
    const int watch = inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_CREATE | IN_MODIFY);
    if (watch < 0)
        return false;
    m_directories.insert(watch, path);
    return true;
}

void WriteClock::stop()
{
    if (m_running.exchange(false)) {
        const std::uint64_t one = 1;
        (void)!write(m_wakeFd, &one, sizeof one);
        m_thread.join();
    }
    if (m_fd >= 0)
        close(m_fd);
    if (m_wakeFd >= 0)
        close(m_wakeFd);
    m_fd = m_wakeFd = -1;
}

void WriteClock::run()
{
    alignas(inotify_event) char buffer[64 * 1024];
    while (m_running) {
        pollfd fds[2] = {{m_fd, POLLIN, 0}, {m_wakeFd, POLLIN, 0}};
        if (poll(fds, 2, -1) < 0 || (fds[1].revents & POLLIN))
            continue;
        const ssize_t length = read(m_fd, buffer, sizeof buffer);
        for (ssize_t at = 0; at < length;) {
            const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
            if (event->len > 0 && (event->mask & (IN_CREATE | IN_MODIFY)))
                record(event->wd, event->name, event->mask & IN_CREATE);
            at += ssize_t(sizeof(inotify_event) + event->len);
        }
    }
}

void WriteClock::record(int watch, const char *name, bool created)
{
    // Stamped before anything else: the size read just after is at least what this event reports.
    const std::int64_t at = nowNs();
    std::lock_guard lock(m_mutex);
    const QString directory = m_directories.value(watch);
    if (directory.isEmpty())
        return;
    const QString path = directory + u'/' + QFile::decodeName(name);
    struct stat status
    {
    };
    if (stat(QFile::encodeName(path).constData(), &status) != 0)
        return;
    QList<Growth> &sizes = m_growth[path];
    if (created || sizes.isEmpty()) {
        if (sizes.isEmpty())
            m_created[directory] << path;
    } else if (sizes.constLast().size == status.st_size) {
        return; // an event for bytes already seen
    }
    sizes.append({at, std::int64_t(status.st_size)});
}

QStringList WriteClock::createdBetween(const QString &directory, std::int64_t fromNs, std::int64_t toNs) const
{
    std::lock_guard lock(m_mutex);
    QStringList found;
    for (const QString &path : m_created.value(QDir(directory).absolutePath())) {
        const std::int64_t at = m_growth.value(path).constFirst().atNs;
        if (at >= fromNs && at <= toNs)
            found << path;
    }
    return found;
}

QList<WriteClock::Growth> WriteClock::growth(const QString &path) const
{
    std::lock_guard lock(m_mutex);
    return m_growth.value(path);
}

} // namespace ecoute::bench
