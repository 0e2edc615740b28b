// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/channels/mail/net/CurlHandle.h"
#include "server/channels/mail/net/MailAccount.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace ecoute::server::mail {

/// The line's IMAP mailbox (the folder in MailAccount::imapUrl, INBOX by default), over one reused
/// libcurl handle. Blocking: for a worker thread. Every message is named by (UIDVALIDITY, UID) so
/// that a renumbered mailbox never makes us fetch or delete the wrong message.
class ImapMailbox
{
public:
    struct Entry
    {
        quint32 uid = 0;
        qint64 size = 0; ///< RFC822.SIZE as the server reports it
    };
    struct Listing
    {
        quint32 uidValidity = 0;
        QList<Entry> messages; ///< in UID order
    };

    explicit ImapMailbox(MailAccount account);
    ImapMailbox(const ImapMailbox &) = delete;
    ImapMailbox &operator=(const ImapMailbox &) = delete;

    void setCancelFlag(const std::atomic_bool *flag) { m_curl.setCancelFlag(flag); }

    /// SELECT (for UIDVALIDITY), then UID FETCH 1:* (RFC822.SIZE). nullopt on failure.
    std::optional<Listing> list();
    /// The whole message (BODY[], which sets \Seen). nullopt when it is gone, the mailbox was
    /// renumbered, or it is larger than maxBytes (then nothing is kept of it).
    std::optional<QByteArray> fetch(quint32 uidValidity, quint32 uid, qint64 maxBytes);
    /// UID STORE +FLAGS.SILENT (\Deleted), then UID EXPUNGE of that UID only.
    bool remove(quint32 uidValidity, quint32 uid);
    /// UID MOVE to folder (created the first time it is missing). folder: letters, digits, " ._-/".
    bool moveTo(quint32 uidValidity, quint32 uid, const QString &folder);

    /// Why the last call failed, without user name, password, address or message content.
    QString lastError() const { return m_curl.lastError(); }
    /// The last fetch failed because that message is gone (or the mailbox was renumbered).
    bool lastFetchFoundNothing() const { return m_foundNothing; }

private:
    QByteArray mailboxUrl() const;
    /// One custom command on the mailbox (curl SELECTs it first when needed); the untagged replies.
    std::optional<QByteArray> command(const QByteArray &command, const char *what);
    /// SELECT again and compare the UIDVALIDITY; false (with an error) when it changed.
    bool sameUidValidity(quint32 uidValidity);
    std::optional<quint32> selectUidValidity(qint64 *exists = nullptr);

    MailAccount m_account; // before m_curl, which refers to it
    CurlHandle m_curl;
    QString m_mailbox;
    bool m_foundNothing = false;
};

} // namespace ecoute::server::mail
