// SPDX-License-Identifier: GPL-3.0-or-later
// End-of-contact reports and the imminent-risk workflow through the real server over TLS: a report
// round trip for a chat and for a web-mailbox letter, the errors of report.submit (nothing is stored
// twice), the steps of a risk case in the audit log in order, who may act on reports and cases,
// and the location a person gave never reaching the volunteer's workstation.
#include "ServerProcess.h"
#include "StaffSteps.h"
#include "TestClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QWebSocket>

using ecoute::protocol::Envelope;
using ecoute::testing::logInStaff;
using ecoute::testing::ServerProcess;
using ecoute::testing::str;
using ecoute::testing::TestClient;

namespace {

const QString kOtherCentrePassword = QStringLiteral("other-centre-password-1");
const QString kPlace = QStringLiteral("Rue des Tilleuls 7, troisieme etage");

QJsonObject report(const QString &contactId)
{
    return {{QStringLiteral("contactId"), contactId},
            {QStringLiteral("topics"),
             QJsonArray {QStringLiteral("loneliness"), QStringLiteral("mental_health")}},
            {QStringLiteral("risk"), QStringLiteral("moderate")},
            {QStringLiteral("asked"), QJsonArray {QStringLiteral("thoughts"), QStringLiteral("plan")}},
            {QStringLiteral("age"), QStringLiteral("25to39")},
            {QStringLiteral("gender"), QStringLiteral("unsaid")},
            {QStringLiteral("history"), QStringLiteral("first")},
            {QStringLiteral("outcomes"), QJsonArray {QStringLiteral("listened")}}};
}

QString code(const std::optional<Envelope> &e)
{
    return e && e->type == QLatin1String("error") ? str(e, "code") : QString();
}

/// The pending contact with this id in a report.pending body (empty if absent).
QJsonObject pendingOf(const std::optional<Envelope> &pending, const QString &contactId)
{
    if (!pending)
        return {};
    for (const QJsonValue &c : pending->body.value(QLatin1String("contacts")).toArray()) {
        if (c.toObject().value(QLatin1String("contactId")).toString() == contactId)
            return c.toObject();
    }
    return {};
}

} // namespace

class TestIntegrationReports : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;

    bool login(TestClient &client, const QString &user, bool available = false)
    {
        if (user == QLatin1String("sup-other"))
            return logInStaff(client, m_server, user, kOtherCentrePassword, available);
        return logInStaff(client, m_server, user, available);
    }

    /// A chat a help-seeker started and the volunteer accepted.
    QString activeChat(TestClient &seeker, TestClient &volunteer)
    {
        if (!seeker.open(m_server.seekerUrl(), m_server.origin()) || !seeker.hello())
            return {};
        const QString id = str(seeker.request(QStringLiteral("seeker.start"),
                                              {{QStringLiteral("language"), QStringLiteral("fr")}}),
                               "contactId");
        const auto open =
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), id}});
        return open && open->type == QLatin1String("conversation.open") ? id : QString();
    }

    bool end(TestClient &volunteer, const QString &contactId)
    {
        const auto ended =
            volunteer.request(QStringLiteral("contact.end"), {{QStringLiteral("contactId"), contactId}});
        return ended && ended->type == QLatin1String("contact.ended");
    }

    /// An ended chat of the volunteer.
    QString endedChat(TestClient &volunteer)
    {
        TestClient seeker;
        const QString id = activeChat(seeker, volunteer);
        return !id.isEmpty() && end(volunteer, id) ? id : QString();
    }

    /// SELECT COUNT(*) … on the server's database, read-only beside the running server.
    int count(const QString &sql)
    {
        const QString name = QUuid::createUuid().toString();
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_server.dataDir() + QStringLiteral("/ecoute.sqlite"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return n;
    }

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.tls = true;
        options.extraArgs = {QStringLiteral("--wrapup-seconds"), QStringLiteral("0"),
                             QStringLiteral("--mail-undo-seconds"), QStringLiteral("0")};
        QVERIFY(m_server.start(options));
        const auto added =
            m_server.runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sup-other"),
                             QStringLiteral("--role"), QStringLiteral("supervisor"),
                             QStringLiteral("--centre"), QStringLiteral("elsewhere")},
                            kOtherCentrePassword.toUtf8() + '\n');
        QCOMPARE(added.exitCode, 0);
    }

    void loginSendsTheForm()
    {
        TestClient volunteer;
        QVERIFY(login(volunteer, QStringLiteral("volunteer")));
        const auto form = volunteer.waitFor(QStringLiteral("report.form"));
        QVERIFY(form);
        const QJsonArray topics = form->body.value(QLatin1String("topics")).toArray();
        QVERIFY(topics.size() >= 12);
        QVERIFY(topics.first()
                    .toObject()
                    .value(QLatin1String("labels"))
                    .toObject()
                    .contains(QLatin1String("de")));
        QVERIFY(volunteer.waitFor(QStringLiteral("report.pending")));
        QVERIFY(volunteer.waitFor(QStringLiteral("risk.cases")));
    }

    void chatReportRoundTrip()
    {
        TestClient volunteer;
        QVERIFY(login(volunteer, QStringLiteral("volunteer"), true));
        const QString id = endedChat(volunteer);
        QVERIFY(!id.isEmpty());
        const auto pending = volunteer.request(QStringLiteral("report.pending.get"));
        const QJsonObject entry = pendingOf(pending, id);
        QCOMPARE(entry.value(QLatin1String("channel")).toString(), QStringLiteral("chat"));
        QCOMPARE(entry.value(QLatin1String("history")).toString(), QStringLiteral("unknown"));
        QVERIFY(!entry.contains(QLatin1String("sourceHash")));

        volunteer.clearBuffer();
        const auto saved = volunteer.request(QStringLiteral("report.submit"), report(id));
        QVERIFY(saved);
        QCOMPARE(saved->type, QStringLiteral("report.saved"));
        QCOMPARE(str(saved, "contactId"), id);
        const auto after = volunteer.waitFor(QStringLiteral("report.pending"));
        QVERIFY(after);
        QVERIFY(pendingOf(after, id).isEmpty());
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM reports WHERE contact_id = '%1' AND risk = 'moderate' "
                                 "AND topics = 'loneliness,mental_health'")
                      .arg(id)),
            1);
        QVERIFY(m_server.runCli({QStringLiteral("audit")}).out.contains("report.saved"));
    }

    void mailboxReportRoundTrip()
    {
        TestClient volunteer;
        QVERIFY(login(volunteer, QStringLiteral("volunteer"), true));
        TestClient page;
        QVERIFY(page.open(m_server.seekerUrl(), m_server.origin()) && page.hello());
        const auto session =
            page.request(QStringLiteral("mailbox.open"),
                         {{QStringLiteral("name"), QStringLiteral("Lune rousse 7")},
                          {QStringLiteral("password"), QStringLiteral("un long chemin vers la mer")},
                          {QStringLiteral("create"), true},
                          {QStringLiteral("language"), QStringLiteral("fr")}});
        QCOMPARE(session->type, QStringLiteral("mailbox.session"));
        const auto ack =
            page.request(QStringLiteral("mailbox.write"),
                         {{QStringLiteral("clientMsgId"), QStringLiteral("m1")},
                          {QStringLiteral("text"), QStringLiteral("Je voulais juste écrire à quelqu'un.")}});
        QCOMPARE(ack->type, QStringLiteral("chat.ack"));

        // The letter is offered (or waits in the inbox) as an e-mail contact.
        QString id;
        QElapsedTimer timer;
        timer.start();
        while (id.isEmpty() && timer.elapsed() < TestClient::kDefaultTimeoutMs) {
            for (const Envelope &frame : volunteer.buffered()) {
                QJsonArray contacts;
                if (frame.type == QLatin1String("contact.update") || frame.type == QLatin1String("offer"))
                    contacts.append(frame.body.value(QLatin1String("contact")));
                else if (frame.type == QLatin1String("inbox.snapshot"))
                    contacts = frame.body.value(QLatin1String("contacts")).toArray();
                for (const QJsonValue &c : std::as_const(contacts)) {
                    if (c.toObject().value(QLatin1String("channel")).toString() == QLatin1String("email"))
                        id = c.toObject().value(QLatin1String("id")).toString();
                }
            }
            if (id.isEmpty())
                QTest::qWait(50);
        }
        QVERIFY2(!id.isEmpty(), "no e-mail contact reached the volunteer");
        const auto open =
            volunteer.request(QStringLiteral("contact.accept"), {{QStringLiteral("contactId"), id}});
        QCOMPARE(open->type, QStringLiteral("conversation.open"));
        QVERIFY(end(volunteer, id));

        // The web mailbox recognises its writer: a first contact, and the keyed hash never leaves.
        const auto pending = volunteer.request(QStringLiteral("report.pending.get"));
        const QJsonObject entry = pendingOf(pending, id);
        QCOMPARE(entry.value(QLatin1String("channel")).toString(), QStringLiteral("email"));
        QCOMPARE(entry.value(QLatin1String("history")).toString(), QStringLiteral("first"));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE id = '%1' AND source_hash IS NOT NULL")
                      .arg(id)),
            1);
        QJsonObject body = report(id);
        body.insert(QStringLiteral("history"), QStringLiteral("first"));
        const auto saved = volunteer.request(QStringLiteral("report.submit"), body);
        QCOMPARE(saved->type, QStringLiteral("report.saved"));
    }

    void badReportsAreRefused()
    {
        TestClient volunteer, other;
        QVERIFY(login(volunteer, QStringLiteral("volunteer"), true));
        QVERIFY(login(other, QStringLiteral("volunteer2")));
        const QString id = endedChat(volunteer);
        QVERIFY(!id.isEmpty());

        QJsonObject unknownTopic = report(id);
        unknownTopic.insert(QStringLiteral("topics"), QJsonArray {QStringLiteral("astrology")});
        const auto topicError = volunteer.request(QStringLiteral("report.submit"), unknownTopic);
        QCOMPARE(code(topicError), QStringLiteral("wrong_type"));
        QCOMPARE(str(topicError, "field"), QStringLiteral("body.topics"));

        QJsonObject referred = report(id);
        referred.insert(QStringLiteral("outcomes"), QJsonArray {QStringLiteral("referred")});
        const auto referralError = volunteer.request(QStringLiteral("report.submit"), referred);
        QCOMPARE(str(referralError, "field"), QStringLiteral("body.referrals"));

        QJsonObject tooMany = report(id);
        QJsonArray thirteen;
        for (int i = 0; i < 13; ++i)
            thirteen.append(QStringLiteral("other"));
        tooMany.insert(QStringLiteral("topics"), thirteen);
        QCOMPARE(code(volunteer.request(QStringLiteral("report.submit"), tooMany)),
                 QStringLiteral("field_too_long"));
        QCOMPARE(code(volunteer.request(QStringLiteral("report.submit"), report(QString(65, u'a')))),
                 QStringLiteral("field_too_long"));
        QJsonObject badRisk = report(id);
        badRisk.insert(QStringLiteral("risk"), QStringLiteral("extreme"));
        QVERIFY(!code(volunteer.request(QStringLiteral("report.submit"), badRisk)).isEmpty());

        QCOMPARE(code(other.request(QStringLiteral("report.submit"), report(id))),
                 QStringLiteral("not_found"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM reports WHERE contact_id = '%1'").arg(id)), 0);

        QCOMPARE(volunteer.request(QStringLiteral("report.submit"), report(id))->type,
                 QStringLiteral("report.saved"));
        QJsonObject second = report(id);
        second.insert(QStringLiteral("risk"), QStringLiteral("none"));
        QCOMPARE(code(volunteer.request(QStringLiteral("report.submit"), second)),
                 QStringLiteral("invalid_state"));
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM reports WHERE contact_id = '%1' AND risk = 'moderate'")
                      .arg(id)),
            1);
    }

    void twoWindowsReportingAtOnceStoreOne()
    {
        TestClient first, second;
        QVERIFY(login(first, QStringLiteral("volunteer"), true));
        QVERIFY(login(second, QStringLiteral("volunteer")));
        const QString id = endedChat(first);
        QVERIFY(!id.isEmpty());
        // Both frames leave before either answer comes back.
        const QString a = first.send(QStringLiteral("report.submit"), report(id));
        QJsonObject other = report(id);
        other.insert(QStringLiteral("risk"), QStringLiteral("none"));
        const QString b = second.send(QStringLiteral("report.submit"), other);
        const auto answerA = first.waitForReply(a);
        const auto answerB = second.waitForReply(b);
        QVERIFY(answerA && answerB);
        QStringList outcomes {answerA->type == QLatin1String("error") ? str(answerA, "code") : answerA->type,
                              answerB->type == QLatin1String("error") ? str(answerB, "code") : answerB->type};
        outcomes.sort();
        QCOMPARE(outcomes, QStringList({QStringLiteral("invalid_state"), QStringLiteral("report.saved")}));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM reports WHERE contact_id = '%1'").arg(id)), 1);
    }

    void authorizationMatrix()
    {
        TestClient volunteer, seeker;
        QVERIFY(login(volunteer, QStringLiteral("volunteer"), true));
        const QString id = activeChat(seeker, volunteer);
        QVERIFY(!id.isEmpty());
        QCOMPARE(volunteer
                     .request(QStringLiteral("risk.step"),
                              {{QStringLiteral("contactId"), id},
                               {QStringLiteral("step"), QStringLiteral("opened")}})
                     ->type,
                 QStringLiteral("risk.update"));
        const QJsonObject step {{QStringLiteral("contactId"), id},
                                {QStringLiteral("step"), QStringLiteral("engage")}};
        const QJsonObject place {{QStringLiteral("contactId"), id},
                                 {QStringLiteral("text"), QStringLiteral("ici")}};

        struct Expectation
        {
            QString user; ///< empty: a connection that never logged in
            QString risk; ///< the answer's type, or the error code
            QString report;
        };
        const QList<Expectation> matrix {
            {QStringLiteral("volunteer2"), QStringLiteral("not_found"), QStringLiteral("not_found")},
            {QStringLiteral("sup-other"), QStringLiteral("not_found"), QStringLiteral("not_found")},
            {QStringLiteral("trainer"), QStringLiteral("forbidden"), QStringLiteral("not_found")},
            {QStringLiteral("admin"), QStringLiteral("risk.update"), QStringLiteral("not_found")},
            {QStringLiteral("supervisor"), QStringLiteral("risk.update"), QStringLiteral("not_found")},
            {QString(), QStringLiteral("not_authenticated"), QStringLiteral("not_authenticated")},
        };
        const auto outcome = [](const std::optional<Envelope> &e) {
            return e ? (e->type == QLatin1String("error") ? str(e, "code") : e->type)
                     : QStringLiteral("(none)");
        };
        for (const Expectation &x : matrix) {
            TestClient actor;
            if (x.user.isEmpty())
                QVERIFY(actor.open(m_server.staffUrl()) && actor.hello());
            else
                QVERIFY2(login(actor, x.user), qPrintable(x.user));
            const QString who = x.user.isEmpty() ? QStringLiteral("unauthenticated") : x.user;
            QCOMPARE(outcome(actor.request(QStringLiteral("risk.step"), step)) + u' ' + who,
                     x.risk + u' ' + who);
            QCOMPARE(outcome(actor.request(QStringLiteral("risk.location"), place)) + u' ' + who,
                     x.risk + u' ' + who);
            QCOMPARE(outcome(actor.request(QStringLiteral("report.submit"), report(id))) + u' ' + who,
                     x.report + u' ' + who);
        }
        // The volunteer's own report waits for the end of the contact.
        QCOMPARE(code(volunteer.request(QStringLiteral("report.submit"), report(id))),
                 QStringLiteral("invalid_state"));
        QCOMPARE(volunteer
                     .request(QStringLiteral("risk.step"),
                              {{QStringLiteral("contactId"), id},
                               {QStringLiteral("step"), QStringLiteral("closed")}})
                     ->type,
                 QStringLiteral("risk.update"));
    }

    void imminentRiskWorkflow()
    {
        TestClient volunteer, supervisor, seeker;
        QVERIFY(login(volunteer, QStringLiteral("volunteer"), true));
        QStringList volunteerFrames; // everything the volunteer's workstation receives, raw
        QObject::connect(volunteer.socket(), &QWebSocket::textMessageReceived,
                         [&volunteerFrames](const QString &frame) { volunteerFrames.append(frame); });
        const QString id = activeChat(seeker, volunteer);
        QVERIFY(!id.isEmpty());
        const auto stepBy = [&](TestClient &who, const char *name) {
            const auto answer = who.request(
                QStringLiteral("risk.step"),
                {{QStringLiteral("contactId"), id}, {QStringLiteral("step"), QLatin1String(name)}});
            return answer && answer->type == QLatin1String("risk.update")
                ? answer->body.value(QLatin1String("case")).toObject()
                : QJsonObject();
        };
        QCOMPARE(code(volunteer.request(QStringLiteral("risk.step"),
                                        {{QStringLiteral("contactId"), id},
                                         {QStringLiteral("step"), QStringLiteral("engage")}})),
                 QStringLiteral("invalid_state"));
        QVERIFY(stepBy(volunteer, "opened").value(QLatin1String("open")).toBool());
        QVERIFY(!stepBy(volunteer, "engage").isEmpty());

        // A supervisor who logs in now sees the open case of their centre.
        QVERIFY(login(supervisor, QStringLiteral("supervisor")));
        const auto cases = supervisor.waitFor(QStringLiteral("risk.cases"));
        QVERIFY(cases);
        bool listed = false;
        for (const QJsonValue &c : cases->body.value(QLatin1String("cases")).toArray())
            listed = listed || c.toObject().value(QLatin1String("contactId")).toString() == id;
        QVERIFY(listed);

        QVERIFY(!stepBy(volunteer, "assess").isEmpty());
        supervisor.clearBuffer();
        const auto located =
            volunteer.request(QStringLiteral("risk.location"),
                              {{QStringLiteral("contactId"), id}, {QStringLiteral("text"), kPlace}});
        QCOMPARE(located->type, QStringLiteral("risk.update"));
        QVERIFY(!located->body.value(QLatin1String("case")).toObject().contains(QLatin1String("location")));
        // The supervisor's copy of the earlier step may still arrive first: wait for the location.
        QString toldPlace;
        while (toldPlace.isEmpty()) {
            const auto told = supervisor.waitFor(QStringLiteral("risk.update"));
            QVERIFY(told);
            toldPlace = told->body.value(QLatin1String("case"))
                            .toObject()
                            .value(QLatin1String("location"))
                            .toString();
        }
        QCOMPARE(toldPlace, kPlace);

        QVERIFY(!stepBy(supervisor, "consult").isEmpty());
        QVERIFY(!stepBy(volunteer, "emergency").isEmpty());
        QVERIFY(!stepBy(volunteer, "safety_plan").isEmpty());
        QVERIFY(!stepBy(volunteer, "follow_up").isEmpty());
        const QJsonObject closed = stepBy(volunteer, "closed");
        QVERIFY(!closed.value(QLatin1String("open")).toBool(true));
        QCOMPARE(closed.value(QLatin1String("steps")).toArray().size(), 8); // the location is not a step

        TestClient admin;
        QVERIFY(login(admin, QStringLiteral("admin")));
        const auto audit = admin.request(QStringLiteral("audit.get"));
        QCOMPARE(audit->type, QStringLiteral("audit.snapshot"));
        QStringList steps;
        const QJsonArray entries = audit->body.value(QLatin1String("entries")).toArray();
        for (qsizetype i = entries.size() - 1; i >= 0; --i) { // oldest first
            const QJsonObject entry = entries.at(i).toObject();
            const QString action = entry.value(QLatin1String("action")).toString();
            if (entry.value(QLatin1String("contactId")).toString() == id
                && action.startsWith(QLatin1String("risk.")) && !action.endsWith(QLatin1String(".refused"))) {
                steps.append(action);
                QVERIFY(!entry.value(QLatin1String("at")).toString().isEmpty());
            }
        }
        QCOMPARE(steps,
                 QStringList({QStringLiteral("risk.opened"), QStringLiteral("risk.engage"),
                              QStringLiteral("risk.assess"), QStringLiteral("risk.location"),
                              QStringLiteral("risk.consult"), QStringLiteral("risk.emergency"),
                              QStringLiteral("risk.safety_plan"), QStringLiteral("risk.follow_up"),
                              QStringLiteral("risk.closed")}));
        QVERIFY(!QJsonDocument(audit->body).toJson().contains("Tilleuls"));
        for (const QString &frame : std::as_const(volunteerFrames))
            QVERIFY2(!frame.contains(QLatin1String("Tilleuls")), qPrintable(frame.left(120)));
        QVERIFY(!volunteerFrames.isEmpty());
        // Sealed at rest.
        QCOMPARE(count(QStringLiteral(
                           "SELECT COUNT(*) FROM risk_cases WHERE contact_id = '%1' AND location IS NOT NULL")
                           .arg(id)),
                 1);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM risk_cases WHERE CAST(location AS TEXT) LIKE '%Tilleuls%'")),
                 0);
    }

    void centreTopicsFromAFile()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const char *name, const QByteArray &json) {
            QFile file(dir.filePath(QLatin1String(name)));
            return file.open(QIODevice::WriteOnly) && file.write(json) == json.size() ? file.fileName()
                                                                                      : QString();
        };
        const QString good = write(
            "good.json",
            R"({"topics": [{"id": "debt", "labels": {"fr": "Dettes", "de": "Schulden", "en": "Debt"}}]})");
        const QString bad =
            write("bad.json", R"({"topics": [{"id": "debt", "labels": {"fr": "Dettes", "en": "Debt"}}]})");

        ServerProcess refused;
        ServerProcess::Options options;
        options.keepLog = true;
        options.extraArgs = {QStringLiteral("--report-topics"), bad};
        QVERIFY(!refused.start(options));
        QVERIFY2(refused.log().contains(QLatin1String("bad.json"))
                     && refused.log().contains(QLatin1String("\"de\"")),
                 qPrintable(refused.log()));

        ServerProcess server;
        options.extraArgs = {QStringLiteral("--report-topics"), good};
        QVERIFY(server.start(options));
        TestClient volunteer;
        QVERIFY(logInStaff(volunteer, server, QStringLiteral("volunteer")));
        const auto form = volunteer.waitFor(QStringLiteral("report.form"));
        QVERIFY(form);
        const QJsonArray topics = form->body.value(QLatin1String("topics")).toArray();
        QCOMPARE(topics.size(), 1);
        QCOMPARE(topics.first().toObject().value(QLatin1String("id")).toString(), QStringLiteral("debt"));
    }

    void shiftSummaryWhenGoingOff()
    {
        TestClient volunteer;
        QVERIFY(login(volunteer, QStringLiteral("volunteer2"), true));
        QVERIFY(!endedChat(volunteer).isEmpty());
        // The supervisors' board counts what is left to report (counts only).
        TestClient supervisor;
        QVERIFY(login(supervisor, QStringLiteral("supervisor")));
        const auto team = supervisor.request(QStringLiteral("team.get"));
        QVERIFY(team);
        QJsonObject member;
        for (const QJsonValue &m : team->body.value(QLatin1String("members")).toArray()) {
            if (m.toObject().value(QLatin1String("user")).toString() == QLatin1String("volunteer2"))
                member = m.toObject();
        }
        QCOMPARE(member.value(QLatin1String("unreported")).toInt(-1), 1);
        QCOMPARE(member.value(QLatin1String("hard")).toInt(-1), 0);
        volunteer.clearBuffer();
        QCOMPARE(str(volunteer.request(QStringLiteral("presence.set"),
                                       {{QStringLiteral("state"), QStringLiteral("off")}}),
                     "state"),
                 QStringLiteral("off"));
        const auto summary = volunteer.waitFor(QStringLiteral("shift.summary"));
        QVERIFY(summary);
        QCOMPARE(summary->body.value(QLatin1String("contacts")).toInt(), 1);
        QCOMPARE(summary->body.value(QLatin1String("imminent")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationReports)
#include "tst_integration_reports.moc"
