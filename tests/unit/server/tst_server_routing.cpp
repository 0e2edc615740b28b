// SPDX-License-Identifier: GPL-3.0-or-later
// The routing building blocks on their own: profiles, presence, offers, wait estimates.
#include "server/accounts/AccountStore.h"
#include "server/accounts/VolunteerProfile.h"
#include "server/contacts/ChatCommitter.h"
#include "server/contacts/ContactStore.h"
#include "server/routing/OfferBook.h"
#include "server/routing/Roster.h"
#include "server/routing/WaitEstimator.h"
#include "server/service/ServerConfig.h"
#include "server/storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ecoute::server;
using ecoute::protocol::Channel;

class TestServerRouting : public QObject
{
    Q_OBJECT

private slots:
    void profileDefaultsAndParsing()
    {
        const VolunteerProfile p;
        QVERIFY(p.qualifiedFor(Channel::Chat, QStringLiteral("fr")));
        QVERIFY(!p.qualifiedFor(Channel::Chat, QStringLiteral("de")));
        QCOMPARE(p.capacityFor(Channel::Chat), 2);
        QCOMPARE(p.capacityFor(Channel::Phone), 1);
        QCOMPARE(p.capacityFor(Channel::Email), 0); // unlimited
        QCOMPARE(p.channelsText(), QStringLiteral("chat,email,phone"));
        QCOMPARE(p.capacityText(), QStringLiteral("chat=2,email=0,phone=1"));

        QCOMPARE(VolunteerProfile::parseLanguages(QStringLiteral(" FR, de ,fr")).value(),
                 QStringList({QStringLiteral("fr"), QStringLiteral("de")}));
        QVERIFY(!VolunteerProfile::parseLanguages(QStringLiteral("fr,xx")));
        QVERIFY(!VolunteerProfile::parseLanguages(QString()));
        QVERIFY(!VolunteerProfile::parseChannels(QStringLiteral("chat,fax")));
        QVERIFY(VolunteerProfile::parseChannels(QStringLiteral(" Phone,chat,phone"))
                == (VolunteerProfile::Channels {Channel::Phone, Channel::Chat}));
        const auto capacity = VolunteerProfile::parseCapacity(QStringLiteral("chat=3"), p.capacity);
        QCOMPARE(capacity->value(Channel::Chat), 3);
        QCOMPARE(capacity->value(Channel::Phone), 1); // untouched
        QVERIFY(!VolunteerProfile::parseCapacity(QStringLiteral("fax=3"), p.capacity));
        QVERIFY(!VolunteerProfile::parseCapacity(QStringLiteral("chat=-1"), p.capacity));
        QVERIFY(!VolunteerProfile::parseCapacity(QStringLiteral("chat=51"), p.capacity));
        QVERIFY(!VolunteerProfile::parseCapacity(QStringLiteral("chat"), p.capacity));
    }

    void profileIsStored()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("db.sqlite"))));
        AccountStore accounts(db);
        QVERIFY(accounts.add(QStringLiteral("ana"), QStringLiteral("volunteer"), QStringLiteral("hash"))
                != 0);
        QCOMPARE(accounts.findByName(QStringLiteral("ana"))->profile.languages,
                 QStringList {QStringLiteral("fr")});
        VolunteerProfile p;
        p.languages = {QStringLiteral("pt"), QStringLiteral("lb")};
        p.channels = {Channel::Phone};
        p.capacity.insert(Channel::Phone, 2);
        QVERIFY(accounts.setProfile(QStringLiteral("ana"), p));
        const auto stored = accounts.findByName(QStringLiteral("ana"))->profile;
        QCOMPARE(stored.languages, p.languages);
        QVERIFY(stored.channels == p.channels);
        QCOMPARE(stored.capacityFor(Channel::Phone), 2);
    }

    void queueOrderUrgentThenRequeuedThenAge()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("db.sqlite"))));
        AccountStore accounts(db);
        const qint64 v = accounts.add(QStringLiteral("v"), QStringLiteral("volunteer"), QStringLiteral("h"));
        ContactStore contacts(db);
        const auto old =
            contacts.create(QStringLiteral("A"), QStringLiteral("fr"), false, QStringLiteral("t1"));
        QTest::qWait(5);
        const auto handedBack =
            contacts.create(QStringLiteral("B"), QStringLiteral("fr"), false, QStringLiteral("t2"));
        QTest::qWait(5);
        const auto urgent =
            contacts.create(QStringLiteral("C"), QStringLiteral("fr"), true, QStringLiteral("t3"));
        QVERIFY(contacts.assign(handedBack->id, v));
        QCOMPARE(contacts.activeCountsFor(v).value(Channel::Chat), 1);
        QCOMPARE(contacts.volunteersWithActiveContacts(), QList<qint64> {v});
        QVERIFY(contacts.requeue(handedBack->id));
        QVERIFY(!contacts.requeue(handedBack->id)); // only an active contact
        const auto waiting = contacts.waiting();
        QCOMPARE(waiting.size(), 3);
        QCOMPARE(waiting.at(0).id, urgent->id);
        QCOMPARE(waiting.at(1).id, handedBack->id);
        QCOMPARE(waiting.at(2).id, old->id);
    }

    void contactWithUnknownChannelIsLeftOut()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("db.sqlite"))));
        AccountStore accounts(db);
        const qint64 v = accounts.add(QStringLiteral("v"), QStringLiteral("volunteer"), QStringLiteral("h"));
        ContactStore contacts(db);
        const auto damaged =
            contacts.create(QStringLiteral("A"), QStringLiteral("fr"), false, QStringLiteral("t1"));
        const auto fine =
            contacts.create(QStringLiteral("B"), QStringLiteral("fr"), false, QStringLiteral("t2"));
        QVERIFY(damaged && fine && contacts.assign(damaged->id, v) && contacts.assign(fine->id, v));
        // A row the schema would refuse (a damaged or hand-edited database).
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY(
            q.exec(QStringLiteral("UPDATE contacts SET channel = 'fax' WHERE id = '%1'").arg(damaged->id)));
        QVERIFY(!contacts.find(damaged->id));
        QCOMPARE(contacts.activeFor(v).size(), 1);
        QCOMPARE(contacts.activeCountsFor(v).value(Channel::Chat), 1);
        QCOMPARE(contacts.activeCountsFor(v).size(), 1);
    }

    void groupCommitAcknowledgesAfterTheBatchInOrder()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("db.sqlite"))));
        ContactStore contacts(db);
        const auto c = contacts.create(QStringLiteral("A"), QStringLiteral("fr"), false, QStringLiteral("t"));
        ChatCommitter committer(contacts);
        QList<qint64> seqs;
        QList<bool> duplicates;
        const auto record = [&](const std::optional<ChatCommitter::Committed> &r) {
            QVERIFY(r);
            seqs.append(r->stored.message.seq);
            duplicates.append(r->stored.duplicate);
        };
        committer.append(*c, QStringLiteral("seeker"), QStringLiteral("one"), QStringLiteral("m1"), record);
        committer.append(*c, QStringLiteral("volunteer"), QStringLiteral("two"), QStringLiteral("v1"),
                         record);
        // The same message resent within the same round: the original's seq, once.
        committer.append(*c, QStringLiteral("seeker"), QStringLiteral("one"), QStringLiteral("m1"), record);
        QVERIFY(seqs.isEmpty()); // nothing acknowledged before the commit
        QTRY_COMPARE(seqs.size(), 3);
        QCOMPARE(seqs, (QList<qint64> {1, 2, 1}));
        QCOMPARE(duplicates, (QList<bool> {false, false, true}));
        QCOMPARE(contacts.messagesAfter(c->id, 0).size(), 2);

        // flush() waits for everything handed over, and answers it (always:
        // a stored message is delivered even if its sender went away).
        committer.append(*c, QStringLiteral("seeker"), QStringLiteral("three"), QStringLiteral("m2"), record);
        committer.flush();
        QCOMPARE(seqs.size(), 4);
        QCOMPARE(contacts.messagesAfter(c->id, 2).size(), 1);
    }

    void rosterSharesPresenceAcrossWindowsAndTimesWrapups()
    {
        Roster roster;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        roster.connect(7, ecoute::protocol::PresenceState::Available, t0);
        roster.connect(7, ecoute::protocol::PresenceState::Off,
                       t0); // a second window shares the first one's presence
        QVERIFY(roster.find(7)->isAvailable());
        QVERIFY(!roster.disconnect(7));
        roster.startWrapup(7, t0.addSecs(10));
        QVERIFY(roster.find(7)->inWrapup(t0));
        QVERIFY(roster.takeEndedWrapups(t0.addSecs(5)).isEmpty());
        QCOMPARE(roster.takeEndedWrapups(t0.addSecs(10)), QList<qint64> {7});
        QVERIFY(!roster.find(7)->inWrapup(t0));
        roster.choose(7, ecoute::protocol::PresenceState::Pause, QStringLiteral("debrief"), t0);
        QCOMPARE(roster.find(7)->reason, QStringLiteral("debrief"));
        roster.choose(7, ecoute::protocol::PresenceState::Available, QStringLiteral("ignored"),
                      t0.addSecs(3));
        QVERIFY(roster.find(7)->reason.isEmpty());
        QCOMPARE(roster.find(7)->idleSince, t0.addSecs(3));
        QVERIFY(roster.disconnect(7));

        // Restored after a restart (no window yet): the resuming session brings its choice back.
        Roster restored;
        restored.connect(9, {}, t0);
        QVERIFY(restored.disconnect(9));
        restored.connect(9, ecoute::protocol::PresenceState::Available, t0);
        QVERIFY(restored.find(9)->isAvailable());
    }

    void offersOnePerContactAndPerVolunteer()
    {
        OfferBook book(1000);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        book.add({QStringLiteral("c1"), 1, t0.addSecs(1)});
        book.add({QStringLiteral("c2"), 1, t0.addSecs(1)}); // replaces c1's offer: one ringing per person
        QVERIFY(!book.forContact(QStringLiteral("c1")));
        QCOMPARE(book.forUser(1)->contactId, QStringLiteral("c2"));
        QVERIFY(book.takeExpired(t0).isEmpty());
        QCOMPARE(book.takeExpired(t0.addSecs(1)).size(), 1);
        QVERIFY(book.isEmpty());

        book.recordPass(QStringLiteral("c2"), 1, t0);
        QVERIFY(book.passedRecently(QStringLiteral("c2"), 1, t0.addMSecs(999)));
        QVERIFY(!book.passedRecently(QStringLiteral("c2"), 1, t0.addMSecs(1000))); // asked again later
        QVERIFY(!book.passedRecently(QStringLiteral("c2"), 2, t0));
        book.forgetContact(QStringLiteral("c2"));
        QVERIFY(!book.passedRecently(QStringLiteral("c2"), 1, t0));
    }

    void waitEstimateIsHonest()
    {
        WaitEstimator estimator;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        const QString q = QStringLiteral("chat/fr");
        QVERIFY(!estimator.estimateSeconds(q, 1, t0)); // no history
        estimator.recordPickup(q, t0);
        estimator.recordPickup(q, t0.addSecs(60));
        QVERIFY(!estimator.estimateSeconds(q, 1, t0.addSecs(60))); // two pick-ups are not enough
        estimator.recordPickup(q, t0.addSecs(120));
        QCOMPARE(estimator.estimateSeconds(q, 1, t0.addSecs(120)).value(), 60);
        QCOMPARE(estimator.estimateSeconds(q, 3, t0.addSecs(120)).value(), 180);
        // Nothing moved for five minutes: the estimate follows reality, not history.
        QCOMPARE(estimator.estimateSeconds(q, 1, t0.addSecs(420)).value(), 300);
        // Old history is not evidence.
        QVERIFY(!estimator.estimateSeconds(q, 1, t0.addSecs(120 + 2 * 3600)));
        QVERIFY(!estimator.estimateSeconds(QStringLiteral("chat/de"), 1, t0));
    }

    void routingOptions()
    {
        QString message;
        int exitCode = 0;
        const auto config = ServerConfig::parse(
            {QStringLiteral("ecoute-server"), QStringLiteral("--offer-timeout"), QStringLiteral("5000"),
             QStringLiteral("--wrapup-seconds"), QStringLiteral("0"), QStringLiteral("--emergency-number"),
             QStringLiteral("143=La Main Tendue")},
            &message, &exitCode);
        QVERIFY2(config, qPrintable(message));
        QCOMPARE(config->routing.offerTimeoutMs, 5000);
        QCOMPARE(config->routing.wrapupSeconds, 0);
        QCOMPARE(config->routing.graceSeconds, 120);
        QCOMPARE(config->routing.emergencyNumbers.size(), 2);
        QCOMPARE(config->routing.emergencyNumbers.at(0).number, QStringLiteral("112"));
        QCOMPARE(config->routing.emergencyNumbers.at(1).label, QStringLiteral("La Main Tendue"));
        for (const QStringList &bad :
             {QStringList {QStringLiteral("--offer-timeout"), QStringLiteral("10")},
              QStringList {QStringLiteral("--grace-seconds"), QStringLiteral("0")},
              QStringList {QStringLiteral("--emergency-number"), QStringLiteral("call me=x")}}) {
            QVERIFY(!ServerConfig::parse(QStringList {QStringLiteral("ecoute-server")} + bad, &message,
                                         &exitCode));
            QCOMPARE(exitCode, 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerRouting)
#include "tst_server_routing.moc"
