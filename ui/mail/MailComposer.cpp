// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mail/MailComposer.h"

#include "models/connection/ErrorText.h"
#include "models/conversation/Conversation.h"
#include "models/mail/MailDrafts.h"
#include "models/mail/MailOutbox.h"
#include "models/mail/MailText.h"
#include "protocol/Limits.h"
#include "ui/accessibility/AccessibleNames.h"

#include <QAccessible>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextCursor>
#include <QVBoxLayout>

namespace ecoute::ui {

using protocol::MailReplyState;

MailComposer::MailComposer(models::Conversation &conversation, models::MailOutbox &outbox,
                           models::MailDrafts *drafts, QWidget *parent)
    : QWidget(parent), m_conversation(conversation), m_outbox(outbox), m_drafts(drafts),
      m_editor(new QPlainTextEdit(this)), m_signature(new QLineEdit(this)), m_send(new QPushButton(this)),
      m_undo(new QPushButton(this)), m_state(new QLabel(this)), m_draftHint(new QLabel(this))
{
    setObjectName(QStringLiteral("mailComposer"));
    const QString sendKeys = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    const QString undoKeys = QKeySequence(Qt::CTRL | Qt::Key_Z).toString(QKeySequence::NativeText);

    m_editor->setObjectName(QStringLiteral("mailEditor"));
    m_editor->setAccessibleName(tr("Your answer to %1").arg(conversation.contact().pseudonym));
    m_editor->setPlaceholderText(tr("Write your answer… (%1 sends)").arg(sendKeys));
    m_editor->setTabChangesFocus(true);

    auto *signatureLabel = new QLabel(tr("&First name to sign with:"), this);
    signatureLabel->setBuddy(m_signature);
    m_signature->setObjectName(QStringLiteral("mailSignature"));
    m_signature->setAccessibleName(tr("Signature"));
    m_signature->setPlaceholderText(tr("A first name you choose, never your account name"));
    m_signature->setMaxLength(64);
    m_signature->setText(outbox.signature());

    m_send->setText(tr("&Send answer"));
    m_send->setObjectName(QStringLiteral("mailSendButton"));
    AccessibleNames::nameAfterText(m_send, tr("Send this answer"));
    m_send->setToolTip(tr("Send this answer (%1); you can still undo it for a moment").arg(sendKeys));
    m_undo->setObjectName(QStringLiteral("mailUndoButton"));
    m_undo->setToolTip(tr("Take the answer back (%1)").arg(undoKeys));

    m_state->setObjectName(QStringLiteral("mailReplyState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_draftHint->setObjectName(QStringLiteral("mailDraftHint"));
    m_draftHint->setText(tr("Draft saved"));
    m_draftHint->hide();

    auto *signatureRow = new QHBoxLayout;
    signatureRow->addWidget(signatureLabel);
    signatureRow->addWidget(m_signature, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_state, 1);
    actions->addWidget(m_draftHint);
    actions->addWidget(m_undo);
    actions->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addLayout(signatureRow);
    layout->addLayout(actions);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &MailComposer::send);
    }
    // Ctrl+Z takes the answer back while it waits; the editor is read-only then, so it is free.
    auto *undo = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z), this);
    undo->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QShortcut::activated, this, [this] {
        if (m_outbox.current(m_conversation.contactId()).canBeWithdrawn())
            takeBack();
    });

    connect(m_send, &QPushButton::clicked, this, &MailComposer::send);
    connect(m_undo, &QPushButton::clicked, this, &MailComposer::takeBack);
    connect(m_signature, &QLineEdit::editingFinished, this,
            [this] { m_outbox.setSignature(m_signature->text()); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_draftHint->hide();
        if (!m_settingText && m_drafts && !m_editor->isReadOnly())
            m_drafts->setDraft(m_conversation.contactId(), m_editor->toPlainText());
    });
    connect(&m_outbox, &models::MailOutbox::replyChanged, this, [this](const QString &contactId) {
        if (contactId != m_conversation.contactId())
            return;
        m_notice.clear(); // news of the answer: what was said about the last attempt is over
        updateState();
    });
    connect(&m_outbox, &models::MailOutbox::textReturned, this, &MailComposer::onTextReturned);
    if (m_drafts) {
        connect(m_drafts, &models::MailDrafts::saved, this, [this](const QString &contactId) {
            if (contactId == m_conversation.contactId() && !m_editor->toPlainText().isEmpty())
                m_draftHint->show();
        });
        connect(m_drafts, &models::MailDrafts::available, this, &MailComposer::loadDraft);
    }
    for (auto signal : {&models::Conversation::ended, &models::Conversation::released}) {
        connect(&m_conversation, signal, this, [this] {
            if (m_drafts)
                m_drafts->flush(); // the thread leaves the screen: its draft is written now
            updateState();
        });
    }
    connect(&m_conversation, &models::Conversation::onlineChanged, this, &MailComposer::updateState);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &MailComposer::updateState);

    loadDraft();
    updateState();
}

MailComposer::~MailComposer()
{
    if (m_drafts)
        m_drafts->flush();
}

QString MailComposer::text() const
{
    return m_editor->toPlainText();
}

void MailComposer::setText(const QString &text)
{
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
}

void MailComposer::setEditorText(const QString &text)
{
    m_settingText = true; // not an edit: the draft follows the outbox, not this
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
    m_settingText = false;
}

QString MailComposer::stateText() const
{
    return m_state->text();
}

bool MailComposer::draftSavedShown() const
{
    return m_draftHint->isVisibleTo(this);
}

void MailComposer::loadDraft()
{
    if (!m_drafts || !m_editor->toPlainText().isEmpty() || m_outbox.isBusy(m_conversation.contactId()))
        return;
    const QString draft = m_drafts->draft(m_conversation.contactId());
    if (!draft.isEmpty())
        setEditorText(draft);
}

void MailComposer::send()
{
    if (!m_conversation.canWrite() || m_editor->isReadOnly())
        return;
    m_outbox.setSignature(m_signature->text());
    const QString text = m_editor->toPlainText();
    using Result = models::MailOutbox::SendResult;
    switch (m_outbox.reply(m_conversation.contactId(), text)) {
    case Result::Sent:
        m_notice.clear();
        setEditorText({}); // the draft stays until the server holds the answer
        break;
    case Result::Empty:
        break;
    case Result::TooLong:
        m_notice =
            tr("The answer is too long: %n characters, at most %1. Please shorten it.", "", int(text.size()))
                .arg(protocol::Limits::maxMailTextChars);
        break;
    case Result::Busy:
        m_notice = tr("Your previous answer is still on its way; take it back first to change it.");
        break;
    case Result::Offline:
        m_notice = tr("Not connected: your answer stays here as a draft; send it again once the connection "
                      "is back.");
        break;
    }
    updateState();
    m_editor->setFocus();
}

void MailComposer::takeBack()
{
    m_outbox.withdraw(m_conversation.contactId());
}

void MailComposer::onTextReturned(const QString &contactId, const QString &text, const QString &why)
{
    if (contactId != m_conversation.contactId())
        return;
    const models::MailReply reply = m_outbox.current(contactId);
    const bool returned =
        reply.state == MailReplyState::Returned && reply.text == text && reply.comment == why;
    m_notice = returned ? models::MailText::returned(why) : why;
    // The words come back where they were written; anything typed meanwhile stays after them.
    const QString typed = m_editor->toPlainText();
    setEditorText(typed.trimmed().isEmpty() || typed == text ? text : text + QStringLiteral("\n\n") + typed);
    updateState();
    QAccessibleEvent event(m_state, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void MailComposer::updateState()
{
    const QString contactId = m_conversation.contactId();
    const models::MailReply reply = m_outbox.current(contactId);
    const bool submitting = m_outbox.isSubmitting(contactId);
    const bool busy = m_outbox.isBusy(contactId);
    QString state;
    QString undo;
    if (submitting) {
        state = tr("Sending…");
    } else if (reply.isValid()) {
        switch (*reply.state) {
        case MailReplyState::Scheduled:
            state = models::MailText::sendingIn(m_outbox.secondsUntilSent(contactId));
            undo = tr("Undo");
            break;
        case MailReplyState::PendingReview:
            state = models::MailText::replyState(*reply.state);
            undo = tr("Withdraw");
            break;
        case MailReplyState::Returned:
            state = models::MailText::returned(reply.comment);
            break;
        case MailReplyState::Cancelled:
            state = tr("Taken back: your answer is in the editor again.");
            break;
        case MailReplyState::Sending:
        case MailReplyState::Sent:
        case MailReplyState::Failed:
            state = models::MailText::replyState(*reply.state);
            break;
        }
    }
    if (!m_notice.isEmpty() && !busy)
        state = m_notice;
    if (!m_conversation.canWrite())
        state = tr("This thread is no longer yours to answer.");
    else if (!m_conversation.isOnline() && !busy)
        state = tr("Offline: your draft is kept; send it once the connection is back.");
    m_state->setText(state);
    m_state->setAccessibleName(state);
    m_undo->setText(undo);
    m_undo->setVisible(!undo.isEmpty());
    if (!undo.isEmpty())
        AccessibleNames::nameAfterText(m_undo, tr("Take the answer back; its text comes back here"));
    const bool writable = m_conversation.canWrite() && !busy;
    m_editor->setReadOnly(!writable);
    m_send->setEnabled(writable);
    m_signature->setEnabled(m_conversation.canWrite());
    if (reply.state == MailReplyState::Scheduled && !submitting)
        m_countdown.start();
    else
        m_countdown.stop();
}

} // namespace ecoute::ui
