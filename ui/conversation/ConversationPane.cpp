// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/ConversationPane.h"

#include "models/conversation/Conversation.h"
#include "models/inbox/RoutingText.h"
#include "models/mail/MailOutbox.h"
#include "models/mail/MailText.h"
#include "models/phone/CallList.h"
#include "models/practice/PracticeText.h"
#include "models/supervision/SupervisionText.h"
#include "protocol/Limits.h"
#include "protocol/Vocabulary.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/accessibility/Announcer.h"
#include "ui/conversation/BannerLabel.h"
#include "ui/conversation/TranscriptView.h"
#include "ui/mail/MailComposer.h"
#include "ui/mail/MailThreadView.h"
#include "ui/phone/CallBar.h"
#include "ui/report/ContactReporting.h"
#include "ui/report/ReportPane.h"
#include "ui/report/RiskPanel.h"
#include "ui/style/Theme.h"
#include "ui/supervision/WhisperView.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextCursor>
#include <QVBoxLayout>

namespace ecoute::ui {

ConversationPane::ConversationPane(models::Conversation &conversation, QWidget *parent)
    : QWidget(parent), m_conversation(conversation),
      m_timeline(conversation.transcript(), conversation.whispers()), m_header(new QLabel(this)),
      m_status(new QLabel(this)), m_handover(new BannerLabel(QAccessible::Pane, Theme::Role::Handover, this)),
      m_supervisionBanner(new BannerLabel(QAccessible::AlertMessage, Theme::Role::Supervision, this)),
      m_practiceBanner(new BannerLabel(QAccessible::AlertMessage, Theme::Role::Practice, this)),
      m_callBar(new CallBar(conversation, this)), m_whispers(new WhisperView(this)),
      m_takeOver(new QPushButton(tr("Take over"), this)), m_leave(new QPushButton(tr("Leave"), this)),
      m_transcript(new TranscriptView(this)), m_composer(new QPlainTextEdit(this)),
      m_send(new QPushButton(tr("&Send"), this)), m_end(new QPushButton(tr("&End conversation…"), this)),
      m_close(new QPushButton(tr("C&lose"), this)), m_transfer(new QPushButton(tr("Transfer…"), this)),
      m_urgent(new QPushButton(tr("Urgent"), this)),
      m_riskButton(new QPushButton(tr("Imminent risk…"), this)),
      m_referralButton(new QPushButton(tr("Referral…"), this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_confirmEnd(&EndConversationDialog::ask),
      m_confirmBlock(&ConversationPane::confirmBlock)
{
    m_presentation.setSourceModel(&m_timeline);

    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_header->setObjectName(QStringLiteral("conversationHeader"));
    m_status->setObjectName(QStringLiteral("conversationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    // The handover note is internal: framed and coloured apart from the transcript. Its text
    // is what a screen reader reads (no fixed name); the description says what it is.
    m_handover->setObjectName(QStringLiteral("handoverNote"));
    m_handover->setAccessibleDescription(tr("Internal handover note from a colleague"));

    // A supervisor in the conversation: never hidden, never mistaken for anything else.
    m_supervisionBanner->setObjectName(QStringLiteral("supervisionBanner"));
    m_supervisionBanner->setAccessibleDescription(tr("Supervision of this conversation"));
    QFont bannerFont = m_supervisionBanner->font();
    bannerFont.setBold(true);
    m_supervisionBanner->setFont(bannerFont);

    // A training exercise: said first, in its own colour, for as long as the pane lives.
    m_practiceBanner->setObjectName(QStringLiteral("practiceBanner"));
    m_practiceBanner->setText(models::PracticeText::banner());
    m_practiceBanner->setAccessibleName(m_practiceBanner->text()); // fixed text, read as shown
    m_practiceBanner->setAccessibleDescription(tr("Practice exercise"));
    m_practiceBanner->setFont(bannerFont);

    const QKeySequence takeOverKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    m_takeOver->setObjectName(QStringLiteral("takeOverButton"));
    AccessibleNames::nameAfterText(m_takeOver, tr("Take over this conversation from the volunteer"));
    m_takeOver->setShortcut(takeOverKeys);
    m_takeOver->setToolTip(tr("Answer the person yourself; the volunteer keeps reading (%1)")
                               .arg(takeOverKeys.toString(QKeySequence::NativeText)));
    const QKeySequence leaveKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    m_leave->setObjectName(QStringLiteral("leaveButton"));
    AccessibleNames::nameAfterText(m_leave, tr("Leave this conversation"));
    m_leave->setShortcut(leaveKeys);
    m_leave->setToolTip(
        tr("Stop listening to this conversation (%1)").arg(leaveKeys.toString(QKeySequence::NativeText)));

    m_transcript->setObjectName(QStringLiteral("transcriptView"));
    m_transcript->setAccessibleName(models::PracticeText::markIf(
        conversation.isPractice(), tr("Conversation with %1").arg(conversation.contact().pseudonym)));
    m_transcript->setAccessibleDescription(
        tr("Messages, the newest last; whispers are internal. %1 copies the selected messages.")
            .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    m_transcript->setModel(&m_presentation);

    m_composer->setObjectName(QStringLiteral("composer"));
    const QString sendKeys = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    if (conversation.isPlayed()) {
        m_composer->setAccessibleName(tr("What the person you play writes"));
        m_composer->setPlaceholderText(tr("Write as %1, the person you play… (%2 sends)")
                                           .arg(conversation.contact().pseudonym, sendKeys));
    } else {
        m_composer->setAccessibleName(tr("Your reply"));
        m_composer->setPlaceholderText(tr("Write your reply… (%1 sends)").arg(sendKeys));
    }
    m_composer->setTabChangesFocus(true);
    m_composer->setMaximumHeight(120);

    m_send->setObjectName(QStringLiteral("sendButton"));
    AccessibleNames::nameAfterText(m_send, tr("Send what you wrote"));
    m_send->setToolTip(tr("Send (%1)").arg(sendKeys));
    m_end->setObjectName(QStringLiteral("endButton"));
    AccessibleNames::nameAfterText(m_end, tr("End this conversation"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    AccessibleNames::nameAfterText(m_close, tr("Close this conversation"));
    const QKeySequence transferKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    AccessibleNames::nameAfterText(m_transfer, tr("Transfer this conversation to a colleague"));
    m_transfer->setShortcut(transferKeys);
    m_transfer->setToolTip(tr("Transfer this conversation to a colleague (%1)")
                               .arg(transferKeys.toString(QKeySequence::NativeText)));
    const QKeySequence urgentKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_U);
    m_urgent->setObjectName(QStringLiteral("urgentButton"));
    m_urgent->setCheckable(true);
    AccessibleNames::nameAfterText(m_urgent, tr("Mark this contact urgent"));
    m_urgent->setShortcut(urgentKeys);
    m_urgent->setToolTip(tr("Mark this contact urgent, or not urgent any more (%1)")
                             .arg(urgentKeys.toString(QKeySequence::NativeText)));

    // An e-mail thread's composer has its own Ctrl+Return (two would cancel each other out).
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        if (isEmail())
            break;
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ConversationPane::sendComposerText);
        m_sendShortcuts << shortcut; // off once the contact ended: Ctrl+Return then sends the report
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_end);
    buttons->addWidget(m_close);
    buttons->addWidget(m_transfer);
    buttons->addWidget(m_urgent);
    buttons->addWidget(m_riskButton);
    buttons->addWidget(m_referralButton);
    buttons->addWidget(m_takeOver);
    buttons->addWidget(m_leave);
    buttons->addStretch(1);
    buttons->addWidget(m_send);

    // The conversation column; a side pane (the notes) can be put beside it.
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_practiceBanner);
    layout->addWidget(m_header);
    layout->addWidget(m_status);
    layout->addWidget(m_callBar);
    layout->addWidget(m_supervisionBanner);
    layout->addWidget(m_handover);
    layout->addWidget(m_transcript, 1);
    if (isEmail()) {
        m_mailThread = new MailThreadView(column);
        m_mailThread->setTranscript(conversation.transcript());
        layout->addWidget(m_mailThread, 1);
    }
    layout->addWidget(m_whispers); // under the transcript, where the whispers show
    layout->addWidget(m_composer);
    layout->addLayout(buttons);
    m_column = layout;
    m_buttons = buttons;
    m_splitter->setObjectName(QStringLiteral("conversationSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(column);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_splitter);

    connect(m_send, &QPushButton::clicked, this, &ConversationPane::sendComposerText);
    connect(m_end, &QPushButton::clicked, this, &ConversationPane::askToEnd);
    connect(m_callBar, &CallBar::endRequested, this, &ConversationPane::askToEnd);
    connect(m_close, &QPushButton::clicked, this,
            [this] { emit closeRequested(m_conversation.contactId()); });
    connect(m_transfer, &QPushButton::clicked, this,
            [this] { emit transferRequested(m_conversation.contactId()); });
    connect(m_urgent, &QPushButton::clicked, this, [this](bool checked) {
        m_conversation.setUrgent(checked);
        m_urgent->setChecked(m_conversation.contact().urgent); // until the server confirms
    });
    const QKeySequence riskKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_G);
    m_riskButton->setObjectName(QStringLiteral("riskPanelButton"));
    AccessibleNames::nameAfterText(m_riskButton,
                                   tr("Open the guided imminent-risk steps beside the conversation"));
    m_riskButton->setShortcut(riskKeys);
    m_riskButton->setToolTip(tr("The person is in danger now: the guided steps (%1)")
                                 .arg(riskKeys.toString(QKeySequence::NativeText)));
    m_riskButton->hide(); // until setReporting
    connect(m_riskButton, &QPushButton::clicked, this, [this] { showRiskPanel(true); });
    m_referralButton->setObjectName(QStringLiteral("referralButton"));
    AccessibleNames::nameAfterText(
        m_referralButton, tr("Find a service in the referral directory and insert it in your reply"));
    m_referralButton->hide(); // until setReporting
    connect(m_referralButton, &QPushButton::clicked, this,
            [this] { emit referralRequested(m_conversation.contactId()); });
    connect(m_takeOver, &QPushButton::clicked, this,
            [this] { emit takeOverRequested(m_conversation.contactId()); });
    connect(m_leave, &QPushButton::clicked, this,
            [this] { emit leaveRequested(m_conversation.contactId()); });
    connect(m_whispers, &WhisperView::whisperRequested, this,
            [this](const QString &text) { emit whisperRequested(m_conversation.contactId(), text); });
    connect(&m_conversation, &models::Conversation::accessChanged, this, &ConversationPane::updateState);
    connect(&m_conversation.supervision(), &models::SupervisionPresence::changed, this,
            &ConversationPane::updateState);
    connect(&m_conversation, &models::Conversation::ended, this, &ConversationPane::updateState);
    connect(&m_conversation, &models::Conversation::released, this, &ConversationPane::updateState);
    connect(&m_conversation, &models::Conversation::handoverChanged, this, &ConversationPane::updateHandover);
    connect(&m_conversation, &models::Conversation::onlineChanged, this, &ConversationPane::updateState);
    connect(&m_conversation, &models::Conversation::contactChanged, this, &ConversationPane::updateState);
    m_deadlineTick.setParent(this); // found by tests like the other parts
    m_deadlineTick.setObjectName(QStringLiteral("deadlineTimer"));
    m_deadlineTick.setInterval(60'000); // the deadline is said in minutes at the finest
    connect(&m_deadlineTick, &QTimer::timeout, this, &ConversationPane::updateHeader);

    updateHandover();
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

QString ConversationPane::practiceText() const
{
    return m_practiceBanner->isVisibleTo(this) ? m_practiceBanner->text() : QString();
}

QString ConversationPane::supervisionText() const
{
    return m_supervisionBanner->isVisibleTo(this) ? m_supervisionBanner->text() : QString();
}

void ConversationPane::setSelf(const QString &user)
{
    m_presentation.setSelf(user);
}

bool ConversationPane::isPhone() const
{
    return protocol::fromString<protocol::Channel>(m_conversation.contact().channel)
        == protocol::Channel::Phone;
}

bool ConversationPane::isEmail() const
{
    return protocol::fromString<protocol::Channel>(m_conversation.contact().channel)
        == protocol::Channel::Email;
}

void ConversationPane::setMail(models::MailOutbox *outbox, models::MailDrafts *drafts)
{
    if (!isEmail() || !outbox || m_mailComposer)
        return;
    m_mailComposer = new MailComposer(m_conversation, *outbox, drafts, this);
    // In the reply box's place, under the letters.
    m_column->insertWidget(m_column->indexOf(m_composer), m_mailComposer, 2);
    m_column->setStretchFactor(m_mailThread, 3); // the letters first, a roomy page to write on

    // Among the conversation's actions, apart from Send: blocking is a decision, not a reflex.
    m_mailOutbox = outbox;
    m_block = new QPushButton(this);
    m_block->setObjectName(QStringLiteral("mailBlockButton"));
    m_buttons->insertWidget(m_buttons->indexOf(m_urgent) + 1, m_block);
    connect(m_block, &QPushButton::clicked, this, &ConversationPane::askToBlock);
    connect(outbox, &models::MailOutbox::blockChanged, this, [this](const QString &contactId) {
        if (contactId != m_conversation.contactId() || !m_mailOutbox)
            return;
        updateBlock();
        if (m_mailOutbox->isBlocking(contactId))
            return;
        const QString pseudonym = m_conversation.contact().pseudonym;
        Announcer::announce(this,
                            m_mailOutbox->isBlocked(contactId)
                                ? tr("Mail from %1 no longer reaches the line.").arg(pseudonym)
                                : tr("Mail from %1 reaches the line.").arg(pseudonym));
    });
    updateState();
}

bool ConversationPane::confirmBlock(QWidget *parent, bool block)
{
    QMessageBox box(QMessageBox::Question, block ? tr("Block this writer?") : tr("Unblock this writer?"),
                    block ? tr("Mail from this person will no longer reach the line. You can undo this.")
                          : tr("Mail from this person will reach the line again."),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("mailBlockDialog"));
    QPushButton *confirm = box.addButton(block ? tr("Block") : tr("Unblock"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("mailBlockConfirmButton"));
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep); // Enter keeps things as they are: blocking is chosen on purpose
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == confirm;
}

void ConversationPane::askToBlock()
{
    const QString contactId = m_conversation.contactId();
    if (!m_mailOutbox || !m_block || !m_block->isVisible() || m_mailOutbox->isBlocking(contactId))
        return;
    const bool block = !m_mailOutbox->isBlocked(contactId);
    if (m_confirmBlock(this, block))
        m_mailOutbox->block(contactId, block);
}

void ConversationPane::updateBlock()
{
    if (!m_block || !m_mailOutbox)
        return;
    const QString contactId = m_conversation.contactId();
    const bool blocked = m_mailOutbox->isBlocked(contactId);
    const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    const QString description = blocked ? tr("Let mail from this person reach the line again")
                                        : tr("Stop mail from this person reaching the line; you can undo it");
    m_block->setText(blocked ? tr("Unblock this writer…") : tr("Block this writer…"));
    m_block->setShortcut(keys); // setText replaced it with the text's mnemonic (none)
    m_block->setToolTip(tr("%1 (%2)").arg(description, keys.toString(QKeySequence::NativeText)));
    AccessibleNames::nameAfterText(m_block, description);
    // The thread's volunteer, or a supervisor listening (the server allows both).
    using Access = models::Conversation::Access;
    const Access access = m_conversation.access();
    m_block->setVisible(m_conversation.isOpen()
                        && (access == Access::Answering || access == Access::Supervising));
    m_block->setEnabled(!m_mailOutbox->isBlocking(contactId));
}

void ConversationPane::setClock(Clock clock)
{
    m_clock = std::move(clock);
    updateHeader();
}

QString ConversationPane::headerText() const
{
    return m_header->text();
}

void ConversationPane::updateHeader()
{
    const models::Contact &contact = m_conversation.contact();
    QStringList parts {contact.urgent
                           ? tr("%1 · %2 · urgent").arg(contact.pseudonym, contact.language.toUpper())
                           : tr("%1 · %2").arg(contact.pseudonym, contact.language.toUpper())};
    QString deadline;
    if (isEmail() && m_conversation.isOpen()) {
        const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
        deadline = models::MailText::deadline(contact.answerBy, now); // empty once answered
        if (!deadline.isEmpty())
            parts << deadline;
        if (contact.threadLength > 0)
            parts << models::MailText::threadLength(contact.threadLength);
    }
    m_header->setText(
        models::PracticeText::markIf(m_conversation.isPractice(), parts.join(QStringLiteral(" · "))));
    if (deadline.isEmpty())
        m_deadlineTick.stop();
    else if (!m_deadlineTick.isActive())
        m_deadlineTick.start();
}

void ConversationPane::setCalls(models::CallList *calls)
{
    if (!calls)
        return;
    m_callBar->setCall(calls->find(m_conversation.contactId()));
    // The server places the call after the conversation opens (and again after a dropped line).
    connect(calls, &models::CallList::added, this, [this](models::CallSession *call) {
        if (call->contactId() == m_conversation.contactId())
            m_callBar->setCall(call);
    });
}

QString ConversationPane::composerText() const
{
    return m_mailComposer ? m_mailComposer->text() : m_composer->toPlainText();
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
        m_transcript->scrollToBottom(); // one's own message, seen going out
        updateState();
    }
    m_composer->setFocus();
}

void ConversationPane::setComposerText(const QString &text)
{
    if (m_mailComposer) {
        m_mailComposer->setText(text);
        m_mailComposer->editor()->setFocus();
        return;
    }
    if (m_composer->isReadOnly())
        return;
    m_composer->setPlainText(text);
    m_composer->moveCursor(QTextCursor::End);
    m_composer->setFocus();
}

void ConversationPane::askToEnd()
{
    if (m_conversation.isPlayed()) { // an exercise: nothing to mark, the trainee is told it ended
        m_conversation.end();
        return;
    }
    if (!m_conversation.isActive())
        return;
    const EndConversationDialog::Choice choice = m_confirmEnd(this);
    if (choice != EndConversationDialog::Choice::Keep)
        m_conversation.end(choice == EndConversationDialog::Choice::EndHard);
}

QString ConversationPane::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

void ConversationPane::updateHandover()
{
    const models::Handover &handover = m_conversation.handover();
    if (!handover.isValid()) {
        m_handover->hide();
        return;
    }
    const QString at = QLocale().toString(handover.at.toLocalTime(), QLocale::ShortFormat);
    const QString note = handover.note.trimmed().isEmpty() ? tr("(no note)") : handover.note;
    m_handover->setText(
        tr("Internal note from %1 (%2), never shown to the person:\n%3").arg(handover.from(), at, note));
    m_handover->show();
}

void ConversationPane::updateState()
{
    const models::Contact &contact = m_conversation.contact();
    updateHeader();
    m_practiceBanner->setVisible(m_conversation.isPractice());
    const bool ended = m_conversation.isEnded();
    const bool released = m_conversation.isReleased();
    const bool active = m_conversation.isActive();
    const bool writing = m_conversation.canWrite(); // answering, or playing the person of an exercise
    const bool open = m_conversation.isOpen();
    const bool supervising = open && m_conversation.access() == models::Conversation::Access::Supervising;
    const bool playing = open && m_conversation.isPlayed();
    // Reading only: a listening supervisor, or an observer of an exercise.
    const bool reading =
        supervising || (open && m_conversation.access() == models::Conversation::Access::Observing);
    QString status;
    if (ended) {
        const QString by = m_conversation.endedBy();
        status = by == QLatin1String("seeker") ? tr("The person has left the conversation.")
                                               : tr("The conversation has ended.");
    } else if (released) {
        status =
            models::RoutingText::released(m_conversation.releaseReason(), m_conversation.releasedToName());
    } else if (!m_conversation.isOnline()) {
        status = tr("Offline: your messages will be sent as soon as the connection is back.");
    }
    // Nothing typed is dropped silently: say what did not go out; the draft stays readable.
    const int unsent = m_conversation.outboxSize();
    if (released && unsent > 0)
        status += QLatin1Char(' ')
            + tr("%n of your messages did not reach the server before that; they were not sent.", "", unsent);
    if (!writing && !m_composer->toPlainText().trimmed().isEmpty())
        status += QLatin1Char(' ') + tr("Your unsent draft stays below so you can copy it.");
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    // A caller hears, never reads: no reply box on a call (the call bar ends it).
    const bool phone = isPhone();
    m_callBar->setVisible(phone);
    m_composer->setReadOnly(!writing);
    // An e-mail thread: letters and the mail composer instead of bubbles and the reply box.
    const bool email = m_mailThread != nullptr;
    m_transcript->setVisible(!email);
    // After the contact, an empty reply box makes way for the report.
    const bool reportShown = m_reporting && ended && m_composer->toPlainText().isEmpty();
    m_composer->setVisible(!reading && !phone && !email && !reportShown);
    m_send->setVisible(!reading && !phone && !email);
    if (m_mailThread)
        m_mailThread->setNames(contact.pseudonym,
                               m_conversation.access() == models::Conversation::Access::Answering);
    if (m_mailComposer)
        m_mailComposer->setVisible(!reading);
    m_send->setEnabled(writing);
    m_end->setVisible(writing && !phone);
    m_end->setText(m_conversation.isPlayed() ? tr("&End the exercise") : tr("&End conversation…"));
    const QString endDescription = m_conversation.isPlayed() ? tr("End the exercise for you and the trainee")
                                                             : tr("End this conversation");
    AccessibleNames::nameAfterText(m_end, endDescription);
    m_end->setToolTip(endDescription);
    m_transfer->setVisible(active);
    m_urgent->setVisible(active);
    m_urgent->setChecked(contact.urgent);
    m_close->setVisible(!writing && !reading);
    m_takeOver->setVisible(supervising);
    m_leave->setVisible(supervising);
    m_whispers->setCanWhisper(supervising || playing); // a trainer coaches the trainee
    for (QShortcut *shortcut : std::as_const(m_sendShortcuts))
        shortcut->setEnabled(writing);
    updateBlock();
    updateSupervision();
    // Reports and imminent risk: the buttons for the conversation going on, the report after it.
    using Access = models::Conversation::Access;
    const bool answering = m_conversation.access() == Access::Answering && !m_conversation.isPlayed();
    m_riskButton->setVisible(m_reporting && open && (answering || supervising));
    m_referralButton->setVisible(m_reporting && writing && answering);
    if (m_reporting)
        m_reporting->update();
}

void ConversationPane::setReporting(models::PendingReports *reports, models::ReportForm *form,
                                    models::RiskCaseList *risks)
{
    if (m_reporting || !reports || !form || !risks)
        return;
    m_reporting = new ContactReporting(m_conversation, *reports, *form, *risks, this, m_splitter);
    // Under the transcript, where the reply box was: the wrap-up's work.
    m_column->insertWidget(m_column->indexOf(m_composer) + 1, m_reporting->report());
    connect(m_reporting, &ContactReporting::urgentSupervisionRequested, this,
            &ConversationPane::urgentSupervisionRequested);
    updateState();
}

ReportPane *ConversationPane::reportPane() const
{
    return m_reporting ? m_reporting->report() : nullptr;
}

RiskPanel *ConversationPane::riskPanel() const
{
    return m_reporting ? m_reporting->riskPanel() : nullptr;
}

void ConversationPane::showRiskPanel(bool openCase)
{
    if (m_reporting)
        m_reporting->showRiskPanel(openCase);
}

void ConversationPane::insertReferral(const QString &text, const QString &serviceId,
                                      const QString &serviceName)
{
    if (m_mailComposer) {
        QPlainTextEdit *editor = m_mailComposer->editor();
        editor->textCursor().insertText(text);
        editor->setFocus();
    } else if (!m_composer->isReadOnly()) {
        m_composer->textCursor().insertText(text);
        m_composer->setFocus();
    }
    if (m_reporting && !serviceId.isEmpty())
        m_reporting->addReferral(serviceId, serviceName);
}

void ConversationPane::updateSupervision()
{
    // A trainer playing the person reads their own lines as theirs, the trainee's as the other side.
    const QString pseudonym = m_conversation.contact().pseudonym;
    m_presentation.setOwnSide(m_conversation.isPlayed() ? protocol::Sender::Seeker
                                                        : protocol::Sender::Volunteer);
    m_presentation.setSeekerName(m_conversation.isPlayed() ? tr("You, as %1").arg(pseudonym) : pseudonym);
    m_presentation.setChannel(protocol::fromString<protocol::Channel>(m_conversation.contact().channel)
                                  .value_or(protocol::Channel::Chat));
    m_presentation.setPractice(m_conversation.isPractice());
    for (const auto &supervisor : m_conversation.supervision().supervisors())
        m_presentation.setStaffDisplayName(supervisor.user, supervisor.name); // whispers say who

    // Whose are the staff lines: the volunteer's, the supervisor's after a takeover.
    using Access = models::Conversation::Access;
    const qint64 takeover = m_conversation.takeoverSeq();
    if (m_conversation.access() == Access::Supervising)
        m_presentation.setStaffNames(tr("Volunteer"));
    else if (m_conversation.isPlayed())
        m_presentation.setStaffNames(tr("Trainee %1").arg(m_conversation.trainee()));
    else if (m_conversation.access() == Access::Observing)
        m_presentation.setStaffNames(tr("Trainee"));
    else if (m_conversation.access() == Access::TakenOver)
        m_presentation.setStaffNames({}, takeover, m_conversation.supervision().tookOver().name);
    else if (takeover > 0)
        m_presentation.setStaffNames(tr("Volunteer"), takeover); // a supervisor who took over

    QStringList lines;
    if (m_conversation.isOpen()) {
        if (m_conversation.access() == models::Conversation::Access::Supervising)
            lines << tr("You are listening to this conversation: you read it but cannot write to the "
                        "person. The volunteer sees that you are here; you can whisper to them below.");
        else if (m_conversation.isPlayed())
            lines << tr("You play the person of this exercise: what you write reaches %1 as the person's "
                        "messages. Whisper below to coach them.")
                         .arg(m_conversation.trainee());
        else if (m_conversation.access() == models::Conversation::Access::Observing)
            lines << tr("You observe this exercise silently: you read it, and the trainee sees that you "
                        "are here.");
        for (const auto &supervisor : m_conversation.supervision().supervisors())
            lines << models::SupervisionText::presenceBanner(supervisor.name, supervisor.mode);
    }
    m_supervisionBanner->setText(lines.join(QLatin1Char('\n')));
    m_supervisionBanner->setVisible(!lines.isEmpty());
}

} // namespace ecoute::ui
