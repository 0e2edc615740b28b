// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/supervision/SupervisionModel.h"

#include "models/connection/Connection.h"
#include "models/connection/ErrorText.h"
#include "models/connection/Session.h"
#include "models/conversation/ConversationList.h"
#include "models/inbox/RoutingText.h"
#include "models/supervision/SupervisionText.h"
#include "protocol/HandlerTable.h"
#include "protocol/Limits.h"

#include <QJsonArray>
#include <QUuid>

namespace ecoute::models {

using protocol::Envelope;
using protocol::MessageType;
using protocol::SupervisorMode;

namespace {
constexpr int kMaxRequestMessage = 500;
}

SupervisionModel::SupervisionModel(Connection &connection, Session &session, ConversationList &conversations,
                                   QObject *parent)
    : QObject(parent), m_connection(connection), m_session(session), m_conversations(conversations)
{
    auto names = [this](const QString &contactId) {
        return contactName(contactId);
    };
    m_mine.setContactNames(names);
    m_queue.setContactNames(names);
}

bool SupervisionModel::isSupervisor() const
{
    return m_session.role() == protocol::Role::Supervisor;
}

SupervisionRequest SupervisionModel::request(const QString &requestId) const
{
    const SupervisionRequest mine = m_mine.find(requestId);
    return mine.isValid() ? mine : m_queue.find(requestId);
}

QString SupervisionModel::contactName(const QString &contactId) const
{
    const Conversation *c = m_conversations.find(contactId);
    return c ? c->contact().pseudonym : QString();
}

QString SupervisionModel::send(const QString &type, const QJsonObject &body)
{
    QString id = m_connection.send(Envelope::make(type, body));
    if (id.isEmpty())
        emit errorMessage(ErrorText::connectionLost());
    else
        m_pending.insert(id, type);
    return id;
}

bool SupervisionModel::ask(const QString &kind, const QString &contactId, const QString &message)
{
    QJsonObject body {{QStringLiteral("kind"), kind}};
    if (!contactId.isEmpty())
        body.insert(QStringLiteral("contactId"), contactId);
    if (!message.trimmed().isEmpty())
        body.insert(QStringLiteral("message"), message.trimmed().left(kMaxRequestMessage));
    return !send(QStringLiteral("supervision.request"), body).isEmpty();
}

void SupervisionModel::cancel(const QString &requestId)
{
    send(QStringLiteral("supervision.cancel"), {{QStringLiteral("requestId"), requestId}});
}

void SupervisionModel::close(const QString &requestId)
{
    send(QStringLiteral("supervision.close"), {{QStringLiteral("requestId"), requestId}});
}

void SupervisionModel::accept(const QString &requestId)
{
    send(QStringLiteral("supervision.accept"), {{QStringLiteral("requestId"), requestId}});
}

void SupervisionModel::join(const QString &contactId, const QString &requestId)
{
    QJsonObject body {{QStringLiteral("contactId"), contactId}};
    if (!requestId.isEmpty())
        body.insert(QStringLiteral("requestId"), requestId);
    const QString id = send(QStringLiteral("supervision.join"), body);
    if (!id.isEmpty())
        m_joins.insert(id, contactId);
}

void SupervisionModel::takeOver(const QString &contactId)
{
    send(QStringLiteral("supervision.takeover"),
         {{QStringLiteral("contactId"), contactId}, {QStringLiteral("volunteerStays"), true}});
}

void SupervisionModel::leave(const QString &contactId)
{
    send(QStringLiteral("supervision.leave"), {{QStringLiteral("contactId"), contactId}});
}

bool SupervisionModel::whisper(const QString &contactId, const QString &text)
{
    const Conversation *c = m_conversations.find(contactId);
    // Supervisors listening, and trainers coaching the trainee of an exercise they play.
    const bool listening = c && (c->access() == Conversation::Access::Supervising || c->isPlayed());
    if (!listening || !c->isOpen() || text.trimmed().isEmpty()
        || text.size() > protocol::Limits::maxChatTextChars)
        return false;
    return !send(QStringLiteral("supervision.whisper"),
                 {{QStringLiteral("contactId"), contactId},
                  {QStringLiteral("clientMsgId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                  {QStringLiteral("text"), text}})
                .isEmpty();
}

StaffMessageModel *SupervisionModel::debrief(const QString &requestId)
{
    StaffMessageModel *&model = m_debriefs[requestId];
    if (!model)
        model = new StaffMessageModel(this);
    return model;
}

bool SupervisionModel::sendDebrief(const QString &requestId, const QString &text)
{
    if (text.trimmed().isEmpty() || text.size() > protocol::Limits::maxChatTextChars)
        return false;
    return !send(QStringLiteral("debrief.send"),
                 {{QStringLiteral("requestId"), requestId},
                  {QStringLiteral("clientMsgId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                  {QStringLiteral("text"), text}})
                .isEmpty();
}

bool SupervisionModel::takeJoinAnswer(const QString &re)
{
    if (re.isEmpty() || !m_joins.contains(re))
        return false;
    m_joins.remove(re);
    m_pending.remove(re);
    return true;
}

bool SupervisionModel::handle(const Envelope &envelope)
{
    static constexpr protocol::HandlerTable<SupervisionModel, const Envelope &> table {
        {MessageType::SupervisionUpdate, &SupervisionModel::onUpdate},
        {MessageType::SupervisionQueue, &SupervisionModel::onQueue},
        {MessageType::SupervisionPresence, &SupervisionModel::onPresence},
        {MessageType::WhisperMessage, &SupervisionModel::onWhisper},
        {MessageType::DebriefMessage, &SupervisionModel::onDebrief},
    };
    // Errors are ours only when they answer one of our requests.
    if (envelope.messageType == MessageType::Error)
        return onError(envelope);
    return table.dispatch(*this, envelope.messageType, envelope);
}

bool SupervisionModel::onError(const Envelope &envelope)
{
    const QString action = m_pending.take(envelope.re);
    if (action.isEmpty())
        return false;
    m_joins.remove(envelope.re);
    emit errorMessage(SupervisionText::failed(action, envelope.body.value(QLatin1String("code")).toString()));
    return true;
}

void SupervisionModel::onUpdate(const Envelope &envelope)
{
    m_pending.remove(envelope.re);
    onRequestChanged(SupervisionRequest::fromJson(envelope.body.value(QLatin1String("request")).toObject()));
}

void SupervisionModel::onQueue(const Envelope &envelope)
{
    QList<SupervisionRequest> requests;
    for (const auto &value : envelope.body.value(QLatin1String("requests")).toArray())
        requests.append(SupervisionRequest::fromJson(value.toObject()));
    requests.removeIf([this](const SupervisionRequest &r) {
        return r.volunteer == m_session.user() || (r.isAccepted() && r.supervisor != m_session.user());
    });
    m_queue.reset(requests);
}

void SupervisionModel::onDebrief(const Envelope &envelope)
{
    m_pending.remove(envelope.re);
    const QString requestId = envelope.body.value(QLatin1String("requestId")).toString();
    if (debrief(requestId)->add(StaffMessage::fromJson(envelope.body)))
        emit debriefReceived(requestId);
}

void SupervisionModel::onRequestChanged(const SupervisionRequest &r)
{
    if (!r.isValid())
        return;
    const QString me = m_session.user();
    if (r.volunteer == me) {
        const SupervisionRequest before = m_mine.find(r.id);
        m_mine.upsert(r);
        if (before.isValid() && before.state != r.state) {
            if (const QString text = SupervisionText::requestNotice(r); !text.isEmpty())
                emit notice(text);
        }
    } else if (isSupervisor()) {
        // Another supervisor's accepted request is theirs to handle: it leaves this queue.
        if (r.isAccepted() && r.supervisor != me)
            m_queue.remove(r.id);
        else
            m_queue.upsert(r);
    }
    emit requestChanged(r);
}

void SupervisionModel::onPresence(const Envelope &envelope)
{
    m_pending.remove(envelope.re);
    const QJsonObject &body = envelope.body;
    Conversation *conversation = m_conversations.find(body.value(QLatin1String("contactId")).toString());
    if (!conversation)
        return;
    const QString supervisor = body.value(QLatin1String("supervisor")).toString();
    const QString displayName = body.value(QLatin1String("displayName")).toString();
    const QString mode = body.value(QLatin1String("mode")).toString();
    const auto supervisorMode = protocol::fromString<SupervisorMode>(mode);
    if (supervisor == m_session.user()) {
        // What this supervisor did, in this or another of their windows (a trainer's or an
        // observer's own presence in an exercise changes nothing here).
        if (supervisorMode == SupervisorMode::Listening) {
            conversation->setAccess(Conversation::Access::Supervising);
        } else if (supervisorMode == SupervisorMode::TookOver) {
            conversation->setAccess(Conversation::Access::Answering); // the contact is ours now
            conversation->resume();
        } else if (supervisorMode == SupervisorMode::Left) {
            conversation->markReleased(QStringLiteral("left"), {});
        }
        return;
    }
    if (!conversation->supervision().update(supervisor, displayName, mode))
        return;
    if (supervisorMode == SupervisorMode::TookOver)
        conversation->setAccess(Conversation::Access::TakenOver);
    emit notice(SupervisionText::presenceNotice(displayName.isEmpty() ? supervisor : displayName, mode,
                                                conversation->contact().pseudonym));
}

void SupervisionModel::onWhisper(const Envelope &envelope)
{
    m_pending.remove(envelope.re);
    if (Conversation *c = m_conversations.find(envelope.body.value(QLatin1String("contactId")).toString()))
        c->whispers()->add(StaffMessage::fromJson(envelope.body));
}

} // namespace ecoute::models
