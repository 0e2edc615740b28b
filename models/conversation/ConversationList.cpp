// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/conversation/ConversationList.h"

namespace ecoute::models {

ConversationList::ConversationList(QObject *parent) : QObject(parent) { }

Conversation *ConversationList::find(const QString &contactId) const
{
    for (Conversation *c : m_conversations) {
        if (c->contactId() == contactId)
            return c;
    }
    return nullptr;
}

Conversation *ConversationList::obtain(const Contact &contact)
{
    if (Conversation *existing = find(contact.id)) {
        existing->setContact(contact);
        return existing;
    }
    auto *conversation = new Conversation(contact, this);
    m_conversations.append(conversation);
    emit added(conversation);
    return conversation;
}

void ConversationList::remove(const QString &contactId)
{
    Conversation *conversation = find(contactId);
    if (!conversation)
        return;
    m_conversations.removeOne(conversation);
    emit removed(contactId);
    conversation->deleteLater();
}

} // namespace ecoute::models
