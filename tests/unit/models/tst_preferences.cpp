// SPDX-License-Identifier: GPL-3.0-or-later
// The volunteer's preferences: defaults, bounds, what is stored where, change signals, and
// window layouts kept apart per account and server.

#include "models/notes/NotesWorkspace.h"
#include "models/workstation/Preferences.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::NotesWorkspaceOptions;
using ecoute::models::Preferences;
using Language = ecoute::models::Preferences::Language;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath("ecoute.ini"), QSettings::IniFormat);
    }

    void defaults()
    {
        Preferences prefs(*m_settings);
        QCOMPARE(prefs.language(), Language::System);
        QVERIFY(prefs.offerSound());
        QVERIFY(prefs.messageSound());
        QVERIFY(prefs.desktopNotifications());
        QCOMPARE(prefs.idleLockMinutes(), 5);
        QCOMPARE(prefs.fontPointSize(), Preferences::kSystemFontSize);
        QVERIFY(prefs.windowGeometry(Preferences::accountKey("h:8443", "alice")).isEmpty());
    }

    void languageCodes()
    {
        QCOMPARE(Preferences::languageCode(Language::French), QStringLiteral("fr"));
        QCOMPARE(Preferences::languageCode(Language::German), QStringLiteral("de"));
        QCOMPARE(Preferences::languageCode(Language::English), QStringLiteral("en"));
        QVERIFY(Preferences::languageCode(Language::System).isEmpty());
        for (Language l : {Language::System, Language::French, Language::German, Language::English})
            QCOMPARE(Preferences::languageFromCode(Preferences::languageCode(l)), l);
        QCOMPARE(Preferences::languageFromCode("it"), Language::System);
    }

    void changesAreStoredAndSignalledOnce()
    {
        Preferences prefs(*m_settings);
        QSignalSpy language(&prefs, &Preferences::languageChanged);
        QSignalSpy offer(&prefs, &Preferences::offerSoundChanged);
        QSignalSpy message(&prefs, &Preferences::messageSoundChanged);
        QSignalSpy notifications(&prefs, &Preferences::desktopNotificationsChanged);
        QSignalSpy idle(&prefs, &Preferences::idleLockMinutesChanged);
        QSignalSpy font(&prefs, &Preferences::fontPointSizeChanged);

        prefs.setLanguage(Language::German);
        prefs.setLanguage(Language::German);
        prefs.setOfferSound(false);
        prefs.setOfferSound(false);
        prefs.setMessageSound(false);
        prefs.setDesktopNotifications(false);
        prefs.setIdleLockMinutes(10);
        prefs.setIdleLockMinutes(10);
        prefs.setFontPointSize(14);
        prefs.setFontPointSize(14);
        prefs.setMessageSound(false);

        QCOMPARE(language.count(), 1);
        QCOMPARE(language.first().first().value<Language>(), Language::German);
        QCOMPARE(offer.count(), 1);
        QCOMPARE(offer.first().first().toBool(), false);
        QCOMPARE(message.count(), 1);
        QCOMPARE(notifications.count(), 1);
        QCOMPARE(idle.count(), 1);
        QCOMPARE(idle.first().first().toInt(), 10);
        QCOMPARE(font.count(), 1);
        QCOMPARE(font.first().first().toInt(), 14);

        // Read back by another instance over the same file.
        m_settings->sync();
        Preferences again(m_dir->filePath("ecoute.ini"));
        QCOMPARE(again.language(), Language::German);
        QVERIFY(!again.offerSound());
        QVERIFY(!again.messageSound());
        QVERIFY(!again.desktopNotifications());
        QCOMPARE(again.idleLockMinutes(), 10);
        QCOMPARE(again.fontPointSize(), 14);
        // The stored language is readable by a person (and by app/main.cpp).
        QCOMPARE(m_settings->value("ui/language").toString(), QStringLiteral("de"));
    }

    void idleLockIsSharedWithTheNotesAndBounded()
    {
        Preferences prefs(*m_settings);
        prefs.setIdleLockMinutes(12);
        QCOMPARE(NotesWorkspaceOptions::fromSettings(*m_settings).idleTimeout, std::chrono::minutes(12));
        prefs.setIdleLockMinutes(0); // a volunteer cannot switch the lock off
        QCOMPARE(prefs.idleLockMinutes(), Preferences::kMinIdleLockMinutes);
        prefs.setIdleLockMinutes(1000);
        QCOMPARE(prefs.idleLockMinutes(), Preferences::kMaxIdleLockMinutes);
        // An administrator's "never" is read as it is.
        m_settings->setValue("notes/idleLockMinutes", 0);
        QCOMPARE(prefs.idleLockMinutes(), 0);
        m_settings->setValue("notes/idleLockMinutes", "soon");
        QCOMPARE(prefs.idleLockMinutes(), Preferences::kDefaultIdleLockMinutes);
    }

    void fontSizeIsBounded()
    {
        Preferences prefs(*m_settings);
        prefs.setFontPointSize(4);
        QCOMPARE(prefs.fontPointSize(), Preferences::kMinFontPointSize);
        prefs.setFontPointSize(72);
        QCOMPARE(prefs.fontPointSize(), Preferences::kMaxFontPointSize);
        QSignalSpy font(&prefs, &Preferences::fontPointSizeChanged);
        prefs.setFontPointSize(-3);
        QCOMPARE(prefs.fontPointSize(), Preferences::kSystemFontSize);
        QCOMPARE(font.count(), 1);
        m_settings->setValue("ui/fontPointSize", 99);
        QCOMPARE(prefs.fontPointSize(), Preferences::kMaxFontPointSize);
    }

    void windowLayoutsPerAccountAndServer()
    {
        Preferences prefs(*m_settings);
        const QString alice = Preferences::accountKey("ecoute.example:8443", "alice");
        const QString aliceElsewhere = Preferences::accountKey("other.example:8443", "alice");
        const QString bruno = Preferences::accountKey("ecoute.example:8443", "bruno");
        QCOMPARE(Preferences::accountKey("ECOUTE.example:8443", "alice"), alice);
        QVERIFY(alice != aliceElsewhere && alice != bruno);
        QVERIFY(!alice.contains("alice")); // the file does not list who worked here

        prefs.saveWindowState(alice, "geometry-a", "state-a");
        prefs.saveWindowState(bruno, "geometry-b", "state-b");
        QCOMPARE(prefs.windowGeometry(alice), QByteArray("geometry-a"));
        QCOMPARE(prefs.windowState(alice), QByteArray("state-a"));
        QCOMPARE(prefs.windowGeometry(bruno), QByteArray("geometry-b"));
        QVERIFY(prefs.windowGeometry(aliceElsewhere).isEmpty());
        QVERIFY(prefs.windowState(aliceElsewhere).isEmpty());
        prefs.saveWindowState({}, "x", "y"); // no account, nothing kept
        QVERIFY(prefs.windowGeometry({}).isEmpty());

        m_settings->sync();
        Preferences again(m_dir->filePath("ecoute.ini"));
        QCOMPARE(again.windowState(bruno), QByteArray("state-b"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
