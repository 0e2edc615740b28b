// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include <cstdio>

namespace ecoute::server::console {

void out(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void err(const QString &line)
{
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

} // namespace ecoute::server::console
