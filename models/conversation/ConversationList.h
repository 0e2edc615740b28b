// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/conversation/Conversation.h"

#include <QObject>

namespace ecoute::models {

/// The open conversations of this workstation, by contact id. They survive
/// reconnects; only the volunteer closing an ended one removes it.
class ConversationList : public QObject
{
    Q_OBJECT

public:
    explicit ConversationList(QObject *parent = nullptr);

    Conversation *find(const QString &contactId) const;
    /// Returns the existing conversation for contact, or creates it (emits added).
    Conversation *obtain(const Contact &contact);
    void remove(const QString &contactId);
    QList<Conversation *> all() const { return m_conversations; }
    int size() const { return int(m_conversations.size()); }

signals:
    void added(ecoute::models::Conversation *conversation);
    void removed(const QString &contactId);

private:
    QList<Conversation *> m_conversations;
};

} // namespace ecoute::models
