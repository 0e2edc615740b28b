// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/cli/DirectoryCli.h"

#include "server/cli/Console.h"
#include "server/directory/DirectoryStore.h"
#include "server/storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

namespace ecoute::server {

namespace {

struct TextOption
{
    const char *key; ///< the field of directory.save
    const char *option; ///< the command-line option that sets it
};

constexpr TextOption kTextOptions[] = {
    {"name", "name"}, {"helpsWith", "helps-with"}, {"phone", "phone"},
    {"web", "web"},   {"hours", "hours"},          {"region", "region"},
};

/// The option that sets a field, for error messages ("--helps-with" for helpsWith).
QString optionFor(const QString &field)
{
    for (const TextOption &text : kTextOptions) {
        if (field == QLatin1String(text.key))
            return QStringLiteral("--") + QLatin1String(text.option);
    }
    return field == QLatin1String("languages") ? QStringLiteral("--languages") : field;
}

/// One line of `directory list`: line breaks of the longer texts become spaces.
QString listLine(const DirectoryService &s)
{
    QStringList columns {s.id,
                         s.name,
                         s.helpsWith,
                         s.phone,
                         s.web,
                         s.hours,
                         s.languages.join(u','),
                         s.region,
                         s.example ? QStringLiteral("example") : QString()};
    for (QString &column : columns)
        column.replace(u'\n', u' ').replace(u'\t', u' ');
    return columns.join(u'\t');
}

} // namespace

int DirectoryCli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Keep the referral directory volunteers see: directory list|add|remove|import|export."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), tr("Server data directory."),
                                           tr("dir"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        tr("The service's name (add; 1-120 characters)."), tr("text"));
    const QCommandLineOption helpsWithOption(QStringLiteral("helps-with"),
                                             tr("What the service helps with (add; up to 500 characters)."),
                                             tr("text"));
    const QCommandLineOption phoneOption(QStringLiteral("phone"), tr("Phone number (add)."), tr("text"));
    const QCommandLineOption webOption(QStringLiteral("web"), tr("Web address, https:// or http:// (add)."),
                                       tr("url"));
    const QCommandLineOption hoursOption(QStringLiteral("hours"), tr("Opening hours (add)."), tr("text"));
    const QCommandLineOption languagesOption(
        QStringLiteral("languages"), tr("Languages spoken, up to 5 of fr,de,en,lb,pt (add)."), tr("list"));
    const QCommandLineOption regionOption(QStringLiteral("region"), tr("Region served (add)."), tr("text"));
    parser.addOptions({dataDirOption, nameOption, helpsWithOption, phoneOption, webOption, hoursOption,
                       languagesOption, regionOption});
    parser.addPositionalArgument(QStringLiteral("directory"),
                                 tr("directory list|add|remove ID|import FILE|export"));
    if (const auto exitCode = console::parseOrFinish(parser, arguments))
        return *exitCode;

    const QStringList positional = parser.positionalArguments(); // "directory", command, [argument]
    const QString command = positional.value(1);
    const bool takesArgument = command == QLatin1String("remove") || command == QLatin1String("import");
    const bool known = takesArgument || command == QLatin1String("list") || command == QLatin1String("add")
        || command == QLatin1String("export");
    if (!known || positional.size() != (takesArgument ? 3 : 2)
        || (command == QLatin1String("add") && !parser.isSet(nameOption))) {
        console::err(
            tr("Usage: ecoute-server directory list | add --name TEXT [--helps-with TEXT] [--phone TEXT] "
               "[--web URL] [--hours TEXT] [--languages fr,de] [--region TEXT] | remove ID | "
               "import FILE.json | export   [--data-dir DIR]"));
        return 2;
    }

    // Parse the file before touching the data directory: a bad file changes nothing.
    QList<DirectoryService> imported;
    if (command == QLatin1String("import")) {
        QFile file(positional.value(2));
        if (!file.open(QIODevice::ReadOnly)) {
            console::err(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return 1;
        }
        auto parsed = DirectoryStore::parseList(file.readAll());
        if (const auto *invalid = std::get_if<DirectoryStore::Invalid>(&parsed)) {
            console::err(tr("Nothing imported: %1 (%2).").arg(invalid->message, invalid->field));
            return 1;
        }
        imported = std::get<QList<DirectoryService>>(std::move(parsed));
    }

    const QString dataDir = parser.isSet(dataDirOption)
        ? parser.value(dataDirOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const bool reads = command == QLatin1String("list") || command == QLatin1String("export");
    // Reading the directory never creates a data directory.
    if (!reads && !QDir().mkpath(dataDir)) {
        console::err(tr("Cannot create the data directory %1").arg(dataDir));
        return 1;
    }
    if (reads && !QFile::exists(QDir(dataDir).filePath(QStringLiteral("ecoute.sqlite")))) {
        console::err(tr("No server database in %1").arg(dataDir));
        return 1;
    }
    Database db;
    if (!db.open(QDir(dataDir).filePath(QStringLiteral("ecoute.sqlite")))) {
        console::err(tr("Cannot open the database: %1").arg(db.lastError()));
        return 1;
    }
    DirectoryStore store(db);

    if (command == QLatin1String("list")) {
        for (const DirectoryService &service : store.all())
            console::out(listLine(service));
        return 0;
    }
    if (command == QLatin1String("export")) {
        const QJsonObject document {{QStringLiteral("services"), store.toJson()}};
        console::out(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    if (command == QLatin1String("remove")) {
        if (!store.remove(positional.value(2))) {
            console::err(tr("No service %1 in the directory.").arg(positional.value(2)));
            return 1;
        }
        console::out(tr("removed %1").arg(positional.value(2)));
        return 0;
    }
    if (command == QLatin1String("import")) {
        QString error;
        if (!store.importAll(imported, &error)) {
            console::err(tr("Nothing imported: %1.").arg(error));
            return 1;
        }
        console::out(tr("imported %n service(s)", nullptr, int(imported.size())));
        return 0;
    }

    // add: the options become the object directory.save carries, so the checks are the same.
    QJsonObject object;
    for (const TextOption &text : kTextOptions) {
        const QString option = QLatin1String(text.option);
        if (parser.isSet(option))
            object.insert(QLatin1String(text.key), parser.value(option));
    }
    if (parser.isSet(languagesOption)) {
        QStringList languages = parser.value(languagesOption).split(u',', Qt::SkipEmptyParts);
        for (QString &language : languages)
            language = language.trimmed();
        object.insert(QStringLiteral("languages"), QJsonArray::fromStringList(languages));
    }
    auto parsed = DirectoryStore::parse(object);
    if (const auto *invalid = std::get_if<DirectoryStore::Invalid>(&parsed)) {
        console::err(tr("Invalid %1: %2.").arg(optionFor(invalid->field), invalid->message));
        return 2;
    }
    DirectoryService service = std::get<DirectoryService>(std::move(parsed));
    switch (store.save(service)) {
    case DirectoryStore::SaveResult::Added:
        break;
    case DirectoryStore::SaveResult::TooBig:
        console::err(tr("The directory is full (it must fit in one message to the workstations): remove a "
                        "service first."));
        return 1;
    default:
        console::err(tr("The service could not be stored."));
        return 1;
    }
    console::out(service.id);
    return 0;
}

} // namespace ecoute::server
