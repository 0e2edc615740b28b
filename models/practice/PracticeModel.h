// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/practice/PracticeFeedback.h"
#include "models/practice/ScenarioListModel.h"
#include "protocol/Envelope.h"
#include "protocol/ScenarioFile.h"

#include <QHash>
#include <QObject>

namespace ecoute::models {

class Connection;
class Conversation;
class ConversationList;
class Session;

/// One practice contact of a running session, as its trainer's console sees it.
struct PracticeContact
{
    QString contactId;
    QString trainee; ///< user name
    QString pseudonym; ///< the name the trainee sees for the person the trainer plays
};

/// A practice session a trainer runs (practice.session).
struct PracticeRun
{
    QString sessionId;
    protocol::Scenario scenario; ///< whole, guidance included
    QList<PracticeContact> contacts;
};

/// The workstation side of practice sessions. For everyone: the scenario list
/// and their own practice history, and feedback arriving after an exercise. For
/// trainers: reading and saving scenarios, starting sessions, playing the
/// help-seeker of each practice contact (a Conversation with Access::Playing,
/// so the outbox, catch-up and whispers work as for real ones), feedback and
/// anyone's history. The server checks every rule; refusals come back as
/// translated sentences.
class PracticeModel : public QObject
{
    Q_OBJECT

public:
    PracticeModel(Connection &connection, Session &session, ConversationList &conversations,
                  QObject *parent = nullptr);

    bool isTrainer() const;
    ScenarioListModel &scenarios() { return m_scenarios; }

    /// scenario.list; scenarios() is refreshed.
    void requestScenarios();
    /// scenario.get (trainers); answered by scenarioReceived.
    void requestScenario(const QString &slug, const QString &language);
    /// scenario.save with the scenario file's text; answered by scenarioSaved or scenarioRefused.
    bool saveScenario(const QString &slug, const QString &language, const QString &text);
    /// practice.start; answered by sessionStarted (and a conversation per trainee).
    bool start(const QString &slug, const QString &language, const QStringList &trainees,
               const QStringList &observers = {});
    /// The scenario a played contact follows (invalid title when unknown here).
    protocol::Scenario scenarioOf(const QString &contactId) const;
    /// practice.feedback.send; answered by feedbackReceived, or feedbackRefused (what was
    /// written is given back so nothing is lost).
    bool sendFeedback(const PracticeFeedback &feedback);
    /// practice.history for user (empty: your own); answered by historyReceived.
    void requestHistory(const QString &user = {});

    /// Consumes practice frames (and errors answering them); false for the others.
    bool handle(const protocol::Envelope &envelope);

signals:
    void errorMessage(const QString &message);
    void scenarioReceived(const ecoute::protocol::Scenario &scenario);
    void scenarioSaved(const ecoute::protocol::Scenario &scenario);
    /// The server refused a scenario.save; message is translated.
    void scenarioRefused(const QString &message);
    /// A session this trainer started, or one still running after a login.
    void sessionStarted(const ecoute::models::PracticeRun &run);
    /// A played conversation to show (new here).
    void conversationOpened(ecoute::models::Conversation *conversation);
    /// Feedback: for a trainee, about one of their exercises; for a trainer, what they sent.
    void feedbackReceived(const ecoute::models::PracticeFeedback &feedback);
    void feedbackRefused(const ecoute::models::PracticeFeedback &feedback, const QString &message);
    void historyReceived(const QString &user, const QList<ecoute::models::PracticeHistoryEntry> &entries);

private:
    QString send(const QString &type, const QJsonObject &body);
    // Server frames, one handler each (the table is in handle()).
    bool onError(const protocol::Envelope &envelope);
    void onScenarios(const protocol::Envelope &envelope);
    void onScenario(const protocol::Envelope &envelope);
    void onSession(const protocol::Envelope &envelope);
    void onFeedback(const protocol::Envelope &envelope);
    void onHistory(const protocol::Envelope &envelope);

    Connection &m_connection;
    Session &m_session;
    ConversationList &m_conversations;
    ScenarioListModel m_scenarios;
    QHash<QString, protocol::Scenario> m_playedScenarios; ///< contact id -> scenario
    QHash<QString, QString> m_pending; ///< request id -> message type, until answered
    QHash<QString, PracticeFeedback> m_pendingFeedback; ///< request id -> what was sent
};

} // namespace ecoute::models
