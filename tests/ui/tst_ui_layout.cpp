// SPDX-License-Identifier: GPL-3.0-or-later
// The window of each role, in French, at a 1366×768 laptop and a 1920×1080 screen, against a real
// ecoute-server: screenshots saved as test artefacts (tests/ui/artifacts/layout-*.png), and the
// things that matter checked on them — no button, tab or header text cut, the conversation at
// least half of the window, every control reachable with Tab.
#include "ServerProcess.h"
#include "TestClient.h"
#include "UiLogin.h"
#include "UiTestSupport.h"
#include "models/conversation/Conversation.h"
#include "models/notes/NotesWorkspace.h"
#include "models/supervision/SupervisionModel.h"
#include "models/workstation/Workstation.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/ConversationTabs.h"
#include "ui/conversation/NoConversationView.h"
#include "ui/practice/PracticeDesk.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLibraryInfo>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTranslator>
#include <QtTest>

using ecoute::models::NotesWorkspace;
using ecoute::models::Presence;
using ecoute::models::Workstation;
using ecoute::testing::ServerProcess;
using ecoute::testing::TestClient;
using ecoute::ui::MainWindow;

namespace {

constexpr int kTimeout = 15000;
const QList<QSize> kSizes {QSize(1366, 768), QSize(1920, 1080)};

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

/// A widget the person sees: shown inside the window, not in a closed dock or a menu.
bool isShown(const QWidget *widget, const QWidget *window)
{
    return widget->isVisibleTo(window) && !widget->visibleRegion().isEmpty();
}

/// Texts that do not fit where they are drawn, as "what (need px, have px)".
QStringList cutTexts(const QWidget &window)
{
    QStringList cut;
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (!isShown(button, &window) || button->text().isEmpty())
            continue;
        if (button->width() < button->sizeHint().width())
            cut << QStringLiteral("button “%1” (%2 px, has %3)")
                       .arg(withoutMnemonic(button->text()))
                       .arg(button->sizeHint().width())
                       .arg(button->width());
    }
    for (const QHeaderView *header : window.findChildren<QHeaderView *>()) {
        if (!isShown(header, &window) || !header->model())
            continue;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString text = header->model()->headerData(i, header->orientation()).toString();
            const int needed = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
            if (header->sectionSize(i) < needed)
                cut << QStringLiteral("header “%1” (%2 px, has %3)")
                           .arg(text)
                           .arg(needed)
                           .arg(header->sectionSize(i));
        }
    }
    for (const QTabBar *tabs : window.findChildren<QTabBar *>()) {
        if (!isShown(tabs, &window))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            const int needed = tabs->fontMetrics().horizontalAdvance(withoutMnemonic(tabs->tabText(i)));
            if (tabs->tabRect(i).width() < needed)
                cut << QStringLiteral("tab “%1”").arg(tabs->tabText(i));
        }
    }
    // A toolbar too narrow hides its last actions behind an extension button.
    for (const QToolBar *bar : window.findChildren<QToolBar *>()) {
        const auto *more = bar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"));
        if (isShown(bar, &window) && more && more->isVisible())
            cut << QStringLiteral("toolbar “%1” overflows").arg(bar->windowTitle());
    }
    return cut;
}

/// Presses Tab around the window and returns the controls it never reached.
QStringList unreachable(QWidget &window)
{
    QList<QWidget *> focusable;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if ((widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && widget->isEnabled()
            && isShown(widget, &window) && !widget->focusProxy())
            focusable << widget;
    }
    QSet<QWidget *> reached;
    for (int i = 0; i < 3 * focusable.size() + 5; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        reached.insert(focus);
        if (qEnvironmentVariableIsSet("ECOUTE_TRACE_TAB"))
            qInfo() << "tab stop" << focus->objectName() << focus->metaObject()->className();
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    // A radio group is one Tab stop; its other choices are reached with the arrow keys.
    for (QWidget *widget : std::as_const(focusable)) {
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        if (button && button->group() && button->group()->exclusive()) {
            for (QAbstractButton *other : button->group()->buttons()) {
                if (reached.contains(other))
                    reached.insert(widget);
            }
        }
    }
    QStringList missing;
    for (QWidget *widget : std::as_const(focusable)) {
        if (!reached.contains(widget))
            missing << QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                     QString::fromLatin1(widget->metaObject()->className()));
    }
    return missing;
}

} // namespace

class TestUiLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void volunteer();
    void supervisor();
    void trainer();

private:
    bool logIn(Workstation &workstation, const QString &user)
    {
        return ecoute::testing::logInThroughDialog(workstation, *m_server, user, kTimeout);
    }
    /// Shows the window at each size, saves a screenshot, checks it.
    void checkAtEachSize(MainWindow &window, const QString &name, bool conversationOpen);
    QString startChat(TestClient &seeker, const QString &language, const QString &text);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QTranslator *> m_translators;
    QString m_artifacts;
};

void TestUiLayout::initTestCase()
{
    // The line is French-speaking: its words are the longest to fit.
    QLocale::setDefault(QLocale(QStringLiteral("fr")));
    auto *qt = new QTranslator(this);
    if (qt->load(QStringLiteral("qtbase_fr"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(this);
    QVERIFY(ours->load(QStringLiteral(":/i18n/ecoute_fr")));
    QCoreApplication::installTranslator(ours);

    m_server = std::make_unique<ServerProcess>();
    QVERIFY2(m_server->start(), "ecoute-server did not start");
    m_dir = std::make_unique<QTemporaryDir>();
    m_artifacts = QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(QStringLiteral("artifacts"));
    QDir().mkpath(m_artifacts);
}

void TestUiLayout::cleanupTestCase()
{
    m_server.reset();
    m_dir.reset();
}

QString TestUiLayout::startChat(TestClient &seeker, const QString &language, const QString &text)
{
    if (!seeker.open(m_server->seekerUrl(), m_server->baseUrl().toString(QUrl::StripTrailingSlash))
        || !seeker.hello())
        return {};
    const auto session = seeker.request(QStringLiteral("seeker.start"), {{"language", language}});
    if (!session)
        return {};
    seeker.request(QStringLiteral("chat.send"), {{"clientMsgId", "m1"}, {"text", text}});
    return session->body.value(QLatin1String("contactId")).toString();
}

void TestUiLayout::checkAtEachSize(MainWindow &window, const QString &name, bool conversationOpen)
{
    for (const QSize &size : kSizes) {
        const QString label = QStringLiteral("%1-%2x%3").arg(name).arg(size.width()).arg(size.height());
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCoreApplication::processEvents();
        QCOMPARE(window.size(), size);
        QVERIFY(window.grab().save(QDir(m_artifacts).filePath(QStringLiteral("layout-%1.png").arg(label))));

        const QStringList cut = cutTexts(window);
        QVERIFY2(cut.isEmpty(), qPrintable(label + QStringLiteral(": ") + cut.join(QStringLiteral("; "))));
        if (conversationOpen) {
            auto *transcript = window.findChild<QListView *>(QStringLiteral("transcriptView"));
            QVERIFY(transcript && isShown(transcript, &window));
            QVERIFY2(transcript->width() * 2 >= window.width(),
                     qPrintable(QStringLiteral("%1: the conversation is %2 px of %3")
                                    .arg(label)
                                    .arg(transcript->width())
                                    .arg(window.width())));
        }
        const QStringList missing = unreachable(window);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(label + QStringLiteral(" not reachable by Tab: ")
                            + missing.join(QStringLiteral(", "))));
    }
}

void TestUiLayout::volunteer()
{
    QSettings settings(m_dir->filePath(QStringLiteral("volunteer.ini")), QSettings::IniFormat);
    Workstation workstation(settings);
    NotesWorkspace::Options options;
    options.directory = m_dir->filePath(QStringLiteral("notes"));
    NotesWorkspace notes(options);
    notes.followAccountOf(workstation);
    QVERIFY(logIn(workstation, QStringLiteral("volunteer")));
    MainWindow window(workstation, &notes);

    // Off shift, nothing open: the centre says what to do.
    checkAtEachSize(window, QStringLiteral("volunteer-off-shift"), false);
    QVERIFY(window.noConversationView()->isVisible());
    QVERIFY(window.noConversationView()->body().contains(QStringLiteral("Ctrl+1")));

    workstation.session().setPresence(Presence::Available);
    QTRY_COMPARE_WITH_TIMEOUT(workstation.session().presence(), Presence::Available, kTimeout);
    TestClient first;
    TestClient second;
    TestClient third;
    const QString contactId =
        startChat(first, QStringLiteral("fr"),
                  QStringLiteral("Bonsoir. Je n’arrive pas à dormir, je pense à elle tout le temps."));
    QVERIFY(!contactId.isEmpty());
    QVERIFY(!startChat(second, QStringLiteral("de"), QStringLiteral("Hallo?")).isEmpty());
    QVERIFY(
        !startChat(third, QStringLiteral("fr"), QStringLiteral("Est-ce que quelqu’un est là ?")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(workstation.inbox().rowCount(), 3, kTimeout);
    checkAtEachSize(window, QStringLiteral("volunteer-waiting"), false);

    workstation.accept(contactId);
    QTRY_VERIFY_WITH_TIMEOUT(window.conversations()->paneFor(contactId), kTimeout);
    ecoute::models::Conversation &conversation = window.conversations()->paneFor(contactId)->conversation();
    QTRY_COMPARE_WITH_TIMEOUT(conversation.transcript()->rowCount(), 1, kTimeout);
    QVERIFY(conversation.send(QStringLiteral("Bonsoir, je suis là. Vous voulez me parler d’elle ?")));
    first.request(QStringLiteral("chat.send"),
                  {{"clientMsgId", "m2"},
                   {"text",
                    QStringLiteral("Oui. Ça fait trois mois qu’elle est partie et la maison est tellement "
                                   "silencieuse le soir. Je ne sais pas à qui en parler.")}});
    QTRY_COMPARE_WITH_TIMEOUT(conversation.transcript()->rowCount(), 3, kTimeout);
    checkAtEachSize(window, QStringLiteral("volunteer-conversation"), true);
    window.close();
}

void TestUiLayout::supervisor()
{
    QSettings volunteerSettings(m_dir->filePath(QStringLiteral("volunteer2.ini")), QSettings::IniFormat);
    QSettings supervisorSettings(m_dir->filePath(QStringLiteral("supervisor.ini")), QSettings::IniFormat);
    Workstation volunteer(volunteerSettings);
    Workstation supervisor(supervisorSettings);
    QVERIFY(logIn(volunteer, QStringLiteral("volunteer")));
    QVERIFY(logIn(supervisor, QStringLiteral("supervisor")));
    MainWindow window(supervisor);

    // A conversation the volunteer asks help about.
    volunteer.session().setPresence(Presence::Available);
    QTRY_COMPARE_WITH_TIMEOUT(volunteer.session().presence(), Presence::Available, kTimeout);
    TestClient seeker;
    const QString contactId = startChat(seeker, QStringLiteral("fr"),
                                        QStringLiteral("J’ai peur de ce que je pourrais faire ce soir."));
    QVERIFY(!contactId.isEmpty());
    volunteer.accept(contactId);
    QTRY_VERIFY_WITH_TIMEOUT(volunteer.conversations().find(contactId), kTimeout);
    QVERIFY(volunteer.supervision().ask(QStringLiteral("urgent"), contactId,
                                        QStringLiteral("Idées suicidaires, besoin d’aide")));
    QTRY_COMPARE_WITH_TIMEOUT(supervisor.supervision().queue().rowCount(), 1, kTimeout);

    // Off shift: the queue and the team come first; no inbox.
    QVERIFY(window.supervisionQueueDock()->isVisibleTo(&window));
    QVERIFY(window.teamBoardDock()->isVisibleTo(&window));
    QVERIFY(!window.inboxDock()->isVisibleTo(&window));
    checkAtEachSize(window, QStringLiteral("supervisor-queue"), false);

    QSignalSpy refusals(&supervisor.supervision(), &ecoute::models::SupervisionModel::errorMessage);
    const QString requestId = supervisor.supervision().queue().requestAt(0).id;
    supervisor.supervision().accept(requestId);
    QTRY_VERIFY2_WITH_TIMEOUT(
        supervisor.supervision().queue().find(requestId).isAccepted(),
        qPrintable(refusals.isEmpty() ? QString() : refusals.first().first().toString()), kTimeout);
    supervisor.supervision().join(contactId, requestId);
    QTRY_VERIFY_WITH_TIMEOUT(window.conversations()->paneFor(contactId), kTimeout);
    checkAtEachSize(window, QStringLiteral("supervisor-listening"), true);
    window.close();
}

void TestUiLayout::trainer()
{
    QSettings settings(m_dir->filePath(QStringLiteral("trainer.ini")), QSettings::IniFormat);
    Workstation workstation(settings);
    QVERIFY(logIn(workstation, QStringLiteral("trainer")));
    MainWindow window(workstation);
    QVERIFY(!window.inboxDock()->isVisibleTo(&window));
    QVERIFY(!window.shiftToolBar()->isVisibleTo(&window));
    checkAtEachSize(window, QStringLiteral("trainer"), false);
    QVERIFY(window.practiceDesk()->scenarioDock()->isVisibleTo(&window));
    window.close();
}

QTEST_MAIN(TestUiLayout)
#include "tst_ui_layout.moc"
