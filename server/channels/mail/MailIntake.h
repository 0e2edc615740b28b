// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mime/MailParser.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

#include <utility>

namespace ecoute::server {

namespace mail {
class MailNetwork;
}
class MailParsing;
class MailStore;
class MailThreads;
class WriterIdentity;
struct MailConfig;

/// Takes mail in from the line's mailbox: polls it (MailNetwork, off the event loop), has each
/// message read by MailParsing, sorts it (a letter, an automatic reply, a delivery report, our own
/// mail coming back) and stores it with MailThreads. Only once a message is stored is it removed
/// from the mailbox; one the server already holds (UIDVALIDITY + UID, or its Message-ID) is removed
/// without being stored twice.
class MailIntake : public QObject
{
    Q_OBJECT

public:
    /// network: the line's mailbox over IMAP; null when mail arrives only by takeIn (LMTP).
    MailIntake(mail::MailNetwork *network, MailParsing &parsing, MailThreads &threads, MailStore &store,
               const WriterIdentity &identity, const MailConfig &config, QObject *parent = nullptr);

    void start();
    /// A message handed to the server (LMTP): done(true) once it is stored (or deliberately left out),
    /// done(false) if it could not be stored — then the sender must keep it.
    void takeIn(const QByteArray &raw, std::function<void(bool stored)> done);

Q_SIGNALS:
    /// A delivery report about one of our Message-IDs (the outbox marks that reply).
    void bounced(const QString &ourMessageId);
    /// A new writer started a thread with a letter we may acknowledge (never for automatic mail).
    void acknowledgeable(const QString &contactId, const QString &writerHash);

private:
    void poll();
    void onFetched(quint32 uidValidity, quint32 uid, const QByteArray &raw);
    /// Sorts and stores one read message; false if it could not be stored.
    bool store(quint32 uidValidity, quint32 uid, const QByteArray &raw,
               const std::optional<::ecoute::mail::ParseResult> &result);
    void done(quint32 uidValidity, quint32 uid);

    mail::MailNetwork *m_network;
    MailParsing &m_parsing;
    MailThreads &m_threads;
    MailStore &m_store;
    const WriterIdentity &m_identity;
    const MailConfig &m_config;
    QTimer m_timer;
    QSet<std::pair<quint32, quint32>> m_inFlight; ///< fetched, not yet removed: a new poll leaves them
};

} // namespace ecoute::server
