// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/conversation/EndConversationDialog.h"
#include "ui/conversation/TranscriptPresentation.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSplitter;

namespace ecoute::models {
class Conversation;
}

namespace ecoute::ui {

class WhisperView;

/// One conversation: transcript, composer (Ctrl+Return sends), End (with "hard
/// contact"), Transfer… (Ctrl+Shift+T) and Urgent (Ctrl+Shift+U). A handover note
/// from a colleague shows above the transcript, apart from it. It lives as long as
/// the conversation, across reconnects, so typed text stays; when the conversation
/// ends or leaves this workstation it turns read-only and keeps what was typed.
/// Supervision: a banner says unmistakably when a supervisor is in the
/// conversation; whispers show apart from the transcript. A listening supervisor
/// reads, whispers, takes over (Ctrl+Shift+O) or leaves (Ctrl+Shift+L).
/// Practice: a blue banner and the header say it is a training exercise. A
/// trainer playing the person writes as them, whispers to the trainee and ends
/// the exercise from here.
class ConversationPane : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationPane(models::Conversation &conversation, QWidget *parent = nullptr);

    models::Conversation &conversation() { return m_conversation; }
    QString composerText() const;
    /// Replaces what is in the composer (e.g. a scenario's opening for a trainer) and focuses it.
    void setComposerText(const QString &text);
    /// Puts a pane (the notes about this contact) beside the conversation; the pane is owned.
    void setSidePane(QWidget *pane);
    QWidget *sidePane() const { return m_sidePane; }

    /// Asks before ending (and whether it was hard); replaceable so tests need not click a dialog.
    using Confirmation = std::function<EndConversationDialog::Choice(QWidget *parent)>;
    void setEndConfirmation(Confirmation confirm) { m_confirmEnd = std::move(confirm); }

    /// The explanation under the header (ended, offline, passed on), empty when hidden.
    QString statusText() const;
    /// The supervision banner ("Supervisor X is listening"), empty when hidden.
    QString supervisionText() const;
    /// The practice banner (a training exercise, not a real person), empty when hidden.
    QString practiceText() const;
    WhisperView *whisperView() const { return m_whispers; }
    /// This workstation's user name (their own whispers say "You").
    void setSelf(const QString &user);

signals:
    void closeRequested(const QString &contactId);
    void transferRequested(const QString &contactId);
    void whisperRequested(const QString &contactId, const QString &text);
    void takeOverRequested(const QString &contactId);
    void leaveRequested(const QString &contactId);

private:
    void sendComposerText();
    void askToEnd();
    void updateState();
    void updateHandover();
    void updateSupervision();

    models::Conversation &m_conversation;
    TranscriptPresentation m_presentation;
    QLabel *m_header;
    QLabel *m_status;
    QLabel *m_handover;
    QLabel *m_supervisionBanner;
    QLabel *m_practiceBanner;
    WhisperView *m_whispers;
    QPushButton *m_takeOver;
    QPushButton *m_leave;
    QListView *m_transcript;
    QPlainTextEdit *m_composer;
    QPushButton *m_send;
    QPushButton *m_end;
    QPushButton *m_close;
    QPushButton *m_transfer;
    QPushButton *m_urgent;
    QSplitter *m_splitter;
    QPointer<QWidget> m_sidePane;
    Confirmation m_confirmEnd;
};

} // namespace ecoute::ui
