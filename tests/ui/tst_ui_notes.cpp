// SPDX-License-Identifier: GPL-3.0-or-later
// The notes widgets without a server: set up a passphrase, write a note beside a
// conversation, lock with Ctrl+L (no note text left in any widget), unlock (wrong, then
// right passphrase), find the note in the Notes view with the match highlighted;
// personal notes, tags, change of passphrase, a damaged file. Cheap Argon2 parameters.

#include "models/notes/NotesSearchModel.h"
#include "models/notes/NotesWorkspace.h"
#include "models/workstation/Workstation.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/ConversationTabs.h"
#include "ui/notes/NoteEditor.h"
#include "ui/notes/NotesAccess.h"
#include "ui/notes/NotesPane.h"
#include "ui/notes/NotesView.h"
#include "ui/notes/PassphraseDialog.h"
#include "ui/window/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::NotesSearchModel;
using ecoute::models::NotesWorkspace;
using ecoute::models::Workstation;
using ecoute::protocol::Envelope;
using ecoute::ui::MainWindow;
using ecoute::ui::NotesPane;
using ecoute::ui::PassphraseDialog;

namespace {

constexpr int kTimeout = 15000;
const QString kPassphrase = QStringLiteral("correct horse battery");
const QString kSecretWord = QStringLiteral("Filou");

QJsonObject contactJson(const QString &id)
{
    return {{"id", id},
            {"channel", "chat"},
            {"pseudonym", "Colibri " + id},
            {"language", "fr"},
            {"state", "active"},
            {"createdAt", QDateTime::currentDateTimeUtc().addSecs(-90).toString(Qt::ISODate)},
            {"urgent", false}};
}

/// Every text a widget of the window shows or holds.
QStringList visibleTexts(QWidget &window)
{
    QStringList texts;
    for (auto *edit : window.findChildren<QPlainTextEdit *>())
        texts << edit->toPlainText();
    for (auto *line : window.findChildren<QLineEdit *>())
        texts << line->text();
    for (auto *label : window.findChildren<QLabel *>())
        texts << label->text();
    for (auto *combo : window.findChildren<QComboBox *>()) {
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    }
    for (auto *view : window.findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; model && row < model->rowCount(); ++row)
            texts << model->index(row, 0).data().toString();
    }
    return texts;
}

bool anyTextContains(QWidget &window, const QString &needle)
{
    const QStringList texts = visibleTexts(window);
    return std::any_of(texts.begin(), texts.end(),
                       [&](const QString &text) { return text.contains(needle, Qt::CaseInsensitive); });
}

/// Ctrl+<key> on the main window, as the volunteer would press it. The offscreen platform
/// does not give the activation back to the window when a dialog closes, so do it here.
bool pressShortcut(QWidget &window, Qt::Key key)
{
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    QTest::keyClick(&window, key, Qt::ControlModifier);
    return true;
}

/// Types into the open passphrase dialog's fields and presses its button.
void submit(PassphraseDialog *dialog, const QStringList &fieldsAndTexts)
{
    for (int i = 0; i + 1 < fieldsAndTexts.size(); i += 2) {
        auto *field = dialog->findChild<QLineEdit *>(fieldsAndTexts.at(i));
        QVERIFY2(field && field->isVisible(), qPrintable(fieldsAndTexts.at(i)));
        field->setFocus();
        QTest::keyClicks(field, fieldsAndTexts.at(i + 1));
    }
    dialog->findChild<QPushButton *>("passphraseOk")->click();
}

class Fixture
{
public:
    Fixture()
    {
        NotesWorkspace::Options options;
        options.directory = dir.filePath("notes");
        options.vault.kdf = ecoute::notes::KdfParameters::floor();
        notes = std::make_unique<NotesWorkspace>(options);
        notes->setAccount("127.0.0.1:8443", "volunteer");
        notes->autosaver()->setDebounceInterval(20);
        settings = std::make_unique<QSettings>(dir.filePath("ecoute.ini"), QSettings::IniFormat);
        workstation = std::make_unique<Workstation>(*settings);
        window = std::make_unique<MainWindow>(*workstation, notes.get());
    }

    NotesPane *openConversation(const QString &id)
    {
        workstation->handleEnvelope(Envelope::make(
            "conversation.open",
            {{"contact", contactJson(id)},
             {"messages",
              QJsonArray {QJsonObject {
                  {"seq", 1}, {"from", "seeker"}, {"text", "Bonsoir"}, {"at", "2026-01-10T21:00:00Z"}}}}}));
        ecoute::ui::ConversationPane *pane = window->conversations()->paneFor(id);
        return pane ? qobject_cast<NotesPane *>(pane->sidePane()) : nullptr;
    }

    PassphraseDialog *dialog() const { return window->notesAccess()->dialog(); }

    QTemporaryDir dir;
    std::unique_ptr<NotesWorkspace> notes;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Workstation> workstation;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestUiNotes : public QObject
{
    Q_OBJECT

private slots:
    void writeLockUnlockAndSearch()
    {
        Fixture f;
        MainWindow &window = *f.window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        NotesPane *notesPane = f.openConversation("k1");
        QVERIFY(notesPane);
        QVERIFY(!notesPane->isShowingNotes());

        // First use: choose a passphrase, with the warning about forgetting it.
        notesPane->findChild<QPushButton *>("notesAccessButton")->click();
        QTRY_VERIFY(f.dialog());
        PassphraseDialog *dialog = f.dialog();
        QCOMPARE(dialog->mode(), PassphraseDialog::Mode::SetUp);
        auto *warning = dialog->findChild<QLabel *>("forgottenWarning");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains("forget"));
        submit(dialog, {"newPassphrase", kPassphrase, "confirmPassphrase", kPassphrase + "x"});
        QVERIFY(!dialog->errorText().isEmpty()); // the two do not match
        QCOMPARE(f.notes->state(), NotesWorkspace::State::NotSetUp);
        submit(dialog, {"newPassphrase", kPassphrase, "confirmPassphrase", kPassphrase});
        QTRY_COMPARE_WITH_TIMEOUT(f.notes->state(), NotesWorkspace::State::Unlocked, kTimeout);
        QTRY_VERIFY(!f.dialog());
        QVERIFY(notesPane->isShowingNotes());

        // Write a note during the conversation: saved as one types.
        QPlainTextEdit *noteText = notesPane->editor()->textEdit();
        noteText->setFocus();
        QTest::keyClicks(noteText, "Parle de son chien " + kSecretWord + ", rappeler demain.");
        QTRY_COMPARE_WITH_TIMEOUT(notesPane->editor()->saveStatus(), tr("Saved"), kTimeout);
        // Keeping a note longer is only offered where the organisation allows it.
        auto *pinned = notesPane->findChild<QCheckBox *>("notePinned");
        QVERIFY(pinned);
        QVERIFY(!pinned->isVisible());
        auto *tags = notesPane->findChild<QLineEdit *>("noteTags");
        tags->setFocus();
        QTest::keyClicks(tags, "suivi, animaux");
        QTest::keyClick(tags, Qt::Key_Return);

        // Lock by hand: no note text in any widget; the conversation stays usable.
        QVERIFY(pressShortcut(window, Qt::Key_L));
        QTRY_COMPARE(f.notes->state(), NotesWorkspace::State::Locked);
        QVERIFY(!notesPane->isShowingNotes());
        QVERIFY(noteText->toPlainText().isEmpty());
        QVERIFY(!noteText->document()->isUndoAvailable());
        QVERIFY(!anyTextContains(window, kSecretWord));
        QVERIFY(!anyTextContains(window, "animaux"));
        auto *composer = window.conversations()->currentPane()->findChild<QPlainTextEdit *>("composer");
        QVERIFY(!composer->isReadOnly());
        QVERIFY(composer->isVisible());

        // Wrong passphrase: a clear error; the right one unlocks.
        QVERIFY(pressShortcut(window, Qt::Key_U));
        QTRY_VERIFY(f.dialog());
        dialog = f.dialog();
        QCOMPARE(dialog->mode(), PassphraseDialog::Mode::Unlock);
        submit(dialog, {"currentPassphrase", "not the passphrase"});
        // Unlocking answers from a worker thread, a moment later.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText().contains("Wrong passphrase"), kTimeout);
        QCOMPARE(f.notes->state(), NotesWorkspace::State::Locked);
        QVERIFY(dialog->findChild<QLineEdit *>("currentPassphrase")->text().isEmpty());
        submit(dialog, {"currentPassphrase", kPassphrase});
        QTRY_COMPARE_WITH_TIMEOUT(f.notes->state(), NotesWorkspace::State::Unlocked, kTimeout);
        QTRY_VERIFY(!f.dialog());
        QVERIFY(notesPane->isShowingNotes());
        QVERIFY(noteText->toPlainText().contains(kSecretWord));

        // Find it in the Notes view, with the match highlighted and the contact shown.
        window.findChild<QAction *>("searchNotesAction")->trigger();
        ecoute::ui::NotesView *view = window.notesView();
        QTRY_VERIFY(view->isVisible());
        QVERIFY(view->isShowingNotes());
        QTest::keyClicks(view->searchField(), "filo");
        NotesSearchModel &model = view->model();
        QTRY_COMPARE(model.rowCount(), 1);
        const QModelIndex hit = model.index(0);
        QCOMPARE(hit.data(NotesSearchModel::PseudonymRole).toString(), QStringLiteral("Colibri k1"));
        QCOMPARE(hit.data(NotesSearchModel::ChannelRole).toString(), QStringLiteral("chat"));
        QVERIFY(hit.data(NotesSearchModel::HighlightedHtmlRole)
                    .toString()
                    .contains("<b>" + kSecretWord + "</b>"));
        QVERIFY(hit.data(Qt::DisplayRole).toString().contains("Colibri k1"));
        QTest::keyClick(view->searchField(), Qt::Key_Return);
        QTRY_VERIFY(view->editor()->text().contains(kSecretWord));

        // The tag filter knows the note's tags.
        auto *tagFilter = view->findChild<QComboBox *>("notesTagFilter");
        QTRY_VERIFY(tagFilter->findText("animaux") >= 0);
        view->searchField()->clear();
        tagFilter->setCurrentIndex(tagFilter->findText("animaux"));
        QTRY_COMPARE(model.rowCount(), 1);
        tagFilter->setCurrentIndex(0);

        // A personal note, from the Notes menu.
        window.findChild<QAction *>("newPersonalNoteAction")->trigger();
        QPlainTextEdit *personalText = view->editor()->textEdit();
        QVERIFY(personalText->toPlainText().isEmpty());
        QTest::keyClicks(personalText, "Relire la procedure de crise");
        QTRY_COMPARE(model.rowCount(), 2);
        QTest::keyClicks(view->searchField(), "procedure");
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0).data(NotesSearchModel::PersonalRole).toBool());

        if (qEnvironmentVariableIsSet("ECOUTE_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("ECOUTE_SCREENSHOT_DIR") + "/notes.png");

        // Locking empties the Notes view too: list, search words, tags, open note.
        QVERIFY(pressShortcut(window, Qt::Key_L));
        QTRY_COMPARE(f.notes->state(), NotesWorkspace::State::Locked);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(view->searchField()->text().isEmpty());
        QVERIFY(!view->isShowingNotes());
        QVERIFY(!anyTextContains(window, kSecretWord));
        QVERIFY(!anyTextContains(window, "procedure"));
        QVERIFY(!anyTextContains(window, "animaux"));
    }

    void changePassphraseThenUnlockWithTheNewOne()
    {
        Fixture f;
        QString first = kPassphrase;
        QString second = kPassphrase;
        QVERIFY(f.notes->setUp(first, second).ok);
        f.window->show();
        f.window->findChild<QAction *>("changePassphraseAction")->trigger();
        QTRY_VERIFY(f.dialog());
        PassphraseDialog *dialog = f.dialog();
        QCOMPARE(dialog->mode(), PassphraseDialog::Mode::Change);
        QVERIFY(dialog->findChild<QLabel *>("forgottenWarning")->isVisible());
        submit(dialog,
               {"currentPassphrase", "not the passphrase", "newPassphrase", "new passphrase",
                "confirmPassphrase", "new passphrase"});
        QVERIFY(dialog->errorText().contains("Wrong passphrase"));
        submit(dialog,
               {"currentPassphrase", kPassphrase, "newPassphrase", "new passphrase", "confirmPassphrase",
                "new passphrase"});
        QTRY_VERIFY_WITH_TIMEOUT(!f.dialog(), kTimeout);

        f.notes->lock();
        f.window->findChild<QAction *>("unlockNotesAction")->trigger();
        QTRY_VERIFY(f.dialog());
        submit(f.dialog(), {"currentPassphrase", kPassphrase});
        // Unlocking answers from a worker thread, a moment later.
        QTRY_VERIFY_WITH_TIMEOUT(f.dialog()->errorText().contains("Wrong passphrase"), kTimeout);
        submit(f.dialog(), {"currentPassphrase", "new passphrase"});
        QTRY_COMPARE_WITH_TIMEOUT(f.notes->state(), NotesWorkspace::State::Unlocked, kTimeout);
    }

    void damagedFileIsReportedAndSetAside()
    {
        Fixture f;
        QString first = kPassphrase;
        QString second = kPassphrase;
        QVERIFY(f.notes->setUp(first, second).ok);
        f.window->show();
        NotesPane *notesPane = f.openConversation("k2");
        QVERIFY(notesPane && notesPane->isShowingNotes());
        QTest::keyClicks(notesPane->editor()->textEdit(), "Une note");
        QTRY_COMPARE(notesPane->editor()->saveStatus(), tr("Saved"));
        f.notes->lock();

        const QString database = f.notes->vault()->files().database;
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 100);
        file.write(QByteArray(40, '\x5a'));
        file.close();

        notesPane->findChild<QPushButton *>("notesAccessButton")->click();
        QTRY_VERIFY(f.dialog());
        PassphraseDialog *dialog = f.dialog();
        submit(dialog, {"currentPassphrase", kPassphrase});
        // Unlocking answers from a worker thread, a moment later.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText().contains("damaged"), kTimeout);
        QVERIFY(dialog->errorText().contains(".damaged-"));
        QCOMPARE(f.notes->state(), NotesWorkspace::State::NotSetUp);
        // Set aside intact, never overwritten; the dialog now offers to start afresh.
        QVERIFY(!QFile::exists(database));
        QCOMPARE(dialog->mode(), PassphraseDialog::Mode::SetUp);
        dialog->reject();
    }

    void notesWidgetsHaveAccessibleNames()
    {
        Fixture f;
        QString first = kPassphrase;
        QString second = kPassphrase;
        QVERIFY(f.notes->setUp(first, second).ok);
        f.openConversation("k3");
        f.window->findChild<QAction *>("unlockNotesAction")->trigger(); // nothing: already unlocked
        QVERIFY(!f.dialog());
        f.notes->lock();
        f.window->findChild<QAction *>("unlockNotesAction")->trigger();
        QTRY_VERIFY(f.dialog());
        for (QWidget *root : {static_cast<QWidget *>(f.window.get()), static_cast<QWidget *>(f.dialog())}) {
            const auto widgets = root->findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                const bool interactive = qobject_cast<QAbstractButton *>(w)
                    || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QLineEdit *>(w)
                    || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w);
                bool part = w->objectName().startsWith("qt_");
                for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
                    part = part || qobject_cast<QAbstractItemView *>(p) || qobject_cast<QTabBar *>(p)
                        || qobject_cast<QComboBox *>(p);
                if (interactive && !part && w->isVisibleTo(root))
                    QVERIFY2(!w->accessibleName().isEmpty(),
                             qPrintable(QStringLiteral("%1 %2 in %3")
                                            .arg(w->metaObject()->className(), w->objectName(),
                                                 w->parentWidget()->metaObject()->className())));
            }
        }
        f.dialog()->reject();
    }
};

QTEST_MAIN(TestUiNotes)
#include "tst_ui_notes.moc"
