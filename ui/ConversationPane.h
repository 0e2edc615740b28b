// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TranscriptPresentation.h"

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

/// One conversation: transcript, composer (Ctrl+Return sends), End button.
/// It lives as long as the conversation, across reconnects, so typed text stays.
class ConversationPane : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationPane(models::Conversation &conversation, QWidget *parent = nullptr);

    models::Conversation &conversation() { return m_conversation; }
    QString composerText() const;
    /// Puts a pane (the notes about this contact) beside the conversation; the pane is owned.
    void setSidePane(QWidget *pane);
    QWidget *sidePane() const { return m_sidePane; }

    /// Asks before ending; replaceable so tests need not click a message box.
    using Confirmation = std::function<bool(QWidget *parent)>;
    void setEndConfirmation(Confirmation confirm) { m_confirmEnd = std::move(confirm); }

signals:
    void closeRequested(const QString &contactId);

private:
    void sendComposerText();
    void askToEnd();
    void updateState();

    models::Conversation &m_conversation;
    TranscriptPresentation m_presentation;
    QLabel *m_header;
    QLabel *m_status;
    QListView *m_transcript;
    QPlainTextEdit *m_composer;
    QPushButton *m_send;
    QPushButton *m_end;
    QPushButton *m_close;
    QSplitter *m_splitter;
    QPointer<QWidget> m_sidePane;
    Confirmation m_confirmEnd;
};

} // namespace ecoute::ui
