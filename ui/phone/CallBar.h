// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/phone/CallSession.h"
#include "ui/accessibility/Panel.h"

#include <QPointer>
#include <QTimer>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace ecoute::models {
class Conversation;
}

namespace ecoute::ui {

class LevelMeter;

/// The call of a phone contact, above its transcript: where the call stands ("Connecting…",
/// "On the call", "On hold", why it ended), how long it has lasted, the microphone's and the
/// speaker's levels, and what one may do: the volunteer holds or resumes (Ctrl+Shift+H), mutes
/// (Ctrl+Shift+M) and ends the call (the conversation's own end, with its confirmation); a
/// supervisor on the call listens, whispers to the volunteer or barges in (a radio group; the
/// pane's Take over stays where it is). Everything is a request to the server, which decides
/// who hears whom. State changes are announced to screen readers. A panel for assistive
/// technology.
class CallBar : public Panel
{
    Q_OBJECT

public:
    explicit CallBar(models::Conversation &conversation, QWidget *parent = nullptr);

    /// The call shown (null before the server placed it); the bar follows it from then on.
    void setCall(models::CallSession *call);
    models::CallSession *call() const { return m_call; }

    QString stateText() const;
    /// mm:ss, hh:mm:ss after an hour; empty before the call is connected.
    QString timerText() const;
    LevelMeter *microphoneLevel() const { return m_microphone; }
    LevelMeter *speakerLevel() const { return m_speaker; }

signals:
    /// End call: the pane ends the conversation its usual way.
    void endRequested();

private:
    void refresh();
    void refreshTimer();
    void onStateChanged();
    void relabel(QPushButton *button, const QString &text, const QString &description);

    models::Conversation &m_conversation;
    QPointer<models::CallSession> m_call;
    QLabel *m_state;
    QLabel *m_timer;
    LevelMeter *m_microphone;
    LevelMeter *m_speaker;
    QPushButton *m_hold;
    QPushButton *m_mute;
    QPushButton *m_end;
    Panel *m_modes;
    QButtonGroup *m_modeGroup;
    QTimer m_tick;
};

} // namespace ecoute::ui
