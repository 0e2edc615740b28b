// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/cli/AdminCli.h"

#include "server/accounts/AccountStore.h"
#include "server/accounts/PasswordHasher.h"
#include "server/accounts/SessionTokens.h"
#include "server/cli/Console.h"
#include "server/service/ControlSocket.h"
#include "server/storage/AuditLog.h"
#include "server/storage/Database.h"
#include "server/storage/SecureRandom.h"

#include <QCommandLineParser>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cstdio>
#include <string>
#include <unistd.h>

namespace ecoute::server {

namespace {
constexpr int kMinPasswordLength = 12;
constexpr int kGeneratedPasswordLength = 16;

/// First line of stdin, or empty when stdin is a terminal.
QString readPasswordLine()
{
    if (::isatty(STDIN_FILENO))
        return {};
    std::string line;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(static_cast<char>(c));
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString password = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return password;
}
} // namespace

int AdminCli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage staff accounts: user add|passwd|disable|enable|set|show|list."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), tr("Server data directory."),
                                           tr("dir"));
    const QCommandLineOption roleOption(
        QStringLiteral("role"), tr("volunteer, supervisor, trainer or admin (user add)."), tr("role"));
    const QCommandLineOption displayNameOption(QStringLiteral("display-name"),
                                               tr("Name shown to colleagues."), tr("text"));
    const QCommandLineOption channelsOption(
        QStringLiteral("channels"),
        tr("Channels the person is trained for, e.g. chat,email,phone (add, set)."), tr("list"));
    const QCommandLineOption languagesOption(
        QStringLiteral("languages"), tr("Languages the person answers in, e.g. fr,de,en,lb,pt (add, set)."),
        tr("list"));
    const QCommandLineOption capacityOption(
        QStringLiteral("capacity"),
        tr("Contacts at once per channel, 0 = no limit, e.g. chat=2,phone=1,email=0 (add, set)."),
        tr("list"));
    const QCommandLineOption centreOption(QStringLiteral("centre"),
                                          tr("The centre the person belongs to (default main; add, set). "
                                             "Supervisors act only on their own centre's conversations."),
                                          tr("name"));
    const QCommandLineOption trainingOption(
        QStringLiteral("in-training"),
        tr("yes: the person is in training and gets practice contacts only, never real ones; no: "
           "they answer real contacts (add, set)."),
        tr("yes|no"));
    const QCommandLineOption mailReviewOption(
        QStringLiteral("mail-review"),
        tr("yes: the person's e-mail replies wait for a supervisor's approval before they leave; no: they "
           "leave after the undo delay (add, set)."),
        tr("yes|no"));
    parser.addOptions({dataDirOption, roleOption, displayNameOption, channelsOption, languagesOption,
                       capacityOption, centreOption, trainingOption, mailReviewOption});
    parser.addPositionalArgument(QStringLiteral("user"),
                                 tr("user add|passwd|disable|enable|set|show|list [NAME]"));
    if (const auto exitCode = console::parseOrFinish(parser, arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments(); // "user", command, [name] | "audit"
    const bool audit = positional.value(0) == QLatin1String("audit");
    const QString command = positional.value(1);
    const QString name = positional.value(2);
    const bool needsName = command != QLatin1String("list");
    if (!audit
        && (command.isEmpty() || (needsName && name.isEmpty()) || positional.size() > (needsName ? 3 : 2))) {
        console::err(tr(
            "Usage: ecoute-server audit | user add NAME --role ROLE [--display-name TEXT] [--channels LIST] "
            "[--languages LIST] [--capacity LIST] | user set NAME [--channels LIST] [--languages LIST] "
            "[--capacity LIST] [--centre NAME] [--in-training yes|no] [--mail-review yes|no] | user show "
            "NAME | user passwd NAME | "
            "user disable NAME | "
            "user enable NAME | user list   [--data-dir DIR]"));
        return 2;
    }

    const QString dataDir = parser.isSet(dataDirOption)
        ? parser.value(dataDirOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // Reading the audit log never creates a data directory.
    if (!audit && !QDir().mkpath(dataDir)) {
        console::err(tr("Cannot create the data directory %1").arg(dataDir));
        return 1;
    }
    Database db;
    if (!db.open(QDir(dataDir).filePath(QStringLiteral("ecoute.sqlite")))) {
        console::err(tr("Cannot open the database: %1").arg(db.lastError()));
        return 1;
    }
    if (audit) {
        // at, actor, action, contact, request, target: never message text.
        for (const QString &line : AuditLog(db).lines())
            console::out(line);
        return 0;
    }
    AccountStore accounts(db);
    SessionTokens tokens(db);
    PasswordHasher hasher;

    auto obtainPassword = [&]() -> std::optional<QString> {
        QString password = readPasswordLine();
        if (password.isEmpty()) {
            password = secure::randomPassword(kGeneratedPasswordLength);
            console::out(tr("generated password for %1: %2").arg(name, password));
        } else if (password.size() < kMinPasswordLength) {
            console::err(tr("The password must have at least %1 characters.").arg(kMinPasswordLength));
            return std::nullopt;
        }
        return password;
    };

    // The qualification options, applied over a starting profile; false after printing why.
    static const QRegularExpression centrePattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (parser.isSet(centreOption) && !centrePattern.match(parser.value(centreOption)).hasMatch()) {
        console::err(tr("--centre takes 1-64 letters, digits, '.', '_' or '-'."));
        return 2;
    }
    const QString training = parser.value(trainingOption);
    if (parser.isSet(trainingOption) && training != QLatin1String("yes") && training != QLatin1String("no")) {
        console::err(tr("--in-training takes yes or no."));
        return 2;
    }
    const QString mailReview = parser.value(mailReviewOption);
    if (parser.isSet(mailReviewOption) && mailReview != QLatin1String("yes")
        && mailReview != QLatin1String("no")) {
        console::err(tr("--mail-review takes yes or no."));
        return 2;
    }
    const auto applyTraining = [&] {
        return (!parser.isSet(trainingOption)
                || accounts.setInTraining(name, training == QLatin1String("yes")))
            && (!parser.isSet(mailReviewOption)
                || accounts.setMailReview(name, mailReview == QLatin1String("yes")));
    };
    auto applyProfileOptions = [&](VolunteerProfile *profile) {
        if (parser.isSet(channelsOption)) {
            const auto channels = VolunteerProfile::parseChannels(parser.value(channelsOption));
            if (!channels) {
                console::err(tr("--channels takes a comma-separated list of chat, email, phone."));
                return false;
            }
            profile->channels = *channels;
        }
        if (parser.isSet(languagesOption)) {
            const auto languages = VolunteerProfile::parseLanguages(parser.value(languagesOption));
            if (!languages) {
                console::err(tr("--languages takes a comma-separated list of fr, de, en, lb, pt."));
                return false;
            }
            profile->languages = *languages;
        }
        if (parser.isSet(capacityOption)) {
            const auto capacity =
                VolunteerProfile::parseCapacity(parser.value(capacityOption), profile->capacity);
            if (!capacity) {
                console::err(tr("--capacity takes CHANNEL=N pairs, N from 0 (no limit) to 50, "
                                "e.g. chat=2,phone=1."));
                return false;
            }
            profile->capacity = *capacity;
        }
        return true;
    };
    // A server running on this data directory drops what it knew of accounts
    // and sessions before we return, so the change applies to its very next
    // push or frame. Nothing to do if no server runs.
    const auto tellRunningServer = [&] {
        if (control::notify(dataDir, control::Command::AccountsChanged) == control::Delivery::NoAnswer)
            console::err(
                tr("The running server did not confirm the change; it applies there within a minute."));
    };
    const auto describe = [](const Account &a) {
        return QStringLiteral("%1\t%2\t%3\tchannels=%4\tlanguages=%5\tcapacity=%6\tcentre=%7\tin-training=%8"
                              "\tmail-review=%9")
            .arg(a.name, protocol::toString(a.role),
                 a.disabled ? QStringLiteral("disabled") : QStringLiteral("enabled"),
                 a.profile.channelsText(), a.profile.languagesText(), a.profile.capacityText(), a.centre,
                 a.inTraining ? QStringLiteral("yes") : QStringLiteral("no"),
                 a.mailReview ? QStringLiteral("yes") : QStringLiteral("no"));
    };

    if (command == QLatin1String("list")) {
        for (const Account &a : accounts.all())
            console::out(describe(a));
        return 0;
    }
    if (command == QLatin1String("add")) {
        const QString role = parser.value(roleOption);
        if (!AccountStore::isValidRole(role)) {
            console::err(tr("--role must be volunteer, supervisor, trainer or admin."));
            return 2;
        }
        if (!AccountStore::isValidName(name)) {
            console::err(tr("User names use 1-64 letters, digits, '.', '_' or '-'."));
            return 2;
        }
        if (accounts.findByName(name)) {
            console::err(tr("User %1 already exists.").arg(name));
            return 1;
        }
        VolunteerProfile profile;
        if (!applyProfileOptions(&profile))
            return 2;
        auto password = obtainPassword();
        if (!password)
            return 1;
        const QString hash = hasher.hash(*password);
        secure::wipe(*password);
        if (accounts.add(name, role, hash, parser.value(displayNameOption)) == 0
            || !accounts.setProfile(name, profile)
            || (parser.isSet(centreOption) && !accounts.setCentre(name, parser.value(centreOption)))
            || !applyTraining()) {
            console::err(tr("Could not add user %1.").arg(name));
            return 1;
        }
        console::out(tr("user %1 added with role %2").arg(name, role));
        return 0;
    }

    const auto account = accounts.findByName(name);
    if (!account) {
        console::err(tr("No user %1.").arg(name));
        return 1;
    }
    if (command == QLatin1String("show")) {
        console::out(describe(*account));
        return 0;
    }
    if (command == QLatin1String("set")) {
        VolunteerProfile profile = account->profile;
        if (!applyProfileOptions(&profile))
            return 2;
        if (!accounts.setProfile(name, profile)
            || (parser.isSet(centreOption) && !accounts.setCentre(name, parser.value(centreOption)))
            || !applyTraining()) {
            console::err(tr("Could not change user %1.").arg(name));
            return 1;
        }
        tellRunningServer();
        // A running server reads the profile again at the next routing decision.
        console::out(describe(*accounts.findByName(name)));
        return 0;
    }
    if (command == QLatin1String("passwd")) {
        auto password = obtainPassword();
        if (!password)
            return 1;
        const QString hash = hasher.hash(*password);
        secure::wipe(*password);
        if (!accounts.setPasswordHash(name, hash))
            return 1;
        tokens.revokeAllOf(account->id);
        tellRunningServer();
        console::out(tr("password of %1 changed; its sessions were ended").arg(name));
        return 0;
    }
    if (command == QLatin1String("disable") || command == QLatin1String("enable")) {
        const bool disable = command == QLatin1String("disable");
        if (!accounts.setDisabled(name, disable))
            return 1;
        if (disable)
            tokens.revokeAllOf(account->id);
        tellRunningServer();
        console::out(disable ? tr("user %1 disabled; its sessions were ended").arg(name)
                             : tr("user %1 enabled").arg(name));
        return 0;
    }
    console::err(tr("Unknown command: user %1").arg(command));
    return 2;
}

} // namespace ecoute::server
