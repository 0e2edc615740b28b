// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inbox/InboxRowText.h"

#include "models/inbox/InboxModel.h"
#include "models/mail/MailText.h"
#include "models/workstation/VocabularyText.h"
#include "protocol/Vocabulary.h"

#include <QModelIndex>

namespace ecoute::ui {

using models::InboxModel;

namespace {
protocol::Channel channelOf(const QModelIndex &index)
{
    return protocol::fromString<protocol::Channel>(index.data(InboxModel::ChannelRole).toString())
        .value_or(protocol::Channel::Chat);
}
} // namespace

QString InboxRowText::pseudonym(const QModelIndex &index)
{
    return index.data(InboxModel::PseudonymRole).toString();
}

QString InboxRowText::channel(const QModelIndex &index)
{
    switch (channelOf(index)) {
    case protocol::Channel::Email:
        return tr("Email");
    case protocol::Channel::Phone:
        return tr("Phone");
    case protocol::Channel::Chat:
        break;
    }
    return tr("Chat");
}

QString InboxRowText::language(const QModelIndex &index)
{
    return models::VocabularyText::language(index.data(InboxModel::LanguageRole).toString());
}

QString InboxRowText::waitingTime(const QModelIndex &index)
{
    // The view refreshes every few seconds: a second count would jump, and nobody needs it.
    const qint64 seconds = index.data(InboxModel::WaitingSecondsRole).toLongLong();
    if (seconds < 60)
        return tr("less than a minute");
    return InboxModel::formatWaiting(seconds);
}

QString InboxRowText::waiting(const QModelIndex &index)
{
    const qint64 seconds = index.data(InboxModel::WaitingSecondsRole).toLongLong();
    if (seconds < 60)
        return tr("waiting < 1 min");
    if (seconds < 3600)
        return tr("waiting %1 min").arg(seconds / 60);
    return tr("waiting %1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString InboxRowText::deadline(const QModelIndex &index)
{
    const QVariant left = index.data(InboxModel::AnswerSecondsLeftRole);
    if (channelOf(index) != protocol::Channel::Email || !left.isValid())
        return {};
    return models::MailText::deadlineIn(left.toLongLong());
}

QString InboxRowText::threadLength(const QModelIndex &index)
{
    const int letters = index.data(InboxModel::ThreadLengthRole).toInt();
    if (channelOf(index) != protocol::Channel::Email || letters <= 0)
        return {};
    return models::MailText::threadLength(letters);
}

QStringList InboxRowText::mailDetails(const QModelIndex &index)
{
    QStringList details;
    for (const QString &detail : {deadline(index), threadLength(index)}) {
        if (!detail.isEmpty())
            details << detail;
    }
    return details;
}

QList<InboxRowText::Badge> InboxRowText::badges(const QModelIndex &index)
{
    QList<Badge> badges;
    if (index.data(InboxModel::OfferedToMeRole).toBool())
        badges.append(Badge::Offered);
    if (index.data(InboxModel::UrgentRole).toBool())
        badges.append(Badge::Urgent);
    if (index.data(InboxModel::PracticeRole).toBool())
        badges.append(Badge::Practice);
    return badges;
}

QString InboxRowText::badgeText(Badge badge)
{
    switch (badge) {
    case Badge::Offered:
        return tr("Offered to you");
    case Badge::Urgent:
        return tr("Urgent");
    case Badge::Practice:
        return tr("PRACTICE", "inbox badge of a training exercise");
    }
    return {};
}

QString InboxRowText::sentence(const QModelIndex &index)
{
    const QString who = pseudonym(index);
    const QString lang = language(index);
    const QString time = waitingTime(index);
    QString text;
    switch (channelOf(index)) {
    case protocol::Channel::Email:
        text = tr("Email from %1, %2, waiting %3").arg(who, lang, time);
        for (const QString &detail : mailDetails(index))
            text = tr("%1, %2", "a row's sentence and one more detail").arg(text, detail);
        break;
    case protocol::Channel::Phone:
        text = tr("Call from %1, %2, waiting %3").arg(who, lang, time);
        break;
    case protocol::Channel::Chat:
        text = tr("Chat from %1, %2, waiting %3").arg(who, lang, time);
        break;
    }
    const QList<Badge> marks = badges(index);
    for (Badge badge : marks) {
        switch (badge) {
        case Badge::Offered:
            text = tr("%1, offered to you").arg(text);
            break;
        case Badge::Urgent:
            text = tr("%1, urgent").arg(text);
            break;
        case Badge::Practice:
            text = tr("%1, practice exercise, not a real person").arg(text);
            break;
        }
    }
    return text;
}

} // namespace ecoute::ui
