// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervision/WhisperView.h"

#include "models/conversation/StaffMessageModel.h"
#include "protocol/Limits.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

WhisperView::WhisperView(models::StaffMessageModel &whispers, QWidget *parent)
    : QFrame(parent), m_presentation(StaffMessagePresentation::Kind::Whisper), m_title(new QLabel(this)),
      m_list(new QListView(this)), m_input(new QLineEdit(this)), m_send(new QPushButton(tr("Whisper"), this))
{
    setObjectName(QStringLiteral("whisperView"));
    setAccessibleName(tr("Whispers between supervisor and volunteer"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xe0, 0xb2));
    p.setColor(QPalette::WindowText, Qt::black);
    setPalette(p);

    m_presentation.setSourceModel(&whispers);
    m_title->setObjectName(QStringLiteral("whisperTitle"));
    m_title->setText(tr("Whispers (internal, never shown to the person)"));
    m_title->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("whisperList"));
    m_list->setAccessibleName(tr("Whispers"));
    m_list->setModel(&m_presentation);
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setMaximumHeight(110);
    m_input->setObjectName(QStringLiteral("whisperInput"));
    m_input->setAccessibleName(tr("Whisper to the volunteer"));
    m_input->setPlaceholderText(tr("Whisper to the volunteer… (%1 sends)")
                                    .arg(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_input->setMaxLength(protocol::Limits::maxChatTextChars);
    m_send->setObjectName(QStringLiteral("whisperButton"));
    m_send->setAccessibleName(tr("Send the whisper to the volunteer"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addLayout(row);

    connect(m_input, &QLineEdit::returnPressed, this, &WhisperView::sendWhisper);
    connect(m_send, &QPushButton::clicked, this, &WhisperView::sendWhisper);
    connect(&m_presentation, &QAbstractItemModel::rowsInserted, this, [this] {
        updateVisibility();
        m_list->scrollToBottom();
    });
    updateVisibility();
}

int WhisperView::count() const
{
    return m_presentation.rowCount();
}

void WhisperView::setCanWhisper(bool canWhisper)
{
    m_canWhisper = canWhisper;
    updateVisibility();
}

void WhisperView::sendWhisper()
{
    const QString text = m_input->text();
    if (!m_canWhisper || text.trimmed().isEmpty())
        return;
    emit whisperRequested(text);
    m_input->clear();
}

void WhisperView::updateVisibility()
{
    m_input->setVisible(m_canWhisper);
    m_send->setVisible(m_canWhisper);
    m_list->setVisible(count() > 0);
    setVisible(m_canWhisper || count() > 0);
}

} // namespace ecoute::ui
