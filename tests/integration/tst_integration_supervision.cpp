// SPDX-License-Identifier: GPL-3.0-or-later
// Supervision through the real server: a help-seeker, a volunteer and a
// supervisor through request, accept, join, whisper, takeover, leave and
// debrief; every other role refused with a typed error; the audit log.
#include "ServerProcess.h"
#include "TestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using ecoute::protocol::Envelope;
using ecoute::testing::ServerProcess;
using ecoute::testing::str;
using ecoute::testing::TestClient;

namespace {
const QByteArray kWhisperMarker = "Whisper-marker-7d1f";

QJsonObject requestOf(const std::optional<Envelope> &e)
{
    return e ? e->body.value(QLatin1String("request")).toObject() : QJsonObject();
}

bool anyFrameContains(const TestClient &client, const QByteArray &marker)
{
    for (const Envelope &e : client.buffered()) {
        if (QJsonDocument(e.body).toJson().contains(marker))
            return true;
    }
    return false;
}
} // namespace

class TestIntegrationSupervision : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_otherCentrePassword = QStringLiteral("other-centre-password-1");

    bool login(TestClient &client, const QString &user, const QString &password = {})
    {
        if (!client.open(m_server.staffUrl())
            || !client.login(user, password.isEmpty() ? m_server.demoPassword(user) : password))
            return false;
        return client.waitFor(QStringLiteral("conversations.snapshot")).has_value();
    }

    bool available(TestClient &client)
    {
        return str(client.request(QStringLiteral("presence.set"),
                                  {{QStringLiteral("state"), QStringLiteral("available")}}),
                   "state")
            == QLatin1String("available");
    }

    /// A help-seeker whose contact the volunteer has accepted; returns the contact id.
    QString activeContact(TestClient &seeker, TestClient &volunteer)
    {
        if (!seeker.open(m_server.seekerUrl(), m_server.origin()) || !seeker.hello())
            return {};
        const auto session = seeker.request(QStringLiteral("seeker.start"),
                                            {{QStringLiteral("language"), QStringLiteral("fr")}});
        const QString id = str(session, "contactId");
        const auto open =
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), id}});
        return open && open->type == QLatin1String("conversation.open") ? id : QString();
    }

private slots:
    void initTestCase()
    {
        ecoute::testing::ServerProcess::Options options;
        options.extraArgs = {QStringLiteral("--wrapup-seconds"), QStringLiteral("0")};
        QVERIFY(m_server.start(options));
        const auto added =
            m_server.runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sup-other"),
                             QStringLiteral("--role"), QStringLiteral("supervisor"),
                             QStringLiteral("--centre"), QStringLiteral("elsewhere")},
                            m_otherCentrePassword.toUtf8() + '\n');
        QCOMPARE(added.exitCode, 0);
        QVERIFY(m_server.runCli({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("sup-other")})
                    .out.contains("centre=elsewhere"));
    }

    void requestListenWhisperTakeover()
    {
        TestClient volunteer, supervisor, seeker;
        QVERIFY(login(volunteer, QStringLiteral("volunteer")));
        QVERIFY(available(volunteer));
        const QString contactId = activeContact(seeker, volunteer);
        QVERIFY(!contactId.isEmpty());
        QVERIFY(seeker.request(QStringLiteral("chat.send"),
                               {{QStringLiteral("clientMsgId"), QStringLiteral("s1")},
                                {QStringLiteral("text"), QStringLiteral("Bonjour")}}));

        QVERIFY(login(supervisor, QStringLiteral("supervisor")));
        QVERIFY(supervisor.waitFor(QStringLiteral("supervision.queue")));

        // Urgent request: the supervisor's queue shows it at once.
        const auto requested =
            volunteer.request(QStringLiteral("supervision.request"),
                              {{QStringLiteral("kind"), QStringLiteral("urgent")},
                               {QStringLiteral("contactId"), contactId},
                               {QStringLiteral("message"), QStringLiteral("idées suicidaires")}});
        QCOMPARE(requested->type, QStringLiteral("supervision.update"));
        const QString requestId = requestOf(requested).value(QLatin1String("id")).toString();
        QCOMPARE(requestOf(requested).value(QLatin1String("state")).toString(), QStringLiteral("waiting"));
        const auto queued = supervisor.waitFor(QStringLiteral("supervision.update"));
        QCOMPARE(requestOf(queued).value(QLatin1String("id")).toString(), requestId);
        QCOMPARE(requestOf(queued).value(QLatin1String("kind")).toString(), QStringLiteral("urgent"));

        const auto accepted = supervisor.request(QStringLiteral("supervision.accept"),
                                                 {{QStringLiteral("requestId"), requestId}});
        QCOMPARE(requestOf(accepted).value(QLatin1String("state")).toString(), QStringLiteral("accepted"));
        const auto seenAccepted = volunteer.waitFor(QStringLiteral("supervision.update"));
        QCOMPARE(requestOf(seenAccepted).value(QLatin1String("supervisor")).toString(),
                 QStringLiteral("supervisor"));

        // Join: the transcript so far, then live; the volunteer sees it.
        const auto open = supervisor.request(
            QStringLiteral("supervision.join"),
            {{QStringLiteral("contactId"), contactId}, {QStringLiteral("requestId"), requestId}});
        QCOMPARE(open->type, QStringLiteral("conversation.open"));
        QCOMPARE(open->body.value(QLatin1String("messages")).toArray().size(), 1);
        const auto listening = volunteer.waitFor(QStringLiteral("supervision.presence"));
        QCOMPARE(str(listening, "mode"), QStringLiteral("listening"));
        QCOMPARE(str(listening, "supervisor"), QStringLiteral("supervisor"));
        seeker.request(QStringLiteral("chat.send"),
                       {{QStringLiteral("clientMsgId"), QStringLiteral("s2")},
                        {QStringLiteral("text"), QStringLiteral("Je suis là")}});
        QCOMPARE(str(supervisor.waitFor(QStringLiteral("chat.message")), "text"),
                 QStringLiteral("Je suis là"));
        // Read-only: a listener cannot write to the help-seeker.
        QCOMPARE(str(supervisor.request(QStringLiteral("chat.send"),
                                        {{QStringLiteral("contactId"), contactId},
                                         {QStringLiteral("clientMsgId"), QStringLiteral("x")},
                                         {QStringLiteral("text"), QStringLiteral("x")}}),
                     "code"),
                 QStringLiteral("not_found"));

        // Whisper: to the volunteer only.
        const QString whisperText =
            QString::fromLatin1(kWhisperMarker) + QStringLiteral(": ask about safety");
        const auto whisper = supervisor.request(QStringLiteral("supervision.whisper"),
                                                {{QStringLiteral("contactId"), contactId},
                                                 {QStringLiteral("clientMsgId"), QStringLiteral("w1")},
                                                 {QStringLiteral("text"), whisperText}});
        QCOMPARE(whisper->type, QStringLiteral("whisper.message"));
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("whisper.message")), "text"), whisperText);

        // Reconnects: the volunteer hears again who listens and the whispers;
        // the help-seeker's page and stored transcript never have them.
        const QString token = volunteer.token();
        volunteer.close();
        QVERIFY(volunteer.open(m_server.staffUrl()) && volunteer.resume(token));
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("supervision.presence")), "mode"),
                 QStringLiteral("listening"));
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("whisper.message")), "text"), whisperText);
        seeker.request(QStringLiteral("chat.sync"),
                       {{QStringLiteral("afterSeq"), 0}}); // the stored transcript
        QTest::qWait(200);
        QVERIFY(!anyFrameContains(seeker, kWhisperMarker));

        // Takeover: the supervisor answers; the volunteer stays as a listener.
        const auto took = supervisor.request(QStringLiteral("supervision.takeover"),
                                             {{QStringLiteral("contactId"), contactId}});
        QVERIFY2(str(took, "mode") == QLatin1String("took_over"),
                 took ? QJsonDocument(took->body).toJson().constData() : "no answer");
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("supervision.presence")), "mode"),
                 QStringLiteral("took_over"));
        QVERIFY(supervisor.request(QStringLiteral("chat.send"),
                                   {{QStringLiteral("contactId"), contactId},
                                    {QStringLiteral("clientMsgId"), QStringLiteral("p1")},
                                    {QStringLiteral("text"), QStringLiteral("Je prends le relais")}}));
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("chat.message")), "text"),
                 QStringLiteral("Je prends le relais"));
        QCOMPARE(str(volunteer.request(QStringLiteral("chat.send"),
                                       {{QStringLiteral("contactId"), contactId},
                                        {QStringLiteral("clientMsgId"), QStringLiteral("v9")},
                                        {QStringLiteral("text"), QStringLiteral("x")}}),
                     "code"),
                 QStringLiteral("not_found"));

        // The admin reads who did what, without any message text.
        TestClient admin;
        QVERIFY(login(admin, QStringLiteral("admin")));
        const auto audit = admin.request(QStringLiteral("audit.get"));
        QCOMPARE(audit->type, QStringLiteral("audit.snapshot"));
        QStringList actions;
        for (const auto &entry : audit->body.value(QLatin1String("entries")).toArray())
            actions << entry.toObject().value(QLatin1String("action")).toString();
        for (const char *expected : {"supervision.request", "supervision.accept", "supervision.join",
                                     "supervision.whisper", "supervision.takeover"})
            QVERIFY2(actions.contains(QLatin1String(expected)), expected);
        QVERIFY(!QJsonDocument(audit->body).toJson().contains(kWhisperMarker));
        QVERIFY(!QJsonDocument(audit->body).toJson().contains("suicidaires"));
        const auto cli = m_server.runCli({QStringLiteral("audit")});
        QCOMPARE(cli.exitCode, 0);
        QVERIFY(cli.out.contains("supervision.takeover"));
        QVERIFY(!cli.out.contains(kWhisperMarker));
    }

    void whisperNeverReachesTheSeeker()
    {
        TestClient volunteer, supervisor, seeker;
        QVERIFY(login(volunteer, QStringLiteral("volunteer2")));
        QVERIFY(available(volunteer));
        const QString contactId = activeContact(seeker, volunteer);
        QVERIFY(
            volunteer.request(QStringLiteral("contact.flag"),
                              {{QStringLiteral("contactId"), contactId}, {QStringLiteral("urgent"), true}}));
        QVERIFY(login(supervisor, QStringLiteral("supervisor")));
        // Urgent: the default policy lets a supervisor join unasked, and the volunteer sees it.
        QCOMPARE(supervisor
                     .request(QStringLiteral("supervision.join"), {{QStringLiteral("contactId"), contactId}})
                     ->type,
                 QStringLiteral("conversation.open"));
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("supervision.presence")), "mode"),
                 QStringLiteral("listening"));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(supervisor.request(QStringLiteral("supervision.whisper"),
                                       {{QStringLiteral("contactId"), contactId},
                                        {QStringLiteral("clientMsgId"), QStringLiteral("w%1").arg(i)},
                                        {QStringLiteral("text"), QString::fromLatin1(kWhisperMarker)}}));
            // The stored transcript, replayed in between: no whisper in it.
            seeker.request(QStringLiteral("chat.sync"), {{QStringLiteral("afterSeq"), 0}});
        }
        QVERIFY(seeker.request(QStringLiteral("chat.send"),
                               {{QStringLiteral("clientMsgId"), QStringLiteral("s")},
                                {QStringLiteral("text"), QStringLiteral("ok")}}));
        QTest::qWait(300);
        QVERIFY(!anyFrameContains(seeker, kWhisperMarker));

        // Leave: the volunteer sees it.
        QCOMPARE(str(supervisor.request(QStringLiteral("supervision.leave"),
                                        {{QStringLiteral("contactId"), contactId}}),
                     "mode"),
                 QStringLiteral("left"));
        std::optional<Envelope> left;
        do {
            left = volunteer.waitFor(QStringLiteral("supervision.presence"));
        } while (left && str(left, "mode") != QLatin1String("left"));
        QVERIFY(left);
        QVERIFY(volunteer.request(QStringLiteral("contact.end"), {{QStringLiteral("contactId"), contactId}}));
    }

    void debriefIsPrivate()
    {
        TestClient volunteer, supervisor;
        QVERIFY(login(volunteer, QStringLiteral("volunteer2")));
        QVERIFY(login(supervisor, QStringLiteral("supervisor")));
        const auto requested = volunteer.request(QStringLiteral("supervision.request"),
                                                 {{QStringLiteral("kind"), QStringLiteral("debrief")}});
        const QString id = requestOf(requested).value(QLatin1String("id")).toString();
        // Not accepted yet: nothing to write into.
        QCOMPARE(str(volunteer.request(QStringLiteral("debrief.send"),
                                       {{QStringLiteral("requestId"), id},
                                        {QStringLiteral("clientMsgId"), QStringLiteral("d0")},
                                        {QStringLiteral("text"), QStringLiteral("x")}}),
                     "code"),
                 QStringLiteral("invalid_state"));
        QVERIFY(
            supervisor.request(QStringLiteral("supervision.accept"), {{QStringLiteral("requestId"), id}}));
        const auto sent = volunteer.request(QStringLiteral("debrief.send"),
                                            {{QStringLiteral("requestId"), id},
                                             {QStringLiteral("clientMsgId"), QStringLiteral("d1")},
                                             {QStringLiteral("text"), QStringLiteral("C'était dur")}});
        QCOMPARE(sent->type, QStringLiteral("debrief.message"));
        std::optional<Envelope> got;
        do {
            got = supervisor.waitFor(QStringLiteral("debrief.message"));
        } while (got && str(got, "text") != QStringLiteral("C'était dur"));
        QVERIFY(got);
        QVERIFY(supervisor.request(QStringLiteral("debrief.send"),
                                   {{QStringLiteral("requestId"), id},
                                    {QStringLiteral("clientMsgId"), QStringLiteral("d2")},
                                    {QStringLiteral("text"), QStringLiteral("Merci")}}));
        QCOMPARE(str(volunteer.waitFor(QStringLiteral("debrief.message")), "text"), QStringLiteral("Merci"));
        // Someone else cannot read or write into it.
        TestClient other;
        QVERIFY(login(other, QStringLiteral("volunteer")));
        QCOMPARE(str(other.request(QStringLiteral("debrief.send"),
                                   {{QStringLiteral("requestId"), id},
                                    {QStringLiteral("clientMsgId"), QStringLiteral("d3")},
                                    {QStringLiteral("text"), QStringLiteral("x")}}),
                     "code"),
                 QStringLiteral("not_found"));
        QCOMPARE(requestOf(volunteer.request(QStringLiteral("supervision.close"),
                                             {{QStringLiteral("requestId"), id}}))
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("closed"));
    }

    void authorizationMatrix()
    {
        TestClient volunteer, seeker, supervisor;
        QVERIFY(login(volunteer, QStringLiteral("volunteer")));
        QVERIFY(available(volunteer));
        const QString contactId = activeContact(seeker, volunteer);
        QVERIFY(!contactId.isEmpty());
        const auto requested = volunteer.request(QStringLiteral("supervision.request"),
                                                 {{QStringLiteral("kind"), QStringLiteral("when_possible")},
                                                  {QStringLiteral("contactId"), contactId}});
        const QString requestId = requestOf(requested).value(QLatin1String("id")).toString();

        // Not asked, not urgent: even a supervisor of the centre may not join.
        QVERIFY(login(supervisor, QStringLiteral("supervisor")));
        QCOMPARE(str(supervisor.request(QStringLiteral("supervision.join"),
                                        {{QStringLiteral("contactId"), contactId}}),
                     "code"),
                 QStringLiteral("forbidden"));

        const QList<QPair<QString, QJsonObject>> actions {
            {QStringLiteral("supervision.accept"), {{QStringLiteral("requestId"), requestId}}},
            {QStringLiteral("supervision.join"), {{QStringLiteral("contactId"), contactId}}},
            {QStringLiteral("supervision.whisper"),
             {{QStringLiteral("contactId"), contactId},
              {QStringLiteral("clientMsgId"), QStringLiteral("w")},
              {QStringLiteral("text"), QStringLiteral("x")}}},
            {QStringLiteral("supervision.takeover"), {{QStringLiteral("contactId"), contactId}}},
            {QStringLiteral("supervision.leave"), {{QStringLiteral("contactId"), contactId}}},
            {QStringLiteral("supervision.cancel"), {{QStringLiteral("requestId"), requestId}}},
            {QStringLiteral("audit.get"), {}},
        };
        struct Actor
        {
            QString user;
            QString password;
        };
        const QList<Actor> actors {{QStringLiteral("volunteer2"), {}},
                                   {QStringLiteral("trainer"), {}},
                                   {QStringLiteral("sup-other"), m_otherCentrePassword}};
        const QStringList refusals {QStringLiteral("forbidden"), QStringLiteral("not_found")};
        for (const Actor &actor : actors) {
            TestClient client;
            QVERIFY(login(client, actor.user, actor.password));
            for (const auto &[type, body] : actions) {
                const auto answer = client.request(type, body);
                QVERIFY2(answer && answer->type == QLatin1String("error")
                             && refusals.contains(str(answer, "code")),
                         qPrintable(actor.user + u' ' + type));
            }
        }
        // The admin reads the audit log but acts on no conversation.
        TestClient admin;
        QVERIFY(login(admin, QStringLiteral("admin")));
        for (const auto &[type, body] : actions) {
            const auto answer = admin.request(type, body);
            if (type == QLatin1String("audit.get"))
                QCOMPARE(answer->type, QStringLiteral("audit.snapshot"));
            else
                QVERIFY2(answer && refusals.contains(str(answer, "code")), qPrintable(type));
        }
        // Unauthenticated staff connection, and the help-seeker endpoint.
        TestClient anonymous;
        QVERIFY(anonymous.open(m_server.staffUrl()) && anonymous.hello());
        for (const auto &[type, body] : actions)
            QCOMPARE(str(anonymous.request(type, body), "code"), QStringLiteral("not_authenticated"));
        for (const auto &[type, body] : actions) {
            const auto answer = seeker.request(type, body);
            QVERIFY2(answer && answer->type == QLatin1String("error"), qPrintable(type));
        }

        // No trace but the audit entries: the request still waits, the contact
        // is still the volunteer's, nobody listened, and each refusal is logged.
        QVERIFY(!volunteer.hasBuffered(QStringLiteral("supervision.presence")));
        QCOMPARE(volunteer
                     .request(QStringLiteral("chat.send"),
                              {{QStringLiteral("contactId"), contactId},
                               {QStringLiteral("clientMsgId"), QStringLiteral("still-mine")},
                               {QStringLiteral("text"), QStringLiteral("ok")}})
                     ->type,
                 QStringLiteral("chat.ack"));
        const auto accepted = supervisor.request(QStringLiteral("supervision.accept"),
                                                 {{QStringLiteral("requestId"), requestId}});
        QCOMPARE(requestOf(accepted).value(QLatin1String("state")).toString(), QStringLiteral("accepted"));
        const auto audit = admin.request(QStringLiteral("audit.get"), {{QStringLiteral("limit"), 500}});
        int refused = 0;
        for (const auto &entry : audit->body.value(QLatin1String("entries")).toArray()) {
            if (entry.toObject()
                    .value(QLatin1String("action"))
                    .toString()
                    .endsWith(QLatin1String(".refused")))
                ++refused;
        }
        QVERIFY2(refused >= 3 * 7 + 5, qPrintable(QString::number(refused)));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationSupervision)
#include "tst_integration_supervision.moc"
