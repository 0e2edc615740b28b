// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/accounts/AccountStore.h"
#include "server/contacts/ContactStore.h"

#include "protocol/Errors.h"
#include "protocol/FrameBody.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ecoute::server {

class ClientConnection;

/// What the router needs of one staff window (StaffSession, or a fake in
/// tests): who is behind it and a way to push frames to it. The router never
/// sees the session classes, so routing does not depend on staff/ or channels/.
class StaffRecipient
{
public:
    /// 0 before login or after a failed revalidation.
    virtual qint64 userId() const = 0;
    /// The account as last checked (null before login).
    virtual const Account *account() const = 0;
    /// Authenticated in a role that answers contacts.
    virtual bool canTakeContacts() const = 0;
    /// Before something is pushed: false (and the window dropped) once its
    /// session token or account is no longer valid.
    virtual bool revalidate() = 0;
    /// The connection behind this window, only to recognise the one that made
    /// a request (its copy of a broadcast answers it). Never dereferenced here.
    virtual const ClientConnection *connectionKey() const = 0;
    /// The connection this window's requests arrive on: a chat message it sends is
    /// acknowledged there, an ending it asks for is answered there (null in fakes).
    virtual ClientConnection *requestConnection() = 0;
    /// A body shared by several recipients is serialised once for all of them.
    virtual void push(const QString &type, const protocol::FrameBody &body, const QString &re = {}) = 0;
    /// An error frame answering re (the window counts it like any protocol error).
    virtual void pushError(protocol::ErrorCode code, const QString &detail, const QString &re,
                           qint64 retryAfterMs = -1, const QString &field = {}) = 0;
    /// conversation.open with the transcript (cut to frame size by the window);
    /// extras go beside contact and messages (a transfer's handover note); re when it
    /// answers a request (a supervisor's join).
    virtual void openConversation(const ContactRecord &contact, const QList<MessageRecord> &messages,
                                  const QJsonObject &extras = {}, const QString &re = {}) = 0;

protected:
    ~StaffRecipient() = default;
};

/// What the router needs of one help-seeker page (SeekerSession, or a fake).
class SeekerRecipient
{
public:
    /// Empty until the page started or resumed its contact.
    virtual QString contactId() const = 0;
    /// See StaffRecipient::connectionKey.
    virtual const ClientConnection *connectionKey() const = 0;
    virtual void push(const QString &type, const protocol::FrameBody &body, const QString &re = {}) = 0;

protected:
    ~SeekerRecipient() = default;
};

} // namespace ecoute::server
