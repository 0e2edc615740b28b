// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationPane.h"

#include "models/Conversation.h"
#include "protocol/Limits.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace ecoute::ui {

namespace {
bool askWithMessageBox(QWidget *parent)
{
    return QMessageBox::question(parent, ConversationPane::tr("End conversation"),
                                 ConversationPane::tr("End this conversation? The person will be told that "
                                                      "the conversation has ended."),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}
} // namespace

ConversationPane::ConversationPane(models::Conversation &conversation, QWidget *parent)
    : QWidget(parent), m_conversation(conversation), m_header(new QLabel(this)), m_status(new QLabel(this)),
      m_transcript(new QListView(this)), m_composer(new QPlainTextEdit(this)),
      m_send(new QPushButton(tr("&Send"), this)), m_end(new QPushButton(tr("&End conversation…"), this)),
      m_close(new QPushButton(tr("C&lose"), this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_confirmEnd(askWithMessageBox)
{
    m_presentation.setSeekerName(conversation.contact().pseudonym);
    m_presentation.setSourceModel(conversation.transcript());

    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_header->setObjectName(QStringLiteral("conversationHeader"));
    m_status->setObjectName(QStringLiteral("conversationStatus"));
    m_status->setWordWrap(true);

    m_transcript->setObjectName(QStringLiteral("transcriptView"));
    m_transcript->setAccessibleName(tr("Conversation with %1").arg(conversation.contact().pseudonym));
    m_transcript->setModel(&m_presentation);
    m_transcript->setWordWrap(true);
    m_transcript->setUniformItemSizes(false);
    m_transcript->setSelectionMode(QAbstractItemView::NoSelection);
    m_transcript->setFocusPolicy(Qt::StrongFocus);

    m_composer->setObjectName(QStringLiteral("composer"));
    m_composer->setAccessibleName(tr("Your reply"));
    const QString sendKeys = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    m_composer->setPlaceholderText(tr("Write your reply… (%1 sends)").arg(sendKeys));
    m_composer->setTabChangesFocus(true);
    m_composer->setMaximumHeight(120);

    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAccessibleName(tr("Send reply"));
    m_send->setToolTip(tr("Send (%1)").arg(sendKeys));
    m_end->setObjectName(QStringLiteral("endButton"));
    m_end->setAccessibleName(tr("End conversation"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Close this conversation"));

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ConversationPane::sendComposerText);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_end);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    buttons->addWidget(m_send);

    // The conversation column; a side pane (the notes) can be put beside it.
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_status);
    layout->addWidget(m_transcript, 1);
    layout->addWidget(m_composer);
    layout->addLayout(buttons);
    m_splitter->setObjectName(QStringLiteral("conversationSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(column);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_splitter);

    connect(m_send, &QPushButton::clicked, this, &ConversationPane::sendComposerText);
    connect(m_end, &QPushButton::clicked, this, &ConversationPane::askToEnd);
    connect(m_close, &QPushButton::clicked, this,
            [this] { emit closeRequested(m_conversation.contactId()); });
    connect(&m_conversation, &models::Conversation::ended, this, &ConversationPane::updateState);
    connect(&m_conversation, &models::Conversation::onlineChanged, this, &ConversationPane::updateState);
    connect(&m_conversation, &models::Conversation::contactChanged, this, &ConversationPane::updateState);
    connect(&m_presentation, &QAbstractItemModel::rowsInserted, m_transcript, &QListView::scrollToBottom);

    updateState();
}

void ConversationPane::setSidePane(QWidget *pane)
{
    if (m_sidePane == pane)
        return;
    delete m_sidePane;
    m_sidePane = pane;
    if (!pane)
        return;
    m_splitter->addWidget(pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
}

QString ConversationPane::composerText() const
{
    return m_composer->toPlainText();
}

void ConversationPane::sendComposerText()
{
    const QString text = m_composer->toPlainText();
    if (text.size() > protocol::Limits::maxChatTextChars) {
        m_status->setText(
            tr("The message is too long: %n characters, at most %1. Please shorten it.", "", int(text.size()))
                .arg(protocol::Limits::maxChatTextChars));
        m_status->show();
    } else if (m_conversation.send(text)) {
        m_composer->clear();
        updateState();
    }
    m_composer->setFocus();
}

void ConversationPane::askToEnd()
{
    if (!m_conversation.isEnded() && m_confirmEnd(this))
        m_conversation.end();
}

void ConversationPane::updateState()
{
    const models::Contact &contact = m_conversation.contact();
    m_header->setText(tr("%1 · %2").arg(contact.pseudonym, contact.language.toUpper()));
    const bool ended = m_conversation.isEnded();
    if (ended) {
        const QString by = m_conversation.endedBy();
        m_status->setText(by == QLatin1String("seeker") ? tr("The person has left the conversation.")
                                                        : tr("The conversation has ended."));
    } else if (!m_conversation.isOnline()) {
        m_status->setText(tr("Offline: your messages will be sent as soon as the connection is back."));
    }
    m_status->setVisible(ended || !m_conversation.isOnline());
    m_composer->setReadOnly(ended);
    m_send->setEnabled(!ended);
    m_end->setVisible(!ended);
    m_close->setVisible(ended);
}

} // namespace ecoute::ui
