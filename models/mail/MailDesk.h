// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/mail/MailDeskModels.h"
#include "protocol/Envelope.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace ecoute::models {

/// A supervisor's e-mail desk: the answers waiting for review and the threads near or past their
/// deadline (mail.desk, pushed again when either changes), and what a supervisor does about them:
/// approve (possibly edited), return with a comment, give a thread to another volunteer, block a writer.
class MailDesk : public QObject
{
    Q_OBJECT

public:
    using Sender = std::function<QString(const protocol::Envelope &)>;

    explicit MailDesk(Sender send, QObject *parent = nullptr);

    MailReviewModel *reviews() { return &m_reviews; }
    MailOverdueModel *overdue() { return &m_overdue; }
    bool isLoaded() const { return m_loaded; }

    /// Asks for the desk (mail.desk.get).
    bool request();
    /// Approves the answer, as edited by the supervisor (text empty: as written).
    bool approve(const QString &replyId, const QString &text = {});
    /// Gives the answer back to its author with a comment.
    bool returnReply(const QString &replyId, const QString &comment);
    /// Gives a thread to another volunteer, with a handover note.
    bool reassign(const QString &contactId, const QString &toUser, const QString &note);
    /// Mail from this thread's writer is no longer offered (or again, on = false).
    bool block(const QString &contactId, bool on = true);

    /// mail.desk; false for any other frame.
    bool handle(const protocol::Envelope &envelope);
    /// An error answering one of the desk's requests; false for the others.
    bool handleError(const protocol::Envelope &envelope);

signals:
    void changed();
    /// A decision the server accepted is followed by a new mail.desk; this says what failed.
    void errorMessage(const QString &message);

private:
    bool send(const protocol::Envelope &envelope);

    Sender m_send;
    MailReviewModel m_reviews;
    MailOverdueModel m_overdue;
    QHash<QString, bool> m_requests; ///< request ids of decisions and actions
    bool m_loaded = false;
};

} // namespace ecoute::models
