// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/accounts/AccountStore.h"
#include "server/accounts/SessionTokens.h"
#include "server/contacts/ContactStore.h"
#include "server/storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ecoute::server;

class TestServerStores : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString dbPath() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(dbPath());
    }

    void databaseIsPrivateAndVersioned()
    {
        {
            Database db;
            QVERIFY2(db.open(dbPath()), qPrintable(db.lastError()));
        }
        const auto permissions = QFile::permissions(dbPath());
        QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
        Database again; // reopening an up-to-date schema is a no-op
        QVERIFY(again.open(dbPath()));
    }

    void seqStartsAtOneWithoutGaps()
    {
        Database db;
        QVERIFY(db.open(dbPath()));
        ContactStore store(db);
        const auto contact =
            store.create(QStringLiteral("Panda 12"), QStringLiteral("fr"), false, QStringLiteral("h1"));
        QVERIFY(contact.has_value());
        QCOMPARE(contact->id.size(), 32);
        QCOMPARE(contact->state, ecoute::protocol::ContactState::Waiting);

        for (int i = 1; i <= 5; ++i) {
            const auto r =
                store.append(contact->id, i % 2 ? QStringLiteral("seeker") : QStringLiteral("volunteer"),
                             QStringLiteral("m%1").arg(i), QStringLiteral("c%1").arg(i));
            QVERIFY(r.has_value());
            QVERIFY(!r->duplicate);
            QCOMPARE(r->message.seq, i);
        }
        const auto all = store.messagesAfter(contact->id, 0);
        QCOMPARE(all.size(), 5);
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all[i].seq, i + 1);
        const auto tail = store.messagesAfter(contact->id, 3);
        QCOMPARE(tail.size(), 2);
        QCOMPARE(tail.first().text, QStringLiteral("m4"));

        // Another contact has its own numbering.
        const auto other =
            store.create(QStringLiteral("Kiwi 33"), QStringLiteral("de"), true, QStringLiteral("h2"));
        QVERIFY(other.has_value());
        QCOMPARE(store.append(other->id, QStringLiteral("seeker"), QStringLiteral("x"), QStringLiteral("c1"))
                     ->message.seq,
                 1);
    }

    void duplicateClientMsgIdReturnsOriginal()
    {
        Database db;
        QVERIFY(db.open(dbPath()));
        ContactStore store(db);
        const auto contact =
            store.create(QStringLiteral("Puma 50"), QStringLiteral("fr"), false, QStringLiteral("h"));
        QVERIFY(contact.has_value());
        const auto first = store.append(contact->id, QStringLiteral("seeker"), QStringLiteral("bonjour"),
                                        QStringLiteral("same"));
        store.append(contact->id, QStringLiteral("seeker"), QStringLiteral("next"), QStringLiteral("other"));
        const auto again = store.append(contact->id, QStringLiteral("seeker"), QStringLiteral("bonjour"),
                                        QStringLiteral("same"));
        QVERIFY(first && again);
        QVERIFY(again->duplicate);
        QCOMPARE(again->message.seq, first->message.seq);
        QCOMPARE(store.messagesAfter(contact->id, 0).size(), 2);
        // The same clientMsgId from the other side is a different message.
        const auto fromVolunteer = store.append(contact->id, QStringLiteral("volunteer"),
                                                QStringLiteral("salut"), QStringLiteral("same"));
        QVERIFY(!fromVolunteer->duplicate);
        QCOMPARE(fromVolunteer->message.seq, 3);
    }

    void messagesSurviveReopen()
    {
        QString id;
        {
            Database db;
            QVERIFY(db.open(dbPath()));
            ContactStore store(db);
            id =
                store.create(QStringLiteral("Iris 20"), QStringLiteral("fr"), false, QStringLiteral("h"))->id;
            QVERIFY(store.append(id, QStringLiteral("seeker"), QStringLiteral("kept"), QStringLiteral("c")));
        }
        Database db;
        QVERIFY(db.open(dbPath()));
        ContactStore store(db);
        const auto messages = store.messagesAfter(id, 0);
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().text, QStringLiteral("kept"));
    }

    void firstAssignWinsAndEndOnce()
    {
        Database db;
        QVERIFY(db.open(dbPath()));
        AccountStore accounts(db);
        const qint64 alice =
            accounts.add(QStringLiteral("alice"), QStringLiteral("volunteer"), QStringLiteral("h"));
        const qint64 bob =
            accounts.add(QStringLiteral("bob"), QStringLiteral("volunteer"), QStringLiteral("h"));
        QVERIFY(alice > 0 && bob > 0);
        ContactStore store(db);
        const auto contact =
            store.create(QStringLiteral("Orca 77"), QStringLiteral("fr"), false, QStringLiteral("h"));
        QCOMPARE(store.waiting().size(), 1);
        QVERIFY(store.assign(contact->id, alice));
        QVERIFY(!store.assign(contact->id, bob));
        QCOMPARE(store.find(contact->id)->volunteerId, alice);
        QCOMPARE(store.activeFor(alice).size(), 1);
        QCOMPARE(store.activeFor(bob).size(), 0);
        QVERIFY(store.waiting().isEmpty());
        QVERIFY(store.end(contact->id, QStringLiteral("volunteer")));
        QVERIFY(!store.end(contact->id, QStringLiteral("seeker")));
        QCOMPARE(store.find(contact->id)->state, ecoute::protocol::ContactState::Ended);
        QCOMPARE(store.findBySeekerTokenHash(QStringLiteral("h"))->id, contact->id);
    }

    void accountsAndSessionTokens()
    {
        Database db;
        QVERIFY(db.open(dbPath()));
        AccountStore accounts(db);
        const qint64 id = accounts.add(QStringLiteral("carla"), QStringLiteral("supervisor"),
                                       QStringLiteral("hash"), QStringLiteral("Carla"));
        QVERIFY(id > 0);
        QCOMPARE(accounts.add(QStringLiteral("CARLA"), QStringLiteral("volunteer"), QStringLiteral("hash")),
                 0);
        QCOMPARE(accounts.add(QStringLiteral("eve"), QStringLiteral("root"), QStringLiteral("hash")), 0);
        QCOMPARE(accounts.add(QStringLiteral("bad name"), QStringLiteral("admin"), QStringLiteral("hash")),
                 0);
        QVERIFY(accounts.setDisabled(QStringLiteral("carla"), true));
        QVERIFY(accounts.findByName(QStringLiteral("carla"))->disabled);

        SessionTokens tokens(db);
        const auto issued = tokens.issue(id);
        QVERIFY(issued.has_value());
        QCOMPARE(issued->token.size(), 64);
        QVERIFY(issued->expiresAt > QDateTime::currentDateTimeUtc().addSecs(11 * 3600));
        const auto session = tokens.lookup(issued->token);
        QVERIFY(session.has_value());
        QCOMPARE(session->userId, id);
        QCOMPARE(session->presence, QStringLiteral("off"));
        tokens.setPresence(issued->token, QStringLiteral("available"));
        QCOMPARE(tokens.lookup(issued->token)->presence, QStringLiteral("available"));
        QVERIFY(!tokens.lookup(QString(64, u'0')).has_value());
        tokens.revoke(issued->token);
        QVERIFY(!tokens.lookup(issued->token).has_value());
    }
};

QTEST_GUILESS_MAIN(TestServerStores)
#include "tst_server_stores.moc"
