// SPDX-License-Identifier: GPL-3.0-or-later
// The e-mail channel at the workstation (real widgets, offscreen), fed with decoded frames: the
// composer driven by the keyboard only (type, Ctrl+Return sends mail.reply with the signature,
// Ctrl+Z takes it back, a returned answer comes back with the comment, the draft is saved in a
// real vault), the thread shown as letters with attachment placeholders and nothing ever loaded,
// the conversation pane of an e-mail thread (its deadline in the header, blocking the writer after a
// confirmation), the inbox row's deadline and the supervisor's desk.
#include "models/conversation/Conversation.h"
#include "models/inbox/InboxModel.h"
#include "models/mail/MailDrafts.h"
#include "models/mail/MailOutbox.h"
#include "models/notes/NotesWorkspace.h"
#include "models/workstation/Preferences.h"
#include "models/workstation/Workstation.h"
#include "tests/mock/ManualClock.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/TranscriptView.h"
#include "ui/inbox/InboxRowText.h"
#include "ui/mail/MailComposer.h"
#include "ui/mail/MailDeskView.h"
#include "ui/mail/MailThreadView.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextFragment>
#include <QtTest>

using ecoute::models::Contact;
using ecoute::models::Conversation;
using ecoute::models::MailDrafts;
using ecoute::models::MailOutbox;
using ecoute::models::Preferences;
using ecoute::protocol::Envelope;
using ecoute::protocol::MessageType;
using ecoute::tests::ManualClock;
using ecoute::ui::ConversationPane;
using ecoute::ui::MailComposer;
using ecoute::ui::MailThreadView;

namespace {

QJsonObject contactJson(const QString &channel = "email")
{
    return {{"id", "k1"},
            {"channel", channel},
            {"pseudonym", "Mésange 12"},
            {"language", "fr"},
            {"state", "active"},
            {"createdAt", "2026-01-05T08:00:00Z"},
            {"answerBy", "2026-01-05T14:00:00Z"},
            {"threadLength", 2}};
}

struct Wire
{
    QList<Envelope> sent;
    MailOutbox::Sender sender()
    {
        return [this](const Envelope &envelope) {
            sent.append(envelope);
            return QStringLiteral("r%1").arg(sent.size());
        };
    }
};

Envelope outboxFrame(const QString &state, const QString &text, const QString &clientMsgId,
                     const QString &comment = {})
{
    QJsonObject reply {{"replyId", "m1"},
                       {"contactId", "k1"},
                       {"clientMsgId", clientMsgId},
                       {"state", state},
                       {"text", text},
                       {"at", "2026-01-05T09:00:00Z"},
                       {"comment", comment},
                       {"sendAt", "2026-01-05T09:02:00Z"}};
    return Envelope::make(MessageType::MailOutbox, {{"reply", reply}});
}

QJsonObject letter(qint64 seq, const QString &from, const QString &text, const QJsonArray &attachments = {},
                   const QString &event = {})
{
    QJsonObject json {{"seq", seq}, {"from", from}, {"text", text}, {"at", "2026-01-05T08:00:00Z"}};
    if (!attachments.isEmpty())
        json.insert("attachments", attachments);
    if (!event.isEmpty())
        json.insert("event", event);
    return json;
}

} // namespace

class TestUiMail : public QObject
{
    Q_OBJECT

private slots:
    void composerByKeyboardSendsUndoesAndTakesBack()
    {
        QTemporaryDir dir;
        Preferences preferences(dir.filePath("prefs.ini"));
        Wire wire;
        ManualClock clock;
        MailOutbox outbox(wire.sender());
        outbox.setClock([&clock] { return clock.now(); });
        outbox.setPreferences(&preferences);
        Conversation conversation(Contact::fromJson(contactJson()));
        MailComposer composer(conversation, outbox, nullptr);
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));

        // The signature, typed and remembered; never the account name.
        QVERIFY(!composer.signatureField()->placeholderText().isEmpty());
        composer.signatureField()->setFocus();
        QTest::keyClicks(composer.signatureField(), "Claire");
        QTest::keyClick(composer.signatureField(), Qt::Key_Tab);
        QCOMPARE(preferences.mailSignature(), QString("Claire"));

        composer.editor()->setFocus();
        QTest::keyClicks(composer.editor(), "Bonjour,");
        QTest::keyClick(composer.editor(), Qt::Key_Return);
        QTest::keyClicks(composer.editor(), "je vous lis.");
        QTest::keyClick(composer.editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(wire.sent.size(), 1);
        QCOMPARE(wire.sent.first().messageType, MessageType::MailReply);
        QCOMPARE(wire.sent.first().body.value("text").toString(), QString("Bonjour,\nje vous lis."));
        QCOMPARE(wire.sent.first().body.value("signature").toString(), QString("Claire"));
        QCOMPARE(composer.text(), QString());
        QVERIFY(composer.editor()->isReadOnly());
        QCOMPARE(composer.stateText(), QString("Sending…"));
        const QString clientMsgId = wire.sent.first().body.value("clientMsgId").toString();

        outbox.handle(outboxFrame("scheduled", "Bonjour,\nje vous lis.", clientMsgId));
        QCOMPARE(composer.stateText(), QString("Sending in 2:00"));
        QVERIFY(composer.undoButton()->isVisible());
        QCOMPARE(composer.undoButton()->text(), QString("Undo"));
        clock.advanceSeconds(1);
        composer.refresh();
        QCOMPARE(composer.stateText(), QString("Sending in 1:59"));

        QTest::keyClick(composer.editor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(wire.sent.size(), 2);
        QCOMPARE(wire.sent.last().messageType, MessageType::MailReplyCancel);
        QCOMPARE(wire.sent.last().body.value("replyId").toString(), QString("m1"));
        outbox.handle(outboxFrame("cancelled", "Bonjour,\nje vous lis.", clientMsgId));
        QCOMPARE(composer.text(), QString("Bonjour,\nje vous lis."));
        QVERIFY(!composer.editor()->isReadOnly());
        QVERIFY(!composer.undoButton()->isVisible());
    }

    void returnedAnswerComesBackWithTheComment()
    {
        Wire wire;
        MailOutbox outbox(wire.sender());
        Conversation conversation(Contact::fromJson(contactJson()));
        MailComposer composer(conversation, outbox, nullptr);
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        composer.editor()->setFocus();
        QTest::keyClicks(composer.editor(), "Bonjour");
        QTest::keyClick(composer.editor(), Qt::Key_Enter, Qt::ControlModifier); // the keypad's Enter too
        QCOMPARE(wire.sent.size(), 1);
        const QString clientMsgId = wire.sent.first().body.value("clientMsgId").toString();
        outbox.handle(outboxFrame("pending_review", "Bonjour", clientMsgId));
        QCOMPARE(composer.stateText(), QString("Waiting for a supervisor's review"));
        QCOMPARE(composer.undoButton()->text(), QString("Withdraw"));
        QVERIFY(!composer.undoButton()->accessibleName().isEmpty());

        outbox.handle(outboxFrame("returned", "Bonjour", clientMsgId, "Plus doux, s'il vous plaît"));
        QCOMPARE(composer.text(), QString("Bonjour"));
        QCOMPARE(composer.stateText(), QString("Returned by a supervisor: Plus doux, s'il vous plaît"));
        QVERIFY(!composer.editor()->isReadOnly());
        QVERIFY(composer.sendButton()->isEnabled());

        for (const auto &[state, words] : {std::pair {"sending", "Being sent"}, std::pair {"sent", "Sent"},
                                           std::pair {"failed", "Could not be delivered"}}) {
            outbox.handle(outboxFrame(state, "Bonjour", clientMsgId));
            QCOMPARE(composer.stateText(), QString(words));
        }
    }

    void draftIsSavedInTheVault()
    {
        QTemporaryDir dir;
        ecoute::models::NotesWorkspace::Options options;
        options.directory = dir.path();
        options.vault.kdf = ecoute::notes::KdfParameters::floor();
        ecoute::models::NotesWorkspace workspace(options);
        workspace.setAccount("127.0.0.1:8443", "claire");
        QString first = "correct horse battery", second = first;
        QVERIFY(workspace.setUp(first, second).ok);
        MailDrafts drafts;
        drafts.setWorkspace(&workspace);
        drafts.setDraft("k1", "commencé hier");
        drafts.flush();

        Wire wire;
        MailOutbox outbox(wire.sender());
        Conversation conversation(Contact::fromJson(contactJson()));
        auto composer = std::make_unique<MailComposer>(conversation, outbox, &drafts);
        composer->show();
        QVERIFY(QTest::qWaitForWindowExposed(composer.get()));
        QCOMPARE(composer->text(), QString("commencé hier")); // the draft is back
        QVERIFY(!composer->draftSavedShown());
        composer->editor()->setFocus();
        composer->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(composer->editor(), ", et aujourd'hui");
        QVERIFY(drafts.hasUnsaved("k1"));
        QVERIFY(drafts.flush()); // the debounce, without waiting for it
        QVERIFY(composer->draftSavedShown());
        QCOMPARE(drafts.draft("k1"), QString("commencé hier, et aujourd'hui"));
        // Sent: the editor empties but the draft stays until the server holds the answer.
        QTest::keyClick(composer->editor(), Qt::Key_Return, Qt::ControlModifier);
        drafts.flush();
        QCOMPARE(drafts.draft("k1"), QString("commencé hier, et aujourd'hui"));
    }

    void threadShowsLettersAndNeverLoadsAnything()
    {
        Conversation conversation(Contact::fromJson(contactJson()));
        conversation.loadMessages(QJsonArray {
            letter(1, "seeker",
                   "Bonjour,\n<img src=\"http://example.invalid/track.png\"> <a "
                   "href=\"https://x.invalid\">x</a>",
                   QJsonArray {QJsonObject {{"name", "photo.jpg"}, {"type", "image/jpeg"}, {"size", 2048}}}),
            letter(2, "volunteer", "Merci de votre lettre."),
            letter(3, "system", "", {}, "undeliverable"),
        });
        MailThreadView view;
        view.setTranscript(conversation.transcript());
        view.setNames("Mésange 12", true);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString text = view.toPlainText();
        QVERIFY2(text.contains("From Mésange 12"), qPrintable(text));
        QVERIFY(text.contains("<img src=\"http://example.invalid/track.png\">")); // shown as text
        QVERIFY(text.contains(QString::fromUtf8("📎 photo.jpg — image/jpeg, ")));
        QVERIFY(text.contains("kept by the server"));
        QVERIFY(text.contains("From You"));
        QVERIFY(text.contains("Your answer could not be delivered."));
        QVERIFY(view.isReadOnly());
        QVERIFY(!view.openLinks());
        QVERIFY(view.accessibleName().contains("Mésange 12"));
        // No image, no anchor: the document holds plain text only, and nothing was ever asked for.
        for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                QVERIFY(!it.fragment().charFormat().isImageFormat());
                QVERIFY(!it.fragment().charFormat().isAnchor());
            }
        }
        QCOMPARE(view.resourceRequests(), 0);

        // A new letter is added where it belongs.
        conversation.handleMessage(letter(4, "seeker", "Encore moi"));
        QVERIFY(view.toPlainText().contains("Encore moi"));
    }

    void paneOfAnEmailThreadShowsLettersAndTheComposer()
    {
        Wire wire;
        MailOutbox outbox(wire.sender());
        MailDrafts drafts;
        Conversation conversation(Contact::fromJson(contactJson()));
        ConversationPane pane(conversation);
        pane.setMail(&outbox, &drafts);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.isEmail());
        QVERIFY(pane.mailThreadView() && pane.mailThreadView()->isVisible());
        QVERIFY(pane.mailComposer() && pane.mailComposer()->isVisible());
        QVERIFY(!pane.transcriptView()->isVisible());
        QVERIFY(!pane.findChild<QPlainTextEdit *>("composer")->isVisible());
        // Ctrl+Return sends the letter once (the pane's chat shortcut is not there to compete).
        pane.mailComposer()->editor()->setFocus();
        QTest::keyClicks(pane.mailComposer()->editor(), "Bonjour");
        QTest::keyClick(pane.mailComposer()->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(wire.sent.size(), 1);
        QCOMPARE(pane.composerText(), QString());

        Conversation chat(Contact::fromJson(contactJson("chat")));
        ConversationPane chatPane(chat);
        chatPane.setMail(&outbox, &drafts);
        QVERIFY(!chatPane.mailThreadView());
        QVERIFY(!chatPane.mailComposer());
    }

    void blockingTheWriterByKeyboardAfterConfirming()
    {
        Wire wire;
        MailOutbox outbox(wire.sender());
        Conversation conversation(Contact::fromJson(contactJson()));
        ConversationPane pane(conversation);
        pane.setMail(&outbox, nullptr);
        pane.show();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        QPushButton *block = pane.blockButton();
        QVERIFY(block && block->isVisible());
        QCOMPARE(block->text(), QString("Block this writer…"));
        QCOMPARE(block->accessibleName(), QString("Block this writer…"));
        QCOMPARE(block->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
        QVERIFY(block->toolTip().contains(block->shortcut().toString(QKeySequence::NativeText)));

        // Ctrl+Shift+B asks first (the real dialog, answered with the keyboard): it says what happens.
        QString asked;
        QTimer answer;
        answer.setInterval(10);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            answer.stop();
            asked = box->text();
            QCOMPARE(box->defaultButton(),
                     box->button(QMessageBox::Cancel)); // Enter keeps things as they are
            auto *confirm = box->findChild<QPushButton *>("mailBlockConfirmButton");
            confirm->setFocus();
            QTest::keyClick(confirm, Qt::Key_Space);
        });
        answer.start();
        QTest::keyClick(&pane, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(wire.sent.size(), 1); // a button's shortcut clicks it a moment later
        QCOMPARE(asked, QString("Mail from this person will no longer reach the line. You can undo this."));
        QCOMPARE(wire.sent.last().messageType, MessageType::MailBlock);
        QCOMPARE(wire.sent.last().body.value("contactId").toString(), QString("k1"));
        QCOMPARE(wire.sent.last().body.value("on").toBool(), true);
        QVERIFY(!block->isEnabled()); // until the server confirms

        // The server confirms with the contact's update; others still take that frame.
        QVERIFY(
            !outbox.handle(Envelope::make(MessageType::ContactUpdate, {{"contact", contactJson()}}, "r1")));
        QVERIFY(outbox.isBlocked("k1"));
        QVERIFY(block->isEnabled());
        QCOMPARE(block->text(), QString("Unblock this writer…"));
        QCOMPARE(block->accessibleName(), QString("Unblock this writer…"));
        QCOMPARE(block->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)); // kept when relabelled

        // Unblocking asks too; a "no" sends nothing.
        bool confirmed = false;
        QList<bool> asks;
        pane.setBlockConfirmation([&](QWidget *, bool on) {
            asks << on;
            return confirmed;
        });
        block->click();
        QCOMPARE(asks, QList<bool> {false});
        QCOMPARE(wire.sent.size(), 1);
        confirmed = true;
        block->click();
        QCOMPARE(wire.sent.size(), 2);
        QCOMPARE(wire.sent.last().body.value("on").toBool(), false);
        // Refused: the writer stays blocked, and the button comes back.
        QVERIFY(outbox.handleError(Envelope::make(MessageType::Error, {{"code", "not_found"}}, "r2")));
        QVERIFY(outbox.isBlocked("k1"));
        QVERIFY(block->isEnabled());

        // Once the thread has left this workstation there is nothing to block from here.
        conversation.markEnded("volunteer");
        QVERIFY(!block->isVisible());
    }

    void headerSaysTheDeadlineUntilAnswered()
    {
        ManualClock clock; // 09:00 UTC; the answer is due at 14:00
        Wire wire;
        MailOutbox outbox(wire.sender());
        Conversation conversation(Contact::fromJson(contactJson()));
        ConversationPane pane(conversation);
        pane.setClock([&clock] { return clock.now(); });
        pane.setMail(&outbox, nullptr);
        pane.show();
        QCOMPARE(pane.headerText(), QString("Mésange 12 · FR · answer within 5 h · 2 letter(s)"));
        QCOMPARE(pane.findChild<QLabel *>("conversationHeader")->text(), pane.headerText());
        auto *tick = pane.findChild<QTimer *>("deadlineTimer");
        QVERIFY(tick && tick->isActive());
        QCOMPARE(tick->interval(), 60'000);

        // A minute's tick moves it on.
        clock.advanceSeconds(7 * 3600);
        QMetaObject::invokeMethod(tick, "timeout");
        QCOMPARE(pane.headerText(), QString("Mésange 12 · FR · overdue by 2 h · 2 letter(s)"));

        // Answered: contact.update comes without answerBy, and the deadline is gone.
        QJsonObject answered = contactJson();
        answered.remove("answerBy");
        answered.insert("threadLength", 3);
        conversation.setContact(Contact::fromJson(answered));
        QCOMPARE(pane.headerText(), QString("Mésange 12 · FR · 3 letter(s)"));
        QVERIFY(!tick->isActive());

        // The writer again: a new deadline.
        conversation.setContact(Contact::fromJson(contactJson()));
        QVERIFY(pane.headerText().contains("overdue by 2 h"));
        QVERIFY(tick->isActive());

        // A chat has neither.
        Conversation chat(Contact::fromJson(contactJson("chat")));
        ConversationPane chatPane(chat);
        chatPane.setClock([&clock] { return clock.now(); });
        QCOMPARE(chatPane.headerText(), QString("Mésange 12 · FR"));
        QVERIFY(!chatPane.findChild<QTimer *>("deadlineTimer")->isActive());
        QVERIFY(!chatPane.blockButton());
    }

    void inboxRowSaysTheDeadline()
    {
        ManualClock clock; // 09:00 UTC; the answer is due at 14:00
        ecoute::models::InboxModel inbox;
        inbox.setClock([&clock] { return clock.now(); });
        QJsonObject waiting = contactJson();
        waiting.insert("state", "waiting");
        inbox.resetContacts(QJsonArray {waiting});
        const QModelIndex index = inbox.index(0, 0);
        QCOMPARE(ecoute::ui::InboxRowText::deadline(index), QString("answer within 5 h"));
        QCOMPARE(ecoute::ui::InboxRowText::threadLength(index), QString("2 letter(s)"));
        QVERIFY(ecoute::ui::InboxRowText::sentence(index).contains("answer within 5 h"));
        clock.advanceSeconds(7 * 3600);
        QVERIFY(ecoute::ui::InboxRowText::sentence(index).contains("overdue by 2 h"));
    }

    void deskListsReviewsAndLateThreads()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath("pins.ini"), QSettings::IniFormat);
        ecoute::models::Workstation workstation(settings);
        ecoute::ui::MailDeskView desk(workstation);
        QString prompted;
        desk.setReassignPrompt(
            [&prompted](const QString &contactId, const QString &) { prompted = contactId; });
        desk.show();
        workstation.handleEnvelope(Envelope::make(
            MessageType::MailDesk,
            {{"reviews",
              QJsonArray {QJsonObject {{"replyId", "m1"},
                                       {"contactId", "k1"},
                                       {"state", "pending_review"},
                                       {"text", "Bonjour"},
                                       {"author", "camille"},
                                       {"pseudonym", "Lotus 81"},
                                       {"at", "2026-01-05T09:00:00Z"}}}},
             {"overdue",
              QJsonArray {QJsonObject {
                  {"contactId", "k3"}, {"volunteer", "jules"}, {"answerBy", "2026-01-05T07:00:00Z"}}}}}));
        QCOMPARE(desk.reviewList()->model()->rowCount(), 1);
        QCOMPARE(desk.reviewText()->toPlainText(), QString("Bonjour"));
        auto *approve = desk.findChild<QPushButton *>("mailApproveButton");
        auto *giveBack = desk.findChild<QPushButton *>("mailReturnButton");
        QVERIFY(approve->isEnabled());
        QVERIFY(!giveBack->isEnabled()); // a return says why
        desk.commentField()->setFocus();
        QTest::keyClicks(desk.commentField(), "Plus doux");
        QVERIFY(giveBack->isEnabled());
        QVERIFY(!approve->accessibleName().isEmpty());

        // Offline here: the decision is not lost silently.
        QSignalSpy errors(&workstation, &ecoute::models::Workstation::errorMessage);
        desk.approve();
        QCOMPARE(errors.count(), 1);

        desk.overdueList()->setCurrentIndex(desk.overdueList()->model()->index(0, 0));
        desk.reassign();
        QCOMPARE(prompted, QString("k3"));
    }
};

QTEST_MAIN(TestUiMail)
#include "tst_ui_mail.moc"
