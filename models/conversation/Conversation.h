// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/conversation/StaffMessageModel.h"
#include "models/conversation/TranscriptModel.h"
#include "models/inbox/Contact.h"
#include "models/supervision/SupervisionPresence.h"
#include "protocol/Envelope.h"

#include <QJsonArray>
#include <QObject>

namespace ecoute::models {

/// One conversation with a help-seeker: its transcript and an outbox of
/// messages the server has not acknowledged yet. After a reconnect it asks for
/// what it missed (chat.sync) and resends the outbox with the same clientMsgIds,
/// which the server deduplicates, so nothing is lost and nothing is doubled.
class Conversation : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool practice READ isPractice NOTIFY contactChanged)

public:
    /// Who writes here. Answering: this workstation answers the person.
    /// Supervising: a supervisor listening (read-only, whispers to the volunteer).
    /// TakenOver: a supervisor took the conversation over; the volunteer listens.
    /// Playing: a trainer plays the help-seeker of a practice contact (writes as
    /// the person with practice.say, whispers to the trainee, ends the exercise).
    /// Observing: an invited observer of a practice exercise (reads only, silently).
    enum class Access { Answering, Supervising, TakenOver, Playing, Observing };
    Q_ENUM(Access)

    explicit Conversation(const Contact &contact, QObject *parent = nullptr);

    QString contactId() const { return m_contact.id; }
    const Contact &contact() const { return m_contact; }
    void setContact(const Contact &contact);
    TranscriptModel *transcript() { return &m_transcript; }
    /// A training exercise played by a trainer, not a real person (the server's flag; once
    /// set for this contact it stays set).
    bool isPractice() const { return m_contact.practice; }

    bool isOnline() const { return m_online; }
    bool isEnded() const { return m_ended; }
    QString endedBy() const { return m_endedBy; }
    /// The conversation left this workstation (transferred, handed back, grace expired).
    bool isReleased() const { return m_released; }
    QString releaseReason() const { return m_releaseReason; }
    QString releasedTo() const { return m_releasedTo; }
    /// The colleague's display name when it was known, else the user name.
    QString releasedToName() const { return m_releasedToName.isEmpty() ? m_releasedTo : m_releasedToName; }
    /// Still going on here: neither ended nor released.
    bool isOpen() const { return !m_ended && !m_released; }
    /// Still this volunteer's to answer: open and not only listened to.
    bool isActive() const { return isOpen() && m_access == Access::Answering; }
    /// This workstation may write here: answering, or playing the help-seeker of an exercise.
    bool canWrite() const
    {
        return isOpen() && (m_access == Access::Answering || m_access == Access::Playing);
    }
    /// The trainer plays the person here (Access::Playing).
    bool isPlayed() const { return m_access == Access::Playing; }
    /// Playing: the trainee who answers (empty otherwise).
    QString trainee() const { return m_trainee; }
    /// Makes this the practice contact a trainer plays for trainee.
    void playFor(const QString &trainee);
    Access access() const { return m_access; }
    /// The last seq before a supervisor took over (0: no takeover here); later
    /// lines "from volunteer" are the supervisor's.
    qint64 takeoverSeq() const { return m_takeoverSeq; }
    void setAccess(Access access);
    /// Whispers of supervisors in this conversation; never part of the transcript.
    StaffMessageModel *whispers() { return &m_whispers; }
    /// The supervisors in this conversation, as its volunteer sees them.
    SupervisionPresence &supervision() { return m_supervision; }
    const SupervisionPresence &supervision() const { return m_supervision; }

    /// Messages written here that the server has not acknowledged (never sent
    /// once the conversation has ended or left this workstation).
    int outboxSize() const { return int(m_outbox.size()); }
    /// The volunteer marked it a hard contact when ending it.
    bool markedHard() const { return m_markedHard; }
    /// The internal note of the colleague who passed this conversation on (may be invalid).
    const Handover &handover() const { return m_handover; }
    void setHandover(const Handover &handover);

    /// Queues text for sending; false (and nothing queued) when it is blank,
    /// too long or this workstation can no longer write here.
    bool send(const QString &text);
    /// Asks the server to end the conversation, hard: marked a hard contact;
    /// contact.ended confirms it. Playing: ends the exercise (practice.end).
    void end(bool hard = false);
    /// Asks the server to flag the contact urgent (or not); contact.update confirms it.
    void setUrgent(bool urgent);

    void loadMessages(const QJsonArray &messages);
    void handleMessage(const QJsonObject &body);
    void handleAck(const QJsonObject &body);
    void markEnded(const QString &by);
    /// contact.released: no longer this volunteer's. What was typed stays visible;
    /// the outbox is kept but no longer sent.
    void markReleased(const QString &reason, const QString &toUser, const QString &toName = {});
    /// The conversation came back to this workstation (conversation.open after a release).
    void reopen();

    /// The connection dropped: keep everything, send nothing.
    void setOffline();
    /// Authenticated again: catch up and resend the outbox.
    void resume();
    /// Authenticated again, not yet sure the conversation still goes on: catch up only
    /// (the outbox waits for resume()).
    void catchUp();

signals:
    /// Workstation hands these to the Connection.
    void sendRequested(const ecoute::protocol::Envelope &envelope);
    void ended(const QString &by);
    void released(const QString &reason);
    void handoverChanged();
    void onlineChanged(bool online);
    void contactChanged();
    /// The other side wrote: the person (or, for a trainer playing them, the trainee).
    void seekerWrote();
    void accessChanged(ecoute::models::Conversation::Access access);

private:
    struct OutgoingMessage
    {
        QString clientMsgId;
        QString text;
    };
    void transmit(const OutgoingMessage &message);

    Contact m_contact;
    TranscriptModel m_transcript;
    QList<OutgoingMessage> m_outbox;
    bool m_online = true;
    bool m_ended = false;
    QString m_endedBy;
    bool m_markedHard = false;
    bool m_released = false;
    QString m_releaseReason;
    QString m_releasedTo;
    QString m_releasedToName;
    Handover m_handover;
    Access m_access = Access::Answering;
    qint64 m_takeoverSeq = 0;
    QString m_trainee;
    StaffMessageModel m_whispers;
    SupervisionPresence m_supervision;
};

} // namespace ecoute::models
