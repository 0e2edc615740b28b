// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace ecoute::models {
class Conversation;
class Workstation;
} // namespace ecoute::models

namespace ecoute::ui {

/// Tells the volunteer that someone wrote, without moving their focus: the message is read to a
/// screen reader (the person's words in the conversation shown, "new message from …" for another
/// one, whispers from a supervisor at once), and a short sound plays when the window is not
/// active and sounds are on. Messages that arrive with a conversation's history are not announced.
class MessageAnnouncer : public QObject
{
    Q_OBJECT

public:
    MessageAnnouncer(models::Workstation &workstation, QWidget *window);

    void setSoundEnabled(bool on) { m_sound = on; }
    /// The conversation in front of the volunteer (its messages are read in full).
    void setCurrent(const models::Conversation *conversation) { m_current = conversation; }

private:
    void follow(models::Conversation *conversation);
    void announceMessage(const models::Conversation &conversation, const QString &text);
    void announceWhisper(const QString &from, const QString &text);
    void ding();

    models::Workstation &m_workstation;
    QWidget *m_window;
    const models::Conversation *m_current = nullptr;
    bool m_sound = true;
};

} // namespace ecoute::ui
