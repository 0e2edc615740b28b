// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation side of supervision, fed with synthetic server frames (no
// server): request states, the supervisor's queue order, who is in a
// conversation, whispers apart from the transcript and each shown once,
// takeover, leaving, debriefs, typed errors.

#include "models/inbox/RoutingText.h"
#include "models/supervision/SupervisionText.h"
#include "models/workstation/Workstation.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::Conversation;
using ecoute::models::StaffMessage;
using ecoute::models::StaffMessageModel;
using ecoute::models::SupervisionRequest;
using ecoute::models::SupervisionRequestModel;
using ecoute::models::SupervisionText;
using ecoute::models::Workstation;
using ecoute::protocol::Envelope;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);

QJsonObject requestJson(const QString &id, const QString &kind, const QString &state, int secondsAgo,
                        const QString &volunteer = "volunteer", const QString &contactId = {},
                        const QString &supervisor = {})
{
    QJsonObject r {{"id", id},
                   {"kind", kind},
                   {"state", state},
                   {"volunteer", volunteer},
                   {"volunteerName", volunteer == "volunteer" ? "Alice" : "Bruno"},
                   {"createdAt", kNow.addSecs(-secondsAgo).toString(Qt::ISODate)}};
    if (!contactId.isEmpty())
        r.insert("contactId", contactId);
    if (!supervisor.isEmpty()) {
        r.insert("supervisor", supervisor);
        r.insert("supervisorName", supervisor == "supervisor" ? "Sam" : "Other");
        r.insert("acceptedAt", kNow.toString(Qt::ISODate));
    }
    return r;
}

Envelope update(const QJsonObject &request)
{
    return Envelope::make("supervision.update", {{"request", request}});
}

Envelope authOk(const QString &user, const QString &role)
{
    return Envelope::make("auth.ok",
                          {{"token", QString(64, QLatin1Char('a'))},
                           {"expiresAt", kNow.addSecs(3600).toString(Qt::ISODate)},
                           {"user", user},
                           {"role", role}});
}

Envelope open(const QString &id, bool listening = false)
{
    QJsonObject body {
        {"contact",
         QJsonObject {{"id", id},
                      {"channel", "chat"},
                      {"pseudonym", "Colibri " + id},
                      {"language", "fr"},
                      {"state", "active"},
                      {"createdAt", kNow.toString(Qt::ISODate)},
                      {"urgent", false}}},
        {"messages",
         QJsonArray {QJsonObject {
             {"seq", 1}, {"from", "seeker"}, {"text", "Bonsoir"}, {"at", "2026-01-10T11:59:00Z"}}}}};
    if (listening)
        body.insert("supervision", QJsonObject {{"mode", "listening"}, {"volunteer", "volunteer"}});
    return Envelope::make("conversation.open", body);
}

Envelope presence(const QString &contactId, const QString &mode, const QString &supervisor = "supervisor")
{
    return Envelope::make(
        "supervision.presence",
        {{"contactId", contactId}, {"supervisor", supervisor}, {"displayName", "Sam"}, {"mode", mode}});
}

Envelope whisper(const QString &contactId, int id, const QString &text, int secondsAgo = 0)
{
    return Envelope::make("whisper.message",
                          {{"contactId", contactId},
                           {"id", id},
                           {"from", "supervisor"},
                           {"text", text},
                           {"at", kNow.addSecs(-secondsAgo).toString(Qt::ISODate)}});
}
} // namespace

class TestSupervision : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath("ecoute.ini"), QSettings::IniFormat);
        m_ws = std::make_unique<Workstation>(*m_settings);
        m_ws->supervision().myRequests().setClock([this] { return m_now; });
        m_ws->supervision().queue().setClock([this] { return m_now; });
        m_now = kNow;
        m_testers.clear();
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(&m_ws->supervision().myRequests()),
              static_cast<QAbstractItemModel *>(&m_ws->supervision().queue())})
            m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    void cleanup()
    {
        m_testers.clear();
        m_ws.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void requestStatesForTheVolunteer()
    {
        m_ws->handleEnvelope(authOk("volunteer", "volunteer"));
        m_ws->handleEnvelope(open("c1"));
        auto &mine = m_ws->supervision().myRequests();
        QSignalSpy notices(&m_ws->supervision(), &ecoute::models::SupervisionModel::notice);

        m_ws->handleEnvelope(update(requestJson("r1", "urgent", "waiting", 65, "volunteer", "c1")));
        QCOMPARE(mine.rowCount(), 1);
        QCOMPARE(mine.index(0).data().toString(),
                 QStringLiteral("Urgent, now · waiting for 1:05 · about Colibri c1"));
        m_now = kNow.addSecs(10); // ticking
        QCOMPARE(mine.index(0).data().toString(),
                 QStringLiteral("Urgent, now · waiting for 1:15 · about Colibri c1"));
        QCOMPARE(notices.count(), 0);

        m_ws->handleEnvelope(
            update(requestJson("r1", "urgent", "accepted", 65, "volunteer", "c1", "supervisor")));
        QCOMPARE(mine.rowCount(), 1);
        QCOMPARE(mine.index(0).data(SupervisionRequestModel::StateRole).toString(),
                 QStringLiteral("accepted"));
        QVERIFY(mine.index(0).data().toString().contains(QStringLiteral("accepted by Sam")));
        QCOMPARE(notices.count(), 1);
        QCOMPARE(notices.at(0).at(0).toString(),
                 QStringLiteral("Your request for supervision was accepted by Sam."));

        // Closed: no longer listed; the queue of a volunteer stays empty.
        m_ws->handleEnvelope(
            update(requestJson("r1", "urgent", "closed", 65, "volunteer", "c1", "supervisor")));
        QCOMPARE(mine.rowCount(), 0);
        QCOMPARE(m_ws->supervision().queue().rowCount(), 0);
        QCOMPARE(notices.count(), 2);
    }

    void queueOrderForTheSupervisor()
    {
        m_ws->handleEnvelope(authOk("supervisor", "supervisor"));
        auto &queue = m_ws->supervision().queue();
        m_ws->handleEnvelope(Envelope::make(
            "supervision.queue",
            {{"requests",
              QJsonArray {requestJson("a", "when_possible", "waiting", 600),
                          requestJson("b", "urgent", "waiting", 30, "volunteer2"),
                          requestJson("c", "debrief", "accepted", 900, "volunteer", {}, "supervisor"),
                          requestJson("d", "urgent", "waiting", 120),
                          requestJson("e", "when_possible", "accepted", 1000, "volunteer", {}, "other")}}}));
        auto ids = [&] {
            QStringList list;
            for (int row = 0; row < queue.rowCount(); ++row)
                list << queue.index(row).data(SupervisionRequestModel::IdRole).toString();
            return list;
        };
        // Urgent first, then by waiting time; accepted (by me) after the waiting ones; others' gone.
        QCOMPARE(ids(), (QStringList {"d", "b", "a", "c"}));
        QCOMPARE(queue.index(1).data().toString(), QStringLiteral("Urgent, now · Bruno · waiting for 0:30"));

        // A new urgent request that waited longer goes first; one accepted elsewhere leaves.
        m_ws->handleEnvelope(update(requestJson("f", "urgent", "waiting", 300, "volunteer2", "c9")));
        QCOMPARE(ids(), (QStringList {"f", "d", "b", "a", "c"}));
        QCOMPARE(queue.index(0).data().toString(),
                 QStringLiteral("Urgent, now · Bruno · waiting for 5:00 · about a conversation"));
        m_ws->handleEnvelope(update(requestJson("d", "urgent", "accepted", 120, "volunteer", {}, "other")));
        QCOMPARE(ids(), (QStringList {"f", "b", "a", "c"}));
        // Accepted by me: after the waiting ones.
        m_ws->handleEnvelope(
            update(requestJson("b", "urgent", "accepted", 30, "volunteer2", {}, "supervisor")));
        QCOMPARE(ids(), (QStringList {"f", "a", "b", "c"}));
        m_ws->handleEnvelope(update(requestJson("f", "urgent", "cancelled", 300, "volunteer2")));
        QCOMPARE(ids(), (QStringList {"a", "b", "c"}));
        QVERIFY(SupervisionRequestModel::before(
            SupervisionRequest::fromJson(requestJson("x", "urgent", "waiting", 1)),
            SupervisionRequest::fromJson(requestJson("y", "debrief", "waiting", 99))));
    }

    void volunteerSeesWhoListensAndTakesOver()
    {
        m_ws->handleEnvelope(authOk("volunteer", "volunteer"));
        m_ws->handleEnvelope(open("c1"));
        Conversation *c = m_ws->conversations().find("c1");
        QVERIFY(c);
        QSignalSpy notices(&m_ws->supervision(), &ecoute::models::SupervisionModel::notice);
        QVERIFY(!c->supervision().isSupervised());

        m_ws->handleEnvelope(presence("c1", "listening"));
        QVERIFY(c->supervision().isSupervised());
        QCOMPARE(c->supervision().supervisors().value(0).name, QStringLiteral("Sam"));
        QVERIFY(c->isActive()); // listening changes nothing for the volunteer's writing
        QCOMPARE(notices.count(), 1);
        // Sent again after a reconnect: nothing new.
        m_ws->handleEnvelope(presence("c1", "listening"));
        QCOMPARE(notices.count(), 1);
        QCOMPARE(SupervisionText::presenceBanner("Sam", "listening"),
                 QStringLiteral("Supervisor Sam is listening to this conversation."));

        m_ws->handleEnvelope(presence("c1", "took_over"));
        QCOMPARE(c->access(), Conversation::Access::TakenOver);
        QVERIFY(!c->isActive());
        QVERIFY(c->isOpen());
        QVERIFY(!c->send("encore moi")); // read-only
        QCOMPARE(c->supervision().tookOver().name, QStringLiteral("Sam"));
        QVERIFY(m_ws->activeConversations().isEmpty()); // nothing to hand back going off shift
        // The volunteer keeps reading the conversation.
        m_ws->handleEnvelope(Envelope::make("chat.message",
                                            {{"contactId", "c1"},
                                             {"seq", 2},
                                             {"from", "volunteer"},
                                             {"text", "Je prends le relais"},
                                             {"at", "2026-01-10T12:00:00Z"}}));
        QCOMPARE(c->transcript()->rowCount(), 2);
        // A snapshot after a reconnect no longer lists it: it is not ended for all that.
        m_ws->handleEnvelope(Envelope::make("conversations.snapshot", {{"contacts", QJsonArray {}}}));
        QVERIFY(!c->isEnded());
    }

    void leavingIsShown()
    {
        m_ws->handleEnvelope(authOk("volunteer", "volunteer"));
        m_ws->handleEnvelope(open("c1"));
        Conversation *c = m_ws->conversations().find("c1");
        m_ws->handleEnvelope(presence("c1", "listening"));
        QSignalSpy changed(&c->supervision(), &ecoute::models::SupervisionPresence::changed);
        m_ws->handleEnvelope(presence("c1", "left"));
        QVERIFY(!c->supervision().isSupervised());
        QCOMPARE(changed.count(), 1);
        QVERIFY(c->isActive());
        // contact.released taken_over (the volunteer did not stay): like other releases.
        m_ws->handleEnvelope(Envelope::make(
            "contact.released", {{"contactId", "c1"}, {"reason", "taken_over"}, {"toUser", "supervisor"}}));
        QVERIFY(c->isReleased());
        QCOMPARE(ecoute::models::RoutingText::released("taken_over", "Sam"),
                 QStringLiteral("Supervisor Sam has taken over this conversation. It is no longer on your "
                                "workstation."));
    }

    void whispersApartFromTheTranscriptAndOnce()
    {
        m_ws->handleEnvelope(authOk("volunteer", "volunteer"));
        m_ws->handleEnvelope(open("c1"));
        Conversation *c = m_ws->conversations().find("c1");
        QAbstractItemModelTester tester(c->whispers(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_ws->handleEnvelope(presence("c1", "listening"));
        m_ws->handleEnvelope(whisper("c1", 7, "Demandez s'il est en sécurité", 10));
        m_ws->handleEnvelope(whisper("c1", 8, "Bien", 5));
        // Replayed after a reconnect: each once, in time order.
        m_ws->handleEnvelope(whisper("c1", 8, "Bien", 5));
        m_ws->handleEnvelope(whisper("c1", 7, "Demandez s'il est en sécurité", 10));
        QCOMPARE(c->whispers()->rowCount(), 2);
        QCOMPARE(c->whispers()->messageAt(0).id, QStringLiteral("7"));
        QCOMPARE(c->whispers()->messageAt(1).text, QStringLiteral("Bien"));
        // Never in the chat lines.
        QCOMPARE(c->transcript()->rowCount(), 1);
        for (int row = 0; row < c->transcript()->rowCount(); ++row)
            QVERIFY(c->transcript()->messageAt(row).text != QStringLiteral("Bien"));
        // Another conversation's whisper is not shown here.
        m_ws->handleEnvelope(whisper("c2", 9, "ailleurs"));
        QCOMPARE(c->whispers()->rowCount(), 2);

        StaffMessageModel model;
        QVERIFY(!model.add(StaffMessage {})); // no id, nothing shown
    }

    void supervisorListensThenTakesOverAndLeaves()
    {
        m_ws->handleEnvelope(authOk("supervisor", "supervisor"));
        QSignalSpy opened(m_ws.get(), &Workstation::conversationOpened);
        m_ws->handleEnvelope(open("c1", true));
        QCOMPARE(opened.count(), 1);
        Conversation *c = m_ws->conversations().find("c1");
        QCOMPARE(c->access(), Conversation::Access::Supervising);
        QVERIFY(!c->isActive());
        QVERIFY(!c->send("x")); // a listener reads
        QCOMPARE(c->transcript()->rowCount(), 1);
        // Own presence: not shown as "someone is listening" to oneself.
        m_ws->handleEnvelope(presence("c1", "listening"));
        QVERIFY(!c->supervision().isSupervised());
        // The supervisor's own whisper comes back as the answer: shown once.
        m_ws->handleEnvelope(whisper("c1", 1, "Demandez-lui"));
        QCOMPARE(c->whispers()->rowCount(), 1);

        m_ws->handleEnvelope(presence("c1", "took_over"));
        QCOMPARE(c->access(), Conversation::Access::Answering);
        QVERIFY(c->isActive()); // the contact is the supervisor's now
        QCOMPARE(m_ws->activeConversations().size(), 1);

        // Another conversation: listen, then leave.
        m_ws->handleEnvelope(open("c2", true));
        Conversation *c2 = m_ws->conversations().find("c2");
        m_ws->handleEnvelope(presence("c2", "left"));
        QVERIFY(c2->isReleased());
        QCOMPARE(c2->releaseReason(), QStringLiteral("left"));
        // Joining again later: listening again.
        m_ws->handleEnvelope(open("c2", true));
        QVERIFY(c2->isOpen());
        QCOMPARE(c2->access(), Conversation::Access::Supervising);
    }

    void debriefMessagesOnce()
    {
        m_ws->handleEnvelope(authOk("volunteer", "volunteer"));
        m_ws->handleEnvelope(
            update(requestJson("r5", "debrief", "accepted", 60, "volunteer", {}, "supervisor")));
        QSignalSpy received(&m_ws->supervision(), &ecoute::models::SupervisionModel::debriefReceived);
        auto message = [](int id, const QString &from, const QString &text) {
            return Envelope::make("debrief.message",
                                  {{"requestId", "r5"},
                                   {"id", id},
                                   {"from", from},
                                   {"text", text},
                                   {"at", kNow.addSecs(id).toString(Qt::ISODate)}});
        };
        m_ws->handleEnvelope(message(1, "volunteer", "C'était dur"));
        m_ws->handleEnvelope(message(2, "supervisor", "Merci"));
        m_ws->handleEnvelope(message(2, "supervisor", "Merci"));
        StaffMessageModel *debrief = m_ws->supervision().debrief("r5");
        QCOMPARE(debrief->rowCount(), 2);
        QCOMPARE(debrief->messageAt(1).from, QStringLiteral("supervisor"));
        QCOMPARE(received.count(), 2);
        QCOMPARE(m_ws->supervision().request("r5").kind, ecoute::protocol::SupervisionKind::Debrief);
        // Offline: nothing can be sent, and the user is told.
        QSignalSpy errors(m_ws.get(), &Workstation::errorMessage);
        QVERIFY(!m_ws->supervision().sendDebrief("r5", "encore"));
        QCOMPARE(errors.count(), 1);
        QVERIFY(!m_ws->supervision().sendDebrief("r5", "   "));
        QCOMPARE(errors.count(), 1);
    }

    void errorsAreTranslatedSentences()
    {
        QCOMPARE(
            SupervisionText::failed("supervision.accept", "invalid_state"),
            QStringLiteral("This request is no longer waiting: another supervisor may have accepted it."));
        QCOMPARE(
            SupervisionText::failed("supervision.join", "forbidden"),
            QStringLiteral("You may join this conversation only after accepting a request about it, or if "
                           "it is marked urgent."));
        QCOMPARE(SupervisionText::failed("supervision.cancel", "not_found"),
                 QStringLiteral("This request no longer exists."));
        QCOMPARE(SupervisionText::failed("supervision.takeover", "not_found"),
                 QStringLiteral("This conversation is no longer going on."));
        QCOMPARE(SupervisionText::failed("supervision.whisper", "internal"),
                 QStringLiteral("The server had a problem. Nothing was changed; please try again."));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workstation> m_ws;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QDateTime m_now = kNow;
};

QTEST_GUILESS_MAIN(TestSupervision)
#include "tst_supervision.moc"
