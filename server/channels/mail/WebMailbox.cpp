// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/WebMailbox.h"

#include "server/accounts/LoginThrottle.h"
#include "server/accounts/PasswordHasher.h"
#include "server/accounts/PasswordVerifier.h"
#include "server/accounts/SessionTokens.h"
#include "server/channels/mail/MailConfig.h"
#include "server/channels/mail/MailStore.h"
#include "server/channels/mail/MailThreads.h"
#include "server/channels/mail/WriterIdentity.h"
#include "server/contacts/ContactStore.h"
#include "server/core/Logging.h"
#include "server/storage/SecureRandom.h"
#include "server/transport/ClientConnection.h"

#include "protocol/Limits.h"
#include "protocol/Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace ecoute::server {

using protocol::Envelope;
using protocol::ErrorCode;
using protocol::MessageType;

namespace {

constexpr int kTokenRandomBytes = 32;
constexpr int kTokenTimeDigits = 12; ///< the issue time (seconds, hex) after the random part
constexpr qint64 kSessionFrameSlack = 4096; ///< envelope, token and name around the letters
constexpr int kMaxTrackedBuckets = 10000;

/// Printable characters only (no controls, no formatting tricks), by code point.
bool printable(const QString &text)
{
    const QList<uint> points = text.toUcs4();
    for (const uint c : points) {
        if (!QChar::isPrint(char32_t(c)))
            return false;
    }
    return true;
}

/// Something that looks like an address: local@domain.tld, no spaces, controls or brackets.
bool looksLikeAddress(const QString &address)
{
    if (address.size() > WebMailbox::kMaxAddressChars || !printable(address))
        return false;
    const qsizetype at = address.indexOf(u'@');
    if (at < 1 || at > 64 || address.indexOf(u'@', at + 1) >= 0)
        return false;
    const QString domain = address.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(u'.');
    if (dot < 1 || dot == domain.size() - 1)
        return false;
    for (const QChar c : address) {
        if (c.isSpace() || QStringLiteral("<>()[],;:\"\\").contains(c))
            return false;
    }
    return true;
}

/// A letter as stored: line ends made \n, control characters other than tab and newline dropped.
QString cleanLetter(const QString &text)
{
    QString clean = text;
    clean.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    clean.replace(u'\r', u'\n');
    clean.removeIf([](QChar c) { return c.category() == QChar::Other_Control && c != u'\n' && c != u'\t'; });
    return clean;
}

QString seekerName()
{
    return protocol::toString(protocol::Sender::Seeker);
}

} // namespace

/// One page's connection (see WebMailbox::visitOf). A QObject so that a password check can tell
/// whether the page is still there when it is done.
struct WebMailbox::Visit : public QObject
{
    SeekerRecipient *session = nullptr;
    SourceKey source;
    bool busy = false; ///< a password is being checked or hashed
    qint64 mailboxId = 0; ///< the mailbox this page opened, 0 before
    QString nameHash;
    QString language;
};

WebMailbox::WebMailbox(MailboxStore &mailboxes, MailStore &mail, MailThreads &threads, ContactStore &contacts,
                       const WriterIdentity &identity, const PasswordHasher &hasher,
                       PasswordVerifier &verifier, LoginThrottle &throttle, const MailConfig &config,
                       const Clock &clock, QObject *parent)
    : QObject(parent), m_mailboxes(mailboxes), m_mail(mail), m_threads(threads), m_contacts(contacts),
      m_identity(identity), m_hasher(hasher), m_verifier(verifier), m_throttle(throttle), m_config(config),
      m_clock(clock)
{
    m_hashPool.setMaxThreadCount(1);
}

WebMailbox::~WebMailbox()
{
    // Hashes still running finish; their answers (queued to this object) are dropped with it.
    m_hashPool.clear();
    m_hashPool.waitForDone();
}

QList<MessageType> WebMailbox::handledTypes()
{
    return {MessageType::MailboxOpen, MessageType::MailboxResume, MessageType::MailboxWrite,
            MessageType::MailboxClose};
}

WebMailbox::Visit *WebMailbox::visitOf(SeekerRecipient &session)
{
    const ClientConnection *key = session.connectionKey();
    if (Visit *known = m_visits.value(key))
        return known;
    auto *visit = new Visit;
    visit->setParent(this);
    visit->session = &session;
    if (key) {
        visit->source = key->source();
        // The entry goes with its connection, so a later connection at the same address starts afresh.
        connect(key, &QObject::destroyed, this, [this, key] { delete m_visits.take(key); });
    }
    m_visits.insert(key, visit);
    return visit;
}

bool WebMailbox::handle(SeekerRecipient &session, const Envelope &e)
{
    switch (e.messageType) {
    case MessageType::MailboxOpen:
        open(*visitOf(session), e);
        return true;
    case MessageType::MailboxResume:
        resume(*visitOf(session), e);
        return true;
    case MessageType::MailboxWrite:
        write(*visitOf(session), e);
        return true;
    case MessageType::MailboxClose:
        close(*visitOf(session));
        return true;
    default:
        return false;
    }
}

void WebMailbox::fail(Visit &visit, ErrorCode code, const QString &detail, const QString &re,
                      qint64 retryAfterMs, const QString &field)
{
    QJsonObject body {{QStringLiteral("code"), protocol::errorCodeName(code)},
                      {QStringLiteral("message"), detail}};
    if (!field.isEmpty())
        body.insert(QStringLiteral("field"), field);
    if (retryAfterMs >= 0)
        body.insert(QStringLiteral("retryAfterMs"), retryAfterMs);
    visit.session->push(QStringLiteral("error"), body, re);
}

bool WebMailbox::limitsSource(const SourceKey &source) const
{
    return !source.isNull() && (!source.isLoopback() || m_limitLoopback);
}

qint64 WebMailbox::admitCreate(const SourceKey &source)
{
    if (!limitsSource(source))
        return 0;
    const qint64 now = m_clock.monotonicMs();
    if (m_creates.size() > kMaxTrackedBuckets) {
        m_creates.removeIf(
            [now](QHash<SourceKey, abuse::TokenBucket>::iterator it) { return it.value().isFull(now); });
    }
    auto it = m_creates.find(source);
    if (it == m_creates.end())
        it = m_creates.insert(source, abuse::TokenBucket(kCreatesBurst, 1.0 / kCreateEverySecs, now));
    const qint64 wait = it->waitMs(1, now);
    if (wait == 0)
        it->take(1);
    return wait;
}

qint64 WebMailbox::admitLetter(qint64 mailboxId)
{
    const qint64 now = m_clock.monotonicMs();
    if (m_letters.size() > kMaxTrackedBuckets) {
        m_letters.removeIf(
            [now](QHash<qint64, abuse::TokenBucket>::iterator it) { return it.value().isFull(now); });
    }
    auto it = m_letters.find(mailboxId);
    if (it == m_letters.end())
        it = m_letters.insert(mailboxId, abuse::TokenBucket(kLettersPerHour, kLettersPerHour / 3600.0, now));
    const qint64 wait = it->waitMs(1, now);
    if (wait == 0)
        it->take(1);
    return wait;
}

void WebMailbox::open(Visit &visit, const Envelope &e)
{
    if (visit.busy) {
        fail(visit, ErrorCode::RateLimited, QStringLiteral("the last attempt is still being checked"), e.id,
             kBusyRetryAfterMs);
        return;
    }
    if (visit.mailboxId != 0) {
        fail(visit, ErrorCode::InvalidState, QStringLiteral("a mailbox is already open"), e.id);
        return;
    }
    const QString name = e.text("name").trimmed();
    QString password = e.text("password");
    if (e.body.value(QLatin1String("create")).toBool())
        create(visit, e, name, password);
    else
        login(visit, e, name, password);
    secure::wipe(password);
}

void WebMailbox::create(Visit &visit, const Envelope &e, const QString &name, QString &password)
{
    if (name.size() < kMinNameChars || name.size() > kMaxNameChars || !printable(name)) {
        fail(visit, ErrorCode::WrongType, QStringLiteral("the name must have 3 to 40 printable characters"),
             e.id, -1, QStringLiteral("body.name"));
        return;
    }
    if (password.size() < kMinPasswordChars) {
        fail(visit, ErrorCode::WrongType, QStringLiteral("the password must have at least 8 characters"),
             e.id, -1, QStringLiteral("body.password"));
        return;
    }
    const QString notify = e.text("notify").trimmed();
    if (!notify.isEmpty() && !looksLikeAddress(notify)) {
        fail(visit, ErrorCode::WrongType, QStringLiteral("this is not an e-mail address"), e.id, -1,
             QStringLiteral("body.notify"));
        return;
    }
    // Each name tried counts: a taken name tells that a mailbox exists, so probing is slowed down.
    if (const qint64 wait = admitCreate(visit.source)) {
        qCInfo(lcMail) << "web mailbox creation refused: per-source limit";
        fail(visit, ErrorCode::RateLimited,
             QStringLiteral("many mailboxes are being created from your network"), e.id, wait);
        return;
    }
    const QString nameHash = m_identity.ofMailboxName(name);
    if (m_mailboxes.findByNameHash(nameHash)) {
        // No code of its own (yet): invalid_state on the name field means "taken".
        fail(visit, ErrorCode::InvalidState, QStringLiteral("this name is taken"), e.id, -1,
             QStringLiteral("body.name"));
        return;
    }
    if (m_hashing >= kMaxHashing) {
        fail(visit, ErrorCode::RateLimited, QStringLiteral("the server is busy, retry later"), e.id,
             kBusyRetryAfterMs);
        return;
    }
    ++m_hashing;
    visit.busy = true;
    visit.language = e.text("language");
    const QPointer<Visit> guard(&visit);
    const QString re = e.id;
    QString secret = password;
    m_hashPool.start([this, guard, secret, nameHash, name, notify, re]() mutable {
        const QString encoded = m_hasher.hash(secret);
        secure::wipe(secret);
        QMetaObject::invokeMethod(
            this,
            [this, guard, encoded, nameHash, name, notify, re] {
                --m_hashing;
                if (!guard)
                    return; // the page went away: no mailbox is made
                guard->busy = false;
                finishCreate(*guard, encoded, nameHash, name, notify, re);
            },
            Qt::QueuedConnection);
    });
}

void WebMailbox::finishCreate(Visit &visit, const QString &passwordHash, const QString &nameHash,
                              const QString &name, const QString &notify, const QString &re)
{
    if (passwordHash.isEmpty()) {
        fail(visit, ErrorCode::Internal, QStringLiteral("could not create the mailbox"), re);
        return;
    }
    const auto mailbox = m_mailboxes.create(nameHash, passwordHash, visit.language);
    if (!mailbox) {
        if (m_mailboxes.findByNameHash(nameHash)) {
            fail(visit, ErrorCode::InvalidState, QStringLiteral("this name is taken"), re, -1,
                 QStringLiteral("body.name"));
        } else {
            fail(visit, ErrorCode::Internal, QStringLiteral("could not create the mailbox"), re);
        }
        return;
    }
    if (!notify.isEmpty() && !m_mailboxes.setNoticeAddress(mailbox->id, notify))
        qCWarning(lcMail) << "a web mailbox's notice address could not be stored";
    qCInfo(lcMail) << "web mailbox created";
    const QString token = issueToken(*mailbox);
    if (token.isEmpty()) {
        fail(visit, ErrorCode::Internal, QStringLiteral("could not open the mailbox"), re);
        return;
    }
    sendSession(visit, *mailbox, token, name, re);
}

void WebMailbox::login(Visit &visit, const Envelope &e, const QString &name, QString &password)
{
    const QString nameHash = m_identity.ofMailboxName(name);
    // The throttle knows mailboxes apart from staff accounts by the prefix (a hash is no user name).
    const QString account = QStringLiteral("mailbox:") + nameHash;
    const SourceKey source = visit.source;
    if (const auto wait = m_throttle.retryAfterMs(account, source)) {
        qCInfo(lcMail) << "web mailbox login refused: throttled";
        fail(visit, ErrorCode::RateLimited, QStringLiteral("too many failed attempts, retry later"), e.id,
             *wait);
        return;
    }
    // An unknown name runs the dummy verification: same time, same answer.
    const auto mailbox = m_mailboxes.findByNameHash(nameHash);
    const QString encoded = mailbox ? mailbox->passwordHash : QString();
    const QPointer<Visit> guard(&visit);
    LoginThrottle &throttle = m_throttle;
    const QString notify = e.text("notify").trimmed();
    const QString re = e.id;
    const auto done = [this, guard, &throttle, account, source, nameHash, name, notify,
                       re](PasswordVerifier::Outcome outcome) {
        const bool match = outcome == PasswordVerifier::Outcome::Match;
        if (match)
            throttle.recordSuccess(account, source);
        if (guard) // else the page went away: the outcome only counts for the throttle
            finishLogin(*guard, match, nameHash, name, notify, re);
    };
    switch (m_verifier.verify(password, encoded, source, &visit, done)) {
    case PasswordVerifier::Admission::Accepted:
        break;
    case PasswordVerifier::Admission::SourceBusy:
    case PasswordVerifier::Admission::PoolFull:
        fail(visit, ErrorCode::RateLimited, QStringLiteral("the server is busy, retry later"), e.id,
             kBusyRetryAfterMs);
        return;
    }
    // Counted as a failure until proven otherwise (parallel guesses cannot slip past the throttle).
    m_throttle.recordFailure(account, source);
    visit.busy = true;
}

void WebMailbox::finishLogin(Visit &visit, bool match, const QString &nameHash, const QString &name,
                             const QString &notify, const QString &re)
{
    visit.busy = false;
    const auto mailbox = match ? m_mailboxes.findByNameHash(nameHash) : std::nullopt;
    if (!mailbox) {
        qCInfo(lcMail) << "web mailbox login failed";
        fail(visit, ErrorCode::BadCredentials, QStringLiteral("wrong name or password"), re);
        return;
    }
    if (!notify.isEmpty() && looksLikeAddress(notify) && !m_mailboxes.setNoticeAddress(mailbox->id, notify))
        qCWarning(lcMail) << "a web mailbox's notice address could not be stored";
    const QString token = issueToken(*mailbox);
    if (token.isEmpty()) {
        fail(visit, ErrorCode::Internal, QStringLiteral("could not open the mailbox"), re);
        return;
    }
    qCInfo(lcMail) << "web mailbox opened";
    sendSession(visit, *mailbox, token, name, re);
}

void WebMailbox::resume(Visit &visit, const Envelope &e)
{
    if (visit.busy) {
        fail(visit, ErrorCode::InvalidState, QStringLiteral("a login is being checked"), e.id);
        return;
    }
    const QString token = e.text("token");
    const auto mailbox = mailboxOfToken(token);
    if (!mailbox) {
        fail(visit, ErrorCode::SessionExpired, QStringLiteral("unknown or expired session; log in again"),
             e.id);
        return;
    }
    // An open page asks again to see new answers; it never switches to another mailbox.
    if (visit.mailboxId != 0 && visit.mailboxId != mailbox->id) {
        fail(visit, ErrorCode::InvalidState, QStringLiteral("another mailbox is open"), e.id);
        return;
    }
    // The same token: a page that loses this answer in a cut can still come back with it.
    sendSession(visit, *mailbox, token, QString(), e.id);
}

QString WebMailbox::issueToken(const Mailbox &mailbox)
{
    // The issue time travels inside the token (covered by its stored hash): it expires without a column.
    const qint64 issued = m_clock.now().toSecsSinceEpoch();
    const QString token = secure::randomHex(kTokenRandomBytes)
        + QString::number(issued, 16).rightJustified(kTokenTimeDigits, u'0');
    if (!m_mailboxes.setTokenHash(mailbox.id, SessionTokens::hashToken(token)))
        return {};
    return token;
}

std::optional<Mailbox> WebMailbox::mailboxOfToken(const QString &token) const
{
    if (token.size() != 2 * kTokenRandomBytes + kTokenTimeDigits)
        return std::nullopt;
    bool ok = false;
    const qint64 issued = token.right(kTokenTimeDigits).toLongLong(&ok, 16);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    if (!ok || issued > now + 300 || now - issued > kTokenLifetimeSecs)
        return std::nullopt;
    return m_mailboxes.findByTokenHash(SessionTokens::hashToken(token));
}

void WebMailbox::sendSession(Visit &visit, const Mailbox &mailbox, const QString &token, const QString &name,
                             const QString &re)
{
    visit.mailboxId = mailbox.id;
    visit.nameHash = mailbox.nameHash;
    visit.language = mailbox.language;
    // The person's letters and the answers, oldest first: no server lines, no attachments.
    QJsonArray fits;
    QList<QJsonObject> rest;
    qint64 used = 0;
    const qint64 budget = protocol::Limits::maxFrameBytes - kSessionFrameSlack;
    const QString volunteer = protocol::toString(protocol::Sender::Volunteer);
    for (const QString &contactId : m_mail.threadsOfMailbox(mailbox.id)) {
        for (const MessageRecord &m : m_contacts.messagesAfter(contactId, 0)) {
            if (m.from != seekerName() && m.from != volunteer)
                continue;
            const QJsonObject json {{QStringLiteral("seq"), m.seq},
                                    {QStringLiteral("from"), m.from},
                                    {QStringLiteral("text"), m.text},
                                    {QStringLiteral("at"), m.at}};
            const qint64 size = QJsonDocument(json).toJson(QJsonDocument::Compact).size() + 1;
            if (rest.isEmpty() && used + size <= budget && fits.size() < protocol::Limits::maxListItems) {
                fits.append(json);
                used += size;
            } else {
                rest.append(json);
            }
        }
    }
    visit.session->push(QStringLiteral("mailbox.session"),
                        {{QStringLiteral("token"), token},
                         {QStringLiteral("name"), name},
                         {QStringLiteral("messages"), fits},
                         {QStringLiteral("answerHours"), m_config.answerHours}},
                        re);
    for (const QJsonObject &m : std::as_const(rest))
        visit.session->push(QStringLiteral("chat.message"), m, re);
}

QString WebMailbox::letterMessageId(qint64 mailboxId, const QString &clientMsgId) const
{
    // A name never holds a line break, so this input is never a mailbox name's.
    const QString key = QStringLiteral("letter\n%1\n%2").arg(mailboxId).arg(clientMsgId);
    return QStringLiteral("<%1@mailbox.invalid>").arg(m_identity.ofMailboxName(key));
}

qint64 WebMailbox::seqOfStoredLetter(const QString &contactId, const QString &text) const
{
    const QList<MessageRecord> messages = m_contacts.messagesAfter(contactId, 0);
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->from == seekerName() && it->text == text)
            return it->seq;
    }
    return 0;
}

void WebMailbox::close(Visit &visit)
{
    // On a shared computer the token must not outlive the person's "log out".
    if (visit.mailboxId != 0)
        m_mailboxes.setTokenHash(visit.mailboxId, QString());
    visit.mailboxId = 0;
    visit.nameHash.clear();
}

void WebMailbox::write(Visit &visit, const Envelope &e)
{
    if (visit.mailboxId == 0) {
        fail(visit, ErrorCode::NotAuthenticated, QStringLiteral("open the mailbox first"), e.id);
        return;
    }
    const QString clientMsgId = e.text("clientMsgId");
    const QString text = cleanLetter(e.text("text"));
    if (text.trimmed().isEmpty() || clientMsgId.isEmpty()) {
        fail(visit, ErrorCode::WrongType, QStringLiteral("a letter needs text"), e.id, -1,
             QStringLiteral("body.text"));
        return;
    }
    const QJsonObject ackBody {{QStringLiteral("clientMsgId"), clientMsgId}};
    const QString messageId = letterMessageId(visit.mailboxId, clientMsgId);
    // A resend (its ack was lost) is acknowledged again, before any limit.
    if (const auto known = m_mail.threadOfMessageId(messageId)) {
        QJsonObject ack = ackBody;
        ack.insert(QStringLiteral("seq"), seqOfStoredLetter(*known, text));
        visit.session->push(QStringLiteral("chat.ack"), ack, e.id);
        return;
    }
    if (const qint64 wait = admitLetter(visit.mailboxId)) {
        fail(visit, ErrorCode::RateLimited, QStringLiteral("many letters at once; retry later"), e.id, wait);
        return;
    }
    InboundLetter letter;
    letter.writerHash = visit.nameHash;
    letter.mailboxId = visit.mailboxId;
    letter.language = visit.language;
    letter.text = text;
    letter.messageId = messageId;
    const MailThreads::Received received = m_threads.receive(letter);
    switch (received.outcome) {
    case MailThreads::Outcome::NewThread:
    case MailThreads::Outcome::Appended:
    case MailThreads::Outcome::Duplicate:
        break;
    case MailThreads::Outcome::Blocked:
        fail(visit, ErrorCode::Forbidden, QStringLiteral("this mailbox can no longer write"), e.id);
        return;
    case MailThreads::Outcome::Failed:
        fail(visit, ErrorCode::Internal, QStringLiteral("the letter could not be stored; send it again"),
             e.id);
        return;
    }
    qCInfo(lcMail) << "web mailbox letter stored";
    const qint64 seq = seqOfStoredLetter(received.contactId, text);
    QJsonObject ack = ackBody;
    ack.insert(QStringLiteral("seq"), seq);
    visit.session->push(QStringLiteral("chat.ack"), ack, e.id);
}

} // namespace ecoute::server
