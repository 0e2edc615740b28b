// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace ecoute::server::console {
/// One line on stdout, flushed at once (tests and scripts read it through a pipe).
void out(const QString &line);
/// One line on stderr.
void err(const QString &line);
/// Parses a sub-command's arguments. nullopt: go on; otherwise the exit code
/// after printing the parser's error (2) or its --help (0).
std::optional<int> parseOrFinish(QCommandLineParser &parser, const QStringList &arguments);
} // namespace ecoute::server::console
