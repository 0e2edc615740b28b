// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/StderrScrubber.h"

#include "voice/bridge/LineSplitter.h"
#include "voice/bridge/Telephony.h"
#include "voice/logging/LogScrubber.h"

#define DEBUG_MODULE "ecoute-voice"
#define DEBUG_LEVEL 0
#include <re_dbg.h>

#include <QString>
#include <QtGlobal>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ecoute::voice::StderrScrubber {

namespace {

constexpr qsizetype kMaxLine = 8 * 1024;

struct State
{
    int realStderr = -1; ///< a duplicate of the original fd 2
    int pipeRead = -1;
    bool listening = false;
    LineSplitter pipeLines {kMaxLine};
    LineSplitter libreLines {kMaxLine};
};

State &state()
{
    static State s;
    return s;
}

void writeAll(int fd, QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const ssize_t n = ::write(fd, bytes.data(), size_t(bytes.size()));
        if (n > 0) {
            bytes = bytes.sliced(n);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else {
            return; // full (a non-blocking pipe nobody reads) or gone: the line is lost, not the loop
        }
    }
}

void emitScrubbed(QByteArrayView line, bool tooLong)
{
    const int fd = state().realStderr >= 0 ? state().realStderr : STDERR_FILENO;
    if (tooLong) {
        writeAll(fd, "[a log line too long to scrub was dropped]\n");
        return;
    }
    QByteArray out = LogScrubber::scrub(QString::fromUtf8(line)).toUtf8();
    out.append('\n');
    writeAll(fd, out);
}

void readPipe(int, void *)
{
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(state().pipeRead, buffer, sizeof buffer);
        if (n > 0) {
            state().pipeLines.feed(QByteArrayView(buffer, n), emitScrubbed);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        return; // EAGAIN: all read for now (the write end stays open as fd 2 and never hits EOF)
    }
}

void libreHandler(int, const char *text, size_t length, void *)
{
    state().libreLines.feed(QByteArrayView(text, qsizetype(length)), emitScrubbed);
}

void qtHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    emitScrubbed(message.toUtf8(), false);
}

bool setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

} // namespace

bool install()
{
    State &s = state();
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return false;
    s.realStderr = ::fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    if (s.realStderr < 0 || ::dup2(fds[1], STDERR_FILENO) < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return false;
    }
    ::close(fds[1]);
    s.pipeRead = fds[0];
    // The loop is the pipe's only reader: a writer must never block on it. A burst bigger than
    // the pipe loses lines instead of freezing calls; a bigger pipe makes that rarer.
    ::fcntl(STDERR_FILENO, F_SETPIPE_SZ, 1 << 20);
    setNonBlocking(STDERR_FILENO);
    setNonBlocking(s.pipeRead);
    // The real standard error is the server's pipe in production: never wait for it either.
    struct stat info
    {
    };
    if (::fstat(s.realStderr, &info) == 0 && S_ISFIFO(info.st_mode))
        setNonBlocking(s.realStderr);
    std::setvbuf(stderr, nullptr, _IONBF, 0);
    return true;
}

bool attachToLoop(int libreLevel)
{
    State &s = state();
    qInstallMessageHandler(qtHandler);
    dbg_init(libreLevel, DBG_NONE);
    dbg_handler_set(libreHandler, nullptr);
    if (s.pipeRead < 0 || fd_listen(s.pipeRead, FD_READ, readPipe, nullptr) != 0)
        return false;
    s.listening = true;
    return true;
}

void detachFromLoop()
{
    State &s = state();
    if (s.listening)
        fd_close(s.pipeRead);
    s.listening = false;
    if (s.pipeRead >= 0)
        readPipe(s.pipeRead, nullptr);
    for (LineSplitter *lines : {&s.pipeLines, &s.libreLines}) {
        const QByteArray rest = lines->takeRest();
        if (!rest.isEmpty())
            emitScrubbed(rest, false);
    }
}

void writeLine(QByteArrayView line)
{
    emitScrubbed(line, false);
}

} // namespace ecoute::voice::StderrScrubber
