// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/MailIntake.h"

#include "server/channels/mail/MailConfig.h"
#include "server/channels/mail/MailParsing.h"
#include "server/channels/mail/MailThreads.h"
#include "server/channels/mail/WriterIdentity.h"
#include "server/channels/mail/net/MailNetwork.h"
#include "server/core/Logging.h"

namespace ecoute::server {

MailIntake::MailIntake(mail::MailNetwork &network, MailParsing &parsing, MailThreads &threads,
                       MailStore &store, const WriterIdentity &identity, const MailConfig &config,
                       QObject *parent)
    : QObject(parent), m_network(network), m_parsing(parsing), m_threads(threads), m_store(store),
      m_identity(identity), m_config(config)
{
    mail::MailWorker *worker = network.worker();
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
    // One message at a time reaches the reader; a poll while messages are still being read would
    // only fetch them again.
    if (!m_inFlight.isEmpty() || m_parsing.pending() > 0)
        return;
    m_network.poll(m_config.maxMessageBytes);
}

void MailIntake::onFetched(quint32 uidValidity, quint32 uid, const QByteArray &raw)
{
    const auto key = std::pair(uidValidity, uid);
    if (m_inFlight.contains(key))
        return;
    if (m_store.wasImported(uidValidity, uid)) {
        // Stored before a restart, not yet removed: remove it now.
        m_network.discard(uidValidity, uid);
        return;
    }
    m_inFlight.insert(key);
    m_parsing.parse(raw, [this, uidValidity, uid, raw](std::optional<::ecoute::mail::ParseResult> result) {
        onParsed(uidValidity, uid, raw, result);
    });
}

void MailIntake::onParsed(quint32 uidValidity, quint32 uid, const QByteArray &raw,
                          const std::optional<::ecoute::mail::ParseResult> &result)
{
    InboundLetter letter;
    letter.uidValidity = uidValidity;
    letter.uid = uid;
    letter.language = m_config.language;
    if (!result || !result->ok) {
        // Kept whole, sealed, for a supervisor; the volunteer sees that a letter could not be read.
        letter.unreadable = true;
        letter.attachments.append({QStringLiteral("message.eml"), QStringLiteral("message/rfc822"), raw});
        const auto stored = m_threads.receive(letter);
        if (stored.outcome != MailThreads::Outcome::Failed)
            done(uidValidity, uid);
        else
            m_inFlight.remove({uidValidity, uid});
        return;
    }
    const ::ecoute::mail::ParsedMail &parsed = result->mail;
    if (parsed.automatic == ::ecoute::mail::Automatic::Bounce) {
        if (parsed.bounce && !parsed.bounce->originalMessageId.isEmpty())
            Q_EMIT bounced(parsed.bounce->originalMessageId);
        qCInfo(lcMail) << "a delivery report was taken in";
        m_store.markImported(uidValidity, uid);
        done(uidValidity, uid);
        return;
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
        m_store.markImported(uidValidity, uid);
        done(uidValidity, uid);
        return;
    }
    if (writerHash.isEmpty()) {
        letter.unreadable = false;
        letter.address.clear(); // nowhere to answer: the volunteer still reads it
    }
    const auto stored = m_threads.receive(letter);
    if (stored.outcome == MailThreads::Outcome::Failed) {
        qCWarning(lcMail) << "a message could not be stored; it stays in the mailbox";
        m_inFlight.remove({uidValidity, uid});
        return;
    }
    if (stored.outcome == MailThreads::Outcome::NewThread && !automatic && !writerHash.isEmpty())
        Q_EMIT acknowledgeable(stored.contactId, writerHash);
    done(uidValidity, uid);
}

void MailIntake::done(quint32 uidValidity, quint32 uid)
{
    m_network.discard(uidValidity, uid);
    m_inFlight.remove({uidValidity, uid});
}

} // namespace ecoute::server
