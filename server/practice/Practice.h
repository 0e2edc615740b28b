// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/practice/PracticeCalls.h"

#include "server/accounts/AccountStore.h"
#include "server/contacts/ContactStore.h"
#include "server/storage/AuditLog.h"

#include "protocol/Envelope.h"
#include "protocol/HandlerTable.h"

#include <QJsonObject>
#include <QString>

namespace ecoute::server {

class ChatService;
class PracticeStore;
class PseudonymGenerator;
class Router;
class ScenarioLibrary;
class StaffRecipient;

/// Practice sessions: a trainer picks a scenario and trainees; each trainee
/// gets a practice contact (flagged by the server, never by a client) that
/// the trainer plays from their console; observers listen; at the end the
/// trainer writes feedback per learning goal, which the trainee keeps in
/// their practice history. Practice contacts never enter the real queues.
class Practice
{
public:
    struct Services
    {
        AccountStore &accounts;
        ContactStore &contacts;
        ScenarioLibrary &scenarios;
        Router &router;
        ChatService &chat;
        PseudonymGenerator &pseudonyms;
        AuditLog &audit;
        PracticeStore &store;
    };

    explicit Practice(Services services) : m(services) { }
    /// Practice contacts on the phone get their call from the phone line (issue 14).
    void useCalls(PracticeCalls &calls) { m_calls = &calls; }

    /// True if the type is one of practice's (then it was answered).
    bool handle(StaffRecipient &session, const protocol::Envelope &e);
    /// The message types handle() answers (tst_server_dispatch checks none is orphaned).
    static QList<protocol::MessageType> handledTypes();
    /// After a login: a trainer's running sessions come back to their console
    /// (practice.session again), and they listen to those contacts again.
    void sessionReady(StaffRecipient &session);

private:
    using Handlers = protocol::HandlerTable<Practice, StaffRecipient &, const protocol::Envelope &>;
    static const Handlers &handlers();
    void list(StaffRecipient &s, const protocol::Envelope &e);
    void get(StaffRecipient &s, const protocol::Envelope &e);
    void save(StaffRecipient &s, const protocol::Envelope &e);
    void start(StaffRecipient &s, const protocol::Envelope &e);
    void say(StaffRecipient &s, const protocol::Envelope &e);
    void end(StaffRecipient &s, const protocol::Envelope &e);
    void feedback(StaffRecipient &s, const protocol::Envelope &e);
    void history(StaffRecipient &s, const protocol::Envelope &e);

    bool isTrainer(const StaffRecipient &s) const;
    /// The practice contact named in the frame if this trainer plays it; else answers not_found.
    std::optional<ContactRecord> playedContact(StaffRecipient &s, const protocol::Envelope &e);
    QJsonObject feedbackJson(const QString &contactId) const;
    /// One entry of practice.session's contacts.
    static QJsonObject consoleContactJson(const ContactRecord &contact, const QString &trainee);

    Services m;
    PracticeCalls *m_calls = nullptr;
};

} // namespace ecoute::server
