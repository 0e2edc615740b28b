// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace ecoute::server {

class AccountStore;
class ChatService;
struct NotesPolicy;
class ContactStore;
class LoginThrottle;
class PasswordHasher;
class Practice;
class PasswordVerifier;
class PseudonymGenerator;
class Router;
class SeekerRequests;
class SeekerGuard;
class SessionTokens;
class StaffAuthorizations;
class StaffRequests;
class StatisticsHandler;
class Supervision;

/// The services a connection's session may use. Owned by Server; sessions
/// only borrow them, so they can be built with fakes in tests.
struct ServerContext
{
    AccountStore &accounts;
    SessionTokens &tokens;
    ContactStore &contacts;
    PasswordHasher &hasher;
    LoginThrottle &throttle;
    PseudonymGenerator &pseudonyms;
    Router &router;
    PasswordVerifier &verifier; ///< Argon2 off the event loop; sessions use this, not hasher
    const NotesPolicy &notesPolicy;
    ChatService &chat; ///< chat messages from any channel: commit, ack, fan-out
    Supervision &supervision; ///< requests, listening, whispers, takeovers, audit
    Practice &practice; ///< scenarios, practice sessions, feedback, history
    StatisticsHandler &statistics; ///< stats.get: anonymous statistics for admins and supervisors
    SeekerGuard &seekerGuard; ///< per-source and per-contact limits, pages gone from the queue
    StaffAuthorizations &authorizations; ///< pushes and frames authorised from memory, not SQL
    StaffRequests *phone = nullptr; ///< call.* (PhoneLine, issue 14); null when the line takes no calls
    StaffRequests *mail = nullptr; ///< mail.* (MailLine, issue 15); null when the line takes no mail
    SeekerRequests *mailbox = nullptr; ///< mailbox.* (WebMailbox); null without the web mailbox
    StaffRequests *reports = nullptr; ///< report.*, risk.*, shift.summary (issue 16)
    StaffRequests *directory = nullptr; ///< directory.* (issue 16)

    /// The optional parts that answer staff requests of their own, in the order they are asked.
    QList<StaffRequests *> parts() const
    {
        QList<StaffRequests *> all;
        for (StaffRequests *part : {phone, mail, reports, directory}) {
            if (part)
                all.append(part);
        }
        return all;
    }
};

} // namespace ecoute::server
