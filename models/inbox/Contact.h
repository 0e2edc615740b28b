// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ecoute::models {

/// A help-seeker contact as the server describes it (protocol "Contact" object).
struct Contact
{
    QString id;
    QString channel; ///< chat | email | phone
    QString pseudonym; ///< random name given by the server, never the seeker's identity
    QString language;
    QString state; ///< waiting | offered | active | ended
    QDateTime createdAt;
    bool urgent = false;
    /// A training exercise played by a trainer (set by the server only), never a real person.
    bool practice = false;
    /// E-mail threads: the answer deadline (invalid when there is none, e.g. once answered).
    QDateTime answerBy;
    /// E-mail threads: how many letters the thread holds (0 for other channels).
    int threadLength = 0;

    static Contact fromJson(const QJsonObject &json);
    bool isValid() const { return !id.isEmpty(); }
};

/// The internal note of a transfer (conversation.open "handover"): written by the
/// colleague who passed the conversation on, for the volunteer who takes it over.
/// Never part of the transcript and never sent to the help-seeker.
struct Handover
{
    QString fromUser;
    QString fromName;
    QString note;
    QDateTime at;

    static Handover fromJson(const QJsonObject &json);
    bool isValid() const { return !fromUser.isEmpty() || !note.isEmpty(); }
    /// The colleague's display name, or the user name when there is none.
    QString from() const { return fromName.isEmpty() ? fromUser : fromName; }
};

/// A file that came with a letter (chat.message "attachments"): only its description; the
/// file itself stays sealed on the server and never reaches the workstation.
struct MailAttachment
{
    QString name;
    QString type;
    qint64 size = 0;
};

/// One chat line (protocol "Message" object).
struct ChatMessage
{
    qint64 seq = 0; ///< 0 while the server has not acknowledged it
    QString from; ///< seeker | volunteer | system
    QString text;
    QDateTime at;
    QString clientMsgId; ///< set for messages written on this workstation
    bool pending = false;
    /// E-mail threads: placeholders of the files that came with a letter.
    QList<MailAttachment> attachments;
    /// E-mail threads: what the server wrote in (a MailEvent name, from "system"); empty otherwise.
    QString event;

    static ChatMessage fromJson(const QJsonObject &json);
};

} // namespace ecoute::models
