// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workstation/FirstSteps.h"

#include <QTest>

using ecoute::models::FirstSteps;
using ecoute::models::Presence;
using ecoute::protocol::Role;

class TestFirstSteps : public QObject
{
    Q_OBJECT

private slots:
    void offShiftSaysTheKey()
    {
        const auto hint = FirstSteps::hint({.role = Role::Volunteer, .presence = Presence::Off});
        QCOMPARE(hint.title, QStringLiteral("You are off shift"));
        QVERIFY(hint.body.contains(QStringLiteral("Ctrl+1")));
    }

    void availableSaysWhereContactsAppear()
    {
        const auto idle = FirstSteps::hint({.role = Role::Volunteer, .presence = Presence::Available});
        QCOMPARE(idle.title, QStringLiteral("You are available"));
        const auto waiting =
            FirstSteps::hint({.role = Role::Volunteer, .presence = Presence::Available, .waiting = 2});
        QCOMPARE(waiting.title, QStringLiteral("2 person(s) waiting"));
        QVERIFY(waiting.body.contains(QStringLiteral("Enter")));
    }

    void pauseAndWrapupSayHowToGoOn()
    {
        QVERIFY(FirstSteps::hint({.role = Role::Volunteer, .presence = Presence::Pause})
                    .body.contains(QStringLiteral("Ctrl+1")));
        QVERIFY(FirstSteps::hint({.role = Role::Volunteer, .presence = Presence::Wrapup})
                    .body.contains(QStringLiteral("Ctrl+Shift+W")));
    }

    void supervisorsOffShiftSeeTheirQueue()
    {
        const auto none = FirstSteps::hint({.role = Role::Supervisor});
        QCOMPARE(none.title, QStringLiteral("No request for supervision"));
        const auto some = FirstSteps::hint({.role = Role::Supervisor, .supervisionRequests = 3});
        QCOMPARE(some.title, QStringLiteral("3 request(s) for supervision waiting"));
        // On shift, a supervisor is told what a volunteer is told.
        QCOMPARE(FirstSteps::hint({.role = Role::Supervisor, .presence = Presence::Available}),
                 FirstSteps::hint({.role = Role::Volunteer, .presence = Presence::Available}));
    }

    void trainersAreSentToPractice()
    {
        QVERIFY(FirstSteps::hint({.role = Role::Trainer}).body.contains(QStringLiteral("Ctrl+Shift+P")));
    }

    void disconnectedComesFirst()
    {
        QCOMPARE(
            FirstSteps::hint({.role = Role::Volunteer, .presence = Presence::Available, .connected = false})
                .title,
            QStringLiteral("Not connected"));
    }
};

QTEST_GUILESS_MAIN(TestFirstSteps)
#include "tst_firststeps.moc"
