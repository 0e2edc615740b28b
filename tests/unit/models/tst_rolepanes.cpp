// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workstation/RolePanes.h"

#include <QTest>

using ecoute::models::RolePanes;
using ecoute::protocol::Role;

class TestRolePanes : public QObject
{
    Q_OBJECT

private slots:
    void supervisorsSeeQueueAndTeam()
    {
        const RolePanes panes = RolePanes::forRole(Role::Supervisor);
        QVERIFY(panes.askSupervisor);
        QVERIFY(panes.supervisionQueue);
        QVERIFY(panes.team);
    }

    void volunteersOnlyAsk()
    {
        QCOMPARE(RolePanes::forRole(Role::Volunteer), RolePanes({.askSupervisor = true}));
    }

    void beforeLoginLooksLikeAVolunteer()
    {
        QCOMPARE(RolePanes::forRole(std::nullopt), RolePanes::forRole(Role::Volunteer));
    }

    void trainersAndAdminsTakeNoContacts()
    {
        QCOMPARE(RolePanes::forRole(Role::Trainer), RolePanes {});
        QCOMPARE(RolePanes::forRole(Role::Admin), RolePanes {});
    }
};

QTEST_GUILESS_MAIN(TestRolePanes)
#include "tst_rolepanes.moc"
