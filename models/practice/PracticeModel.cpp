// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/practice/PracticeModel.h"

#include "models/connection/Connection.h"
#include "models/connection/ErrorText.h"
#include "models/connection/Session.h"
#include "models/conversation/ConversationList.h"
#include "models/practice/PracticeText.h"

#include "protocol/HandlerTable.h"

#include <QJsonArray>

namespace ecoute::models {

using protocol::Envelope;
using protocol::MessageType;
using protocol::messageTypeOf;
using protocol::Scenario;

PracticeModel::PracticeModel(Connection &connection, Session &session, ConversationList &conversations,
                             QObject *parent)
    : QObject(parent), m_connection(connection), m_session(session), m_conversations(conversations)
{
    connect(&m_conversations, &ConversationList::removed, this,
            [this](const QString &contactId) { m_playedScenarios.remove(contactId); });
    // Back after a disconnection: every exercise played here catches up and learns if it
    // ended meanwhile (the server answers its chat.sync with contact.ended). What was
    // written offline goes out when the server confirms the session runs (practice.session).
    connect(&m_session, &Session::loggedIn, this, [this] {
        for (Conversation *conversation : m_conversations.all()) {
            if (conversation->isPlayed() && conversation->isOpen())
                conversation->catchUp();
        }
    });
}

bool PracticeModel::isTrainer() const
{
    return m_session.role() == protocol::Role::Trainer;
}

QString PracticeModel::send(const QString &type, const QJsonObject &body)
{
    QString id = m_connection.send(Envelope::make(type, body));
    if (id.isEmpty())
        emit errorMessage(ErrorText::connectionLost());
    else
        m_pending.insert(id, type);
    return id;
}

void PracticeModel::requestScenarios()
{
    send(QStringLiteral("scenario.list"), {});
}

void PracticeModel::requestScenario(const QString &slug, const QString &language)
{
    send(QStringLiteral("scenario.get"),
         {{QStringLiteral("slug"), slug}, {QStringLiteral("language"), language}});
}

bool PracticeModel::saveScenario(const QString &slug, const QString &language, const QString &text)
{
    return !send(QStringLiteral("scenario.save"),
                 {{QStringLiteral("slug"), slug},
                  {QStringLiteral("language"), language},
                  {QStringLiteral("text"), text}})
                .isEmpty();
}

bool PracticeModel::start(const QString &slug, const QString &language, const QStringList &trainees,
                          const QStringList &observers)
{
    QJsonObject body {{QStringLiteral("slug"), slug},
                      {QStringLiteral("language"), language},
                      {QStringLiteral("trainees"), QJsonArray::fromStringList(trainees)}};
    if (!observers.isEmpty())
        body.insert(QStringLiteral("observers"), QJsonArray::fromStringList(observers));
    return !send(QStringLiteral("practice.start"), body).isEmpty();
}

Scenario PracticeModel::scenarioOf(const QString &contactId) const
{
    return m_playedScenarios.value(contactId);
}

bool PracticeModel::sendFeedback(const PracticeFeedback &feedback)
{
    const QString id = send(QStringLiteral("practice.feedback.send"), feedback.toSendBody());
    if (id.isEmpty())
        return false;
    m_pendingFeedback.insert(id, feedback);
    return true;
}

void PracticeModel::requestHistory(const QString &user)
{
    QJsonObject body;
    if (!user.isEmpty())
        body.insert(QStringLiteral("user"), user);
    send(QStringLiteral("practice.history"), body);
}

bool PracticeModel::handle(const Envelope &envelope)
{
    static constexpr protocol::HandlerTable<PracticeModel, const Envelope &> table {
        {MessageType::ScenariosSnapshot, &PracticeModel::onScenarios},
        {MessageType::Scenario, &PracticeModel::onScenario},
        {MessageType::PracticeSession, &PracticeModel::onSession},
        {MessageType::PracticeFeedback, &PracticeModel::onFeedback},
        {MessageType::PracticeHistoryResult, &PracticeModel::onHistory},
    };
    // Errors are ours only when they answer one of our requests.
    if (envelope.messageType == MessageType::Error)
        return onError(envelope);
    if (!table.dispatch(*this, envelope.messageType, envelope))
        return false;
    m_pending.remove(envelope.re);
    return true;
}

bool PracticeModel::onError(const Envelope &envelope)
{
    const QString action = m_pending.take(envelope.re);
    if (action.isEmpty())
        return false;
    const QString message =
        PracticeText::failed(action, envelope.body.value(QLatin1String("code")).toString());
    if (m_pendingFeedback.contains(envelope.re))
        emit feedbackRefused(m_pendingFeedback.take(envelope.re), message);
    else if (messageTypeOf(action) == MessageType::ScenarioSave)
        emit scenarioRefused(message);
    else
        emit errorMessage(message);
    return true;
}

void PracticeModel::onScenarios(const Envelope &envelope)
{
    m_scenarios.reset(envelope.body.value(QLatin1String("scenarios")).toArray());
}

void PracticeModel::onScenario(const Envelope &envelope)
{
    const Scenario scenario = Scenario::fromJson(envelope.body.value(QLatin1String("scenario")).toObject());
    if (messageTypeOf(m_pending.value(envelope.re)) == MessageType::ScenarioSave) {
        m_scenarios.upsert(scenario);
        emit scenarioSaved(scenario);
    } else {
        emit scenarioReceived(scenario);
    }
}

void PracticeModel::onFeedback(const Envelope &envelope)
{
    m_pendingFeedback.remove(envelope.re);
    emit feedbackReceived(
        PracticeFeedback::fromJson(envelope.body.value(QLatin1String("feedback")).toObject()));
}

void PracticeModel::onHistory(const Envelope &envelope)
{
    QList<PracticeHistoryEntry> entries;
    for (const auto &value : envelope.body.value(QLatin1String("entries")).toArray())
        entries.append(PracticeHistoryEntry::fromJson(value.toObject()));
    emit historyReceived(envelope.body.value(QLatin1String("user")).toString(), entries);
}

void PracticeModel::onSession(const Envelope &envelope)
{
    const QJsonObject &body = envelope.body;
    PracticeRun run;
    run.sessionId = body.value(QLatin1String("sessionId")).toString();
    run.scenario = Scenario::fromJson(body.value(QLatin1String("scenario")).toObject());
    for (const auto &value : body.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject o = value.toObject();
        const PracticeContact contact {o.value(QLatin1String("contactId")).toString(),
                                       o.value(QLatin1String("trainee")).toString(),
                                       o.value(QLatin1String("pseudonym")).toString()};
        if (contact.contactId.isEmpty())
            continue;
        run.contacts.append(contact);
        m_playedScenarios.insert(contact.contactId, run.scenario);

        // The trainer's side of the exercise: a conversation they write in as the person.
        Contact c;
        c.id = contact.contactId;
        c.pseudonym = contact.pseudonym;
        c.language = run.scenario.language;
        c.channel = run.scenario.channel.isEmpty() ? QStringLiteral("chat") : run.scenario.channel;
        c.state = QStringLiteral("active");
        c.practice = true;
        const bool known = m_conversations.find(c.id) != nullptr;
        Conversation *conversation = m_conversations.obtain(c);
        conversation->playFor(contact.trainee);
        conversation->resume(); // a session coming back after a login: catch up, resend
        if (!known)
            emit conversationOpened(conversation);
    }
    emit sessionStarted(run);
}

} // namespace ecoute::models
