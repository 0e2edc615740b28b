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
        QCOMPARE(hint.keys, QList {FirstSteps::Key::GoAvailable});
        QVERIFY(hint.body.contains(QStringLiteral("%1")));
    }

    void availableSaysWhereContactsAppear()
    {
        const auto idle = FirstSteps::hint({.role = Role::Volunteer, .presence = Presence::Available});
        QCOMPARE(idle.title, QStringLiteral("You are available"));
        const auto waiting =
            FirstSteps::hint({.role = Role::Volunteer, .presence = Presence::Available, .waiting = 2});
        QCOMPARE(waiting.title, QStringLiteral("2 person(s) waiting"));
        QCOMPARE(waiting.keys, QList({FirstSteps::Key::Enter, FirstSteps::Key::AcceptOffer}));
        QVERIFY(waiting.body.contains(QStringLiteral("%2")));
    }

    void pauseAndWrapupSayHowToGoOn()
    {
        QCOMPARE(FirstSteps::hint({.role = Role::Volunteer, .presence = Presence::Pause}).keys,
                 QList {FirstSteps::Key::GoAvailable});
        QCOMPARE(FirstSteps::hint({.role = Role::Volunteer, .presence = Presence::Wrapup}).keys,
                 QList {FirstSteps::Key::EndWrapup});
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
        QCOMPARE(FirstSteps::hint({.role = Role::Trainer}).keys, QList {FirstSteps::Key::StartPractice});
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
