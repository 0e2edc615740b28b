// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/conversation/EndConversationDialog.h"
#include "ui/conversation/TimelineModel.h"
#include "ui/conversation/TranscriptPresentation.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QShortcut;
class QSplitter;
class QVBoxLayout;

namespace ecoute::models {
class CallList;
class Conversation;
class MailDrafts;
class MailOutbox;
class PendingReports;
class ReportForm;
class RiskCaseList;
} // namespace ecoute::models

namespace ecoute::ui {

class BannerLabel;
class ContactReporting;
class CallBar;
class MailComposer;
class MailThreadView;
class ReportPane;
class RiskPanel;
class TranscriptView;
class WhisperView;

/// One conversation: transcript (bubbles, TranscriptView), composer (Ctrl+Return sends),
/// End (with "hard contact"), Transfer… (Ctrl+Shift+T) and Urgent (Ctrl+Shift+U). A
/// handover note from a colleague shows above the transcript, apart from it. It lives as
/// long as the conversation, across reconnects, so typed text stays; when the
/// conversation ends or leaves this workstation it turns read-only and keeps what was typed.
/// Supervision: a banner (an alert for screen readers) says unmistakably when a supervisor
/// is in the conversation; whispers show in the transcript where they were said, as
/// internal rows. A listening supervisor reads, whispers (the box under the transcript),
/// takes over (Ctrl+Shift+O) or leaves (Ctrl+Shift+L).
/// Phone: a call bar (CallBar) above the transcript; the caller cannot read, so there is no reply
/// box (notes and whispers stay), and the call bar's End call replaces End conversation.
/// E-mail: the thread shows as letters (MailThreadView) and the answer is written in a MailComposer
/// (undo delay, review, drafts) instead of the chat transcript and reply box; notes, supervision
/// and transfer stay as for a chat. The header says the answer deadline ("answer within 5 h",
/// refreshed every minute) and the thread's length; "Block this writer…" (Ctrl+Shift+B, after a
/// confirmation) stops the writer's mail reaching the line, and Unblock undoes it.
/// Reports: once a contact the volunteer answered has ended, the report form (ReportPane) shows
/// under the transcript for the wrap-up. "Imminent risk…" (Ctrl+Shift+G), marking the risk imminent
/// in the report, an urgent contact or an open case put the imminent-risk panel (RiskPanel) beside
/// the conversation. insertReferral() puts a service from the referral directory into the reply.
/// Practice: a banner, the header and the person's bubbles say it is a training exercise.
/// A trainer playing the person writes as them, whispers to the trainee and ends the
/// exercise from here.
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

    /// Asks before blocking (block) or unblocking the writer of an e-mail thread; replaceable for tests.
    using BlockConfirmation = std::function<bool(QWidget *parent, bool block)>;
    void setBlockConfirmation(BlockConfirmation confirm) { m_confirmBlock = std::move(confirm); }
    /// The confirmation asked by default (a message box; Enter or Escape keeps things as they are).
    static bool confirmBlock(QWidget *parent, bool block);
    /// Now, for the e-mail deadline in the header; tests pass their clock.
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock);

    /// The line above the conversation: pseudonym, language, urgent; for an e-mail thread its
    /// deadline and length.
    QString headerText() const;
    /// The explanation under the header (ended, offline, passed on), empty when hidden.
    QString statusText() const;
    /// The supervision banner ("Supervisor X is listening"), empty when hidden.
    QString supervisionText() const;
    /// The practice banner (a training exercise, not a real person), empty when hidden.
    QString practiceText() const;
    /// The box to whisper (visible to whoever may whisper); whispers show in the transcript.
    WhisperView *whisperView() const { return m_whispers; }
    TranscriptView *transcriptView() const { return m_transcript; }
    /// The transcript's rows as the view shows them (messages and whispers, in time order).
    const TranscriptPresentation &presentation() const { return m_presentation; }
    /// This workstation's user name (their own whispers say "You").
    void setSelf(const QString &user);
    /// The workstation's calls: a phone contact's call bar follows its call from now on.
    void setCalls(models::CallList *calls);
    /// The call bar (shown for a phone contact only).
    CallBar *callBar() const { return m_callBar; }
    /// A phone contact: a call, not a chat.
    bool isPhone() const;
    /// An e-mail thread: letters, not chat lines.
    bool isEmail() const;
    /// The workstation's e-mail answers and drafts: an e-mail thread gets its composer from now on.
    void setMail(models::MailOutbox *outbox, models::MailDrafts *drafts);
    /// Shown for an e-mail thread only (null otherwise).
    MailThreadView *mailThreadView() const { return m_mailThread; }
    /// Null until setMail for an e-mail thread.
    MailComposer *mailComposer() const { return m_mailComposer; }
    /// "Block this writer…" / "Unblock this writer…" (null until setMail for an e-mail thread).
    QPushButton *blockButton() const { return m_block; }
    /// The report of an ended contact and the imminent-risk panel need these (not owned).
    void setReporting(models::PendingReports *reports, models::ReportForm *form, models::RiskCaseList *risks);
    /// Null until setReporting; shown once the contact has ended.
    ReportPane *reportPane() const;
    /// Null until first shown.
    RiskPanel *riskPanel() const;
    /// Shows the imminent-risk panel beside the conversation; openCase: start the case now.
    void showRiskPanel(bool openCase);
    /// A service from the referral directory: its text goes into the reply (chat or e-mail) and the
    /// service into the report as a referral.
    void insertReferral(const QString &text, const QString &serviceId, const QString &serviceName = {});

signals:
    void closeRequested(const QString &contactId);
    void transferRequested(const QString &contactId);
    void whisperRequested(const QString &contactId, const QString &text);
    void takeOverRequested(const QString &contactId);
    void leaveRequested(const QString &contactId);
    /// "Referral…": the volunteer looks for a service in the referral directory.
    void referralRequested(const QString &contactId);
    /// Ask a supervisor now (from the imminent-risk panel): the window's urgent request.
    void urgentSupervisionRequested(const QString &contactId);

private:
    void sendComposerText();
    void askToEnd();
    void askToBlock();
    void updateState();
    void updateHeader();
    void updateBlock();
    void updateHandover();
    void updateSupervision();

    models::Conversation &m_conversation;
    TimelineModel m_timeline;
    TranscriptPresentation m_presentation;
    QLabel *m_header;
    QLabel *m_status;
    BannerLabel *m_handover;
    BannerLabel *m_supervisionBanner;
    BannerLabel *m_practiceBanner;
    CallBar *m_callBar;
    WhisperView *m_whispers;
    QPushButton *m_takeOver;
    QPushButton *m_leave;
    TranscriptView *m_transcript;
    QPlainTextEdit *m_composer;
    QPushButton *m_send;
    QPushButton *m_end;
    QPushButton *m_close;
    QPushButton *m_transfer;
    QPushButton *m_urgent;
    MailThreadView *m_mailThread = nullptr;
    MailComposer *m_mailComposer = nullptr;
    QPushButton *m_block = nullptr;
    QPushButton *m_riskButton;
    QPushButton *m_referralButton;
    QList<QShortcut *> m_sendShortcuts;
    ContactReporting *m_reporting = nullptr;
    QPointer<models::MailOutbox> m_mailOutbox;
    QHBoxLayout *m_buttons = nullptr;
    QTimer m_deadlineTick; ///< the e-mail deadline moves on while the pane is shown
    Clock m_clock;
    QVBoxLayout *m_column = nullptr;
    QSplitter *m_splitter;
    QPointer<QWidget> m_sidePane;
    Confirmation m_confirmEnd;
    BlockConfirmation m_confirmBlock;
};

} // namespace ecoute::ui
