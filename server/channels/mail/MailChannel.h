// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/channels/mail/MailConfig.h"

#include <QObject>
#include <QString>

#include <memory>

namespace ecoute::server {

namespace mail {
class MailNetwork;
}
class AccountStore;
class AuditLog;
class LmtpListener;
class Clock;
class ContactStore;
class LoginThrottle;
class MailIntake;
class MailLine;
class MailOutbox;
class MailParsing;
class MailStore;
class MailThreads;
class MailboxStore;
class PasswordHasher;
class PasswordVerifier;
class PseudonymGenerator;
class ReplyStore;
class Router;
class SeekerRequests;
class StaffRequests;
class WebMailbox;
class WriterIdentity;

/// The e-mail channel, put together: threads and replies on the server's database, the web mailbox,
/// and — when the line's address is configured — the mailbox reader (IMAP) or the LMTP listener, the
/// mail reader process and the sender (SMTP) on their own thread. Server owns one when mail is on.
class MailChannel : public QObject
{
    Q_OBJECT

public:
    struct Services
    {
        ContactStore &contacts;
        AccountStore &accounts;
        PseudonymGenerator &pseudonyms;
        Router &router;
        AuditLog &audit;
        const PasswordHasher &hasher;
        PasswordVerifier &verifier;
        LoginThrottle &throttle;
        const Clock &clock;
    };

    MailChannel(MailConfig config, Services services, QObject *parent = nullptr);
    ~MailChannel() override;

    /// Opens the writer key and the mail account; false with *error if it cannot run.
    bool start(const QString &dataDir, bool limitLoopback, QString *error);

    StaffRequests *staffRequests();
    /// Null without the web mailbox.
    SeekerRequests *seekerRequests();

private:
    MailConfig m_config;
    Services m_services;
    std::unique_ptr<WriterIdentity> m_identity;
    std::unique_ptr<MailStore> m_store;
    std::unique_ptr<ReplyStore> m_replies;
    std::unique_ptr<MailboxStore> m_mailboxes;
    std::unique_ptr<MailThreads> m_threads;
    std::unique_ptr<mail::MailNetwork> m_network;
    std::unique_ptr<MailParsing> m_parsing;
    std::unique_ptr<MailIntake> m_intake;
    std::unique_ptr<LmtpListener> m_lmtp; ///< hands messages to m_intake: goes before it
    std::unique_ptr<MailOutbox> m_outbox;
    std::unique_ptr<MailLine> m_line;
    std::unique_ptr<WebMailbox> m_webMailbox;
};

} // namespace ecoute::server
