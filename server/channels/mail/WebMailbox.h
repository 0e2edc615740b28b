// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/abuse/TokenBucket.h"
#include "server/channels/mail/MailboxStore.h"
#include "server/core/Clock.h"
#include "server/routing/SeekerRequests.h"
#include "server/transport/SourceKey.h"

#include "protocol/Errors.h"
#include "protocol/MessageTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QThreadPool>

namespace ecoute::server {

class ClientConnection;
class ContactStore;
class LoginThrottle;
class MailStore;
class MailThreads;
class PasswordHasher;
class PasswordVerifier;
class WriterIdentity;
struct MailConfig;

/// The help-seeker's web mailbox on /ws/seeker (mailbox.*): a chosen name and a password instead of an
/// e-mail address. mailbox.open creates a mailbox or logs in (Argon2id off the event loop, throttled
/// per name and per source like staff logins, and the same answer whether the name or the password was
/// wrong); mailbox.resume comes back with the session token; mailbox.write is a letter for
/// MailThreads. A page sees only its own mailbox's letters and answers. Nothing that could tell who
/// writes (name, notice address, source) is logged.
class WebMailbox : public QObject, public SeekerRequests
{
    Q_OBJECT

public:
    static constexpr int kMinNameChars = 3;
    static constexpr int kMaxNameChars = 40;
    static constexpr int kMinPasswordChars = 8;
    static constexpr int kMaxAddressChars = 254;
    static constexpr int kLettersPerHour = 10; ///< per mailbox, also the burst
    static constexpr int kCreatesBurst = 10; ///< new mailboxes (and names tried) per source at once...
    static constexpr int kCreateEverySecs = 120; ///< ...then one more every two minutes
    static constexpr int kMaxHashing = 8; ///< new passwords being hashed or waiting, for everyone
    static constexpr qint64 kTokenLifetimeSecs = qint64 {12} * 60 * 60;
    static constexpr qint64 kBusyRetryAfterMs = 1000;

    WebMailbox(MailboxStore &mailboxes, MailStore &mail, MailThreads &threads, ContactStore &contacts,
               const WriterIdentity &identity, const PasswordHasher &hasher, PasswordVerifier &verifier,
               LoginThrottle &throttle, const MailConfig &config, const Clock &clock = Clock::system(),
               QObject *parent = nullptr);
    ~WebMailbox() override;

    /// Loopback sources get the per-source limit on new mailboxes too (tests; see LoginThrottle).
    void setLimitLoopback(bool limit) { m_limitLoopback = limit; }

    bool handle(SeekerRecipient &session, const protocol::Envelope &e) override;

    static QList<protocol::MessageType> handledTypes();

private:
    /// One page's connection: which mailbox it opened (0: none yet). Lives as long as the connection.
    struct Visit;

    Visit *visitOf(SeekerRecipient &session);
    void open(Visit &visit, const protocol::Envelope &e);
    void create(Visit &visit, const protocol::Envelope &e, const QString &name, QString &password);
    void login(Visit &visit, const protocol::Envelope &e, const QString &name, QString &password);
    void finishCreate(Visit &visit, const QString &passwordHash, const QString &nameHash, const QString &name,
                      const QString &notify, const QString &re);
    void finishLogin(Visit &visit, bool match, const QString &nameHash, const QString &name,
                     const QString &notify, const QString &re);
    void resume(Visit &visit, const protocol::Envelope &e);
    void write(Visit &visit, const protocol::Envelope &e);
    /// mailbox.close: logging out forgets the session token.
    void close(Visit &visit);

    /// mailbox.session with the mailbox's letters and answers (what does not fit in one frame follows
    /// as chat.message answering the same request).
    void sendSession(Visit &visit, const Mailbox &mailbox, const QString &token, const QString &name,
                     const QString &re);
    /// A fresh session token for the mailbox (only its hash is stored); empty on failure.
    QString issueToken(const Mailbox &mailbox);
    std::optional<Mailbox> mailboxOfToken(const QString &token) const;
    /// A letter's Message-ID: a keyed hash of (mailbox, clientMsgId), so a resent letter is recognised
    /// and nobody can guess it to thread mail into the mailbox.
    QString letterMessageId(qint64 mailboxId, const QString &clientMsgId) const;
    /// The seq of a letter already stored (a resend whose first ack was lost).
    qint64 seqOfStoredLetter(const QString &contactId, const QString &text) const;

    static void fail(Visit &visit, protocol::ErrorCode code, const QString &detail, const QString &re,
                     qint64 retryAfterMs = -1, const QString &field = {});
    bool limitsSource(const SourceKey &source) const;
    /// Milliseconds to wait before this source may try another new mailbox, 0 if now (then counted).
    qint64 admitCreate(const SourceKey &source);
    /// Milliseconds to wait before this mailbox may send another letter, 0 if now (then counted).
    qint64 admitLetter(qint64 mailboxId);

    MailboxStore &m_mailboxes;
    MailStore &m_mail;
    MailThreads &m_threads;
    ContactStore &m_contacts;
    const WriterIdentity &m_identity;
    const PasswordHasher &m_hasher;
    PasswordVerifier &m_verifier;
    LoginThrottle &m_throttle;
    const MailConfig &m_config;
    const Clock &m_clock;
    bool m_limitLoopback = false;
    QHash<const ClientConnection *, Visit *> m_visits; ///< children of this, gone with their connection
    QHash<SourceKey, abuse::TokenBucket> m_creates;
    QHash<qint64, abuse::TokenBucket> m_letters;
    int m_hashing = 0;
    QThreadPool m_hashPool; ///< Argon2id for new passwords (64 MiB each: one at a time)
};

} // namespace ecoute::server
