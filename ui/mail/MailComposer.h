// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace ecoute::models {
class Conversation;
class MailDrafts;
class MailOutbox;
} // namespace ecoute::models

namespace ecoute::ui {

/// Writing an e-mail answer under the thread: the letter, the signature (a chosen first name,
/// remembered), Send (Ctrl+Return), then where the answer stands: "Sending in 1:59 — Undo"
/// (Ctrl+Z), waiting for a review (Withdraw), returned with the supervisor's comment (the text is
/// back in the editor), sent, undeliverable. Drafts are saved a moment after each pause.
class MailComposer : public QWidget
{
    Q_OBJECT

public:
    /// drafts may be null (no vault): nothing is saved.
    MailComposer(models::Conversation &conversation, models::MailOutbox &outbox, models::MailDrafts *drafts,
                 QWidget *parent = nullptr);
    ~MailComposer() override;

    QString text() const;
    void setText(const QString &text);
    /// The line under the editor: where the answer stands (empty when there is nothing to say).
    QString stateText() const;
    bool draftSavedShown() const;
    QPlainTextEdit *editor() const { return m_editor; }
    QLineEdit *signatureField() const { return m_signature; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *undoButton() const { return m_undo; }
    /// Tests pass a clock for the countdown; the outbox's own clock counts it.
    void refresh() { updateState(); }

public slots:
    void send();
    /// Undo (scheduled) or withdraw (waiting for review).
    void takeBack();

private:
    void updateState();
    void loadDraft();
    void onTextReturned(const QString &contactId, const QString &text, const QString &why);
    void setEditorText(const QString &text);

    models::Conversation &m_conversation;
    models::MailOutbox &m_outbox;
    QPointer<models::MailDrafts> m_drafts;
    QPlainTextEdit *m_editor;
    QLineEdit *m_signature;
    QPushButton *m_send;
    QPushButton *m_undo;
    QLabel *m_state;
    QLabel *m_draftHint;
    QTimer m_countdown;
    QString m_notice; ///< a sentence about the last attempt (returned, refused, offline…)
    bool m_settingText = false;
};

} // namespace ecoute::ui
