// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation side of routing, fed with synthetic server frames (no server):
// presence with wrap-up, offers and their withdrawal, conversations released by
// a transfer or a requeue, handover notes, hard contacts, the team list.

#include "models/inbox/RoutingText.h"
#include "models/workstation/Workstation.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::Contact;
using ecoute::models::Conversation;
using ecoute::models::InboxModel;
using ecoute::models::Presence;
using ecoute::models::PresenceStatus;
using ecoute::models::RoutingText;
using ecoute::models::TeamModel;
using ecoute::models::Workstation;
using ecoute::protocol::Envelope;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);

QJsonObject contactJson(const QString &id, const QString &state = QStringLiteral("waiting"),
                        int secondsAgo = 60, bool urgent = false)
{
    return {{"id", id},
            {"channel", "chat"},
            {"pseudonym", "Colibri " + id},
            {"language", "fr"},
            {"state", state},
            {"createdAt", kNow.addSecs(-secondsAgo).toString(Qt::ISODate)},
            {"urgent", urgent}};
}

Envelope offer(const QString &id, int timeoutMs = 30000, bool urgent = false)
{
    return Envelope::make("offer",
                          {{"contact", contactJson(id, "offered", 5, urgent)},
                           {"expiresAt", kNow.addMSecs(timeoutMs).toString(Qt::ISODateWithMs)},
                           {"timeoutMs", timeoutMs}});
}

Envelope open(const QString &id, const QJsonObject &handover = {})
{
    QJsonObject body {
        {"contact", contactJson(id, "active")},
        {"messages",
         QJsonArray {QJsonObject {
             {"seq", 1}, {"from", "seeker"}, {"text", "Bonsoir"}, {"at", "2026-01-10T11:59:00Z"}}}}};
    if (!handover.isEmpty())
        body.insert("handover", handover);
    return Envelope::make("conversation.open", body);
}

/// Records what a Conversation asks to send.
struct Outbox
{
    explicit Outbox(Conversation &c)
    {
        QObject::connect(&c, &Conversation::sendRequested, &c, [this](const Envelope &e) { sent.append(e); });
    }
    QList<Envelope> sent;
};
} // namespace

class TestRouting : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath("ecoute.ini"), QSettings::IniFormat);
        m_ws = std::make_unique<Workstation>(*m_settings);
        m_ws->inbox().setClock([this] { return m_now; });
        m_now = kNow;
        m_tester = std::make_unique<QAbstractItemModelTester>(
            &m_ws->inbox(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_ws.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void presenceStateCarriesReasonAndWrapup()
    {
        QSignalSpy state(&m_ws->session(), &ecoute::models::Session::presenceChanged);
        QSignalSpy status(&m_ws->session(), &ecoute::models::Session::presenceStatusChanged);
        m_ws->handleEnvelope(
            Envelope::make("presence.state", {{"state", "pause"}, {"reason", "repas"}, {"chosen", "pause"}}));
        QCOMPARE(m_ws->session().presence(), Presence::Pause);
        QCOMPARE(m_ws->session().presenceStatus().reason, QStringLiteral("repas"));
        QCOMPARE(m_ws->session().presenceStatus().describe(kNow), QStringLiteral("Pause: repas"));
        QCOMPARE(state.count(), 1);
        QCOMPARE(status.count(), 1);

        m_ws->handleEnvelope(Envelope::make("presence.state",
                                            {{"state", "wrapup"},
                                             {"wrapupUntil", kNow.addSecs(105).toString(Qt::ISODate)},
                                             {"chosen", "available"}}));
        const PresenceStatus wrapup = m_ws->session().presenceStatus();
        QCOMPARE(wrapup.state, Presence::Wrapup);
        QCOMPARE(wrapup.chosen, Presence::Available);
        QCOMPARE(wrapup.wrapupSecondsLeft(kNow), 105);
        QCOMPARE(wrapup.wrapupSecondsLeft(kNow.addSecs(200)), 0);
        QCOMPARE(wrapup.describe(kNow), QStringLiteral("Wrap-up: 1:45 left"));

        // Only the end of the wrap-up changes (wrapup.extend): same state, new status.
        m_ws->handleEnvelope(Envelope::make("presence.state",
                                            {{"state", "wrapup"},
                                             {"wrapupUntil", kNow.addSecs(225).toString(Qt::ISODate)},
                                             {"chosen", "available"}}));
        QCOMPARE(state.count(), 2);
        QCOMPARE(status.count(), 3);
        QCOMPARE(m_ws->session().presenceStatus().describe(kNow), QStringLiteral("Wrap-up: 3:45 left"));

        // busy = available at capacity; without "chosen" it counts as available.
        m_ws->handleEnvelope(Envelope::make("presence.state", {{"state", "busy"}}));
        QCOMPARE(m_ws->session().presenceStatus().chosen, Presence::Available);
        QCOMPARE(m_ws->session().presenceStatus().describe(kNow), QStringLiteral("Busy (at capacity)"));
    }

    void offerRingsFirstInTheInboxAndCountsDown()
    {
        m_ws->handleEnvelope(Envelope::make(
            "inbox.snapshot",
            {{"contacts",
              QJsonArray {contactJson("old", "waiting", 600), contactJson("urgent", "waiting", 60, true)}}}));
        QSignalSpy offered(m_ws.get(), &Workstation::offerReceived);
        QSignalSpy offersChanged(&m_ws->inbox(), &InboxModel::offersChanged);
        m_ws->handleEnvelope(offer("k1", 30000));
        QCOMPARE(offered.count(), 1);
        QCOMPARE(offered.first().at(0).value<Contact>().id, QStringLiteral("k1"));
        QCOMPARE(offered.first().at(1).toLongLong(), 30000);
        QCOMPARE(offersChanged.count(), 1);

        InboxModel &inbox = m_ws->inbox();
        QCOMPARE(inbox.rowCount(), 3);
        QCOMPARE(inbox.rowOf("k1"), 0); // before the urgent one: it rings here
        QVERIFY(inbox.isOfferedToMe("k1"));
        QCOMPARE(inbox.offeredContactIds(), QStringList {"k1"});
        const QModelIndex name = inbox.index(0, InboxModel::PseudonymColumn);
        QCOMPARE(name.data(InboxModel::OfferedToMeRole).toBool(), true);
        QCOMPARE(name.data(InboxModel::OfferSecondsLeftRole).toLongLong(), 30);
        QVERIFY(name.data().toString().startsWith(QStringLiteral("Colibri k1 · offered to you, 30 ")));

        m_now = kNow.addSecs(12);
        QCOMPARE(inbox.offerSecondsLeft("k1"), 18);
        m_now = kNow.addSecs(40);
        QCOMPARE(inbox.offerSecondsLeft("k1"), 0); // never negative
        QVERIFY(!inbox.index(1, 0).data(InboxModel::OfferedToMeRole).toBool());
    }

    void withdrawnOfferStopsRingingWithAReason()
    {
        m_ws->handleEnvelope(offer("k1"));
        QSignalSpy withdrawn(m_ws.get(), &Workstation::offerWithdrawn);
        m_ws->handleEnvelope(Envelope::make("offer.withdrawn", {{"contactId", "k1"}, {"reason", "timeout"}}));
        QCOMPARE(withdrawn.count(), 1);
        QCOMPARE(withdrawn.first().at(1).toString(),
                 QStringLiteral("Offer passed to another volunteer (no answer in time)."));
        QVERIFY(!m_ws->inbox().isOfferedToMe("k1"));
        QCOMPARE(m_ws->inbox().rowCount(), 1); // it still waits, for someone else

        // Taken by someone else, or the person left: gone from the inbox too.
        m_ws->handleEnvelope(offer("k2"));
        m_ws->handleEnvelope(Envelope::make("offer.withdrawn", {{"contactId", "k2"}, {"reason", "taken"}}));
        QCOMPARE(m_ws->inbox().rowOf("k2"), -1);
        QVERIFY(m_ws->inbox().offeredContactIds().isEmpty());

        for (const char *reason : {"declined", "taken", "ended", "unavailable"})
            QVERIFY(!RoutingText::offerWithdrawn(reason).isEmpty());
    }

    void offerOfAWaitingContactMovesItUpAndBack()
    {
        m_ws->handleEnvelope(Envelope::make(
            "inbox.snapshot",
            {{"contacts", QJsonArray {contactJson("a", "waiting", 600), contactJson("b", "waiting", 60)}}}));
        QCOMPARE(m_ws->inbox().rowOf("b"), 1);
        m_ws->handleEnvelope(offer("b"));
        QCOMPARE(m_ws->inbox().rowCount(), 2);
        QCOMPARE(m_ws->inbox().rowOf("b"), 0);
        m_ws->decline("b"); // stops ringing here at once (offline: nothing sent)
        QVERIFY(!m_ws->inbox().isOfferedToMe("b"));
        QCOMPARE(m_ws->inbox().rowOf("b"), 1);
    }

    void snapshotKeepsOfferAndConnectionLossEndsIt()
    {
        m_ws->handleEnvelope(offer("k1"));
        m_ws->handleEnvelope(Envelope::make("inbox.snapshot", {{"contacts", QJsonArray {contactJson("a")}}}));
        QVERIFY(m_ws->inbox().isOfferedToMe("k1"));
        QCOMPARE(m_ws->inbox().rowCount(), 2);
        emit m_ws->connection().connectionLost();
        QVERIFY(m_ws->inbox().offeredContactIds().isEmpty());
    }

    void acceptedOfferOpensTheConversation()
    {
        m_ws->handleEnvelope(offer("k1"));
        QSignalSpy opened(m_ws.get(), &Workstation::conversationOpened);
        m_ws->handleEnvelope(open("k1"));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(m_ws->inbox().rowCount(), 0);
        QVERIFY(m_ws->inbox().offeredContactIds().isEmpty());
        // A late offer for a conversation already ours does not ring.
        QSignalSpy offered(m_ws.get(), &Workstation::offerReceived);
        m_ws->handleEnvelope(offer("k1"));
        QCOMPARE(offered.count(), 0);
    }

    void releasedConversationTurnsReadOnlyAndKeepsUnsentText()
    {
        m_ws->handleEnvelope(Envelope::make("auth.ok",
                                            {{"token", QString(64, 'a')},
                                             {"expiresAt", "2030-01-01T00:00:00Z"},
                                             {"user", "volunteer"},
                                             {"role", "volunteer"}}));
        m_ws->handleEnvelope(Envelope::make("team.snapshot",
                                            {{"members",
                                              QJsonArray {QJsonObject {{"user", "volunteer2"},
                                                                       {"displayName", "Camille"},
                                                                       {"role", "volunteer"},
                                                                       {"state", "available"},
                                                                       {"conversations", 0},
                                                                       {"channels", QJsonArray {"chat"}},
                                                                       {"languages", QJsonArray {"fr"}}}}}}));
        m_ws->handleEnvelope(open("k1"));
        Conversation *c = m_ws->conversations().find("k1");
        QVERIFY(c);
        c->setOffline();
        QVERIFY(c->send("Je reste avec vous.")); // offline: waits in the outbox
        QCOMPARE(m_ws->activeConversations().size(), 1);

        QSignalSpy released(m_ws.get(), &Workstation::conversationReleased);
        m_ws->handleEnvelope(Envelope::make(
            "contact.released", {{"contactId", "k1"}, {"reason", "transferred"}, {"toUser", "volunteer2"}}));
        QCOMPARE(released.count(), 1);
        QVERIFY(released.first().at(1).toString().contains("Camille"));
        QVERIFY(c->isReleased());
        QVERIFY(!c->isActive());
        QVERIFY(!c->isEnded());
        QCOMPARE(c->releasedTo(), QStringLiteral("volunteer2"));
        QCOMPARE(c->releasedToName(), QStringLiteral("Camille"));
        QVERIFY(m_ws->activeConversations().isEmpty());
        QVERIFY(!c->send("encore"));
        QCOMPARE(c->outboxSize(), 1); // not dropped silently, not sent either
        QCOMPARE(c->transcript()->pendingCount(), 1);

        Outbox out(*c);
        c->resume(); // reconnect: nothing to sync or resend for a conversation that left
        QVERIFY(out.sent.isEmpty());
        c->end();
        c->setUrgent(true);
        QVERIFY(out.sent.isEmpty());

        // The snapshot after a reconnect does not list it: it stays "passed on", not "ended".
        m_ws->handleEnvelope(Envelope::make("conversations.snapshot", {{"contacts", QJsonArray {}}}));
        QVERIFY(!c->isEnded());

        // It can come back (transferred back): active again.
        m_ws->handleEnvelope(open("k1"));
        QVERIFY(c->isActive());
    }

    void requeueAndGraceExplainThemselves()
    {
        QVERIFY(RoutingText::released("requeued", {}).contains("queue"));
        QVERIFY(RoutingText::released("grace_expired", {}).contains("disconnected"));
        QVERIFY(!RoutingText::released("transferred", {}).isEmpty());
        m_ws->handleEnvelope(open("k1"));
        m_ws->handleEnvelope(
            Envelope::make("contact.released", {{"contactId", "k1"}, {"reason", "requeued"}}));
        QCOMPARE(m_ws->conversations().find("k1")->releaseReason(), QStringLiteral("requeued"));
    }

    void handoverIsKeptApartFromTheTranscript()
    {
        m_ws->handleEnvelope(open("k1",
                                  QJsonObject {{"fromUser", "volunteer"},
                                               {"fromName", "Dominique"},
                                               {"note", "Elle parle de son travail, très fatiguée."},
                                               {"at", "2026-01-10T11:58:00Z"}}));
        Conversation *c = m_ws->conversations().find("k1");
        QVERIFY(c);
        QVERIFY(c->handover().isValid());
        QCOMPARE(c->handover().from(), QStringLiteral("Dominique"));
        QCOMPARE(c->handover().note, QStringLiteral("Elle parle de son travail, très fatiguée."));
        QCOMPARE(c->transcript()->rowCount(), 1); // the seeker's message only
        for (int row = 0; row < c->transcript()->rowCount(); ++row)
            QVERIFY(!c->transcript()->messageAt(row).text.contains("fatiguée"));

        m_ws->handleEnvelope(open("k2"));
        QVERIFY(!m_ws->conversations().find("k2")->handover().isValid());
    }

    void endingHardAsksForAPauseAfterwards()
    {
        m_ws->handleEnvelope(open("k1"));
        m_ws->handleEnvelope(open("k2"));
        Conversation *hard = m_ws->conversations().find("k1");
        Outbox out(*hard);
        hard->end(true);
        QCOMPARE(out.sent.size(), 1);
        QCOMPARE(out.sent.first().type, QStringLiteral("contact.end"));
        QCOMPARE(out.sent.first().body.value("hard").toBool(), true);

        Conversation *plain = m_ws->conversations().find("k2");
        Outbox plainOut(*plain);
        plain->end();
        QVERIFY(!plainOut.sent.first().body.contains("hard"));

        QSignalSpy hardEnded(m_ws.get(), &Workstation::hardContactEnded);
        m_ws->handleEnvelope(Envelope::make("contact.ended", {{"contactId", "k2"}, {"by", "volunteer"}}));
        QCOMPARE(hardEnded.count(), 0);
        m_ws->handleEnvelope(Envelope::make("contact.ended", {{"contactId", "k1"}, {"by", "volunteer"}}));
        QCOMPARE(hardEnded.count(), 1);
        QCOMPARE(hardEnded.first().first().toString(), QStringLiteral("k1"));
        m_ws->handleEnvelope(Envelope::make("contact.ended", {{"contactId", "k1"}, {"by", "volunteer"}}));
        QCOMPARE(hardEnded.count(), 1); // once
    }

    void flagAsksTheServerAndFollowsItsAnswer()
    {
        m_ws->handleEnvelope(open("k1"));
        Conversation *c = m_ws->conversations().find("k1");
        Outbox out(*c);
        c->setUrgent(true);
        QCOMPARE(out.sent.size(), 1);
        QCOMPARE(out.sent.first().type, QStringLiteral("contact.flag"));
        QCOMPARE(out.sent.first().body.value("urgent").toBool(), true);
        QVERIFY(!c->contact().urgent); // until the server confirms
        m_ws->handleEnvelope(
            Envelope::make("contact.update", {{"contact", contactJson("k1", "active", 60, true)}}));
        QVERIFY(c->contact().urgent);
        QCOMPARE(m_ws->inbox().rowCount(), 0);
    }

    void teamListLeavesOutSelfAndWhoCannotTake()
    {
        m_ws->handleEnvelope(Envelope::make("auth.ok",
                                            {{"token", QString(64, 'a')},
                                             {"expiresAt", "2030-01-01T00:00:00Z"},
                                             {"user", "volunteer"},
                                             {"role", "volunteer"}}));
        const auto member = [](const QString &user, const QString &name, const QString &role,
                               const QString &state, int conversations) {
            return QJsonObject {{"user", user},
                                {"displayName", name},
                                {"role", role},
                                {"state", state},
                                {"conversations", conversations},
                                {"channels", QJsonArray {"chat"}},
                                {"languages", QJsonArray {"fr", "de"}}};
        };
        TeamModel &team = m_ws->team();
        QAbstractItemModelTester tester(&team, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!team.isLoaded());
        m_ws->handleEnvelope(
            Envelope::make("team.snapshot",
                           {{"members",
                             QJsonArray {member("volunteer", "Moi", "volunteer", "available", 1),
                                         member("zoe", "Zoé", "volunteer", "pause", 0),
                                         member("sup", "Alex", "supervisor", "available", 0),
                                         member("volunteer2", "Camille", "volunteer", "busy", 2)}}}));
        QVERIFY(team.isLoaded());
        QCOMPARE(team.rowCount(), 3);
        QCOMPARE(team.memberAt(0).user, QStringLiteral("sup")); // who can take first, by name
        QCOMPARE(team.memberAt(1).user, QStringLiteral("volunteer2"));
        QCOMPARE(team.memberAt(2).user, QStringLiteral("zoe"));
        QVERIFY(team.flags(team.index(0)) & Qt::ItemIsSelectable);
        QVERIFY(!(team.flags(team.index(2)) & Qt::ItemIsEnabled));
        QCOMPARE(team.index(1).data().toString(),
                 QStringLiteral("Camille (Volunteer) · Busy (at capacity) · 2 conversation(s)"));
        QCOMPARE(team.nameOf("volunteer"), QStringLiteral("Moi"));
        QCOMPARE(team.nameOf("unknown"), QStringLiteral("unknown"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workstation> m_ws;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDateTime m_now = kNow;
};

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
