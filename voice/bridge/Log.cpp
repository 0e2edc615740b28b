// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/Log.h"

#include "voice/bridge/StderrScrubber.h"

namespace ecoute::voice::Log {

namespace {

void write(const char *level, const QString &line)
{
    StderrScrubber::writeLine(QByteArray("ecoute-voice ") + level + ": " + line.toUtf8());
}

} // namespace

void info(const QString &line)
{
    write("info", line);
}

void warning(const QString &line)
{
    write("warning", line);
}

void error(const QString &line)
{
    write("error", line);
}

} // namespace ecoute::voice::Log
