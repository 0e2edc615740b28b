// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QJsonObject>
#include <QString>

namespace ecoute::server {

/// How a help-seeker reached us, as the core records it when a contact arrives.
struct ArrivingContact
{
    protocol::Channel channel = protocol::Channel::Chat;
    QString language; ///< what the help-seeker writes or speaks (fr, de, en, lb, pt)
    /// What lets the channel find the same person again (web chat: the hash
    /// of the page's resume token). Never an address, number or name in clear:
    /// a channel that has one keeps only a keyed hash of it.
    QString pseudonymousIdentity;
    bool urgent = false;
};

/// The help-seeker's side of one contact, as a channel carries it: the web
/// chat page now (SeekerSession), an e-mail thread or a phone call next.
///
/// Contract (docs/architecture.md, "Channels"):
///  - In: the channel turns an arrival into a contact (ContactStore::create
///    with an ArrivingContact's fields, then Router::contactWaiting), hands
///    each message from the help-seeker to ChatService::send, and ends the
///    contact when the help-seeker leaves (ContactStore::end, then
///    Router::contactEnded with by = "seeker").
///  - Out: everything for the help-seeker (messages, queue position, state,
///    notices) goes through toSeeker; the end of the contact through
///    contactEnded. The core never writes to a socket, mailbox or line itself.
///  - Staff never see the channel's identity, only the contact's pseudonym.
class ChannelGateway
{
public:
    virtual protocol::Channel channel() const = 0;
    /// The contact this gateway carries; empty until it arrived or resumed.
    virtual QString contactId() const = 0;
    /// A message or event for the help-seeker, in protocol terms (chat.message,
    /// queue.position, contact.state, contact.notice); re answers their request.
    virtual void toSeeker(const QString &type, const QJsonObject &body, const QString &re = {}) = 0;
    /// The contact ended (by seeker, volunteer, supervisor, timeout...): the
    /// channel closes its side (the page shows the end; an e-mail thread closes).
    virtual void contactEnded(const QString &by, const QString &re = {}) = 0;

protected:
    ~ChannelGateway() = default;
};

} // namespace ecoute::server
