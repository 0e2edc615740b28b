// SPDX-License-Identifier: GPL-3.0-or-later
// The routing rules with a manual clock, without a server process or sleeping:
// the pure DispatchPlanner on its own, then the Router with fake windows.
#include "server/accounts/AccountStore.h"
#include "server/contacts/ContactStore.h"
#include "server/routing/DispatchPlanner.h"
#include "server/routing/OfferBook.h"
#include "server/routing/Recipients.h"
#include "server/routing/Router.h"
#include "server/routing/RoutingConfig.h"
#include "server/storage/Database.h"
#include "tests/mock/ManualClock.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ecoute::server;
using ecoute::tests::ManualClock;

namespace {

// ---- the planner's inputs

ContactRecord waitingContact(const QString &id, const QString &language = QStringLiteral("fr"))
{
    ContactRecord c;
    c.id = id;
    c.language = language;
    return c;
}

DispatchCandidate candidate(qint64 id, const QDateTime &idleSince, int chatLoad = 0)
{
    DispatchCandidate c;
    c.account.id = id;
    c.account.role = ecoute::protocol::Role::Volunteer;
    c.presence.chosen = ecoute::protocol::PresenceState::Available;
    c.presence.connections = 1;
    c.presence.idleSince = idleSince;
    if (chatLoad > 0)
        c.load.insert(ecoute::protocol::Channel::Chat, chatLoad);
    return c;
}

QStringList offeredContacts(const QList<PlannedOffer> &plan)
{
    QStringList ids;
    for (const PlannedOffer &o : plan)
        ids.append(o.contact.id + u'>' + QString::number(o.userId));
    return ids;
}

// ---- fake windows for the router

struct Frame
{
    QString type;
    QJsonObject body;
    QString re;
};

class FakeStaff final : public StaffRecipient
{
public:
    explicit FakeStaff(Account account) : m_account(std::move(account)) { }

    qint64 userId() const override { return m_account.id; }
    const Account *account() const override { return &m_account; }
    bool canTakeContacts() const override { return m_account.takesContacts(); }
    bool revalidate() override { return true; }
    const ClientConnection *connectionKey() const override { return nullptr; }
    ClientConnection *requestConnection() override { return nullptr; }
    void push(const QString &type, const ecoute::protocol::FrameBody &body, const QString &re) override
    {
        frames.append({type, body.object(), re});
    }
    void pushError(ecoute::protocol::ErrorCode, const QString &, const QString &, qint64,
                   const QString &) override
    {
    }
    void openConversation(const ContactRecord &contact, const QList<MessageRecord> &, const QJsonObject &,
                          const QString &) override
    {
        frames.append({QStringLiteral("conversation.open"), {{QStringLiteral("contactId"), contact.id}}, {}});
    }

    /// The contacts offered to this window, in order.
    QStringList offers() const
    {
        QStringList ids;
        for (const Frame &f : frames) {
            if (f.type == QLatin1String("offer"))
                ids.append(
                    f.body.value(QLatin1String("contact")).toObject().value(QLatin1String("id")).toString());
        }
        return ids;
    }
    /// "contactId:reason" of each offer.withdrawn.
    QStringList withdrawals() const
    {
        QStringList list;
        for (const Frame &f : frames) {
            if (f.type == QLatin1String("offer.withdrawn"))
                list.append(f.body.value(QLatin1String("contactId")).toString() + u':'
                            + f.body.value(QLatin1String("reason")).toString());
        }
        return list;
    }

    QList<Frame> frames;

private:
    Account m_account;
};

class FakeSeeker final : public SeekerRecipient
{
public:
    explicit FakeSeeker(QString contactId) : m_contactId(std::move(contactId)) { }
    QString contactId() const override { return m_contactId; }
    const ClientConnection *connectionKey() const override { return nullptr; }
    void push(const QString &type, const ecoute::protocol::FrameBody &body, const QString &re) override
    {
        frames.append({type, body.object(), re});
    }
    QList<Frame> frames;

private:
    QString m_contactId;
};

/// A router over a fresh database, its clock moved by hand.
struct Centre
{
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<AccountStore> accounts;
    std::unique_ptr<ContactStore> contacts;
    RoutingConfig config; ///< 30 s offers (and pass cool-down), 120 s wrap-up and grace
    ManualClock clock;
    std::unique_ptr<Router> router;

    Centre()
    {
        if (!db.open(dir.filePath(QStringLiteral("db.sqlite"))))
            qFatal("cannot open the test database");
        accounts = std::make_unique<AccountStore>(db);
        contacts = std::make_unique<ContactStore>(db);
        router = std::make_unique<Router>(*contacts, *accounts, config, clock);
        router->start();
        settle();
    }

    std::unique_ptr<FakeStaff> staff(const QString &name, bool inTraining = false)
    {
        accounts->add(name, QStringLiteral("volunteer"), QStringLiteral("hash"));
        if (inTraining)
            accounts->setInTraining(name, true);
        return std::make_unique<FakeStaff>(*accounts->findByName(name));
    }
    /// Connects the window with "available" chosen.
    void available(FakeStaff &window)
    {
        router->addStaff(&window, ecoute::protocol::PresenceState::Available);
        settle();
    }
    ContactRecord waiting(const QString &pseudonym, bool urgent = false)
    {
        const auto c =
            contacts->create(pseudonym, QStringLiteral("fr"), urgent, pseudonym + QStringLiteral("-token"));
        router->contactWaiting(*c);
        settle();
        return *c;
    }
    ContactRecord accept(FakeStaff &window, const ContactRecord &contact)
    {
        const auto result = router->accept(window, contact.id);
        if (result.outcome != Router::AcceptOutcome::Accepted)
            qFatal("accept failed");
        settle();
        return *result.contact;
    }
    void end(const ContactRecord &contact)
    {
        const auto before = contacts->find(contact.id);
        contacts->end(contact.id, QStringLiteral("volunteer"));
        router->contactEnded(*before, QStringLiteral("volunteer"), nullptr, {});
        settle();
    }
    /// Moves the clock on, then lets the router do what is due.
    void advance(qint64 ms)
    {
        clock.advanceMs(ms);
        router->tick();
        settle();
    }
    /// Runs the dispatch the router deferred to the event loop.
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }
    QString state(const FakeStaff &window) const
    {
        return router->presenceBody(window.userId()).value(QLatin1String("state")).toString();
    }
};

} // namespace

class TestRoutingRules : public QObject
{
    Q_OBJECT

private slots:
    // ---- DispatchPlanner, pure

    void plannerOffersTheLongestIdleFirst()
    {
        const QDateTime t0(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        const DispatchPlanner planner(30'000);
        OfferBook offers(30'000);
        const auto plan =
            planner.plan({waitingContact(QStringLiteral("c1"))},
                         {candidate(1, t0.addSecs(-10)), candidate(2, t0.addSecs(-60))}, offers, t0);
        QCOMPARE(offeredContacts(plan), QStringList {QStringLiteral("c1>2")});
        QCOMPARE(plan.first().expiresAt, t0.addMSecs(30'000));
    }

    void plannerServesTheQueueInOrderOneOfferEach()
    {
        // The queue comes in order (urgent, handed back, age): the head goes first.
        const QDateTime t0(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        const DispatchPlanner planner(30'000);
        OfferBook offers(30'000);
        const QList<ContactRecord> queue {waitingContact(QStringLiteral("urgent")),
                                          waitingContact(QStringLiteral("handedBack")),
                                          waitingContact(QStringLiteral("oldest"))};
        QCOMPARE(offeredContacts(planner.plan(queue, {candidate(1, t0)}, offers, t0)),
                 QStringList {QStringLiteral("urgent>1")});
        QCOMPARE(offeredContacts(
                     planner.plan(queue, {candidate(1, t0), candidate(2, t0.addSecs(-5))}, offers, t0)),
                 (QStringList {QStringLiteral("urgent>2"), QStringLiteral("handedBack>1")}));
        // A contact whose offer rings is skipped; a volunteer with one ringing is not free.
        offers.add({QStringLiteral("urgent"), 2, t0.addSecs(30)});
        QCOMPARE(offeredContacts(
                     planner.plan(queue, {candidate(1, t0), candidate(2, t0.addSecs(-5))}, offers, t0)),
                 QStringList {QStringLiteral("handedBack>1")});
    }

    void plannerRespectsCapacityAndQualification()
    {
        const QDateTime t0(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        const DispatchPlanner planner(30'000);
        OfferBook offers(30'000);
        const QList<ContactRecord> queue {waitingContact(QStringLiteral("c1"))};
        // Two chats by default: full at two, room at one.
        QVERIFY(planner.plan(queue, {candidate(1, t0, 2)}, offers, t0).isEmpty());
        QCOMPARE(planner.plan(queue, {candidate(1, t0, 1)}, offers, t0).size(), 1);
        // German is not in the default profile (French only).
        QVERIFY(planner
                    .plan({waitingContact(QStringLiteral("c2"), QStringLiteral("de"))}, {candidate(1, t0)},
                          offers, t0)
                    .isEmpty());
    }

    void plannerNeverOffersRealContactsToTrainees()
    {
        const QDateTime t0(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        const DispatchPlanner planner(30'000);
        OfferBook offers(30'000);
        DispatchCandidate trainee = candidate(1, t0.addSecs(-600));
        trainee.account.inTraining = true;
        QVERIFY(!DispatchPlanner::mayTakeRealContacts(trainee.account));
        QCOMPARE(offeredContacts(planner.plan({waitingContact(QStringLiteral("c1"))},
                                              {trainee, candidate(2, t0)}, offers, t0)),
                 QStringList {QStringLiteral("c1>2")});
        QVERIFY(planner.plan({waitingContact(QStringLiteral("c1"))}, {trainee}, offers, t0).isEmpty());
    }

    void plannerSkipsWhoIsNotReady()
    {
        const QDateTime t0(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        const DispatchPlanner planner(30'000);
        OfferBook offers(30'000);
        DispatchCandidate inWrapup = candidate(1, t0);
        inWrapup.presence.wrapupUntil = t0.addSecs(1);
        DispatchCandidate paused = candidate(2, t0);
        paused.presence.chosen = ecoute::protocol::PresenceState::Pause;
        DispatchCandidate gone = candidate(3, t0);
        gone.presence.connections = 0;
        DispatchCandidate disabled = candidate(4, t0);
        disabled.account.disabled = true;
        const QList<ContactRecord> queue {waitingContact(QStringLiteral("c1"))};
        QVERIFY(planner.plan(queue, {inWrapup, paused, gone, disabled}, offers, t0).isEmpty());
        // The wrap-up over at its end: ready again.
        QCOMPARE(planner.plan(queue, {inWrapup}, offers, t0.addSecs(1)).size(), 1);
    }

    void plannerAsksWhoPassedOnlyAfterTheCooldown()
    {
        const QDateTime t0(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        const DispatchPlanner planner(30'000);
        OfferBook offers(30'000);
        offers.recordPass(QStringLiteral("c1"), 1, t0);
        const QList<ContactRecord> queue {waitingContact(QStringLiteral("c1"))};
        // Someone else first, even if less idle.
        QCOMPARE(offeredContacts(
                     planner.plan(queue, {candidate(1, t0.addSecs(-600)), candidate(2, t0)}, offers, t0)),
                 QStringList {QStringLiteral("c1>2")});
        QVERIFY(planner.plan(queue, {candidate(1, t0)}, offers, t0.addMSecs(29'999)).isEmpty());
        QCOMPARE(planner.plan(queue, {candidate(1, t0)}, offers, t0.addMSecs(30'000)).size(), 1);
    }

    // ---- Roster: the deadlines of wrap-ups and grace periods, pure

    void rosterKeepsWrapupAndGraceDeadlines()
    {
        const QDateTime t0(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        Roster roster;
        roster.connect(7, ecoute::protocol::PresenceState::Available, t0);
        QVERIFY(!roster.extendWrapup(7, 60, 900, t0)); // none running
        roster.startWrapupAfterContact(7, 120, t0);
        QCOMPARE(roster.find(7)->wrapupUntil, t0.addSecs(120));
        roster.startWrapupAfterContact(7, 30, t0.addSecs(10)); // never cut short
        QCOMPARE(roster.find(7)->wrapupUntil, t0.addSecs(120));
        QVERIFY(roster.extendWrapup(7, 600, 300, t0.addSecs(10))); // capped from now
        QCOMPARE(roster.find(7)->wrapupUntil, t0.addSecs(310));
        QVERIFY(roster.takeEndedWrapups(t0.addSecs(309)).isEmpty());
        QCOMPARE(roster.takeEndedWrapups(t0.addSecs(310)), QList<qint64> {7});
        QCOMPARE(roster.find(7)->idleSince, t0.addSecs(310)); // idle from the end of the wrap-up

        roster.disconnect(7);
        roster.startGrace(7, t0.addSecs(400));
        QVERIFY(roster.takeEndedGraces(t0.addSecs(399)).isEmpty());
        QCOMPARE(roster.takeEndedGraces(t0.addSecs(400)), QList<qint64> {7});
        roster.startGrace(7, t0.addSecs(500));
        roster.connect(7, {}, t0.addSecs(450)); // back in time: nothing ends
        QVERIFY(roster.takeEndedGraces(t0.addSecs(500)).isEmpty());
    }

    // ---- Router, with fake windows and a manual clock

    void offerTimesOutAndPassesOn()
    {
        Centre centre;
        auto ana = centre.staff(QStringLiteral("ana"));
        auto ben = centre.staff(QStringLiteral("ben"));
        centre.available(*ana);
        centre.clock.advanceSeconds(1);
        centre.available(*ben); // ana is idle longer
        const ContactRecord c = centre.waiting(QStringLiteral("Renard"));
        QCOMPARE(ana->offers(), QStringList {c.id});
        QVERIFY(ben->offers().isEmpty());

        centre.advance(29'999);
        QVERIFY(ana->withdrawals().isEmpty());
        centre.advance(1);
        QCOMPARE(ana->withdrawals(), QStringList {c.id + QStringLiteral(":timeout")});
        QCOMPARE(ben->offers(), QStringList {c.id});
        QCOMPARE(ana->offers().size(), 1); // not asked again at once
    }

    void declinePassesOnAndAsksAgainAfterTheCooldown()
    {
        Centre centre;
        auto ana = centre.staff(QStringLiteral("ana"));
        centre.available(*ana);
        const ContactRecord c = centre.waiting(QStringLiteral("Renard"));
        QCOMPARE(ana->offers(), QStringList {c.id});
        QCOMPARE(centre.router->decline(*ana, c.id, QStringLiteral("r1")), Router::Outcome::Done);
        QCOMPARE(ana->withdrawals(), QStringList {c.id + QStringLiteral(":declined")});
        QCOMPARE(ana->frames.last().re, QStringLiteral("r1"));
        QCOMPARE(centre.router->decline(*ana, c.id, {}), Router::Outcome::NotFound);

        // Someone else who comes is asked first.
        centre.clock.advanceSeconds(1);
        auto ben = centre.staff(QStringLiteral("ben"));
        centre.available(*ben);
        QCOMPARE(ben->offers(), QStringList {c.id});
        QCOMPARE(centre.router->decline(*ben, c.id, {}), Router::Outcome::Done);
        centre.settle();

        // Nobody is asked again within the cool-down; ana (who passed first) after it.
        centre.advance(28'000);
        QCOMPARE(ana->offers().size(), 1);
        QCOMPARE(ben->offers().size(), 1);
        centre.advance(1'000);
        QCOMPARE(ana->offers(), (QStringList {c.id, c.id}));
        QCOMPARE(ben->offers().size(), 1);
    }

    void busyAtCapacityOfTwoChats()
    {
        Centre centre;
        auto ana = centre.staff(QStringLiteral("ana"));
        centre.available(*ana);
        const ContactRecord first = centre.accept(*ana, centre.waiting(QStringLiteral("Renard")));
        centre.accept(*ana, centre.waiting(QStringLiteral("Loutre")));
        const ContactRecord third = centre.waiting(QStringLiteral("Hibou"));
        centre.advance(5'000);
        QVERIFY(!ana->offers().contains(third.id));
        QCOMPARE(centre.router->accept(*ana, third.id).outcome, Router::AcceptOutcome::AtCapacity);
        // Busy once every channel with a limit is full (the default profile also takes one phone call).
        QCOMPARE(centre.state(*ana), QStringLiteral("available"));
        VolunteerProfile chatOnly;
        chatOnly.channels = {ecoute::protocol::Channel::Chat};
        QVERIFY(centre.accounts->setProfile(QStringLiteral("ana"), chatOnly));
        QCOMPARE(centre.state(*ana), QStringLiteral("busy"));

        // A chat ends: room again, once the wrap-up is over.
        centre.end(first);
        QCOMPARE(centre.state(*ana), QStringLiteral("wrapup"));
        centre.advance(119'000);
        QVERIFY(!ana->offers().contains(third.id));
        centre.advance(1'000);
        QCOMPARE(ana->offers().last(), third.id);
    }

    void urgentFirst()
    {
        Centre centre;
        const ContactRecord calm = centre.waiting(QStringLiteral("Renard"));
        const ContactRecord urgent = centre.waiting(QStringLiteral("Loutre"), true);
        auto ana = centre.staff(QStringLiteral("ana"));
        centre.available(*ana);
        QCOMPARE(ana->offers(), QStringList {urgent.id});
        QVERIFY(calm.id != urgent.id);
    }

    void handedBackFirst()
    {
        Centre centre;
        auto ana = centre.staff(QStringLiteral("ana"));
        centre.available(*ana);
        const ContactRecord older = centre.waiting(QStringLiteral("Renard"));
        QCOMPARE(ana->offers(), QStringList {older.id});
        QCOMPARE(centre.router->decline(*ana, older.id, {}), Router::Outcome::Done);
        // A newer contact, taken and handed back: it goes before the older one.
        const ContactRecord newer = centre.accept(*ana, centre.waiting(QStringLiteral("Loutre")));
        FakeSeeker page(newer.id);
        centre.router->addSeeker(&page);
        centre.clock.advanceSeconds(30); // the pass on the older one has cooled down (no tick: no retry yet)
        QCOMPARE(centre.router->requeue(*ana, newer, QStringLiteral("r2")), Router::Outcome::Done);
        centre.settle();
        QCOMPARE(ana->offers().last(), newer.id);
        QCOMPARE(centre.contacts->waiting().first().id, newer.id);
        QCOMPARE(page.frames.first().type, QStringLiteral("contact.state"));
        QCOMPARE(page.frames.at(1).body.value(QLatin1String("kind")).toString(), QStringLiteral("requeued"));
    }

    void wrapupEndsAndExtends()
    {
        Centre centre;
        auto ana = centre.staff(QStringLiteral("ana"));
        centre.available(*ana);
        const QDateTime endedAt = centre.clock.now();
        centre.end(centre.accept(*ana, centre.waiting(QStringLiteral("Renard"))));
        QCOMPARE(centre.state(*ana), QStringLiteral("wrapup"));
        const auto until = [&] {
            return QDateTime::fromString(
                centre.router->presenceBody(ana->userId()).value(QLatin1String("wrapupUntil")).toString(),
                Qt::ISODateWithMs);
        };
        QCOMPARE(until(), endedAt.addSecs(120));

        // No offer during the wrap-up.
        const ContactRecord next = centre.waiting(QStringLiteral("Loutre"));
        QVERIFY(!ana->offers().contains(next.id));

        QCOMPARE(centre.router->extendWrapup(*ana, 0, {}), Router::Outcome::Forbidden);
        QCOMPARE(centre.router->extendWrapup(*ana, 901, {}), Router::Outcome::Forbidden);
        QCOMPARE(centre.router->extendWrapup(*ana, 60, {}), Router::Outcome::Done);
        QCOMPARE(until(), endedAt.addSecs(180));
        // Never more than 15 minutes from now.
        QCOMPARE(centre.router->extendWrapup(*ana, 900, {}), Router::Outcome::Done);
        QCOMPARE(until(), endedAt.addSecs(900));
        QCOMPARE(centre.router->extendWrapup(*ana, 60, {}), Router::Outcome::Done);
        QCOMPARE(until(), endedAt.addSecs(900));

        centre.advance(899'999);
        QCOMPARE(centre.state(*ana), QStringLiteral("wrapup"));
        QVERIFY(!ana->offers().contains(next.id));
        centre.advance(1);
        QCOMPARE(centre.state(*ana), QStringLiteral("available"));
        QCOMPARE(ana->frames.last().type, QStringLiteral("offer"));
        QCOMPARE(ana->offers().last(), next.id);
        QCOMPARE(centre.router->endWrapup(*ana, {}), Router::Outcome::InvalidState);
    }

    void endingTheWrapupEarly()
    {
        Centre centre;
        auto ana = centre.staff(QStringLiteral("ana"));
        centre.available(*ana);
        centre.end(centre.accept(*ana, centre.waiting(QStringLiteral("Renard"))));
        const ContactRecord next = centre.waiting(QStringLiteral("Loutre"));
        centre.advance(10'000);
        QVERIFY(!ana->offers().contains(next.id));
        QCOMPARE(centre.router->endWrapup(*ana, QStringLiteral("r3")), Router::Outcome::Done);
        centre.settle();
        QCOMPARE(ana->offers().last(), next.id);
    }

    void graceEndsAndRequeuesAtTheHead()
    {
        Centre centre;
        auto ana = centre.staff(QStringLiteral("ana"));
        centre.available(*ana);
        const ContactRecord held = centre.accept(*ana, centre.waiting(QStringLiteral("Loutre")));
        const ContactRecord other = centre.waiting(QStringLiteral("Renard"));
        QCOMPARE(ana->offers().last(), other.id);
        QCOMPARE(centre.router->decline(*ana, other.id, {}), Router::Outcome::Done);
        FakeSeeker page(held.id);
        centre.router->addSeeker(&page);

        centre.router->removeStaff(ana.get()); // the last window goes: the grace period starts
        centre.settle();
        centre.advance(119'999);
        QCOMPARE(centre.contacts->find(held.id)->state, ecoute::protocol::ContactState::Active);
        centre.advance(1);
        QCOMPARE(centre.contacts->find(held.id)->state, ecoute::protocol::ContactState::Waiting);
        // At the head: before the other, although that one waits since before the requeue.
        QCOMPARE(centre.contacts->waiting().first().id, held.id);
        QCOMPARE(page.frames.first().body.value(QLatin1String("state")).toString(),
                 QStringLiteral("waiting"));
        QCOMPARE(centre.router->presenceBody(ana->userId()).value(QLatin1String("state")).toString(),
                 QStringLiteral("off"));
    }

    void backWithinTheGracePeriodKeepsTheConversation()
    {
        Centre centre;
        auto ana = centre.staff(QStringLiteral("ana"));
        centre.available(*ana);
        const ContactRecord held = centre.accept(*ana, centre.waiting(QStringLiteral("Renard")));
        centre.router->removeStaff(ana.get());
        centre.advance(60'000);
        centre.available(*ana);
        centre.advance(120'000);
        QCOMPARE(centre.contacts->find(held.id)->state, ecoute::protocol::ContactState::Active);
    }

    void traineesAreNeverOfferedRealContacts()
    {
        Centre centre;
        auto tom = centre.staff(QStringLiteral("tom"), true);
        centre.available(*tom);
        const ContactRecord c = centre.waiting(QStringLiteral("Renard"), true);
        centre.advance(60'000);
        QVERIFY(tom->offers().isEmpty());
        QVERIFY(centre.router->inboxFor(*tom).isEmpty());
        QCOMPARE(centre.router->accept(*tom, c.id).outcome, Router::AcceptOutcome::NotQualified);
        // A qualified volunteer gets it.
        auto ana = centre.staff(QStringLiteral("ana"));
        centre.available(*ana);
        QCOMPARE(ana->offers(), QStringList {c.id});
    }
};

QTEST_GUILESS_MAIN(TestRoutingRules)
#include "tst_routing_rules.moc"
