// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root of the volunteer workstation: options, translations, the
// Workstation facade, then the login dialog and the main window.

#include "models/notes/NotesWorkspace.h"
#include "models/phone/engine/LibreSoftphone.h"
#include "models/workstation/Preferences.h"
#include "models/workstation/Workstation.h"
#include "ui/connection/LoginDialog.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WindowMemory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

const QStringList kLanguages {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en")};

/// --lang, then ECOUTE_LANG, then the preference, then the system language if we have it, else
/// French: the line is French-speaking; English is only the source language.
QString chooseLanguage(const QString &option, const QString &preferred)
{
    if (kLanguages.contains(option))
        return option;
    const QString fromEnv = qEnvironmentVariable("ECOUTE_LANG");
    if (kLanguages.contains(fromEnv))
        return fromEnv;
    if (kLanguages.contains(preferred))
        return preferred;
    const QString system = QLocale::system().name().left(2);
    if (system == QLatin1String("fr") || system == QLatin1String("de"))
        return system;
    return QStringLiteral("fr");
}

void installTranslators(QApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en"))
        return;
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/ecoute_") + language))
        app.installTranslator(ours);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Ecoute"));
    QApplication::setApplicationName(QStringLiteral("ecoute"));
    QApplication::setApplicationVersion(QStringLiteral(ECOUTE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ecoute volunteer workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: fr, de or en."),
                                        QStringLiteral("language"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QStringLiteral("Server address to prefill."), QStringLiteral("url"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("User name to prefill."),
                                        QStringLiteral("name"));
    parser.addOptions({langOption, serverOption, userOption});
    parser.process(app);

    QSettings settings;
    ecoute::models::Preferences preferences(settings);
    installTranslators(app,
                       chooseLanguage(parser.value(langOption),
                                      ecoute::models::Preferences::languageCode(preferences.language())));
    const auto applyFontSize = [systemPoints = QApplication::font().pointSize()](int points) {
        QFont font = QApplication::font();
        font.setPointSize(points > 0 ? points : systemPoints);
        QApplication::setFont(font);
    };
    if (preferences.fontPointSize() != ecoute::models::Preferences::kSystemFontSize)
        applyFontSize(preferences.fontPointSize());
    QObject::connect(&preferences, &ecoute::models::Preferences::fontPointSizeChanged, &app, applyFontSize);

    // The phone engine outlives the workstation and the window (it hangs up as it goes).
    ecoute::models::LibreSoftphone phone;
    ecoute::models::Workstation workstation(settings);
    workstation.setSoftphone(&phone, &preferences);
    // The encrypted notes of whoever logs in (files under the application data folder).
    ecoute::models::NotesWorkspace notes(ecoute::models::NotesWorkspace::Options::fromSettings(settings));
    notes.followAccountOf(workstation);
    QObject::connect(
        &preferences, &ecoute::models::Preferences::idleLockMinutesChanged, &notes,
        [&notes](int minutes) { notes.lockPolicy().setIdleTimeout(std::chrono::minutes(minutes)); });

    ecoute::ui::LoginDialog login(workstation);
    login.setServerAddress(parser.isSet(serverOption)
                               ? parser.value(serverOption)
                               : settings.value(QStringLiteral("login/server")).toString());
    login.setUserName(parser.isSet(userOption) ? parser.value(userOption)
                                               : settings.value(QStringLiteral("login/user")).toString());
    if (login.exec() != QDialog::Accepted)
        return 0;
    // Remember where and who, never the password.
    settings.setValue(QStringLiteral("login/server"), login.serverAddress());
    settings.setValue(QStringLiteral("login/user"), login.userName());

    ecoute::ui::MainWindow window(workstation, &notes);
    ecoute::ui::WindowMemory memory(preferences);
    window.resizeToScreen();
    window.setWindowMemory(&memory); // the user's own arrangement, if they saved one
    window.setPreferences(&preferences);
    window.show();
    return app.exec();
}
