// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervision/WhisperView.h"

#include "protocol/Limits.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/style/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ecoute::ui {

WhisperView::WhisperView(QWidget *parent)
    : Panel(parent), m_label(new QLabel(tr("Internal whisper:"), this)), m_input(new QLineEdit(this)),
      m_send(new QPushButton(tr("Whisper"), this))
{
    setObjectName(QStringLiteral("whisperView"));
    setAccessibleName(tr("Internal whisper"));
    setFrameShape(QFrame::StyledPanel);
    Theme::applyPanel(this, Theme::Role::Whisper);

    const QString internal = tr("Only staff see whispers, never the person.");
    m_label->setObjectName(QStringLiteral("whisperLabel"));
    m_label->setBuddy(m_input);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_input->setObjectName(QStringLiteral("whisperInput"));
    m_input->setAccessibleName(tr("Internal whisper"));
    m_input->setAccessibleDescription(internal);
    m_input->setPlaceholderText(tr("Whisper to the volunteer — only staff see this (%1 sends)")
                                    .arg(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_input->setMaxLength(protocol::Limits::maxChatTextChars);
    m_send->setObjectName(QStringLiteral("whisperButton"));
    AccessibleNames::nameAfterText(m_send, tr("Send the whisper to the volunteer; only staff see it"));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 3, 6, 3);
    row->addWidget(m_label);
    row->addWidget(m_input, 1);
    row->addWidget(m_send);

    connect(m_input, &QLineEdit::returnPressed, this, &WhisperView::sendWhisper);
    connect(m_send, &QPushButton::clicked, this, &WhisperView::sendWhisper);
    setVisible(false);
}

void WhisperView::setCanWhisper(bool canWhisper)
{
    m_canWhisper = canWhisper;
    setVisible(canWhisper);
}

void WhisperView::changeEvent(QEvent *event)
{
    Panel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) // the desktop's light, dark, high contrast
        Theme::applyPanel(this, Theme::Role::Whisper);
}

void WhisperView::sendWhisper()
{
    const QString text = m_input->text();
    if (!m_canWhisper || text.trimmed().isEmpty())
        return;
    emit whisperRequested(text);
    m_input->clear();
}

} // namespace ecoute::ui
