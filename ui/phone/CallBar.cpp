// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/phone/CallBar.h"

#include "models/conversation/Conversation.h"
#include "models/phone/CallSession.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/accessibility/Announcer.h"
#include "ui/accessibility/ChoiceButton.h"
#include "ui/phone/LevelMeter.h"
#include "ui/style/Theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::CallEnd;
using models::CallSession;
using protocol::CallSupervisorMode;
using State = models::CallSession::State;

namespace {
const QKeySequence kHoldKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
const QKeySequence kMuteKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_M);

/// Endings the volunteer must notice and act on (a device, the network), not a call that was over.
bool isFailure(CallEnd end)
{
    switch (end) {
    case CallEnd::None:
    case CallEnd::HungUp:
    case CallEnd::RemoteHangUp:
    case CallEnd::ContactClosed:
    case CallEnd::Dropped:
    case CallEnd::OtherCall:
        return false;
    default:
        return true;
    }
}
} // namespace

CallBar::CallBar(models::Conversation &conversation, QWidget *parent)
    : Panel(parent), m_conversation(conversation), m_state(new QLabel(this)), m_timer(new QLabel(this)),
      m_microphone(new LevelMeter(tr("Microphone level"), this)),
      m_speaker(new LevelMeter(tr("Speaker level"), this)), m_modes(new Panel(this)),
      m_modeGroup(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("callBar"));
    setAccessibleName(tr("Phone call"));
    setFrameShape(QFrame::StyledPanel);

    m_state->setObjectName(QStringLiteral("callState"));
    m_state->setWordWrap(true);
    m_state->setAccessibleDescription(tr("Where the call stands")); // live text: read as it is
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_timer->setObjectName(QStringLiteral("callTimer"));
    m_timer->setAccessibleDescription(tr("Time on the call"));
    m_microphone->setObjectName(QStringLiteral("microphoneLevel"));
    m_speaker->setObjectName(QStringLiteral("speakerLevel"));

    m_hold = AccessibleNames::makeButton(tr("Hold"), QStringLiteral("holdButton"),
                                         tr("Put the caller on hold: they hear the hold message"), kHoldKeys,
                                         this);
    m_mute = AccessibleNames::makeButton(tr("Mute"), QStringLiteral("muteButton"),
                                         tr("Nobody on the call hears your microphone"), kMuteKeys, this);
    m_end = AccessibleNames::makeButton(tr("End call…"), QStringLiteral("endCallButton"),
                                        tr("Hang up and end this contact"), this);

    // A supervisor's part in the call: one choice at a time, a radio group for assistive technology.
    m_modes->setObjectName(QStringLiteral("callModes"));
    m_modes->setAccessibleName(tr("Your part in the call"));
    auto *modesLayout = new QHBoxLayout(m_modes);
    modesLayout->setContentsMargins(0, 0, 0, 0);
    const struct
    {
        CallSupervisorMode mode;
        QString text;
        const char *objectName;
        QString description;
    } modes[] = {
        {CallSupervisorMode::Listen, tr("Listen"), "listenButton", tr("Hear the call; nobody hears you")},
        {CallSupervisorMode::Whisper, tr("Whisper"), "whisperButton",
         tr("Speak to the volunteer only; the caller does not hear you")},
        {CallSupervisorMode::Barge, tr("Barge in"), "bargeButton",
         tr("Speak to the caller and the volunteer")},
    };
    for (const auto &choice : modes) {
        auto *button = new ChoiceButton(choice.text, m_modes);
        button->setObjectName(QLatin1String(choice.objectName));
        button->setAutoDefault(false);
        button->setAccessibleName(choice.text); // the visible text (WCAG 2.5.3)
        button->setAccessibleDescription(choice.description);
        button->setToolTip(choice.description);
        m_modeGroup->addButton(button, int(choice.mode));
        modesLayout->addWidget(button);
    }
    m_modeGroup->setExclusive(true);
    m_modeGroup->button(int(CallSupervisorMode::Listen))->setChecked(true);

    // Two rows: where the call stands, then what one can do (room for the longer languages).
    auto *status = new QHBoxLayout;
    status->addWidget(m_state, 1);
    status->addWidget(m_timer);
    status->addWidget(m_microphone);
    status->addWidget(m_speaker);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_modes);
    actions->addWidget(m_hold);
    actions->addWidget(m_mute);
    actions->addStretch(1);
    actions->addWidget(m_end);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(status);
    layout->addLayout(actions);

    connect(m_hold, &QPushButton::clicked, this, [this] {
        if (m_call)
            m_call->setHold(!m_call->isHeld());
    });
    connect(m_mute, &QPushButton::clicked, this, [this] {
        if (m_call)
            m_call->setMuted(!m_call->isMuted());
    });
    connect(m_end, &QPushButton::clicked, this, &CallBar::endRequested);
    connect(m_modeGroup, &QButtonGroup::idClicked, this, [this](int id) {
        if (m_call)
            m_call->setMode(CallSupervisorMode(id));
        refresh(); // shows what was asked, or what still holds if nothing could be asked
    });
    connect(&m_conversation, &models::Conversation::accessChanged, this, &CallBar::refresh);
    connect(&m_conversation, &models::Conversation::ended, this, &CallBar::refresh);
    connect(&m_conversation, &models::Conversation::released, this, &CallBar::refresh);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &CallBar::refreshTimer);
    refresh();
}

void CallBar::setCall(CallSession *call)
{
    if (m_call == call)
        return;
    if (m_call)
        m_call->disconnect(this);
    m_call = call;
    if (call) {
        connect(call, &CallSession::stateChanged, this, &CallBar::onStateChanged);
        connect(call, &CallSession::mutedChanged, this, &CallBar::refresh);
        connect(call, &CallSession::modeChanged, this, &CallBar::refresh);
        connect(call, &CallSession::levelsChanged, this, [this](float inputDb, float outputDb) {
            m_microphone->setLevel(inputDb);
            m_speaker->setLevel(outputDb);
        });
        connect(call, &QObject::destroyed, this, &CallBar::refresh);
    }
    refresh();
}

QString CallBar::stateText() const
{
    if (!m_call)
        return m_conversation.isOpen() ? tr("Connecting…") : tr("The call has ended.");
    switch (m_call->state()) {
    case State::Connecting:
        return tr("Connecting…");
    case State::Ringing:
        return tr("Ringing…");
    case State::Connected:
        return m_call->isMuted() ? tr("On the call (your microphone is muted)") : tr("On the call");
    case State::Held:
        return tr("On hold");
    case State::Ended:
        return m_call->endText();
    }
    return {};
}

QString CallBar::timerText() const
{
    if (!m_call || (m_call->elapsedMs() == 0 && !(m_call->state() == State::Connected || m_call->isHeld())))
        return {};
    return models::CallText::duration(m_call->elapsedMs());
}

void CallBar::onStateChanged()
{
    refresh();
    Announcer::announce(this, stateText());
}

void CallBar::relabel(QPushButton *button, const QString &text, const QString &description)
{
    if (button->text() == text)
        return;
    const QKeySequence keys = button->shortcut();
    button->setText(text);
    button->setShortcut(keys); // setText replaced it with the text's mnemonic (none)
    button->setAccessibleDescription(description);
    button->setToolTip(tr("%1 (%2)").arg(description, keys.toString(QKeySequence::NativeText)));
    AccessibleNames::nameAfterText(button);
}

void CallBar::refreshTimer()
{
    const QString text = timerText();
    m_timer->setText(text);
    m_timer->setVisible(!text.isEmpty());
}

void CallBar::refresh()
{
    const State state = m_call ? m_call->state() : State::Connecting;
    const bool live = m_call && !m_call->isEnded();
    const bool talking = live && (state == State::Connected || state == State::Held);
    const bool open = m_conversation.isOpen();
    using Access = models::Conversation::Access;
    const bool answering = m_conversation.isActive();
    const bool supervising = open && m_conversation.access() == Access::Supervising;

    m_state->setText(stateText());
    refreshTimer();
    m_microphone->setVisible(talking);
    m_speaker->setVisible(talking);
    if (!talking) {
        m_microphone->setLevel(CallSession::minimumDb);
        m_speaker->setLevel(CallSession::minimumDb);
    }
    if (talking && !m_tick.isActive())
        m_tick.start();
    else if (!talking)
        m_tick.stop();

    // Hidden controls also free their shortcuts (only the call shown answers Ctrl+Shift+H/M).
    m_hold->setVisible(live && answering);
    m_hold->setEnabled(talking);
    if (m_call && m_call->isHeld())
        relabel(m_hold, tr("Resume"), tr("Take the caller off hold"));
    else
        relabel(m_hold, tr("Hold"), tr("Put the caller on hold: they hear the hold message"));
    m_mute->setVisible(live);
    if (m_call && m_call->isMuted())
        relabel(m_mute, tr("Unmute"), tr("Let the call hear your microphone again"));
    else
        relabel(m_mute, tr("Mute"), tr("Nobody on the call hears your microphone"));
    m_end->setVisible(answering);

    m_modes->setVisible(live && supervising);
    m_modes->setEnabled(talking);
    if (m_call) {
        if (QAbstractButton *shown = m_modeGroup->button(int(m_call->shownMode())))
            shown->setChecked(true);
    }

    if (m_call && m_call->isEnded())
        Theme::applyPanel(this, isFailure(m_call->endCause()) ? Theme::Role::Error : Theme::Role::Notice);
    else if (state == State::Held)
        Theme::applyPanel(this, Theme::Role::Warning);
    else if (talking)
        Theme::applyPanel(this, Theme::Role::Success);
    else
        Theme::applyPanel(this, open ? Theme::Role::Offer : Theme::Role::Notice);
}

} // namespace ecoute::ui
