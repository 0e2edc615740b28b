// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workstation/RolePanes.h"

#include <QTest>

using ecoute::models::RolePanes;
using ecoute::protocol::Role;

class TestRolePanes : public QObject
{
    Q_OBJECT

private slots:
    void supervisorsSeeQueueAndTeamFirst()
    {
        const RolePanes panes = RolePanes::forRole(Role::Supervisor);
        QVERIFY(panes.supervisionQueue);
        QVERIFY(panes.team);
        QVERIFY(panes.shift);
        QVERIFY(!panes.inbox);
        QVERIFY(!panes.askSupervisor);
        QVERIFY(panes.statistics);
        QVERIFY(!panes.directoryEditor);
    }

    void supervisorsOnShiftGetTheVolunteerTools()
    {
        const RolePanes panes = RolePanes::forRole(Role::Supervisor, true);
        QVERIFY(panes.supervisionQueue);
        QVERIFY(panes.inbox);
        QVERIFY(panes.askSupervisor);
    }

    void volunteersTakeContactsAndAsk()
    {
        QCOMPARE(RolePanes::forRole(Role::Volunteer),
                 RolePanes({.shift = true, .inbox = true, .askSupervisor = true}));
        QCOMPARE(RolePanes::forRole(Role::Volunteer, true), RolePanes::forRole(Role::Volunteer));
    }

    void beforeLoginLooksLikeAVolunteer()
    {
        QCOMPARE(RolePanes::forRole(std::nullopt), RolePanes::forRole(Role::Volunteer));
    }

    void trainersGetThePracticeConsoleAndNoInbox()
    {
        QCOMPARE(RolePanes::forRole(Role::Trainer), RolePanes({.practiceConsole = true}));
        QCOMPARE(RolePanes::forRole(Role::Admin), RolePanes({.statistics = true, .directoryEditor = true}));
    }
};

QTEST_GUILESS_MAIN(TestRolePanes)
#include "tst_rolepanes.moc"
