// SPDX-License-Identifier: GPL-3.0-or-later
// Each person finds their own window: size and docks are kept per user and server.
#include "models/workstation/Preferences.h"
#include "models/workstation/Workstation.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WindowMemory.h"

#include <QDockWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::Preferences;
using ecoute::models::Workstation;
using ecoute::ui::MainWindow;
using ecoute::ui::WindowMemory;

class TestUiWindowMemory : public QObject
{
    Q_OBJECT

private slots:
    void sizeAndDocksComeBackPerUser()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("ecoute.ini")), QSettings::IniFormat);
        Preferences preferences(settings);
        WindowMemory memory(preferences);
        Workstation workstation(settings);
        const QString server = QStringLiteral("wss://ecoute.example:8443/ws/staff");
        {
            MainWindow window(workstation);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1111, 777);
            window.inboxDock()->hide(); // closed by hand
            QCoreApplication::processEvents();
            memory.save(window, QStringLiteral("anne"), server);
        }
        MainWindow again(workstation);
        QVERIFY(!memory.restore(again, QStringLiteral("bruno"), server)); // someone else: the default
        QVERIFY(!memory.restore(again, QStringLiteral("anne"), QStringLiteral("wss://other:8443/ws/staff")));
        QVERIFY(memory.restore(again, QStringLiteral("anne"), server));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1111, 777));
        QVERIFY(again.inboxDock()->isHidden());
        // The settings file names nobody.
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("anne"));
    }
};

QTEST_MAIN(TestUiWindowMemory)
#include "tst_ui_window_memory.moc"
