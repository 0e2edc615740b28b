// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/MailIntake.h"

#include "server/channels/mail/MailConfig.h"
#include "server/channels/mail/MailParsing.h"
#include "server/channels/mail/MailThreads.h"
#include "server/channels/mail/WriterIdentity.h"
#include "server/channels/mail/net/MailNetwork.h"
#include "server/core/Logging.h"

namespace ecoute::server {

MailIntake::MailIntake(mail::MailNetwork *network, MailParsing &parsing, MailThreads &threads,
                       MailStore &store, const WriterIdentity &identity, const MailConfig &config,
                       QObject *parent)
    : QObject(parent), m_network(network), m_parsing(parsing), m_threads(threads), m_store(store),
      m_identity(identity), m_config(config)
{
    if (!network)
        return; // mail arrives by takeIn only (LMTP)
    mail::MailWorker *worker = network->worker();
    connect(worker, &mail::MailWorker::fetched, this, &MailIntake::onFetched);
    connect(worker, &mail::MailWorker::oversized, this, [](quint32, quint32, qint64 size) {
        // Left in the mailbox for a person to look at: never fetched, never parsed.
        qCWarning(lcMail) << "a message of" << size << "bytes is over --mail-max-bytes; left in the mailbox";
    });
    connect(worker, &mail::MailWorker::pollFailed, this, [](const QString &reason) {
        qCWarning(lcMail) << "could not read the line's mailbox:" << reason;
    });
    connect(worker, &mail::MailWorker::discarded, this, [](quint32, bool ok) {
        if (!ok)
            qCWarning(lcMail)
                << "an imported message could not be removed from the mailbox; it is not imported twice";
    });
    m_timer.setInterval(m_config.pollSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &MailIntake::poll);
}

void MailIntake::start()
{
    m_timer.start();
    poll();
}

void MailIntake::poll()
{
    if (!m_network)
        return;
    // One message at a time reaches the reader; a poll while messages are still being read would
    // only fetch them again.
    if (!m_inFlight.isEmpty() || m_parsing.pending() > 0)
        return;
    m_network->poll(m_config.maxMessageBytes);
}

void MailIntake::onFetched(quint32 uidValidity, quint32 uid, const QByteArray &raw)
{
    const auto key = std::pair(uidValidity, uid);
    if (m_inFlight.contains(key))
        return;
    if (m_store.wasImported(uidValidity, uid)) {
        // Stored before a restart, not yet removed: remove it now.
        m_network->discard(uidValidity, uid);
        return;
    }
    m_inFlight.insert(key);
    m_parsing.parse(raw, [this, uidValidity, uid, raw](std::optional<::ecoute::mail::ParseResult> result) {
        if (store(uidValidity, uid, raw, result))
            done(uidValidity, uid); // stored (or deliberately left out): it may leave the mailbox
        else
            m_inFlight.remove({uidValidity, uid}); // stays in the mailbox for the next look
    });
}

void MailIntake::takeIn(const QByteArray &raw, std::function<void(bool stored)> done)
{
    m_parsing.parse(raw,
                    [this, raw, done = std::move(done)](std::optional<::ecoute::mail::ParseResult> result) {
                        done(store(0, 0, raw, result));
                    });
}

bool MailIntake::store(quint32 uidValidity, quint32 uid, const QByteArray &raw,
                       const std::optional<::ecoute::mail::ParseResult> &result)
{
    InboundLetter letter;
    letter.uidValidity = uidValidity;
    letter.uid = uid;
    letter.language = m_config.language;
    const auto markImported = [&] {
        if (uid != 0)
            m_store.markImported(uidValidity, uid);
    };
    if (!result || !result->ok) {
        // Kept whole, sealed, for a supervisor; the volunteer sees that a letter could not be read.
        letter.unreadable = true;
        letter.attachments.append({QStringLiteral("message.eml"), QStringLiteral("message/rfc822"), raw});
        return m_threads.receive(letter).outcome != MailThreads::Outcome::Failed;
    }
    const ::ecoute::mail::ParsedMail &parsed = result->mail;
    if (parsed.automatic == ::ecoute::mail::Automatic::Bounce) {
        if (parsed.bounce && !parsed.bounce->originalMessageId.isEmpty())
            Q_EMIT bounced(parsed.bounce->originalMessageId);
        qCInfo(lcMail) << "a delivery report was taken in";
        markImported();
        return true;
    }
    const QString writerHash =
        parsed.fromAddress.isEmpty() ? QString() : m_identity.ofAddress(parsed.fromAddress);
    const bool fromUs =
        !m_config.address.isEmpty() && parsed.fromAddress.compare(m_config.address, Qt::CaseInsensitive) == 0;
    const bool automatic = parsed.automatic != ::ecoute::mail::Automatic::None || parsed.returnPathEmpty;
    letter.writerHash = writerHash;
    letter.address = parsed.fromAddress;
    letter.subject = parsed.subject;
    letter.text = parsed.text;
    letter.messageId = parsed.messageId;
    letter.inReplyTo = parsed.inReplyTo;
    letter.references = parsed.references;
    for (const ::ecoute::mail::Attachment &a : parsed.attachments)
        letter.attachments.append({a.name, a.contentType, a.data});

    if (fromUs || (automatic && !m_threads.continuesThread(letter))) {
        // Our own mail looping back, or automatic mail (lists, out-of-office) outside any thread:
        // nobody is asked to answer it.
        qCInfo(lcMail) << "an automatic message was not taken in" << (fromUs ? "(from the line itself)" : "");
        markImported();
        return true;
    }
    const auto stored = m_threads.receive(letter);
    if (stored.outcome == MailThreads::Outcome::Failed) {
        qCWarning(lcMail) << "a message could not be stored; it is left where it came from";
        return false;
    }
    if (stored.outcome == MailThreads::Outcome::NewThread && !automatic && !writerHash.isEmpty())
        Q_EMIT acknowledgeable(stored.contactId, writerHash);
    return true;
}

void MailIntake::done(quint32 uidValidity, quint32 uid)
{
    m_network->discard(uidValidity, uid);
    m_inFlight.remove({uidValidity, uid});
}

} // namespace ecoute::server
