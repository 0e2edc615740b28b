// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/cli/KeysCli.h"

#include "server/cli/Console.h"
#include "server/storage/Database.h"
#include "server/storage/KeyRing.h"
#include "server/storage/TranscriptResealer.h"
#include "server/storage/TranscriptVault.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ecoute::server {

int KeysCli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Transcript keys: keys rotate adds a new key and re-seals every stored text with it. "
           "Stop the server first."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), tr("Server data directory."),
                                           tr("dir"));
    const QCommandLineOption keyFileOption(
        QStringLiteral("key-file"),
        tr("The key file to rotate (default: DATA/transcript-keys; with a systemd credential, the file "
           "the credential is loaded from)."),
        tr("path"));
    parser.addOptions({dataDirOption, keyFileOption});
    parser.addPositionalArgument(QStringLiteral("keys"), tr("keys rotate"));
    if (const auto exitCode = console::parseOrFinish(parser, arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList {QStringLiteral("keys"), QStringLiteral("rotate")}) {
        console::err(tr("Usage: ecoute-server keys rotate [--data-dir DIR] [--key-file PATH]"));
        return 2;
    }
    const QString dataDir = parser.isSet(dataDirOption)
        ? parser.value(dataDirOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString databasePath = QDir(dataDir).filePath(QStringLiteral("ecoute.sqlite"));
    if (!QFileInfo::exists(databasePath)) {
        console::err(tr("No database in %1.").arg(dataDir));
        return 1;
    }
    QString error;
    const auto lock = TranscriptVault::lockDataDir(dataDir, &error);
    if (!lock) {
        console::err(tr("Stop the server first: %1").arg(error));
        return 1;
    }
    const QString keyPath =
        parser.isSet(keyFileOption) ? parser.value(keyFileOption) : TranscriptVault::keyFilePath(dataDir);
    Database db;
    if (!db.open(databasePath)) {
        console::err(tr("Cannot open the database: %1").arg(db.lastError()));
        return 1;
    }
    // Check the current ring opens before anything changes (a first key file is
    // made here for a database without text, e.g. to become a systemd credential).
    if (!TranscriptVault::loadKeys(db, keyPath, true, &error)) {
        console::err(error);
        return 1;
    }
    TranscriptResealer resealer(db);
    quint32 newId = 0;
    // Marked first: if this is interrupted, the next run or server start finishes the job.
    if (!resealer.markPending(QStringLiteral("rotation")) || !KeyRing::addKey(keyPath, &newId, &error)
        || !TranscriptVault::loadKeys(db, keyPath, false, &error)) {
        console::err(error.isEmpty() ? tr("Could not record the rotation in the database.") : error);
        return 1;
    }
    const auto outcome = resealer.run();
    console::out(
        tr("transcript key %1 added; %2 stored texts re-sealed with it").arg(newId).arg(outcome.resealed));
    if (!outcome.ok || outcome.unreadable > 0) {
        console::err(tr("%1 stored texts could not be re-sealed (sealed under a key missing from the file, "
                        "or altered)")
                         .arg(outcome.unreadable));
        return 1;
    }
    return 0;
}

} // namespace ecoute::server
