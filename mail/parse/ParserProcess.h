// SPDX-License-Identifier: GPL-3.0-or-later
// ecoute-mailparse: one raw message on stdin, one JSON line on stdout (ParsedMailJson), exit 0.
// The server runs it for every message so that a hostile one costs at most this process.
#pragma once

#include <QByteArray>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace ecoute::mail {

struct ProcessOptions
{
    qint64 maxBytes = 10 * 1024 * 1024;
};

/// --max-bytes N; nullopt for anything else.
std::optional<ProcessOptions> parseProcessArguments(const QStringList &arguments);

/// RLIMIT_AS 512 MiB (not under AddressSanitizer, which reserves far more) and RLIMIT_CPU 20 s.
void applyResourceLimits();

/// GLib, GMime and libxml2 print nothing: their messages may quote a header or an address.
void silenceLibraryLogging();

struct StdinRead
{
    QByteArray data;
    bool tooLarge = false;
};
/// Reads fd 0 to its end, stopping as soon as it holds more than maxBytes.
StdinRead readInput(int fd, qint64 maxBytes);

/// The whole process; returns its exit code.
int runParserProcess(int argc, char **argv);

} // namespace ecoute::mail
