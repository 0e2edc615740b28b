// SPDX-License-Identifier: GPL-3.0-or-later
// The referral directory at the workstation, against a real server with the demo directory:
// a volunteer finds a service and inserts it into a reply with the keyboard only, and an admin
// adds a service in the editor (a refused field is said in the dialog and the typed text stays).
#include "ServerProcess.h"
#include "UiLogin.h"
#include "UiTestSupport.h"
#include "models/directory/ReferralDirectory.h"
#include "models/workstation/Workstation.h"
#include "ui/directory/DirectoryEditorDialog.h"
#include "ui/directory/DirectoryView.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::ReferralDirectory;
using ecoute::models::Workstation;
using ecoute::testing::child;
using ecoute::testing::ServerProcess;
using ecoute::ui::DirectoryEditorDialog;
using ecoute::ui::DirectoryView;

namespace {
constexpr int kTimeout = 15000;

bool activate(QWidget &window)
{
    window.show();
    window.raise();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

/// The directory of a logged-in workstation, fed by its connection (as the Workstation does).
std::unique_ptr<ReferralDirectory> directoryOf(Workstation &workstation)
{
    auto directory = std::make_unique<ReferralDirectory>(
        [&workstation](const ecoute::protocol::Envelope &e) { return workstation.connection().send(e); });
    QObject::connect(&workstation.connection(), &ecoute::models::Connection::envelopeReceived,
                     directory.get(), [d = directory.get()](const ecoute::protocol::Envelope &e) {
                         if (!d->handle(e))
                             d->handleError(e);
                     });
    return directory;
}
} // namespace

class TestUiDirectory : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;

    bool logIn(Workstation &workstation, const QString &user)
    {
        return ecoute::testing::logInThroughDialog(workstation, m_server, user, kTimeout);
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), "ecoute-server did not start"); }

    void volunteerFindsAndInsertsByKeyboard()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("volunteer.ini")), QSettings::IniFormat);
        Workstation workstation(settings);
        QVERIFY(logIn(workstation, QStringLiteral("volunteer")));
        auto directory = directoryOf(workstation);
        DirectoryView view(*directory);
        QSignalSpy inserted(&view, &DirectoryView::insertRequested);
        QVERIFY(activate(view));

        auto *state = child<QLabel>(&view, "directoryState");
        QVERIFY(state && state->isVisible()); // not loaded yet: says what to do
        QVERIFY(directory->request());
        QVERIFY(state->text().contains(QLatin1String("Loading")));
        QTRY_VERIFY_WITH_TIMEOUT(directory->isLoaded(), kTimeout);
        QVERIFY(directory->rowCount() >= 6);

        // Ctrl+F puts the cursor in the search field; words without accents find the service.
        auto *list = child<QListView>(&view, "directoryList");
        list->setFocus();
        QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
        auto *search = child<QLineEdit>(&view, "directorySearch");
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("ecoute jeunes"));
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(!view.selectedId().isEmpty());
        auto *details = child<QLabel>(&view, "directoryDetails");
        QVERIFY(details->isVisible());
        QVERIFY(details->accessibleDescription().contains(QStringLiteral("Service d'écoute jeunes")));

        // Down goes to the results, Ctrl+Return inserts.
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(inserted.count(), 1);
        const QString text = inserted.at(0).at(0).toString();
        QVERIFY2(text.startsWith(QStringLiteral("You could contact Exemple — Service d'écoute jeunes.")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("https://jeunes.example.org/")));
        QCOMPARE(inserted.at(0).at(1).toString(), view.selectedId());

        // Ctrl+Return from the search field too, after searching by language name.
        QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("german schulden"));
        QCOMPARE(list->model()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(inserted.count(), 2);
        QVERIFY(inserted.at(1).at(0).toString().contains(QStringLiteral("Schuldnerberatung")));

        // Return in the list inserts too.
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(inserted.count(), 3);
        QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());

        // Nothing found: the view says what to try, and nothing is inserted.
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("zzzz"));
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(state->isVisible());
        QVERIFY(state->text().contains(QLatin1String("zzzz")));
        QTest::keyClick(search, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(inserted.count(), 3);
    }

    void adminSavesInTheEditor()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("admin.ini")), QSettings::IniFormat);
        Workstation workstation(settings);
        QVERIFY(logIn(workstation, QStringLiteral("admin")));
        auto directory = directoryOf(workstation);
        DirectoryEditorDialog dialog(*directory);
        QVERIFY(activate(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(directory->isLoaded(), kTimeout);
        const int before = directory->rowCount();

        auto *name = child<QLineEdit>(&dialog, "directoryName");
        QTest::keyClick(&dialog, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(name->hasFocus());
        QVERIFY(name->text().isEmpty());
        QTest::keyClicks(name, QStringLiteral("Exemple - Nouvelle permanence")); // keyClicks types ASCII only
        QTest::keyClick(name, Qt::Key_Tab);
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, "directoryHelpsWith"), QStringLiteral("Tout"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "directoryPhone"), QStringLiteral("+33 1 99 00 77 77"));
        auto *web = child<QLineEdit>(&dialog, "directoryWeb");
        QTest::keyClicks(web, QStringLiteral("javascript:alert(1)"));
        auto *german = child<QCheckBox>(&dialog, "directoryLanguage_de");
        german->setFocus();
        QTest::keyClick(german, Qt::Key_Space);
        QVERIFY(german->isChecked());

        // The server refuses the web address: said in the dialog, the field focused, the text kept.
        QTest::keyClick(german, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QLatin1String("https://")), kTimeout);
        QTRY_VERIFY(web->hasFocus());
        QCOMPARE(name->text(), QStringLiteral("Exemple - Nouvelle permanence"));
        QCOMPARE(web->text(), QStringLiteral("javascript:alert(1)"));
        QCOMPARE(directory->rowCount(), before);

        web->selectAll();
        QTest::keyClicks(web, QStringLiteral("https://nouvelle.example.org/"));
        QTest::keyClick(web, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(directory->rowCount(), before + 1, kTimeout);
        QTRY_COMPARE(dialog.statusText(), QStringLiteral("Saved."));
        QVERIFY(!dialog.editedId().isEmpty());
        const auto saved = directory->find(dialog.editedId());
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("Exemple - Nouvelle permanence"));
        QCOMPARE(saved->web, QStringLiteral("https://nouvelle.example.org/"));
        QCOMPARE(saved->languages, QStringList {QStringLiteral("de")});
        QCOMPARE(saved->helpsWith, QStringLiteral("Tout"));

        // Editing it changes it in place.
        auto *phone = child<QLineEdit>(&dialog, "directoryPhone");
        phone->setFocus();
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("+33 1 99 00 77 78"));
        QTest::keyClick(phone, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(directory->find(saved->id)->phone, QStringLiteral("+33 1 99 00 77 78"),
                                  kTimeout);
        QCOMPARE(directory->rowCount(), before + 1);

        // Delete in the list asks first, then removes it.
        auto *list = child<QListView>(&dialog, "directoryEditorList");
        list->setFocus();
        QCOMPARE(list->currentIndex().data(ReferralDirectory::IdRole).toString(), saved->id);
        bool asked = false;
        QTimer::singleShot(0, &dialog, [&asked] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = true;
                box->button(QMessageBox::Yes)->click();
            }
        });
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(asked);
        QTRY_COMPARE_WITH_TIMEOUT(directory->rowCount(), before, kTimeout);
        QVERIFY(!directory->find(saved->id));
        QTRY_COMPARE(dialog.statusText(), QStringLiteral("Removed."));
        QVERIFY(dialog.editedId().isEmpty());
    }
};

QTEST_MAIN(TestUiDirectory)
#include "tst_ui_directory.moc"
