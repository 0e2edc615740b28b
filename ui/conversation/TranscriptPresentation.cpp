// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/TranscriptPresentation.h"

#include "ui/conversation/TimelineModel.h"

#include <QDateTime>
#include <QLocale>

namespace ecoute::ui {

using protocol::Sender;

void TranscriptPresentation::setSeekerName(const QString &name)
{
    if (name == m_seekerName)
        return;
    m_seekerName = name;
    refresh();
}

void TranscriptPresentation::setStaffNames(const QString &volunteer, qint64 afterSeq, const QString &after)
{
    if (volunteer == m_volunteerName && afterSeq == m_takeoverSeq && after == m_takeoverName)
        return;
    m_volunteerName = volunteer;
    m_takeoverSeq = afterSeq;
    m_takeoverName = after;
    refresh();
}

void TranscriptPresentation::setOwnSide(Sender side)
{
    if (side == m_ownSide)
        return;
    m_ownSide = side;
    refresh();
}

void TranscriptPresentation::setSelf(const QString &user)
{
    if (user == m_self)
        return;
    m_self = user;
    refresh();
}

void TranscriptPresentation::setStaffDisplayName(const QString &user, const QString &name)
{
    if (user.isEmpty() || name.isEmpty() || m_staffNames.value(user) == name)
        return;
    m_staffNames.insert(user, name);
    refresh();
}

void TranscriptPresentation::setChannel(protocol::Channel channel)
{
    if (channel == m_channel)
        return;
    m_channel = channel;
    refresh();
}

void TranscriptPresentation::setPractice(bool practice)
{
    if (practice == m_practice)
        return;
    m_practice = practice;
    refresh();
}

void TranscriptPresentation::refresh()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

TranscriptPresentation::Kind TranscriptPresentation::kindOf(const QModelIndex &index) const
{
    if (index.data(TimelineModel::OriginRole).value<TimelineModel::Origin>()
        == TimelineModel::Origin::Whisper)
        return Kind::Whisper;
    const auto from = protocol::fromString<Sender>(index.data(TimelineModel::FromRole).toString());
    if (from == Sender::System)
        return Kind::System;
    const Sender side = from.value_or(Sender::Seeker);
    if (side == m_ownSide) {
        // Staff lines are this workstation's unless another name is given for them.
        if (side == Sender::Seeker)
            return Kind::Own;
        return staffName(index.data(TimelineModel::SeqRole).toLongLong()).isEmpty() ? Kind::Own
                                                                                    : Kind::Colleague;
    }
    return side == Sender::Seeker ? Kind::Seeker : Kind::Colleague;
}

TranscriptPresentation::Side TranscriptPresentation::sideOf(Kind kind, const QModelIndex &index) const
{
    switch (kind) {
    case Kind::Seeker:
        return Side::Start;
    case Kind::Own:
        return Side::End;
    case Kind::Colleague: // on the side they write for: a trainer sees the trainee opposite
        return index.data(TimelineModel::FromRole).toString() == protocol::toString(m_ownSide) ? Side::End
                                                                                               : Side::Start;
    case Kind::System:
    case Kind::Whisper:
        break;
    }
    return Side::Centre;
}

QString TranscriptPresentation::staffName(qint64 seq) const
{
    const bool afterTakeover = m_takeoverSeq > 0 && (seq == 0 || seq > m_takeoverSeq);
    return afterTakeover ? m_takeoverName : m_volunteerName;
}

QString TranscriptPresentation::senderName(const QModelIndex &index) const
{
    const QString from = index.data(TimelineModel::FromRole).toString();
    if (index.data(TimelineModel::OriginRole).value<TimelineModel::Origin>()
        == TimelineModel::Origin::Whisper)
        return !m_self.isEmpty() && from == m_self ? tr("You") : m_staffNames.value(from, from);
    const auto sender = protocol::fromString<Sender>(from);
    if (sender == Sender::Volunteer) {
        const QString name = staffName(index.data(TimelineModel::SeqRole).toLongLong());
        return name.isEmpty() ? tr("You") : name;
    }
    if (sender == Sender::System)
        return tr("Ecoute");
    return m_seekerName.isEmpty() ? tr("Help-seeker") : m_seekerName;
}

QString TranscriptPresentation::heading(const QModelIndex &index) const
{
    const QString name = senderName(index);
    if (kindOf(index) != Kind::Whisper)
        return name;
    const QString from = index.data(TimelineModel::FromRole).toString();
    return !m_self.isEmpty() && from == m_self ? tr("Your whisper") : tr("Whisper from %1").arg(name);
}

QVariant TranscriptPresentation::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case KindRole:
        return QVariant::fromValue(kindOf(index));
    case SideRole:
        return QVariant::fromValue(sideOf(kindOf(index), index));
    case SenderNameRole:
        return senderName(index);
    case HeadingRole:
        return heading(index);
    case TimeTextRole:
        return index.data(TimelineModel::AtRole).toDateTime().toLocalTime().toString(QStringLiteral("HH:mm"));
    case StateRole:
        if (kindOf(index) != Kind::Own)
            return QVariant::fromValue(State::None);
        return QVariant::fromValue(index.data(TimelineModel::PendingRole).toBool() ? State::Sending
                                                                                   : State::Sent);
    case ChannelRole:
        return QVariant::fromValue(m_channel);
    case PracticeRole:
        return m_practice;
    case CopyTextRole:
        return tr("%1, %2: %3")
            .arg(heading(index), data(index, TimeTextRole).toString(),
                 index.data(TimelineModel::TextRole).toString());
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString text = index.data(TimelineModel::TextRole).toString();
        const QString time = data(index, TimeTextRole).toString();
        if (data(index, StateRole).value<State>() == State::Sending)
            return tr("%1, %2, sending: %3").arg(heading(index), time, text);
        return tr("%1, %2: %3").arg(heading(index), time, text);
    }
    case Qt::ToolTipRole:
        return QLocale().toString(index.data(TimelineModel::AtRole).toDateTime().toLocalTime(),
                                  QLocale::LongFormat);
    }
    return QIdentityProxyModel::data(index, role);
}

QHash<int, QByteArray> TranscriptPresentation::roleNames() const
{
    auto names = QIdentityProxyModel::roleNames();
    names.insert({{KindRole, "kind"},
                  {SideRole, "side"},
                  {SenderNameRole, "senderName"},
                  {HeadingRole, "heading"},
                  {TimeTextRole, "timeText"},
                  {StateRole, "state"},
                  {ChannelRole, "channel"},
                  {PracticeRole, "practice"},
                  {CopyTextRole, "copyText"}});
    return names;
}

} // namespace ecoute::ui
