// SPDX-License-Identifier: GPL-3.0-or-later
// StaffAuthorizations answers from memory until it is told of a change (or
// its backstop age passes); the control socket is how the admin CLI tells it.
#include "server/accounts/AccountStore.h"
#include "server/accounts/SessionTokens.h"
#include "server/accounts/StaffAuthorizations.h"
#include "server/service/ControlSocket.h"
#include "server/storage/Database.h"
#include "tests/mock/ManualClock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace ecoute::server;
using Verdict = StaffAuthorizations::Verdict;

class TestServerAuthorizations : public QObject
{
    Q_OBJECT

private slots:
    void answersFromMemoryUntilTold()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("db.sqlite"))));
        AccountStore accounts(db);
        SessionTokens tokens(db);
        const qint64 id =
            accounts.add(QStringLiteral("vol"), QStringLiteral("volunteer"), QStringLiteral("x"));
        QVERIFY(id > 0);
        const auto issued = tokens.issue(id);
        QVERIFY(issued);
        ecoute::tests::ManualClock clock(QDateTime::currentDateTimeUtc());
        StaffAuthorizations cache(accounts, tokens, clock);

        auto check = cache.check(issued->token, id);
        QCOMPARE(check.verdict, Verdict::Valid);
        QCOMPARE(check.account->role, ecoute::protocol::Role::Volunteer);
        QCOMPARE(cache.check(issued->token, id + 1).verdict, Verdict::SessionExpired); // someone else's token

        // Another process disables the account: nothing is read until the server is told.
        QVERIFY(accounts.setDisabled(QStringLiteral("vol"), true));
        QCOMPARE(cache.check(issued->token, id).verdict, Verdict::Valid);
        cache.forgetAll();
        QCOMPARE(cache.check(issued->token, id).verdict, Verdict::AccountDisabled);
        QVERIFY(accounts.setDisabled(QStringLiteral("vol"), false));
        cache.forgetAll();
        QCOMPARE(cache.check(issued->token, id).verdict, Verdict::Valid);

        // A logout here forgets its token at once.
        tokens.revoke(issued->token);
        cache.forgetToken(issued->token);
        QCOMPARE(cache.check(issued->token, id).verdict, Verdict::SessionExpired);

        // A change nobody announced applies once the entry is older than the backstop age.
        const auto second = tokens.issue(id);
        QCOMPARE(cache.check(second->token, id).verdict, Verdict::Valid);
        QVERIFY(accounts.setCentre(QStringLiteral("vol"), QStringLiteral("elsewhere")));
        clock.advanceMs(StaffAuthorizations::kMaxAgeMs - 1);
        QCOMPARE(cache.account(id)->centre, QStringLiteral("main"));
        clock.advanceMs(1);
        QCOMPARE(cache.account(id)->centre, QStringLiteral("elsewhere"));

        // Tokens expire on the clock, without asking the database.
        clock.advanceSeconds(SessionTokens::kLifetimeSecs);
        QCOMPARE(cache.check(second->token, id).verdict, Verdict::SessionExpired);
    }

    void controlSocketRunsTheCommandBeforeAnswering()
    {
        QTemporaryDir dir;
        int received = 0;
        auto control = std::make_unique<ControlSocket>([&](control::Command command) {
            QCOMPARE(command, control::Command::AccountsChanged);
            ++received;
        });
        QVERIFY(control->listen(dir.path()));
        const QString path = control::socketPath(dir.path());
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QVERIFY(!(QFile::permissions(path) & others));

        // The CLI blocks while it waits; here it runs on a thread of its own.
        std::atomic<int> delivery {-1};
        std::unique_ptr<QThread> cli(QThread::create([&] {
            delivery = static_cast<int>(control::notify(dir.path(), control::Command::AccountsChanged));
        }));
        cli->start();
        QTRY_COMPARE(delivery.load(), static_cast<int>(control::Delivery::Applied));
        cli->wait();
        QCOMPARE(received, 1);

        control.reset();
        QVERIFY(!QFile::exists(path));
        QCOMPARE(control::notify(dir.path(), control::Command::AccountsChanged, 200),
                 control::Delivery::NoServer);
        QVERIFY(!control::commandOf("drop-everything"));
        QCOMPARE(control::commandOf(control::lineOf(control::Command::AccountsChanged)),
                 control::Command::AccountsChanged);
    }
};

QTEST_GUILESS_MAIN(TestServerAuthorizations)
#include "tst_server_authorizations.moc"
