// SPDX-License-Identifier: GPL-3.0-or-later
// The transcript as bubbles, without a server: long text wraps within its bubble (taller
// when narrower), right-to-left paragraphs align right, emoji lay out; a message goes from
// "sending…" to sent in place; whispers sit in the timeline as internal rows and notices
// apart; the rows read as sentences; Ctrl+C copies "name, time: text" lines and the
// clipboard is cleared after the (here short) timeout unless something else was copied.

#include "models/conversation/Conversation.h"
#include "models/conversation/StaffMessageModel.h"
#include "models/conversation/TranscriptModel.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/conversation/BubblePainter.h"
#include "ui/conversation/ClipboardGuard.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/TimelineModel.h"
#include "ui/conversation/TranscriptDelegate.h"
#include "ui/conversation/TranscriptPresentation.h"
#include "ui/conversation/TranscriptView.h"
#include "ui/style/Theme.h"
#include "ui/supervision/WhisperView.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QtTest>

using ecoute::models::ChatMessage;
using ecoute::models::StaffMessage;
using ecoute::models::StaffMessageModel;
using ecoute::models::TranscriptModel;
using ecoute::ui::BubbleGeometry;
using ecoute::ui::BubblePainter;
using ecoute::ui::ClipboardGuard;
using ecoute::ui::TimelineModel;
using ecoute::ui::TranscriptDelegate;
using ecoute::ui::TranscriptPresentation;
using ecoute::ui::TranscriptView;
using Kind = TranscriptPresentation::Kind;
using Side = TranscriptPresentation::Side;
using State = TranscriptPresentation::State;

namespace {

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 1, 10), QTime(hour, minute)); // local time: "HH:mm" as written
}

ChatMessage message(qint64 seq, const QString &from, const QString &text, const QDateTime &when)
{
    ChatMessage m;
    m.seq = seq;
    m.from = from;
    m.text = text;
    m.at = when;
    return m;
}

StaffMessage whisper(const QString &id, const QString &from, const QString &text, const QDateTime &when)
{
    StaffMessage m;
    m.id = id;
    m.from = from;
    m.text = text;
    m.at = when;
    return m;
}

/// One conversation's models as the pane wires them.
struct Timeline
{
    TranscriptModel transcript;
    StaffMessageModel whispers;
    TimelineModel timeline {&transcript, &whispers};
    TranscriptPresentation presentation;

    Timeline()
    {
        presentation.setSourceModel(&timeline);
        presentation.setSeekerName("Lotus 81");
    }
    QModelIndex row(int r) const { return presentation.index(r, 0); }
};

QStyleOptionViewItem optionFor(int width, Qt::LayoutDirection direction = Qt::LeftToRight)
{
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, width, 40);
    option.font = QApplication::font();
    option.palette = QApplication::palette();
    option.direction = direction;
    option.state = QStyle::State_Enabled;
    return option;
}

QImage render(const QModelIndex &index, int width, QStyle::State extra = {})
{
    TranscriptDelegate delegate;
    QStyleOptionViewItem option = optionFor(width);
    option.rect.setHeight(delegate.sizeHint(option, index).height());
    option.state |= extra;
    QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

/// Every line inside the body, the body inside the bubble, the bubble inside the row.
void checkContained(const BubbleGeometry &g)
{
    QVERIFY(!g.lines.isEmpty());
    QVERIFY2(g.row.contains(g.bubble), "bubble outside its row");
    QVERIFY2(g.bubble.contains(g.body), "text outside its bubble");
    for (const auto &line : g.lines) {
        QVERIFY(line.rect.height() > 0);
        QVERIFY2(line.rect.width() <= g.body.width() + 0.5, "a line wider than the bubble");
        QVERIFY(line.rect.left() >= g.body.left() - 0.5);
        QVERIFY(line.rect.right() <= g.body.left() + g.body.width() + 0.5);
    }
}

} // namespace

class TestTranscriptDelegate : public QObject
{
    Q_OBJECT

private slots:
    void longTextWrapsWithinTheBubble()
    {
        Timeline t;
        QString longText;
        for (int i = 0; i < 40; ++i)
            longText += QStringLiteral("Je n'arrive plus à dormir depuis des semaines. ");
        longText += QString(300, QLatin1Char('x')); // a "word" longer than any bubble
        t.transcript.addMessage(message(1, "seeker", longText, at(15, 46)));
        BubblePainter painter;
        const BubbleGeometry wide = painter.geometry(optionFor(700), t.row(0));
        const BubbleGeometry narrow = painter.geometry(optionFor(320), t.row(0));
        checkContained(wide);
        checkContained(narrow);
        QVERIFY(narrow.lines.size() > wide.lines.size());
        QVERIFY(narrow.row.height() > wide.row.height());
        QVERIFY(wide.bubble.width() < 700); // the other side stays visible
        QCOMPARE(narrow.kind, Kind::Seeker);
        QCOMPARE(narrow.side, Side::Start);
        QVERIFY(narrow.bubble.left() < 320 - narrow.bubble.right()); // on the leading side
        TranscriptDelegate delegate;
        QCOMPARE(delegate.sizeHint(optionFor(320), t.row(0)), narrow.row.size());

        // A short one fits its text; paragraphs keep their breaks.
        t.transcript.addMessage(
            message(2, "volunteer", "Je vous écoute.\n\nPrenez votre temps.", at(15, 47)));
        const BubbleGeometry reply = painter.geometry(optionFor(700), t.row(1));
        checkContained(reply);
        QCOMPARE(reply.lines.size(), 3);
        QCOMPARE(reply.side, Side::End);
        QVERIFY(reply.bubble.right() > 700 - reply.bubble.left()); // on the trailing side
        QVERIFY(reply.bubble.width() < 400);
    }

    void rightToLeftParagraphsAlignRight()
    {
        Timeline t;
        const QString arabic = QStringLiteral("مرحبا، أنا هنا لأستمع إليك");
        const QString hebrew = QStringLiteral("שלום");
        t.transcript.addMessage(message(1, "seeker", arabic, at(15, 46)));
        t.transcript.addMessage(message(2, "seeker", QStringLiteral("Hello\n") + hebrew, at(15, 47)));
        BubblePainter painter;
        const BubbleGeometry rtl = painter.geometry(optionFor(600), t.row(0));
        checkContained(rtl);
        QCOMPARE(rtl.lines.first().direction, Qt::RightToLeft);
        QVERIFY(qAbs(rtl.lines.first().rect.right() - (rtl.body.left() + rtl.body.width())) <= 1.0);

        const BubbleGeometry mixed = painter.geometry(optionFor(600), t.row(1));
        checkContained(mixed);
        QCOMPARE(mixed.lines.size(), 2);
        QCOMPARE(mixed.lines.at(0).direction, Qt::LeftToRight);
        QVERIFY(qAbs(mixed.lines.at(0).rect.left() - mixed.body.left()) <= 1.0);
        QCOMPARE(mixed.lines.at(1).direction, Qt::RightToLeft);
        QVERIFY(qAbs(mixed.lines.at(1).rect.right() - (mixed.body.left() + mixed.body.width())) <= 1.0);
        QVERIFY(mixed.lines.at(1).rect.left() > mixed.body.left()); // short: right-aligned, not left

        // The drawn glyphs of the Hebrew line are on the right half of the body.
        const QImage image = render(t.row(1), 600);
        const QRect hebrewLine = mixed.lines.at(1).rect.toAlignedRect();
        int inkLeft = image.width(), inkRight = -1;
        for (int y = hebrewLine.top(); y <= hebrewLine.bottom(); ++y) {
            for (int x = mixed.body.left(); x <= mixed.body.right(); ++x) {
                if (qGray(image.pixel(x, y)) < 128) {
                    inkLeft = std::min(inkLeft, x);
                    inkRight = std::max(inkRight, x);
                }
            }
        }
        QVERIFY2(inkRight >= 0, "nothing drawn for the right-to-left line");
        QVERIFY(inkLeft >= mixed.body.center().x());

        // A right-to-left interface: the person's bubble starts at the right.
        const BubbleGeometry mirrored = painter.geometry(optionFor(600, Qt::RightToLeft), t.row(0));
        QVERIFY(600 - mirrored.bubble.right() < mirrored.bubble.left());
    }

    void emojiLayOut()
    {
        Timeline t;
        t.transcript.addMessage(
            message(1, "seeker", QStringLiteral("merci 🙏🏽 😢😢 ❤️‍🩹"), at(15, 46)));
        QString many;
        for (int i = 0; i < 120; ++i)
            many += QStringLiteral("😀");
        t.transcript.addMessage(message(2, "seeker", many, at(15, 47)));
        BubblePainter painter;
        for (int row = 0; row < 2; ++row) {
            for (int width : {160, 400}) {
                const BubbleGeometry g = painter.geometry(optionFor(width), t.row(row));
                checkContained(g);
                QVERIFY(g.body.height() > 0);
                QVERIFY(g.bubble.width() <= width);
                QVERIFY(!render(t.row(row), width).isNull());
            }
        }
        QVERIFY(painter.geometry(optionFor(160), t.row(1)).lines.size() > 1);
    }

    void pendingBecomesSentInPlace()
    {
        Timeline t;
        t.transcript.addMessage(message(1, "seeker", "Bonsoir", at(15, 45)));
        const QDateTime now = at(15, 46);
        t.transcript.addPending("c1", "Bonsoir, je suis là.", now);
        QCOMPARE(t.presentation.rowCount(), 2);
        const QModelIndex own = t.row(1);
        QCOMPARE(own.data(TranscriptPresentation::KindRole).value<Kind>(), Kind::Own);
        QCOMPARE(own.data(TranscriptPresentation::StateRole).value<State>(), State::Sending);
        QCOMPARE(own.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("You, 15:46, sending: Bonsoir, je suis là."));
        QVERIFY(!BubblePainter::stateText(State::Sending).isEmpty());
        const QImage sending = render(own, 500);

        QSignalSpy removed(&t.presentation, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&t.presentation, &QAbstractItemModel::dataChanged);
        t.transcript.acknowledge("c1", 2);
        QCoreApplication::processEvents();
        QCOMPARE(t.presentation.rowCount(), 2);
        QCOMPARE(removed.count(), 0); // the same row, now sent
        QVERIFY(changed.count() >= 1);
        QCOMPARE(t.row(1).data(TranscriptPresentation::StateRole).value<State>(), State::Sent);
        QCOMPARE(t.row(1).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("You, 15:46: Bonsoir, je suis là."));
        QVERIFY(render(t.row(1), 500) != sending);
        // The person's messages carry no state.
        QCOMPARE(t.row(0).data(TranscriptPresentation::StateRole).value<State>(), State::None);

        // The server's echo before the acknowledgement: still one row.
        t.transcript.addPending("c2", "Vous voulez en parler ?", at(15, 47));
        t.transcript.addMessage(message(3, "volunteer", "Vous voulez en parler ?", at(15, 47)));
        QCoreApplication::processEvents();
        QCOMPARE(t.presentation.rowCount(), 3);
        QCOMPARE(t.row(2).data(TranscriptPresentation::StateRole).value<State>(), State::Sent);
    }

    void whispersAndNoticesAreApart()
    {
        Timeline t;
        t.transcript.addMessage(message(1, "seeker", "Je ne sais pas quoi faire.", at(15, 46)));
        t.transcript.addMessage(message(2, "system", "La personne a quitté la conversation.", at(15, 48)));
        t.whispers.add(whisper("7", "anne", "Demandez-lui si elle est en sécurité.", at(15, 47)));
        t.presentation.setStaffDisplayName("anne", "Anne");
        QCOMPARE(t.presentation.rowCount(), 3);

        // In time order: the whisper between the two messages it was said between.
        QCOMPARE(t.row(0).data(TranscriptPresentation::KindRole).value<Kind>(), Kind::Seeker);
        QCOMPARE(t.row(1).data(TranscriptPresentation::KindRole).value<Kind>(), Kind::Whisper);
        QCOMPARE(t.row(2).data(TranscriptPresentation::KindRole).value<Kind>(), Kind::System);
        QCOMPARE(t.row(1).data(TranscriptPresentation::SideRole).value<Side>(), Side::Centre);
        QCOMPARE(t.row(2).data(TranscriptPresentation::SideRole).value<Side>(), Side::Centre);
        QCOMPARE(t.row(0).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Lotus 81, 15:46: Je ne sais pas quoi faire."));
        QCOMPARE(t.row(1).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Whisper from Anne, 15:47: Demandez-lui si elle est en sécurité."));
        QCOMPARE(t.row(2).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Ecoute, 15:48: La personne a quitté la conversation."));
        QCOMPARE(t.row(1).data(TranscriptPresentation::StateRole).value<State>(), State::None);

        BubblePainter painter;
        const BubbleGeometry w = painter.geometry(optionFor(600), t.row(1));
        checkContained(w);
        QVERIFY(!w.label.isEmpty()); // "Internal — only staff see this"
        QVERIFY(!w.header.isEmpty());
        QVERIFY(w.bubble.width() > 500); // a band across the view, not a bubble of either side
        QVERIFY(!BubblePainter::internalLabel().isEmpty());
        const BubbleGeometry n = painter.geometry(optionFor(600), t.row(2));
        checkContained(n);
        QVERIFY(n.header.isEmpty());
        QVERIFY(n.label.isEmpty());
        QVERIFY(qAbs(n.bubble.center().x() - 300) <= 2); // centred

        // A later whisper goes after everything before it; one's own says so.
        t.presentation.setSelf("anne");
        QCOMPARE(t.row(1).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Your whisper, 15:47: Demandez-lui si elle est en sécurité."));
        t.whispers.add(whisper("8", "sam", "Bien.", at(15, 49)));
        QCOMPARE(t.row(3).data(TranscriptPresentation::SenderNameRole).toString(), QStringLiteral("sam"));
        // A whisper is never taken for a message: it stays out of the transcript itself.
        QCOMPARE(t.transcript.rowCount(), 2);
    }

    void whoseLinesAreWhose()
    {
        Timeline t;
        t.transcript.addMessage(message(1, "seeker", "Bonsoir", at(15, 45)));
        t.transcript.addMessage(message(2, "volunteer", "Bonsoir, je vous écoute.", at(15, 46)));
        auto kind = [&t](int row) {
            return t.row(row).data(TranscriptPresentation::KindRole).value<Kind>();
        };
        auto side = [&t](int row) {
            return t.row(row).data(TranscriptPresentation::SideRole).value<Side>();
        };
        QCOMPARE(kind(1), Kind::Own);
        QCOMPARE(side(1), Side::End);
        // A listening supervisor: the volunteer is a colleague, on the staff side.
        t.presentation.setStaffNames("Volunteer");
        QCOMPARE(kind(1), Kind::Colleague);
        QCOMPARE(side(1), Side::End);
        QVERIFY(t.row(1).data().toString().startsWith("Volunteer, 15:46"));
        // A trainer playing the person: their lines are theirs, the trainee's opposite.
        t.presentation.setOwnSide(ecoute::protocol::Sender::Seeker);
        t.presentation.setSeekerName("You, as Lotus 81");
        t.presentation.setStaffNames("Trainee volunteer2");
        QCOMPARE(kind(0), Kind::Own);
        QCOMPARE(side(0), Side::End);
        QCOMPARE(kind(1), Kind::Colleague);
        QCOMPARE(side(1), Side::Start);
        // Practice: the played person's rows say so.
        QVERIFY(!t.row(0).data(TranscriptPresentation::PracticeRole).toBool());
        const QImage real = render(t.row(0), 500);
        t.presentation.setPractice(true);
        QVERIFY(t.row(0).data(TranscriptPresentation::PracticeRole).toBool());
        QVERIFY(render(t.row(0), 500) != real);
    }

    void painterPerChannel()
    {
        struct Letters : ecoute::ui::TranscriptRowPainter
        {
            QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override
            {
                return {10, 77};
            }
            void paint(QPainter *, const QStyleOptionViewItem &, const QModelIndex &) const override { }
        };
        Timeline t;
        t.transcript.addMessage(message(1, "seeker", "Bonjour", at(15, 45)));
        TranscriptDelegate delegate;
        delegate.setPainter(ecoute::protocol::Channel::Email, std::make_unique<Letters>());
        QVERIFY(delegate.sizeHint(optionFor(400), t.row(0)).height() != 77);
        t.presentation.setChannel(ecoute::protocol::Channel::Email);
        QCOMPARE(delegate.sizeHint(optionFor(400), t.row(0)).height(), 77);
    }

    void copyAndClearTheClipboard()
    {
        Timeline t;
        t.transcript.addMessage(message(1, "seeker", "Bonsoir", at(15, 45)));
        t.transcript.addMessage(message(2, "volunteer", "Bonsoir, je vous écoute.", at(15, 46)));
        t.whispers.add(whisper("7", "anne", "Restez calme.", at(15, 47)));
        t.transcript.addMessage(message(3, "seeker", "Merci", at(15, 48)));
        TranscriptView view;
        view.setModel(&t.presentation);
        ClipboardGuard guard(std::chrono::milliseconds(150));
        view.setClipboardGuard(&guard);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.selectionMode(), QAbstractItemView::ExtendedSelection);

        view.selectionModel()->select(t.row(3), QItemSelectionModel::Select);
        view.selectionModel()->select(t.row(0), QItemSelectionModel::Select);
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QClipboard *clipboard = QGuiApplication::clipboard();
        QCOMPARE(clipboard->text(), QStringLiteral("Lotus 81, 15:45: Bonsoir\nLotus 81, 15:48: Merci"));
        QVERIFY(guard.isPending());
        QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 3000);
        QCOMPARE(cleared.count(), 1);

        // Something else copied meanwhile is left alone.
        view.selectionModel()->clearSelection();
        view.selectionModel()->select(t.row(2), QItemSelectionModel::Select);
        QVERIFY(view.copySelection());
        QCOMPARE(clipboard->text(), QStringLiteral("Whisper from anne, 15:47: Restez calme."));
        clipboard->setText("numéro de la ligne d'écoute");
        QTest::qWait(400);
        QVERIFY(!guard.isPending());
        QCOMPARE(clipboard->text(), QStringLiteral("numéro de la ligne d'écoute"));
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(guard.timeout(), std::chrono::milliseconds(150));
    }

    void keyboardAndScreenReader()
    {
        Timeline t;
        for (int i = 1; i <= 3; ++i)
            t.transcript.addMessage(message(i, i % 2 ? "seeker" : "volunteer",
                                            QStringLiteral("Message %1").arg(i), at(15, 40 + i)));
        TranscriptView view;
        view.setModel(&t.presentation);
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view.hasFocus());
        QCOMPARE(view.currentIndex().row(), 2); // by keyboard, the newest message first
        view.setCurrentIndex(t.row(0));
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.currentIndex().row(), 1);
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.currentIndex().row(), 2);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.currentIndex().row(), 0);
        QCOMPARE(view.verticalScrollMode(), QAbstractItemView::ScrollPerPixel);

        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(list);
        QStringList names;
        for (int i = 0; i < list->childCount(); ++i)
            names << list->child(i)->text(QAccessible::Name);
        QVERIFY2(names.contains(QStringLiteral("You, 15:42: Message 2")), qPrintable(names.join(" | ")));
        QVERIFY(names.contains(QStringLiteral("Lotus 81, 15:41: Message 1")));
    }

    void staysAtTheBottomOnlyWhenThere()
    {
        Timeline t;
        TranscriptView view;
        view.setModel(&t.presentation);
        view.resize(360, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 1; i <= 30; ++i)
            t.transcript.addMessage(message(i, "seeker", QStringLiteral("Ligne %1").arg(i), at(15, 0 + i)));
        QScrollBar *bar = view.verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(view.isAtBottom());

        // Scrolled up to read: a new message does not pull the reader down.
        bar->setValue(0);
        QVERIFY(!view.isAtBottom());
        const int before = bar->maximum();
        t.transcript.addMessage(message(31, "seeker", "Encore une", at(15, 40)));
        QTRY_VERIFY(bar->maximum() > before);
        QCOMPARE(bar->value(), 0);

        // Back at the bottom: it follows again.
        bar->setValue(bar->maximum());
        const int again = bar->maximum();
        t.transcript.addMessage(message(32, "seeker", "Et une autre", at(15, 41)));
        QTRY_VERIFY(bar->maximum() > again);
        QTRY_COMPARE(bar->value(), bar->maximum());
    }

    void paneShowsWhispersInTheTimeline()
    {
        ecoute::models::Contact contact;
        contact.id = "k1";
        contact.channel = "chat";
        contact.pseudonym = "Lotus 81";
        contact.language = "fr";
        contact.state = "active";
        ecoute::models::Conversation conversation(contact);
        conversation.transcript()->addMessage(message(1, "seeker", "Bonsoir", at(21, 0)));
        conversation.transcript()->addMessage(message(2, "volunteer", "Bonsoir, je vous écoute.", at(21, 1)));
        ecoute::ui::ConversationPane pane(conversation);
        pane.setSelf("volunteer1");
        pane.resize(700, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(!pane.whisperView()->isVisible()); // the volunteer does not whisper
        QVERIFY(pane.supervisionText().isEmpty());

        // A supervisor joins and whispers: an alert banner, the whisper in the transcript view.
        conversation.supervision().update("anne", "Anne", "listening");
        conversation.whispers()->add(
            whisper("9", "anne", "Demandez-lui si elle est seule ce soir.", at(21, 2)));
        QVERIFY(!pane.supervisionText().isEmpty());
        const QAbstractItemModel *rows = pane.transcriptView()->model();
        QCOMPARE(rows->rowCount(), 3);
        QCOMPARE(rows->index(2, 0).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Whisper from Anne, 21:02: Demandez-lui si elle est seule ce soir."));
        QCOMPARE(conversation.transcript()->rowCount(), 2);
        auto *banner = pane.findChild<QLabel *>("supervisionBanner");
        QAccessibleInterface *alert = QAccessible::queryAccessibleInterface(banner);
        QVERIFY(alert);
        QCOMPARE(alert->role(), QAccessible::AlertMessage);
        QCOMPARE(alert->text(QAccessible::Name), banner->text()); // its text, readable
        QVERIFY(banner->accessibleName().isEmpty());
        // The desktop turns dark: the banner follows.
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
            dark.setColor(role, QColor(0x20, 0x22, 0x25));
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(role, QColor(0xe0, 0xe0, 0xe0));
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        QCOMPARE(banner->palette().color(QPalette::Window),
                 ecoute::ui::Theme::background(ecoute::ui::Theme::Role::Supervision));
        QCOMPARE(pane.whisperView()->palette().color(QPalette::Window),
                 ecoute::ui::Theme::background(ecoute::ui::Theme::Role::Whisper));
        QApplication::setPalette(light);

        // Every button is named as it reads (WCAG 2.5.3).
        for (QPushButton *button : pane.findChildren<QPushButton *>()) {
            QCOMPARE(button->accessibleName(), ecoute::ui::AccessibleNames::withoutMnemonic(button->text()));
            QVERIFY(!button->accessibleDescription().isEmpty());
        }

        // Listening as a supervisor: the whisper box under the transcript.
        conversation.setAccess(ecoute::models::Conversation::Access::Supervising);
        QVERIFY(pane.whisperView()->isVisible());
        QSignalSpy whispered(&pane, &ecoute::ui::ConversationPane::whisperRequested);
        auto *input = pane.findChild<QLineEdit *>("whisperInput");
        QTest::keyClicks(input, "Bien vu.");
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(whispered.count(), 1);
        QCOMPARE(whispered.first().at(1).toString(), QStringLiteral("Bien vu."));
        QCOMPARE(rows->index(1, 0).data(TranscriptPresentation::KindRole).value<Kind>(), Kind::Colleague);
        QTest::qWait(50); // the banner's new height laid out
        if (qEnvironmentVariableIsSet("ECOUTE_SCREENSHOT_DIR"))
            pane.grab().save(qEnvironmentVariable("ECOUTE_SCREENSHOT_DIR") + "/conversation-supervising.png");
    }

    /// A conversation as a volunteer sees it (ECOUTE_SCREENSHOT_DIR: saved as transcript*.png).
    void screenshot_data()
    {
        QTest::addColumn<bool>("practice");
        QTest::newRow("real") << false;
        QTest::newRow("practice") << true;
    }
    void screenshot()
    {
        QFETCH(bool, practice);
        Timeline t;
        t.presentation.setPractice(practice);
        t.presentation.setStaffDisplayName("anne", "Anne");
        t.transcript.addMessage(
            message(1, "seeker", "Bonsoir… je ne sais pas trop pourquoi j'écris ici.", at(21, 2)));
        t.transcript.addMessage(
            message(2, "volunteer", "Bonsoir, je suis là et je vous écoute. Prenez votre temps.", at(21, 3)));
        t.transcript.addMessage(
            message(3, "seeker",
                    "Depuis que j'ai perdu mon travail je ne dors plus, je tourne en rond la nuit "
                    "et je n'ose pas en parler à ma famille. J'ai l'impression d'être un poids. 😔",
                    at(21, 5)));
        t.whispers.add(whisper("1", "anne", "Demande-lui si elle est en sécurité ce soir.", at(21, 6)));
        t.transcript.addMessage(message(4, "seeker", QStringLiteral("أشعر بالوحدة"), at(21, 7)));
        t.transcript.addMessage(message(5, "system", "Une superviseuse écoute la conversation.", at(21, 7)));
        t.transcript.addPending(
            "c1", "Vous dites que vous êtes un poids : qu'est-ce qui vous fait penser cela ?", at(21, 8));
        TranscriptView view;
        view.setModel(&t.presentation);
        view.resize(560, 620);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCurrentIndex(t.row(1));
        QTest::qWait(50);
        const QImage shot = view.grab().toImage();
        QVERIFY(!shot.isNull());
        if (qEnvironmentVariableIsSet("ECOUTE_SCREENSHOT_DIR"))
            shot.save(qEnvironmentVariable("ECOUTE_SCREENSHOT_DIR")
                      + (practice ? "/transcript-practice.png" : "/transcript.png"));
    }
};

QTEST_MAIN(TestTranscriptDelegate)
#include "tst_transcript_delegate.moc"
