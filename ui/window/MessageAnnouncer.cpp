// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/MessageAnnouncer.h"

#include "models/conversation/Conversation.h"
#include "models/conversation/StaffMessageModel.h"
#include "models/conversation/TranscriptModel.h"
#include "models/workstation/Workstation.h"
#include "protocol/Vocabulary.h"
#include "ui/accessibility/Announcer.h"

#include <QApplication>
#include <QWidget>

namespace ecoute::ui {

MessageAnnouncer::MessageAnnouncer(models::Workstation &workstation, QWidget *window)
    : QObject(window), m_workstation(workstation), m_window(window)
{
    connect(&workstation, &models::Workstation::conversationOpened, this, &MessageAnnouncer::follow);
    for (models::Conversation *conversation : workstation.conversations().all())
        follow(conversation);
}

void MessageAnnouncer::follow(models::Conversation *conversation)
{
    if (conversation->property("ecouteAnnounced").toBool())
        return;
    conversation->setProperty("ecouteAnnounced", true);
    // One row at a time is a message arriving; a history arrives as several rows at once.
    connect(conversation->transcript(), &QAbstractItemModel::rowsInserted, this,
            [this, conversation](const QModelIndex &, int first, int last) {
                if (first != last)
                    return;
                const QModelIndex row = conversation->transcript()->index(first, 0);
                const auto from = row.data(models::TranscriptModel::FromRole).toString();
                if (protocol::fromString<protocol::Sender>(from) != protocol::Sender::Seeker)
                    return;
                announceMessage(*conversation, row.data(models::TranscriptModel::TextRole).toString());
            });
    models::StaffMessageModel *whispers = conversation->whispers();
    connect(whispers, &QAbstractItemModel::rowsInserted, this,
            [this, whispers](const QModelIndex &, int first, int last) {
                if (first != last)
                    return;
                const QModelIndex row = whispers->index(first, 0);
                const QString from = row.data(models::StaffMessageModel::FromRole).toString();
                if (from == m_workstation.session().user())
                    return; // one's own whisper
                announceWhisper(from, row.data(models::StaffMessageModel::TextRole).toString());
            });
}

void MessageAnnouncer::announceMessage(const models::Conversation &conversation, const QString &text)
{
    const QString name = conversation.contact().pseudonym;
    const bool current = &conversation == m_current;
    Announcer::announce(m_window,
                        current ? tr("%1 wrote: %2").arg(name, text) : tr("New message from %1").arg(name));
    ding();
}

void MessageAnnouncer::announceWhisper(const QString &from, const QString &text)
{
    Announcer::announce(m_window, tr("Whisper from %1 (staff only): %2").arg(from, text),
                        Announcer::Politeness::Assertive);
    ding();
}

void MessageAnnouncer::ding()
{
    if (m_sound && !m_window->isActiveWindow())
        QApplication::beep();
}

} // namespace ecoute::ui
