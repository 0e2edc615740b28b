// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation side of practice sessions, fed with synthetic server frames (no
// server): a trainer's played conversations (writing as the person, ending the
// exercise, catch-up after a login), scenarios, feedback and history.

#include "models/practice/PracticeText.h"
#include "models/supervision/SupervisionText.h"
#include "models/workstation/Workstation.h"

#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::Conversation;
using ecoute::models::PracticeFeedback;
using ecoute::models::PracticeHistoryEntry;
using ecoute::models::PracticeRun;
using ecoute::models::PracticeText;
using ecoute::models::Workstation;
using ecoute::protocol::Envelope;
using ecoute::protocol::Scenario;

namespace {

Envelope authOk(const QString &user, const QString &role)
{
    return Envelope::make("auth.ok",
                          {{"token", QString(64, QLatin1Char('a'))},
                           {"expiresAt", "2030-01-01T00:00:00Z"},
                           {"user", user},
                           {"role", role}});
}

QJsonObject scenarioJson()
{
    Scenario s;
    s.slug = "panic-attack";
    s.language = "fr";
    s.title = "Crise de panique";
    s.channel = "chat";
    s.risk = "medium";
    s.personaAge = 24;
    s.personaSituation = "Étudiante";
    s.opening = "aidez moi svp";
    s.evolution = "Étape 1";
    s.guidance = "Votre rôle";
    s.goals = QStringList {"Accueillir", "Vérifier le doute médical"};
    return s.toJson();
}

Envelope session(const QStringList &contactIds)
{
    QJsonArray contacts;
    for (const QString &id : contactIds)
        contacts.append(
            QJsonObject {{"contactId", id}, {"trainee", "trainee-" + id}, {"pseudonym", "Mésange " + id}});
    return Envelope::make("practice.session",
                          {{"sessionId", "s1"}, {"scenario", scenarioJson()}, {"contacts", contacts}});
}

Envelope message(const QString &contactId, int seq, const QString &from, const QString &text)
{
    return Envelope::make("chat.message",
                          {{"contactId", contactId},
                           {"seq", seq},
                           {"from", from},
                           {"text", text},
                           {"at", "2026-01-10T12:00:00Z"}});
}

} // namespace

class TestPractice : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workstation> m_ws;

private slots:
    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath("settings.ini"), QSettings::IniFormat);
        m_ws = std::make_unique<Workstation>(*m_settings);
        m_ws->handleEnvelope(authOk("trainer", "trainer"));
    }

    void cleanup()
    {
        m_ws.reset();
        m_settings.reset();
    }

    void aSessionGivesTheTrainerAPlayedConversationPerTrainee()
    {
        QSignalSpy opened(m_ws.get(), &Workstation::conversationOpened);
        QSignalSpy started(&m_ws->practice(), &ecoute::models::PracticeModel::sessionStarted);
        m_ws->handleEnvelope(session({"c1", "c2"}));
        QCOMPARE(opened.size(), 2);
        QCOMPARE(started.size(), 1);
        const auto run = started.first().first().value<PracticeRun>();
        QCOMPARE(run.sessionId, QStringLiteral("s1"));
        QCOMPARE(run.contacts.size(), 2);
        QCOMPARE(run.scenario.goals.size(), 2);

        Conversation *c = m_ws->conversations().find("c1");
        QVERIFY(c);
        QVERIFY(c->isPlayed());
        QVERIFY(c->isPractice());
        QCOMPARE(c->trainee(), QStringLiteral("trainee-c1"));
        QCOMPARE(c->contact().pseudonym, QStringLiteral("Mésange c1"));
        QVERIFY(c->canWrite());
        // Not the trainer's to answer: going off shift never hands an exercise back to a queue.
        QVERIFY(!c->isActive());
        QVERIFY(m_ws->activeConversations().isEmpty());
        QCOMPARE(m_ws->practice().scenarioOf("c2").title, QStringLiteral("Crise de panique"));

        // The same session again (after a login) opens nothing new.
        m_ws->handleEnvelope(session({"c1", "c2"}));
        QCOMPARE(opened.size(), 2);
        QCOMPARE(m_ws->conversations().size(), 2);
    }

    void theTrainerWritesAsThePersonAndEndsTheExercise()
    {
        m_ws->handleEnvelope(session({"c1"}));
        Conversation *c = m_ws->conversations().find("c1");
        QSignalSpy sent(c, &Conversation::sendRequested);
        QVERIFY(c->send("aidez moi svp"));
        QCOMPARE(sent.size(), 1);
        auto frame = sent.takeFirst().first().value<Envelope>();
        QCOMPARE(frame.type, QStringLiteral("practice.say"));
        QCOMPARE(frame.body.value("contactId").toString(), QStringLiteral("c1"));
        QCOMPARE(c->outboxSize(), 1);
        // The trainer's own line is the person's, pending and once acknowledged.
        const auto *transcript = c->transcript();
        QCOMPARE(transcript->index(0, 0).data(ecoute::models::TranscriptModel::FromRole).toString(),
                 QStringLiteral("seeker"));
        m_ws->handleEnvelope(Envelope::make(
            "chat.ack", {{"contactId", "c1"}, {"clientMsgId", frame.body.value("clientMsgId")}, {"seq", 1}}));
        QCOMPARE(c->outboxSize(), 0);
        QCOMPARE(transcript->rowCount(), 1);
        QCOMPARE(transcript->index(0, 0).data(ecoute::models::TranscriptModel::FromRole).toString(),
                 QStringLiteral("seeker"));

        // The trainee's answers are what is new for the trainer; their own lines are not.
        QSignalSpy wrote(c, &Conversation::seekerWrote);
        m_ws->handleEnvelope(message("c1", 1, "seeker", "aidez moi svp"));
        QCOMPARE(wrote.size(), 0);
        QCOMPARE(transcript->rowCount(), 1); // the echo shows once
        // An echo before the ack is matched to the pending line too.
        QVERIFY(c->send("je respire mal"));
        m_ws->handleEnvelope(message("c1", 2, "seeker", "je respire mal"));
        QCOMPARE(transcript->rowCount(), 2);
        QVERIFY(!transcript->index(1, 0).data(ecoute::models::TranscriptModel::PendingRole).toBool());
        sent.clear();
        m_ws->handleEnvelope(message("c1", 3, "volunteer", "Je suis là."));
        QCOMPARE(wrote.size(), 1);

        c->end(true); // "hard" means nothing for an exercise
        QCOMPARE(sent.size(), 1);
        frame = sent.takeFirst().first().value<Envelope>();
        QCOMPARE(frame.type, QStringLiteral("practice.end"));
        QVERIFY(!frame.body.contains("hard"));
        QVERIFY(!c->markedHard());
        m_ws->handleEnvelope(Envelope::make("contact.ended", {{"contactId", "c1"}, {"by", "trainer"}}));
        QVERIFY(c->isEnded());
        QVERIFY(!c->canWrite());
        QVERIFY(!c->send("encore"));
    }

    void afterAReconnectThePlayedConversationCatchesUp()
    {
        m_ws->handleEnvelope(session({"c1"}));
        Conversation *c = m_ws->conversations().find("c1");
        c->setOffline();
        QVERIFY(c->send("écrit hors ligne"));
        QSignalSpy sent(c, &Conversation::sendRequested);
        m_ws->handleEnvelope(session({"c1"})); // what the server sends after the login
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).first().value<Envelope>().type, QStringLiteral("chat.sync"));
        QCOMPARE(sent.at(1).first().value<Envelope>().type, QStringLiteral("practice.say"));
        QCOMPARE(sent.at(1).first().value<Envelope>().body.value("text").toString(),
                 QStringLiteral("écrit hors ligne"));
    }

    void anExerciseThatEndedWhileAwayIsClosedOnReturn()
    {
        m_ws->handleEnvelope(session({"c1"}));
        Conversation *c = m_ws->conversations().find("c1");
        c->setOffline();
        QVERIFY(c->send("encore là ?")); // written while away
        QSignalSpy sent(c, &Conversation::sendRequested);
        m_ws->handleEnvelope(authOk("trainer", "trainer")); // logged in again
        QCOMPARE(sent.size(), 1); // a catch-up only: the line waits until the exercise is known to run
        QCOMPARE(sent.first().first().value<Envelope>().type, QStringLiteral("chat.sync"));
        QVERIFY(c->isOnline());
        // The server answers a sync of an ended exercise with contact.ended.
        m_ws->handleEnvelope(Envelope::make("contact.ended", {{"contactId", "c1"}, {"by", "volunteer"}}));
        QVERIFY(c->isEnded());
        QVERIFY(!c->canWrite());
    }

    void observersReadSilentlyAndTraineesSeeWhoFollows()
    {
        // An observer's window: the exercise opens read-only.
        const QJsonObject contact {
            {"id", "c9"},       {"channel", "chat"},  {"pseudonym", "Mésange"},
            {"language", "fr"}, {"state", "waiting"}, {"createdAt", "2026-01-10T12:00:00Z"},
            {"urgent", false},  {"practice", true}};
        m_ws->handleEnvelope(Envelope::make("conversation.open",
                                            {{"contact", contact},
                                             {"messages", QJsonArray {}},
                                             {"supervision", QJsonObject {{"mode", "observing"}}}}));
        Conversation *observed = m_ws->conversations().find("c9");
        QVERIFY(observed);
        QCOMPARE(observed->access(), Conversation::Access::Observing);
        QVERIFY(!observed->canWrite());
        QVERIFY(!observed->send("bonjour"));
        QVERIFY(!m_ws->supervision().whisper("c9", "psst"));

        // A trainee's window: told who plays the person and who observes.
        m_ws->handleEnvelope(Envelope::make("conversation.open",
                                            {{"contact",
                                              QJsonObject {{"id", "c8"},
                                                           {"channel", "chat"},
                                                           {"pseudonym", "Pinson"},
                                                           {"language", "fr"},
                                                           {"state", "active"},
                                                           {"createdAt", "2026-01-10T12:00:00Z"},
                                                           {"urgent", false},
                                                           {"practice", true}}},
                                             {"messages", QJsonArray {}}}));
        Conversation *answered = m_ws->conversations().find("c8");
        QCOMPARE(answered->access(), Conversation::Access::Answering);
        m_ws->handleEnvelope(Envelope::make(
            "supervision.presence", {{"contactId", "c8"}, {"supervisor", "anna"}, {"mode", "playing"}}));
        m_ws->handleEnvelope(Envelope::make(
            "supervision.presence", {{"contactId", "c8"}, {"supervisor", "bruno"}, {"mode", "observing"}}));
        QCOMPARE(answered->supervision().supervisors().size(), 2);
        QCOMPARE(answered->access(), Conversation::Access::Answering); // still theirs to answer
        QVERIFY(ecoute::models::SupervisionText::presenceBanner("anna", "playing").contains("anna"));
        QVERIFY(ecoute::models::SupervisionText::presenceBanner("anna", "playing")
                != ecoute::models::SupervisionText::presenceBanner("anna", "listening"));
    }

    void scenariosFeedbackAndHistory()
    {
        m_ws->handleEnvelope(
            Envelope::make("scenarios.snapshot",
                           {{"scenarios", QJsonArray {Scenario::fromJson(scenarioJson()).summaryJson()}}}));
        QCOMPARE(m_ws->practice().scenarios().rowCount(), 1);

        QSignalSpy received(&m_ws->practice(), &ecoute::models::PracticeModel::scenarioReceived);
        m_ws->handleEnvelope(Envelope::make("scenario", {{"scenario", scenarioJson()}}));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().value<Scenario>().guidance, QStringLiteral("Votre rôle"));

        const QJsonObject feedback {
            {"contactId", "c1"},
            {"slug", "panic-attack"},
            {"language", "fr"},
            {"title", "Crise de panique"},
            {"trainer", "trainer"},
            {"goals", QJsonArray {QJsonObject {{"goal", "Accueillir"}, {"rating", 3}, {"comment", "Bien"}}}},
            {"text", "Bravo"},
            {"at", "2026-01-10T12:30:00.000Z"}};
        QSignalSpy feedbackSpy(&m_ws->practice(), &ecoute::models::PracticeModel::feedbackReceived);
        m_ws->handleEnvelope(Envelope::make("practice.feedback", {{"feedback", feedback}}));
        QCOMPARE(feedbackSpy.size(), 1);
        const auto fb = feedbackSpy.first().first().value<PracticeFeedback>();
        QCOMPARE(fb.goals.size(), 1);
        QCOMPARE(fb.goals.first().rating, 3);
        QCOMPARE(fb.text, QStringLiteral("Bravo"));
        QVERIFY(fb.at.isValid());
        // What the form sends back is the protocol's body.
        QCOMPARE(fb.toSendBody().value("goals").toArray().first().toObject().value("rating").toInt(), 3);

        QSignalSpy history(&m_ws->practice(), &ecoute::models::PracticeModel::historyReceived);
        m_ws->handleEnvelope(
            Envelope::make("practice.history.result",
                           {{"user", "volunteer"},
                            {"entries",
                             QJsonArray {QJsonObject {{"contactId", "c1"},
                                                      {"at", "2026-01-10T12:00:00.000Z"},
                                                      {"slug", "panic-attack"},
                                                      {"language", "fr"},
                                                      {"title", "Crise de panique"},
                                                      {"trainer", "trainer"},
                                                      {"feedback", feedback}},
                                         QJsonObject {{"contactId", "c0"}, {"title", "Solitude"}}}}}));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().at(0).toString(), QStringLiteral("volunteer"));
        const auto entries = history.first().at(1).value<QList<PracticeHistoryEntry>>();
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries.at(0).feedback.has_value());
        QVERIFY(!entries.at(1).feedback.has_value());
    }

    void refusalsAreTranslatedSentences()
    {
        for (const char *action :
             {"practice.start", "scenario.save", "practice.feedback.send", "practice.say"}) {
            for (const char *code : {"forbidden", "not_found", "invalid_state", "wrong_type"})
                QVERIFY(!PracticeText::failed(action, code).isEmpty());
        }
        QVERIFY(PracticeText::failed("scenario.save", "forbidden")
                != PracticeText::failed("practice.start", "forbidden"));
    }
};

QTEST_GUILESS_MAIN(TestPractice)
#include "tst_practice.moc"
