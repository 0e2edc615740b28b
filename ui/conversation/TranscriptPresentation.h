// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QHash>
#include <QIdentityProxyModel>

namespace ecoute::ui {

/// What a transcript row is, for the delegate and for screen readers: whose it is (the
/// person's, this workstation's, a colleague's, a notice, an internal whisper), on which
/// side it goes, the sender's name, the time, whether it is still being sent. Over a
/// TimelineModel (messages and whispers) or a TranscriptModel. Presentation only; the data
/// stays in the source models. Display and accessible text are one sentence per row,
/// "Lotus 81, 15:46: text", "You, 15:46, sending: text", "Whisper from Anne, 15:47: text".
class TranscriptPresentation : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 100, ///< Kind
        SideRole, ///< Side
        SenderNameRole, ///< "Lotus 81", "You", "Anne"
        HeadingRole, ///< what the delegate writes above the text: the name, or "Whisper from Anne"
        TimeTextRole, ///< "15:46"
        StateRole, ///< State
        ChannelRole, ///< protocol::Channel: which painter draws the row
        PracticeRole, ///< bool: the conversation is a training exercise
        CopyTextRole, ///< "Lotus 81, 15:46: text", what Ctrl+C copies
    };
    enum class Kind { Seeker, Own, Colleague, System, Whisper };
    Q_ENUM(Kind)
    /// Start: the leading edge (the person); End: the trailing edge (this workstation's side).
    enum class Side { Start, End, Centre };
    Q_ENUM(Side)
    enum class State { None, Sending, Sent };
    Q_ENUM(State)

    using QIdentityProxyModel::QIdentityProxyModel;

    void setSeekerName(const QString &name);
    /// Who wrote the staff lines: "You" by default; listening, the volunteer; after a
    /// takeover, lines after seq afterSeq are by `after` (empty: "You").
    void setStaffNames(const QString &volunteer, qint64 afterSeq = 0, const QString &after = {});
    /// The side this workstation writes for: the volunteer's, or the person's for a trainer
    /// playing them in an exercise.
    void setOwnSide(protocol::Sender side);
    /// This workstation's user name: their whispers say "You".
    void setSelf(const QString &user);
    /// Display names of staff by user name (whisper authors).
    void setStaffDisplayName(const QString &user, const QString &name);
    void setChannel(protocol::Channel channel);
    void setPractice(bool practice);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Kind kindOf(const QModelIndex &index) const;
    Side sideOf(Kind kind, const QModelIndex &index) const;
    /// Who wrote the staff line with this seq; empty: this workstation.
    QString staffName(qint64 seq) const;
    QString senderName(const QModelIndex &index) const;
    QString heading(const QModelIndex &index) const;
    void refresh();

    QString m_seekerName;
    QString m_volunteerName;
    qint64 m_takeoverSeq = 0;
    QString m_takeoverName;
    protocol::Sender m_ownSide = protocol::Sender::Volunteer;
    QString m_self;
    QHash<QString, QString> m_staffNames;
    protocol::Channel m_channel = protocol::Channel::Chat;
    bool m_practice = false;
};

} // namespace ecoute::ui
