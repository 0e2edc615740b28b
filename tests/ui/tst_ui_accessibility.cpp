// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation as a screen reader meets it: the real AT-SPI tree of this
// process, read by tests/ui/atspi/atspi_probe.py (pyatspi) under Xvfb while a
// volunteer logs in, goes on shift, receives an offer, accepts it, chats and
// wraps up against a real ecoute-server, in French, then in German.
//
// Run through tests/ui/atspi/run-under-atspi.sh (CTest does): it provides the
// X server, the session and accessibility buses and QT_QPA_PLATFORM=xcb.
// Every tree and every event list is kept in tests/ui/artifacts/.
//
// The flow functions record findings for the checks that hold everywhere
// (a names, b button names, c label texts); the last functions assert them.

#include "ServerProcess.h"
#include "TestClient.h"
#include "UiTestSupport.h"
#include "models/workstation/Workstation.h"
#include "tests/ui/atspi/AccessibilityChecks.h"
#include "tests/ui/atspi/AtspiProbe.h"
#include "ui/connection/LoginDialog.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/ConversationTabs.h"
#include "ui/conversation/EndConversationDialog.h"
#include "ui/inbox/InboxView.h"
#include "ui/window/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using ecoute::models::Presence;
using ecoute::models::Workstation;
using ecoute::testing::AtspiListener;
using ecoute::testing::AtspiNode;
using ecoute::testing::AtspiProbe;
using ecoute::testing::AtspiTree;
using ecoute::testing::child;
using ecoute::testing::ServerProcess;
using ecoute::testing::TestClient;
using ecoute::ui::ConversationPane;
using ecoute::ui::LoginDialog;
using ecoute::ui::MainWindow;
namespace checks = ecoute::testing::accessibility;

/// Fails with every finding listed (QVERIFY2 would build the message even on success).
#define VERIFY_NO_FINDINGS(findings)                                                                         \
    do {                                                                                                     \
        const QStringList found = (findings);                                                                \
        if (!found.isEmpty())                                                                                \
            QFAIL(qPrintable(report(found)));                                                                \
    } while (false)

namespace {
constexpr int kTimeout = 15000;
/// How long an announcement may take to reach the bus after the event.
constexpr int kAnnouncementMs = 4000;

bool activate(QWidget &window)
{
    window.raise();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

QList<QWidget *> visibleWindows()
{
    QList<QWidget *> windows;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible())
            windows.append(widget);
    }
    return windows;
}

QString describeWidget(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(nothing)");
    return QStringLiteral("%1 '%2' [%3,%4 %5x%6]")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName())
        .arg(AtspiTree::screenRect(widget).x())
        .arg(AtspiTree::screenRect(widget).y())
        .arg(widget->width())
        .arg(widget->height());
}

/// Logs every finding on its own line (QtTest shortens long failure messages), keeps them as an
/// artefact, and returns the short failure message.
QString report(const QStringList &findings)
{
    if (findings.isEmpty())
        return {};
    QString label = QString::fromLatin1(QTest::currentTestFunction());
    if (const char *row = QTest::currentDataTag())
        label += QLatin1Char('-') + QString::fromLatin1(row);
    for (const QString &finding : findings)
        qWarning().noquote() << finding;
    const QString file = AtspiProbe::saveArtefact(
        QStringLiteral("findings-") + label, QJsonDocument(QJsonArray::fromStringList(findings)).toJson());
    return QStringLiteral("%1 finding(s), listed above and in %2; the first: %3")
        .arg(findings.size())
        .arg(file, findings.first());
}

/// The inbox row (list or table, sorted or not) that shows this pseudonym.
QModelIndex rowShowing(const QAbstractItemView &view, const QString &pseudonym)
{
    const QAbstractItemModel *model = view.model();
    const auto *list = qobject_cast<const QListView *>(&view);
    for (int row = 0; row < model->rowCount(view.rootIndex()); ++row) {
        for (int column = 0; column < model->columnCount(view.rootIndex()); ++column) {
            const QModelIndex index = model->index(row, column, view.rootIndex());
            if (index.data().toString().contains(pseudonym))
                return model->index(row, list ? list->modelColumn() : 0, view.rootIndex());
        }
    }
    return {};
}

/// A key press and release, delivered before this returns. QTest's key events are spontaneous,
/// and with AT-SPI on, Qt's bridge holds back every spontaneous key until the registry's
/// DeviceEventController says no screen reader took it, then sends it again (not spontaneous):
/// QTest::keyClick returns before the key has done anything. This sends it as the bridge finally does.
void pressKey(QWidget *widget, Qt::Key key)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier);
    QApplication::sendEvent(widget, &release);
}

/// The next widget Tab would reach if `from` let it go.
QWidget *nextTabStop(QWidget *from)
{
    for (QWidget *widget = from->nextInFocusChain(); widget && widget != from;
         widget = widget->nextInFocusChain()) {
        if ((widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && widget->isEnabled()
            && widget->isVisible() && widget->window() == from->window() && !widget->focusProxy())
            return widget;
    }
    return nullptr;
}
} // namespace

class TestUiAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // The French volunteer, step by step.
    void logInThroughTheDialog();
    void goOnShift();
    void shiftStateIsOneRadioGroup();
    void arrowKeysDoNotChangeThePresence();
    void offerIsAnnounced();
    void offerBarIsNotATopLevelFrame();
    void acceptingFromTheInboxFocusesTheReplyBox();
    void messageIsAnnounced();
    void noInvisibleFocusStops();
    void wrapupBarIsNotATopLevelFrame();
    // The same windows in German.
    void germanWorkstation();
    // What was recorded on every tree above.
    void everyFocusableControlHasAName();
    void buttonNamesAreTheirVisibleText_data();
    void buttonNamesAreTheirVisibleText();
    void statusLabelsExposeTheirText();

private:
    bool useLanguage(const QString &language);
    /// Reads the tree, records the findings of checks a, b and c; false if unreadable.
    bool dump(const QString &label, const QString &language, AtspiTree *tree = nullptr);
    void record(const QString &check, const QString &label, const QStringList &findings);
    QStringList findings(const QString &check) const;
    /// The login dialog: a wrong password first (its status text), then the right one.
    void logIn(Workstation &workstation, const QString &user, const QString &language);
    QString startSeeker(TestClient &seeker, const QString &text);
    void showWindow(MainWindow &window);
    /// (f) A bar inside the window: a panel, alert or notification, not a top-level frame.
    QStringList barFindings(const QString &label, QWidget *bar);
    QAbstractItemView *inboxView(MainWindow &window) const;

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workstation> m_workstation;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TestClient> m_seeker;
    QList<QTranslator *> m_translators;
    QString m_contactId;
    QString m_pseudonym;
    QHash<QString, AtspiTree> m_trees;
    /// check ("a", "b-fr", "b-de", "c") -> finding -> the trees it was seen in
    QHash<QString, QMap<QString, QStringList>> m_findings;
    QStringList m_checkedLabels;
};

void TestUiAccessibility::initTestCase()
{
    const QString unavailable = AtspiProbe::unavailableReason();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("needs the xcb platform (run through tests/ui/atspi/run-under-atspi.sh)");
    QVERIFY(useLanguage(QStringLiteral("fr")));
    AtspiProbe::clearArtefacts();
    m_server = std::make_unique<ServerProcess>();
    ServerProcess::Options options;
    options.extraArgs = QStringList {QStringLiteral("--wrapup-seconds"), QStringLiteral("60")};
    QVERIFY2(m_server->start(options), "ecoute-server did not start");
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("ecoute.ini")), QSettings::IniFormat);
    m_workstation = std::make_unique<Workstation>(*m_settings);
}

void TestUiAccessibility::cleanupTestCase()
{
    m_window.reset();
    m_seeker.reset();
    m_workstation.reset();
    m_settings.reset();
    m_server.reset();
    m_dir.reset();
}

bool TestUiAccessibility::useLanguage(const QString &language)
{
    for (QTranslator *translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
    QLocale::setDefault(QLocale(language));
    auto *qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    m_translators.append(qt);
    auto *ours = new QTranslator;
    const bool loaded = ours->load(QStringLiteral(":/i18n/ecoute_") + language);
    if (loaded)
        QCoreApplication::installTranslator(ours);
    m_translators.append(ours);
    return loaded;
}

void TestUiAccessibility::record(const QString &check, const QString &label, const QStringList &findings)
{
    QMap<QString, QStringList> &seen = m_findings[check];
    for (const QString &finding : findings)
        seen[finding].append(label);
}

QStringList TestUiAccessibility::findings(const QString &check) const
{
    QStringList lines;
    const QMap<QString, QStringList> seen = m_findings.value(check);
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        lines << QStringLiteral("%1  [in %2]").arg(it.key(), it.value().join(QStringLiteral(", ")));
    return lines;
}

bool TestUiAccessibility::dump(const QString &label, const QString &language, AtspiTree *out)
{
    QCoreApplication::processEvents(); // layouts and pending accessibility updates first
    const AtspiTree tree = AtspiProbe::tree(label);
    if (!tree.isValid())
        return false;
    const QList<QWidget *> windows = visibleWindows();
    record(QStringLiteral("a"), label, checks::unnamedControls(tree));
    record(QStringLiteral("b-") + language, label, checks::buttonNameMismatches(windows, tree));
    record(QStringLiteral("c"), label, checks::hiddenLabelTexts(windows, tree, &m_checkedLabels));
    m_trees.insert(label, tree);
    if (out)
        *out = tree;
    return true;
}

void TestUiAccessibility::logIn(Workstation &workstation, const QString &user, const QString &language)
{
    LoginDialog dialog(workstation);
    dialog.show();
    QVERIFY(activate(dialog));
    auto *address = child<QLineEdit>(&dialog, "serverAddress");
    auto *userName = child<QLineEdit>(&dialog, "userName");
    auto *password = child<QLineEdit>(&dialog, "password");
    QVERIFY(address && userName && password);
    // Typed keys reach the fields a moment later (see pressKey): wait for them before Enter.
    const QString url = m_server->staffUrl().toString();
    const QString wrong = QStringLiteral("not-the-password");
    address->clear();
    QTest::keyClicks(address, url);
    userName->clear();
    QTest::keyClicks(userName, user);
    QTest::keyClicks(password, wrong);
    QTRY_VERIFY(address->text() == url && userName->text() == user && password->text() == wrong);
    pressKey(password, Qt::Key_Return);
    // Refused: the fields are enabled again and the status says why.
    QTRY_VERIFY_WITH_TIMEOUT(password->isEnabled() && !dialog.statusText().isEmpty(), kTimeout);
    QVERIFY(child<QLabel>(&dialog, "loginStatus")->isVisible());
    QVERIFY2(dump(QStringLiteral("login-") + language, language), "the AT-SPI tree could not be read");

    // The server may ask to wait a moment before the next attempt.
    QTRY_VERIFY_WITH_TIMEOUT(child<QAbstractButton>(&dialog, "loginButton")->isEnabled(), 2 * kTimeout);
    QTest::keyClicks(password, m_server->demoPassword(user));
    QTRY_COMPARE(password->text(), m_server->demoPassword(user));
    pressKey(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, kTimeout);
    QVERIFY(workstation.session().isLoggedIn());
}

QString TestUiAccessibility::startSeeker(TestClient &seeker, const QString &text)
{
    if (!seeker.open(m_server->seekerUrl(), m_server->baseUrl().toString(QUrl::StripTrailingSlash))
        || !seeker.hello())
        return {};
    const auto session = seeker.request(QStringLiteral("seeker.start"), {{"language", "fr"}});
    if (!session || !seeker.request(QStringLiteral("chat.send"), {{"clientMsgId", "s1"}, {"text", text}}))
        return {};
    return session->body.value(QLatin1String("contactId")).toString();
}

void TestUiAccessibility::showWindow(MainWindow &window)
{
    window.resize(1366, 768);
    window.show();
    QVERIFY(activate(window));
}

QAbstractItemView *TestUiAccessibility::inboxView(MainWindow &window) const
{
    for (const QString &name : {QStringLiteral("inboxList"), QStringLiteral("inboxTable")}) {
        if (auto *named = window.findChild<QAbstractItemView *>(name))
            return named;
    }
    return window.inbox()->findChild<QAbstractItemView *>();
}

void TestUiAccessibility::logInThroughTheDialog()
{
    // The application registers on the accessibility bus with its first window.
    LoginDialog probeWindow(*m_workstation);
    probeWindow.show();
    QVERIFY2(AtspiProbe::ping(), "the application did not appear on the AT-SPI bus");
    probeWindow.hide();
    logIn(*m_workstation, QStringLiteral("volunteer"), QStringLiteral("fr"));
}

void TestUiAccessibility::goOnShift()
{
    QVERIFY(m_workstation->session().isLoggedIn());
    m_window = std::make_unique<MainWindow>(*m_workstation);
    showWindow(*m_window);
    if (QTest::currentTestFailed())
        return;
    auto *available = child<QAbstractButton>(m_window.get(), "presenceAvailable");
    QVERIFY(available);
    available->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->session().presence(), Presence::Available, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(m_window.get(), "presenceLabel")->text().isEmpty(), kTimeout);
    QVERIFY2(dump(QStringLiteral("on-shift-fr"), QStringLiteral("fr")), "the AT-SPI tree could not be read");
}

void TestUiAccessibility::shiftStateIsOneRadioGroup()
{
    QVERIFY(m_window && m_trees.contains(QStringLiteral("on-shift-fr")));
    const AtspiTree &tree = m_trees[QStringLiteral("on-shift-fr")];
    QStringList problems;
    QList<const AtspiNode *> nodes;
    for (const char *name : {"presenceOff", "presenceAvailable", "presencePause"}) {
        auto *button = child<QAbstractButton>(m_window.get(), name);
        QVERIFY(button);
        const AtspiNode *node = tree.nodeFor(button);
        if (!node) {
            problems << QStringLiteral("(d) %1 is not in the AT-SPI tree").arg(QLatin1String(name));
            continue;
        }
        nodes.append(node);
        if (node->role != QLatin1String("radio button"))
            problems << QStringLiteral("(d) %1 has role \"%2\", not \"radio button\"")
                            .arg(QLatin1String(name), node->role);
    }
    if (nodes.size() != 3)
        QFAIL(qPrintable(report(problems)));
    QVERIFY2(nodes[1]->has(QStringLiteral("checked")),
             qPrintable(tree.describe(nodes[1]) + QStringLiteral(" is not checked")));

    // One group: each names the three as members (member-of), or they alone are the radio
    // buttons of a named container (what a screen reader announces as the group).
    QStringList paths;
    for (const AtspiNode *node : nodes)
        paths << node->path;
    const bool related = std::all_of(nodes.cbegin(), nodes.cend(), [&](const AtspiNode *node) {
        return std::any_of(node->relations.cbegin(), node->relations.cend(),
                           [&](const AtspiNode::Relation &r) {
                               return r.type == QLatin1String("member-of")
                                   && QSet<QString>(r.targets.cbegin(), r.targets.cend())
                                   == QSet<QString>(paths.cbegin(), paths.cend());
                           });
    });
    const AtspiNode *group = tree.parentOf(*nodes[0]);
    bool contained = group && group->depth > 1 && !group->name.trimmed().isEmpty();
    if (group) {
        int radios = 0;
        for (const AtspiNode *sibling : tree.childrenOf(*group)) {
            if (sibling->role == QLatin1String("radio button"))
                ++radios;
        }
        contained = contained && radios == 3 && tree.parentOf(*nodes[1]) == group
            && tree.parentOf(*nodes[2]) == group;
    }
    if (!related && !contained) {
        problems << QStringLiteral(
                        "(d) the three shift buttons are not one group: no member-of relations, and "
                        "their container is %1")
                        .arg(tree.describe(group));
    }
    VERIFY_NO_FINDINGS(problems);
}

void TestUiAccessibility::arrowKeysDoNotChangeThePresence()
{
    QVERIFY(m_window);
    QVERIFY(activate(*m_window));
    auto *available = child<QAbstractButton>(m_window.get(), "presenceAvailable");
    available->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(available->hasFocus());
    QStringList problems;
    for (const Qt::Key key : {Qt::Key_Right, Qt::Key_Down, Qt::Key_Left, Qt::Key_Up}) {
        QWidget *focused = QApplication::focusWidget();
        pressKey(focused ? focused : m_window.get(), key);
        QTest::qWait(400); // long enough for a presence change to reach the server and back
        const Presence chosen = m_workstation->session().presenceStatus().chosen;
        if (chosen != Presence::Available) {
            problems << QStringLiteral("(d) %1 on the checked shift button changed the status to %2")
                            .arg(QKeySequence(key).toString(), ecoute::models::presenceLabel(chosen));
            // Back on shift, for the steps that follow.
            m_workstation->session().setPresence(Presence::Available);
            QTRY_COMPARE_WITH_TIMEOUT(m_workstation->session().presence(), Presence::Available, kTimeout);
        }
    }
    VERIFY_NO_FINDINGS(problems);
}

void TestUiAccessibility::offerIsAnnounced()
{
    QVERIFY(m_window);
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->session().presence(), Presence::Available, kTimeout);
    AtspiListener listener;
    QVERIFY2(listener.start(), "the AT-SPI event listener did not start");

    m_seeker = std::make_unique<TestClient>();
    m_contactId = startSeeker(*m_seeker, QStringLiteral("Bonsoir, je voudrais parler."));
    QVERIFY(!m_contactId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_workstation->inbox().isOfferedToMe(m_contactId), kTimeout);
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("offerBar"));
    QVERIFY(bar);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), kTimeout);
    const QString pseudonym =
        m_workstation->inbox().contactAt(m_workstation->inbox().rowOf(m_contactId)).pseudonym;
    QVERIFY(!pseudonym.isEmpty());
    m_pseudonym = pseudonym;

    const auto announced = [&](const QJsonObject &event) {
        return checks::isAnnouncement(event, pseudonym);
    };
    listener.waitFor(announced, kAnnouncementMs);
    const QList<QJsonObject> events = listener.stop(QStringLiteral("offer-fr"));
    QVERIFY2(dump(QStringLiteral("offer-fr"), QStringLiteral("fr")), "the AT-SPI tree could not be read");
    QStringList problems;
    if (!std::any_of(events.cbegin(), events.cend(), announced)) {
        problems << QStringLiteral("(e) no announcement carrying the offer (\"%1\"); events received:")
                        .arg(pseudonym)
                 << checks::summarise(events).split(QLatin1Char('\n'));
    }
    VERIFY_NO_FINDINGS(problems);
}

QStringList TestUiAccessibility::barFindings(const QString &label, QWidget *bar)
{
    static const QStringList allowed {QStringLiteral("panel"), QStringLiteral("alert"),
                                      QStringLiteral("notification"), QStringLiteral("info bar"),
                                      QStringLiteral("status bar")};
    const AtspiTree &tree = m_trees[label];
    const AtspiNode *node = tree.nodeFor(bar);
    if (!node)
        return {QStringLiteral("(f) %1 is not in the AT-SPI tree (%2)").arg(bar->objectName(), label)};
    QStringList problems;
    if (!allowed.contains(node->role))
        problems << QStringLiteral("(f) %1 has role \"%2\" (want one of %3): %4")
                        .arg(bar->objectName(), node->role, allowed.join(QStringLiteral(", ")),
                             tree.describe(node));
    if (node->depth <= 1)
        problems << QStringLiteral("(f) %1 is a top-level window of the application").arg(bar->objectName());
    return problems;
}

void TestUiAccessibility::offerBarIsNotATopLevelFrame()
{
    QVERIFY(m_window && m_trees.contains(QStringLiteral("offer-fr")));
    const QStringList problems =
        barFindings(QStringLiteral("offer-fr"), m_window->findChild<QWidget *>(QStringLiteral("offerBar")));
    VERIFY_NO_FINDINGS(problems);
}

void TestUiAccessibility::acceptingFromTheInboxFocusesTheReplyBox()
{
    QVERIFY(m_window && !m_contactId.isEmpty());
    QVERIFY(activate(*m_window));
    QAbstractItemView *view = inboxView(*m_window);
    QVERIFY(view);
    const QModelIndex row = rowShowing(*view, m_pseudonym);
    QVERIFY2(row.isValid(), "the offered contact is not in the inbox");
    view->setFocus(Qt::TabFocusReason);
    view->setCurrentIndex(row);
    pressKey(view, Qt::Key_Return); // Enter accepts
    QTRY_VERIFY_WITH_TIMEOUT(m_window->conversations()->paneFor(m_contactId), kTimeout);
    ConversationPane *pane = m_window->conversations()->paneFor(m_contactId);
    auto *composer = child<QPlainTextEdit>(pane, "composer");
    QVERIFY(composer);
    QTRY_VERIFY_WITH_TIMEOUT(pane->conversation().transcript()->rowCount() >= 1, kTimeout);
    (void)QTest::qWaitFor([&] { return QApplication::focusWidget() == composer; }, 2000);

    QStringList problems;
    if (QApplication::focusWidget() != composer)
        problems << QStringLiteral("(h) after accepting, focus is on %1, not the reply box")
                        .arg(describeWidget(QApplication::focusWidget()));
    AtspiTree tree;
    QVERIFY2(dump(QStringLiteral("conversation-fr"), QStringLiteral("fr"), &tree),
             "the AT-SPI tree could not be read");
    const AtspiNode *reply = tree.nodeFor(composer);
    if (!reply || !reply->has(QStringLiteral("focused")))
        problems << QStringLiteral("(h) AT-SPI does not report the reply box (%1) focused, but %2")
                        .arg(tree.describe(reply), tree.describe(tree.focused()));
    VERIFY_NO_FINDINGS(problems);
}

void TestUiAccessibility::messageIsAnnounced()
{
    QVERIFY(m_window && m_seeker && m_window->conversations()->paneFor(m_contactId));
    ConversationPane *pane = m_window->conversations()->paneFor(m_contactId);
    const int before = pane->conversation().transcript()->rowCount();
    AtspiListener listener;
    QVERIFY2(listener.start(), "the AT-SPI event listener did not start");
    const QString text = QStringLiteral("Je me sens seul ce soir.");
    QVERIFY(m_seeker->request(QStringLiteral("chat.send"), {{"clientMsgId", "s2"}, {"text", text}}));
    QTRY_VERIFY_WITH_TIMEOUT(pane->conversation().transcript()->rowCount() > before, kTimeout);
    const auto announced = [&](const QJsonObject &event) {
        return checks::isAnnouncement(event, text);
    };
    listener.waitFor(announced, kAnnouncementMs);
    const QList<QJsonObject> events = listener.stop(QStringLiteral("message-fr"));
    QStringList problems;
    if (!std::any_of(events.cbegin(), events.cend(), announced)) {
        problems
            << QStringLiteral("(e) no announcement carrying the message (\"%1\"); events received:").arg(text)
            << checks::summarise(events).split(QLatin1Char('\n'));
    }
    VERIFY_NO_FINDINGS(problems);
}

void TestUiAccessibility::noInvisibleFocusStops()
{
    QVERIFY(m_window);
    QVERIFY(activate(*m_window));
    // From the reply box once round the window, as a keyboard user would.
    ConversationPane *pane = m_window->conversations()->currentPane();
    QWidget *start = pane ? pane->findChild<QWidget *>(QStringLiteral("composer")) : nullptr;
    if (!start)
        start = inboxView(*m_window);
    QVERIFY(start);
    start->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(start->hasFocus());
    const QRect screen = m_window->screen()->geometry();
    QStringList chain {describeWidget(start)};
    QStringList problems;
    QWidget *previous = start;
    int stay = 0;
    for (int press = 1; press <= 150; ++press) {
        QWidget *focused = QApplication::focusWidget();
        pressKey(focused ? focused : m_window.get(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (now && now == previous) {
            if (++stay > 30) { // a table may move between its cells first; 30 is more than it has
                problems
                    << QStringLiteral("(g) Tab does not leave %1 (a keyboard trap)").arg(describeWidget(now));
                if (QWidget *next = nextTabStop(now))
                    next->setFocus(Qt::TabFocusReason); // step over it to check the rest
                previous = QApplication::focusWidget();
                chain << QStringLiteral("(stepped over the trap to) ") + describeWidget(previous);
                stay = 0;
            }
            continue;
        }
        stay = 0;
        previous = now;
        chain << describeWidget(now);
        if (!now) {
            problems << QStringLiteral("(g) Tab press %1 left no widget with focus").arg(press);
            break;
        }
        const QRect rect = AtspiTree::screenRect(now);
        if (!now->isVisible() || now->visibleRegion().isEmpty() || rect.isEmpty()
            || !rect.intersects(m_window->geometry()) || !rect.intersects(screen))
            problems << QStringLiteral(
                            "(g) Tab press %1 puts the focus on an invisible widget: %2 (window %3)")
                            .arg(press)
                            .arg(describeWidget(now), describeWidget(m_window.get()));
        if (now == start)
            break; // round trip done
    }
    AtspiProbe::saveArtefact(QStringLiteral("focus-chain-fr"),
                             QJsonDocument(QJsonArray::fromStringList(chain)).toJson());
    if (previous != start)
        problems
            << QStringLiteral("(g) Tab never came back to %1; the focus went to:").arg(describeWidget(start))
            << chain;
    VERIFY_NO_FINDINGS(problems);
}

void TestUiAccessibility::wrapupBarIsNotATopLevelFrame()
{
    QVERIFY(m_window && m_window->conversations()->paneFor(m_contactId));
    ConversationPane *pane = m_window->conversations()->paneFor(m_contactId);
    pane->setEndConfirmation([](QWidget *) { return ecoute::ui::EndConversationDialog::Choice::End; });
    child<QAbstractButton>(pane, "endButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_workstation->session().presence(), Presence::Wrapup, kTimeout);
    auto *bar = m_window->findChild<QWidget *>(QStringLiteral("wrapupBar"));
    QVERIFY(bar);
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), kTimeout);
    QVERIFY2(dump(QStringLiteral("wrapup-fr"), QStringLiteral("fr")), "the AT-SPI tree could not be read");
    const QStringList problems = barFindings(QStringLiteral("wrapup-fr"), bar);
    VERIFY_NO_FINDINGS(problems);
}

void TestUiAccessibility::germanWorkstation()
{
    // The French volunteer leaves, so that the offer goes to the German one.
    m_window.reset();
    if (m_workstation)
        m_workstation->session().logout();
    QVERIFY(useLanguage(QStringLiteral("de")));
    const QString de = QStringLiteral("de");
    QSettings settings(m_dir->filePath(QStringLiteral("de.ini")), QSettings::IniFormat);
    Workstation workstation(settings);
    logIn(workstation, QStringLiteral("volunteer2"), de);
    if (QTest::currentTestFailed())
        return;
    MainWindow window(workstation);
    showWindow(window);
    if (QTest::currentTestFailed())
        return;
    child<QAbstractButton>(&window, "presenceAvailable")->click();
    QTRY_COMPARE_WITH_TIMEOUT(workstation.session().presence(), Presence::Available, kTimeout);

    TestClient seeker;
    const QString contactId = startSeeker(seeker, QStringLiteral("Guten Abend."));
    QVERIFY(!contactId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(workstation.inbox().isOfferedToMe(contactId), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QWidget *>(QStringLiteral("offerBar"))->isVisible(), kTimeout);
    QVERIFY(dump(QStringLiteral("offer-de"), de));

    child<QAbstractButton>(&window, "acceptOfferButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(window.conversations()->paneFor(contactId), kTimeout);
    ConversationPane *pane = window.conversations()->paneFor(contactId);
    QTRY_VERIFY_WITH_TIMEOUT(pane->conversation().transcript()->rowCount() >= 1, kTimeout);
    QVERIFY(dump(QStringLiteral("conversation-de"), de));

    pane->setEndConfirmation([](QWidget *) { return ecoute::ui::EndConversationDialog::Choice::End; });
    child<QAbstractButton>(pane, "endButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QWidget *>(QStringLiteral("wrapupBar"))->isVisible(), kTimeout);
    QVERIFY(dump(QStringLiteral("wrapup-de"), de));
    workstation.session().logout();
    QVERIFY(useLanguage(QStringLiteral("fr")));
}

void TestUiAccessibility::everyFocusableControlHasAName()
{
    QVERIFY(!m_trees.isEmpty());
    const QStringList problems = findings(QStringLiteral("a"));
    VERIFY_NO_FINDINGS(problems);
}

void TestUiAccessibility::buttonNamesAreTheirVisibleText_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestUiAccessibility::buttonNamesAreTheirVisibleText()
{
    QFETCH(QString, language);
    const bool read = std::any_of(m_trees.keyBegin(), m_trees.keyEnd(), [&](const QString &label) {
        return label.endsWith(QLatin1Char('-') + language);
    });
    QVERIFY2(read, "no tree was read in this language");
    const QStringList problems = findings(QStringLiteral("b-") + language);
    QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
}

void TestUiAccessibility::statusLabelsExposeTheirText()
{
    QStringList problems = findings(QStringLiteral("c"));
    // The status texts this test must have met, live, at least once.
    for (const char *name : {"loginStatus", "presenceLabel", "offerLabel", "wrapupLabel"}) {
        if (!m_checkedLabels.contains(QLatin1String(name)))
            problems << QStringLiteral("(c) the status label %1 was never seen showing text")
                            .arg(QLatin1String(name));
    }
    VERIFY_NO_FINDINGS(problems);
}

QTEST_MAIN(TestUiAccessibility)
#include "tst_ui_accessibility.moc"
