// SPDX-License-Identifier: GPL-3.0-or-later
// The inbox list, the shift, offer and wrap-up bars and the announcements, as a screen reader
// meets them (in-process: QAccessible interfaces and events; tests/ui/atspi walks the real bus).

#include "models/workstation/Workstation.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/accessibility/Announcer.h"
#include "ui/connection/CertificateDialog.h"
#include "ui/connection/ConnectionBanner.h"
#include "ui/connection/LoginDialog.h"
#include "ui/conversation/WrapupBar.h"
#include "ui/inbox/InboxDelegate.h"
#include "ui/inbox/InboxView.h"
#include "ui/inbox/OffShiftDialog.h"
#include "ui/inbox/OfferAlert.h"
#include "ui/inbox/OfferBar.h"
#include "ui/inbox/ShiftBar.h"
#include "ui/inbox/TeamBoard.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

using ecoute::models::InboxModel;
using ecoute::models::Presence;
using ecoute::models::Workstation;
using ecoute::protocol::Envelope;
using ecoute::ui::AccessibleNames;
using ecoute::ui::Announcer;
using ecoute::ui::InboxDelegate;
using ecoute::ui::InboxRowLayout;
using ecoute::ui::InboxView;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 1, 10), QTime(21, 0), Qt::UTC);

QJsonObject contactJson(const QString &id, const QString &pseudonym, qint64 waitingSeconds,
                        const QString &channel = QStringLiteral("chat"), const QString &language = "fr",
                        bool urgent = false, bool practice = false)
{
    return {{"id", id},
            {"channel", channel},
            {"pseudonym", pseudonym},
            {"language", language},
            {"state", "waiting"},
            {"createdAt", kNow.addSecs(-waitingSeconds).toString(Qt::ISODate)},
            {"urgent", urgent},
            {"practice", practice}};
}

Envelope presence(const QString &state, const QJsonObject &extra = {})
{
    QJsonObject body = extra;
    body.insert("state", state);
    body.insert("chosen", state == "busy" || state == "wrapup" ? QStringLiteral("available") : state);
    return Envelope::make("presence.state", body);
}

/// What a screen reader hears of a widget appearing. Qt sends its ObjectShow accessibility event
/// (AT-SPI object:state-changed:showing) from the same place as the widget's QShowEvent, but only
/// while accessibility is active, which needs a platform bridge: the offscreen platform of the
/// ctest runs has none, so the log counts the show events, and under xcb with AT-SPI
/// (tests/ui/atspi/run-under-atspi.sh) also checks the accessibility events themselves.
class ShowLog : public QObject
{
public:
    ShowLog()
    {
        events.clear();
        qApp->installEventFilter(this);
        QAccessible::setActive(true);
        if (QAccessible::isActive())
            QAccessible::installUpdateHandler(&ShowLog::record);
    }
    ~ShowLog() override
    {
        QAccessible::installUpdateHandler(nullptr);
        qApp->removeEventFilter(this);
    }

    /// How often widget appeared (and, when accessibility is active, was announced as showing).
    int shows(const QObject *widget) const { return count(m_shown, widget, QAccessible::ObjectShow); }
    int hides(const QObject *widget) const { return count(m_hidden, widget, QAccessible::ObjectHide); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            m_shown.append(watched);
        else if (event->type() == QEvent::Hide)
            m_hidden.append(watched);
        return false;
    }

private:
    struct Entry
    {
        QAccessible::Event type;
        QPointer<QObject> object;
    };
    static inline QList<Entry> events;
    static void record(QAccessibleEvent *event) { events.append({event->type(), event->object()}); }

    static int count(const QList<QPointer<QObject>> &list, const QObject *widget, QAccessible::Event type)
    {
        const int n = int(std::count_if(list.cbegin(), list.cend(),
                                        [&](const QPointer<QObject> &shown) { return shown == widget; }));
        if (QAccessible::isActive()) {
            const int accessible = int(std::count_if(events.cbegin(), events.cend(), [&](const Entry &entry) {
                return entry.type == type && entry.object == widget;
            }));
            if (accessible != n)
                qWarning() << "accessibility events" << accessible << "for" << n << "Qt events";
            return std::min(n, accessible);
        }
        return n;
    }

    QList<QPointer<QObject>> m_shown;
    QList<QPointer<QObject>> m_hidden;
};

QString accessibleName(QObject *object)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(QAccessible::Name) : QString();
}

QAccessible::Role accessibleRole(QObject *object)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->role() : QAccessible::NoRole;
}

/// Every button is named after its visible text (WCAG 2.5.3), for Qt and for our own names.
void verifyButtonNames(QWidget *root)
{
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->objectName().startsWith("qt_") || button->text().isEmpty())
            continue;
        const QString visible = AccessibleNames::withoutMnemonic(button->text());
        QVERIFY2(accessibleName(button) == visible,
                 qPrintable(QStringLiteral("%1: \"%2\" read as \"%3\"")
                                .arg(button->objectName(), visible, accessibleName(button))));
    }
}

/// A live status label: no fixed accessible name, so what is read is its text.
void verifyLiveLabel(QLabel *label)
{
    QVERIFY(label);
    QVERIFY2(label->accessibleName().isEmpty(), qPrintable(label->objectName()));
    QCOMPARE(accessibleName(label), label->text());
}

struct Desk
{
    Desk() : settings(dir.filePath("ecoute.ini"), QSettings::IniFormat), workstation(settings) { }
    QTemporaryDir dir;
    QSettings settings;
    Workstation workstation;
};

} // namespace

class TestUiInbox : public QObject
{
    Q_OBJECT

private slots:
    void rowsReadAsSentences()
    {
        InboxModel model;
        model.setClock([] { return kNow; });
        model.resetContacts(
            QJsonArray {contactJson("a", "Lotus 81", 150, "chat", "fr", true),
                        contactJson("b", "Colibri 7", 20, "email", "de"),
                        contactJson("c", "Héron 3", 3 * 3600 + 5 * 60, "phone", "en", false, true)});
        InboxView view(model);
        QListView *list = view.list();
        QCOMPARE(list->model()->rowCount(), 3);
        const QModelIndex lotus = list->model()->index(model.rowOf("a"), list->modelColumn());
        // (Plural forms come from the translations; the tests run untranslated.)
        QCOMPARE(lotus.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Chat from Lotus 81, French, waiting %1, urgent")
                     .arg(InboxModel::formatWaiting(150)));
        const QModelIndex colibri = list->model()->index(model.rowOf("b"), list->modelColumn());
        QCOMPARE(colibri.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Email from Colibri 7, German, waiting less than a minute"));
        const QModelIndex heron = list->model()->index(model.rowOf("c"), list->modelColumn());
        QCOMPARE(
            heron.data(Qt::AccessibleTextRole).toString(),
            QStringLiteral("Call from Héron 3, English, waiting 3 h 05 min, practice exercise, not a real "
                           "person"));

        // What a screen reader gets for the row is that sentence, not "Chat".
        QAccessibleInterface *listIface = QAccessible::queryAccessibleInterface(list);
        QVERIFY(listIface);
        QStringList names;
        for (int i = 0; i < listIface->childCount(); ++i)
            names << listIface->child(i)->text(QAccessible::Name);
        QVERIFY2(names.contains(lotus.data(Qt::AccessibleTextRole).toString()),
                 qPrintable(names.join(" | ")));

        // The drawn pieces say the same.
        QCOMPARE(ecoute::ui::InboxRowText::pseudonym(lotus), QStringLiteral("Lotus 81"));
        QCOMPARE(ecoute::ui::InboxRowText::channel(lotus), QStringLiteral("Chat"));
        QCOMPARE(ecoute::ui::InboxRowText::language(lotus), QStringLiteral("French"));
        QCOMPARE(ecoute::ui::InboxRowText::waiting(lotus), QStringLiteral("waiting 2 min"));
        QCOMPARE(ecoute::ui::InboxRowText::waiting(colibri), QStringLiteral("waiting < 1 min"));
        QCOMPARE(ecoute::ui::InboxRowText::waiting(heron), QStringLiteral("waiting 3 h 05 min"));
        QVERIFY(!lotus.data(Qt::DecorationRole).value<QIcon>().isNull());

        // An offer is read too.
        model.addOffer(ecoute::models::Contact::fromJson(contactJson("b", "Colibri 7", 20, "email", "de")),
                       30000);
        const QModelIndex offered = list->model()->index(model.rowOf("b"), list->modelColumn());
        QCOMPARE(offered.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Email from Colibri 7, German, waiting less than a minute, offered to you"));
        QCOMPARE(view.selectedContactId(), QStringLiteral("b")); // selected: Enter takes it
    }

    void nothingIsElidedInANarrowInbox_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("260") << 260;
        QTest::newRow("280") << 280;
        QTest::newRow("320") << 320;
    }

    void nothingIsElidedInANarrowInbox()
    {
        QFETCH(int, width);
        InboxModel model;
        model.setClock([] { return kNow; });
        // The widest rows: every badge, the longest language name and waiting time.
        model.resetContacts(QJsonArray {
            contactJson("a", "Lotus 81", 150, "chat", "fr"),
            contactJson("b", "Salamandre 9999", 3 * 3600 + 5 * 60, "email", "lb", true, true),
            contactJson("c", "Colibri 7", 20, "phone", "pt", true),
        });
        model.addOffer(ecoute::models::Contact::fromJson(
                           contactJson("b", "Salamandre 9999", 3 * 3600 + 5 * 60, "email", "lb", true, true)),
                       30000);
        InboxView view(model);
        view.resize(width + 200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QListView *list = view.list();
        QTRY_VERIFY(list->visualRect(list->model()->index(0, list->modelColumn())).isValid());
        // Narrowed after a first layout (a dock made smaller): the rows grow to match.
        const int wideHeight = list->visualRect(list->model()->index(0, list->modelColumn())).height();
        view.resize(width, 500);
        QTRY_VERIFY(list->visualRect(list->model()->index(0, list->modelColumn())).height() > wideHeight);

        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, list->modelColumn());
            QStyleOptionViewItem option;
            option.initFrom(list);
            option.font = list->font();
            option.widget = list;
            option.rect = list->visualRect(index);
            const InboxRowLayout layout = InboxDelegate::layout(option, index);
            // The size hint is honest: the row's rectangle holds everything drawn.
            QVERIFY2(option.rect.height() >= layout.height, qPrintable(QString::number(row)));
            QVERIFY(option.rect.contains(layout.iconRect));
            int badges = 0;
            int details = 0;
            bool pseudonym = false;
            for (const InboxRowLayout::Piece &piece : layout.pieces) {
                const QFontMetrics fm(piece.font);
                const QString what =
                    QStringLiteral("row %1, \"%2\" in %3 px").arg(row).arg(piece.text).arg(width);
                QVERIFY2(option.rect.contains(piece.rect), qPrintable(what));
                QVERIFY2(piece.rect.contains(piece.textRect), qPrintable(what));
                QVERIFY2(!piece.wraps, qPrintable(what)); // fits on its line without wrapping
                QVERIFY2(fm.horizontalAdvance(piece.text) <= piece.textRect.width(), qPrintable(what));
                QVERIFY2(fm.height() <= piece.textRect.height(), qPrintable(what));
                badges += piece.part == InboxRowLayout::Part::Badge;
                details += piece.part == InboxRowLayout::Part::Detail;
                pseudonym = pseudonym || piece.part == InboxRowLayout::Part::Pseudonym;
            }
            QVERIFY(pseudonym);
            QCOMPARE(details, 3);
            QCOMPARE(badges, ecoute::ui::InboxRowText::badges(index).size());
            // Pieces never overlap.
            for (qsizetype i = 0; i < layout.pieces.size(); ++i)
                for (qsizetype j = i + 1; j < layout.pieces.size(); ++j)
                    QVERIFY(!layout.pieces.at(i).rect.intersects(layout.pieces.at(j).rect));
        }
        QCOMPARE(ecoute::ui::InboxRowText::badges(list->model()->index(model.rowOf("b"), 0)).size(), 3);
        // The list never scrolls sideways.
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        if (qEnvironmentVariableIsSet("ECOUTE_SCREENSHOT_DIR"))
            view.grab().save(qEnvironmentVariable("ECOUTE_SCREENSHOT_DIR")
                             + QStringLiteral("/inbox-%1.png").arg(width));
    }

    void emptyInboxSaysWhatToDo()
    {
        Desk desk;
        InboxView view(desk.workstation.inbox());
        view.followPresence(desk.workstation.session());
        view.resize(280, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString offShift = QStringLiteral("You are off shift — press Ctrl+1 to take contacts");
        QCOMPARE(view.emptyText(), offShift);
        QCOMPARE(view.list()->accessibleDescription(), offShift);
        QCOMPARE(ecoute::ui::ShiftBar::shortcut(Presence::Available), QKeySequence(Qt::CTRL | Qt::Key_1));

        desk.workstation.handleEnvelope(presence("available"));
        QCOMPARE(view.emptyText(), QStringLiteral("Nobody is waiting."));
        QCOMPARE(view.list()->accessibleDescription(), QStringLiteral("Nobody is waiting."));
        const QImage empty = view.list()->viewport()->grab().toImage();

        // Drawn in the list itself, and gone once someone waits.
        desk.workstation.handleEnvelope(
            Envelope::make("inbox.snapshot", {{"contacts", QJsonArray {contactJson("a", "Lotus 81", 150)}}}));
        QVERIFY(view.list()->accessibleDescription().isEmpty());
        QVERIFY(view.list()->viewport()->grab().toImage() != empty);
    }

    void enterAndDoubleClickAccept()
    {
        InboxModel model;
        model.setClock([] { return kNow; });
        model.resetContacts(
            QJsonArray {contactJson("a", "Lotus 81", 150), contactJson("b", "Colibri 7", 20)});
        InboxView view(model);
        view.resize(280, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy accepted(&view, &InboxView::acceptRequested);
        QCOMPARE(view.selectedContactId(), QStringLiteral("a")); // the longest-waiting
        QTest::keyClick(view.list(), Qt::Key_Down);
        QCOMPARE(view.selectedContactId(), QStringLiteral("b"));
        QTest::keyClick(view.list(), Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(accepted.takeFirst().first().toString(), QStringLiteral("b"));
        const QRect first =
            view.list()->visualRect(view.list()->model()->index(0, view.list()->modelColumn()));
        // (QTest's double click is the second click of a pair.)
        QTest::mouseClick(view.list()->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(accepted.count(), 0); // a single click only selects
        QTest::mouseDClick(view.list()->viewport(), Qt::LeftButton, {}, first.center());
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(accepted.takeFirst().first().toString(), QStringLiteral("a"));
    }

    void shiftStatesAreARadioGroupThatArrowsDoNotChange()
    {
        Desk desk;
        ecoute::ui::ShiftBar bar(desk.workstation);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        if (!QTest::qWaitForWindowActive(&bar, 1000))
            QApplication::setActiveWindow(&bar); // no window manager (Xvfb)
        desk.workstation.handleEnvelope(presence("available"));
        auto *off = bar.findChild<QPushButton *>("presenceOff");
        auto *available = bar.findChild<QPushButton *>("presenceAvailable");
        auto *pause = bar.findChild<QPushButton *>("presencePause");
        QVERIFY(off && available && pause);
        QVERIFY(available->isChecked());

        for (QPushButton *button : {off, available, pause}) {
            QCOMPARE(accessibleRole(button), QAccessible::RadioButton);
            QCOMPARE(accessibleName(button), button->text());
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
            QVERIFY(iface->state().checkable);
            QCOMPARE(bool(iface->state().checked), button->isChecked());
            QVERIFY(!iface->text(QAccessible::Accelerator).isEmpty());
        }
        QCOMPARE(accessibleRole(bar.findChild<QWidget *>("presenceChoices")), QAccessible::Pane);
        // One Tab stop: the checked choice; then the pause reason, as laid out.
        QVERIFY(available->focusPolicy() & Qt::TabFocus);
        QVERIFY(!(off->focusPolicy() & Qt::TabFocus) && !(pause->focusPolicy() & Qt::TabFocus));
        available->setFocus();
        QTest::keyClick(available, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), bar.findChild<QWidget *>("pauseReason"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), available);

        // A stray arrow key moves the focus, never the volunteer's status.
        QSignalSpy clicks(pause, &QAbstractButton::clicked);
        available->setFocus();
        QTest::keyClick(available, Qt::Key_Right);
        QCOMPARE(QApplication::focusWidget(), pause);
        QTest::keyClick(pause, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), off); // wraps around
        QTest::keyClick(off, Qt::Key_Left);
        QTest::keyClick(pause, Qt::Key_Up);
        QCOMPARE(QApplication::focusWidget(), available);
        QTest::keyClick(available, Qt::Key_End);
        QCOMPARE(QApplication::focusWidget(), pause);
        QCOMPARE(clicks.count(), 0);
        QVERIFY(available->isChecked());
        QVERIFY(!pause->isChecked() && !off->isChecked());
        QCOMPARE(desk.workstation.session().presenceStatus().chosen, Presence::Available);
        QCOMPARE(bar.stateText(), QStringLiteral("Available"));

        // Space chooses; so does Enter.
        QTest::keyClick(pause, Qt::Key_Space);
        QCOMPARE(clicks.count(), 1);
        QSignalSpy availableClicks(available, &QAbstractButton::clicked);
        QTest::keyClick(available, Qt::Key_Return);
        QCOMPARE(availableClicks.count(), 1);
    }

    void statusChangesAreAnnounced()
    {
        Desk desk;
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *bar = new ecoute::ui::ShiftBar(desk.workstation, &window);
        layout->addWidget(bar);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        verifyLiveLabel(bar->findChild<QLabel *>("presenceLabel"));
        QVERIFY(Announcer::lastAnnouncement(&window).isEmpty()); // nothing at start

        desk.workstation.handleEnvelope(presence("pause", {{"reason", "repas"}}));
        QCOMPARE(Announcer::lastAnnouncement(&window), QStringLiteral("Your status: Pause: repas"));
        verifyLiveLabel(bar->findChild<QLabel *>("presenceLabel"));
        desk.workstation.handleEnvelope(presence("available"));
        QCOMPARE(Announcer::lastAnnouncement(&window), QStringLiteral("Your status: Available"));

        // A wrap-up is announced once, not at each second of its countdown.
        ShowLog log;
        desk.workstation.handleEnvelope(presence(
            "wrapup", {{"wrapupUntil", QDateTime::currentDateTimeUtc().addSecs(90).toString(Qt::ISODate)}}));
        QVERIFY(Announcer::lastAnnouncement(&window).startsWith(QStringLiteral("Your status: Wrap-up: ")));
        auto *region = window.findChild<QWidget *>(QLatin1String(Announcer::regionObjectName));
        QVERIFY(region);
        QCOMPARE(log.shows(region), 1);
        QTest::qWait(1200);
        QCOMPARE(log.shows(region), 1);
    }

    void announcerShowsANotification()
    {
        QWidget window;
        window.resize(300, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *inside = new QLabel(QStringLiteral("x"), &window);
        ShowLog log;
        Announcer::announce(inside, QStringLiteral("New chat offered: Lotus 81, French"));

        auto *region = window.findChild<QWidget *>(QLatin1String(Announcer::regionObjectName));
        QVERIFY(region);
        QCOMPARE(region->parentWidget(), &window);
        QVERIFY(region->isVisible());
        QCOMPARE(region->focusPolicy(), Qt::NoFocus);
        QVERIFY(region->width() <= 1 && region->height() <= 1);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(region);
        QCOMPARE(iface->role(), QAccessible::Notification);
        QVERIFY(!iface->state().invisible);
        QCOMPARE(iface->childCount(), 1);
        QAccessibleInterface *text = iface->child(0);
        QCOMPARE(text->role(), QAccessible::StaticText);
        QCOMPARE(text->text(QAccessible::Name), QStringLiteral("New chat offered: Lotus 81, French"));
        QVERIFY(!iface->text(QAccessible::Name).contains(QStringLiteral("Lotus")));
        QCOMPARE(log.shows(region), 1);

        // The same text again is a new announcement: hidden, then shown again.
        Announcer::announce(&window, QStringLiteral("New chat offered: Lotus 81, French"),
                            Announcer::Politeness::Assertive);
        QCOMPARE(log.hides(region), 1);
        QCOMPARE(log.shows(region), 2);
        QCOMPARE(window.findChildren<QWidget *>(QLatin1String(Announcer::regionObjectName)).size(), 1);

        // A hidden window says nothing, now or when it appears.
        QWidget hidden;
        Announcer::announce(&hidden, QStringLiteral("Not heard"));
        auto *silent = hidden.findChild<QWidget *>(QLatin1String(Announcer::regionObjectName));
        QVERIFY(silent);
        hidden.show();
        QVERIFY(QTest::qWaitForWindowExposed(&hidden));
        QVERIFY(!silent->isVisible());
        QCOMPARE(log.shows(silent), 0);
    }

    void offerIsAnnouncedAndBarsArePanels()
    {
        Desk desk;
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *offerBar = new ecoute::ui::OfferBar(desk.workstation, &window);
        auto *wrapupBar = new ecoute::ui::WrapupBar(desk.workstation.session(), &window);
        layout->addWidget(offerBar);
        layout->addWidget(wrapupBar);
        ecoute::ui::OfferAlert alert(desk.workstation, &window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(accessibleRole(offerBar), QAccessible::Pane);
        QCOMPARE(accessibleRole(wrapupBar), QAccessible::Pane);
        QCOMPARE(accessibleName(offerBar), QStringLiteral("Contact offered to you"));
        QSignalSpy notified(&alert, &ecoute::ui::OfferAlert::notified);

        QJsonObject offered = contactJson("k1", "Lotus 81", 30);
        offered.insert("state", "offered");
        desk.workstation.handleEnvelope(Envelope::make(
            "offer",
            {{"contact", offered},
             {"expiresAt", QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::ISODateWithMs)},
             {"timeoutMs", 30000}}));
        QVERIFY(offerBar->isVisible());
        QCOMPARE(Announcer::lastAnnouncement(&window), QStringLiteral("New chat offered: Lotus 81, French"));
        QCOMPARE(notified.count(), 1);

        // Without desktop notifications (the volunteer's preference) the screen reader still hears it.
        alert.setNotificationsEnabled(false);
        alert.setSoundEnabled(false);
        QJsonObject second = contactJson("k2", "Colibri 7", 10, "phone", "de");
        second.insert("state", "offered");
        desk.workstation.handleEnvelope(Envelope::make(
            "offer",
            {{"contact", second},
             {"expiresAt", QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::ISODateWithMs)},
             {"timeoutMs", 30000}}));
        QCOMPARE(notified.count(), 1);
        QCOMPARE(Announcer::lastAnnouncement(&window), QStringLiteral("New call offered: Colibri 7, German"));
        QVERIFY(alert.isRinging());
        verifyLiveLabel(offerBar->findChild<QLabel *>("offerLabel"));
        verifyButtonNames(offerBar);

        desk.workstation.handleEnvelope(presence(
            "wrapup", {{"wrapupUntil", QDateTime::currentDateTimeUtc().addSecs(90).toString(Qt::ISODate)}}));
        QVERIFY(wrapupBar->isVisible());
        verifyLiveLabel(wrapupBar->findChild<QLabel *>("wrapupLabel"));
        verifyButtonNames(wrapupBar);
        QCOMPARE(accessibleName(wrapupBar->findChild<QPushButton *>("extendWrapupButton")),
                 QStringLiteral("+2 min"));
        QVERIFY(
            !wrapupBar->findChild<QPushButton *>("extendWrapupButton")->accessibleDescription().isEmpty());

        // Urgent, practice, other channels.
        ecoute::models::Contact contact;
        contact.pseudonym = QStringLiteral("Colibri 7");
        contact.language = QStringLiteral("de");
        contact.channel = QStringLiteral("email");
        contact.urgent = true;
        QCOMPARE(ecoute::ui::OfferAlert::announcement(contact),
                 QStringLiteral("New email offered: Colibri 7, German, urgent"));
        contact.channel = QStringLiteral("phone");
        contact.urgent = false;
        contact.practice = true;
        QVERIFY(ecoute::ui::OfferAlert::announcement(contact).startsWith(QStringLiteral("PRACTICE")));
        QVERIFY(ecoute::ui::OfferAlert::announcement(contact).contains(QStringLiteral("New call offered")));
    }

    void buttonsAreNamedAfterTheirTextAndStatusLabelsAreRead()
    {
        QCOMPARE(AccessibleNames::withoutMnemonic(QStringLiteral("&Accept")), QStringLiteral("Accept"));
        QCOMPARE(AccessibleNames::withoutMnemonic(QStringLiteral("Save && c&lose")),
                 QStringLiteral("Save & close"));
        QCOMPARE(AccessibleNames::withoutMnemonic(QStringLiteral("C&hange")), QStringLiteral("Change"));

        Desk desk;
        ecoute::ui::ShiftBar shift(desk.workstation);
        verifyButtonNames(&shift);
        InboxView inbox(desk.workstation.inbox());
        verifyButtonNames(&inbox);
        QCOMPARE(inbox.findChild<QPushButton *>("acceptButton")->accessibleName(), QStringLiteral("Accept"));
        ecoute::ui::TeamBoard team(desk.workstation);
        verifyButtonNames(&team);
        verifyLiveLabel(team.findChild<QLabel *>("teamBoardUpdated"));
        ecoute::ui::OffShiftDialog offShift(2);
        verifyButtonNames(&offShift);

        ecoute::ui::LoginDialog login(desk.workstation);
        verifyButtonNames(&login);
        login.show();
        QTest::keyClick(login.findChild<QWidget *>("password"), Qt::Key_Return); // no address
        QVERIFY(!login.statusText().isEmpty());
        verifyLiveLabel(login.findChild<QLabel *>("loginStatus"));
        QCOMPARE(Announcer::lastAnnouncement(&login), login.statusText());

        ecoute::ui::CertificateDialog first(ecoute::ui::CertificateDialog::Kind::FirstConnection,
                                            QStringLiteral("ecoute.example.org:8443"),
                                            QByteArray(32, '\x5a'));
        verifyButtonNames(&first);
        verifyLiveLabel(first.findChild<QLabel *>("fingerprint"));
        QVERIFY(!first.findChild<QLabel *>("fingerprint")->accessibleDescription().isEmpty());
        ecoute::ui::CertificateDialog changed(ecoute::ui::CertificateDialog::Kind::Changed,
                                              QStringLiteral("ecoute.example.org:8443"),
                                              QByteArray(32, '\x5a'), QByteArray(32, '\x11'));
        verifyButtonNames(&changed);

        ecoute::ui::ConnectionBanner banner(desk.workstation);
        QVERIFY(banner.accessibleName().isEmpty());
        QVERIFY(!banner.accessibleDescription().isEmpty());
    }
};

QTEST_MAIN(TestUiInbox)
#include "tst_ui_inbox.moc"
