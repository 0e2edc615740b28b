// SPDX-License-Identifier: GPL-3.0-or-later
// The trainer's scenario editor and the scenario library, without a server:
// a shipped scenario goes through the form unchanged, the parser's message
// blocks Save, goals are added, removed and reordered, a server refusal keeps
// what was typed; the library filters and only emits signals.

#include "UiTestSupport.h"
#include "models/practice/ScenarioListModel.h"
#include "ui/practice/ScenarioEditorDialog.h"
#include "ui/practice/ScenarioLibraryView.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

using ecoute::models::ScenarioListModel;
using ecoute::protocol::Scenario;
using ecoute::protocol::ScenarioFile;
using ecoute::testing::child;
using ecoute::ui::ScenarioEditorDialog;
using ecoute::ui::ScenarioLibraryView;

namespace {
Scenario shipped(const QString &slug, const QString &language)
{
    QFile file(QStringLiteral(ECOUTE_SOURCE_DIR "/scenarios/%1/%2.scenario").arg(slug, language));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QString error;
    const auto s = ScenarioFile::parse(slug, file.readAll(), &error);
    if (!s)
        qFatal("%s", qPrintable(error));
    return *s;
}

bool same(const Scenario &a, const Scenario &b)
{
    if (a.toJson() == b.toJson())
        return true;
    qWarning() << a.toJson() << "\n!=\n" << b.toJson();
    return false;
}

QJsonObject entry(const QString &slug, const QString &language, const QString &title,
                  const QString &channel = "chat", const QString &risk = "low")
{
    return {{"slug", slug}, {"language", language}, {"title", title}, {"channel", channel}, {"risk", risk}};
}

QStringList goalTexts(QListWidget *list)
{
    QStringList goals;
    for (int row = 0; row < list->count(); ++row)
        goals.append(list->item(row)->text());
    return goals;
}

/// Shows w as the active window, so that its shortcuts and focus work.
bool showActive(QWidget &w)
{
    w.show();
    w.activateWindow();
    return QTest::qWaitForWindowActive(&w);
}

/// Fills a new scenario's form with something the parser accepts.
void fillValid(ScenarioEditorDialog &dialog)
{
    child<QLineEdit>(&dialog, "titleEdit")->setText("Angoisse avant un examen");
    child<QPlainTextEdit>(&dialog, "situationEdit")
        ->setPlainText("Étudiant de 19 ans,\nla veille d'un examen.");
    child<QPlainTextEdit>(&dialog, "openingEdit")->setPlainText("bonsoir, j'arrive pas a dormir");
    auto *newGoal = child<QLineEdit>(&dialog, "newGoalEdit");
    newGoal->setText("Accueillir sans juger");
    QTest::keyClick(newGoal, Qt::Key_Return);
}
} // namespace

class TestUiScenarios : public QObject
{
    Q_OBJECT

private slots:
    void editorRoundTripsAShippedScenario()
    {
        const Scenario original = shipped("panic-attack", "fr");
        ScenarioEditorDialog dialog;
        dialog.setScenario(original);
        QVERIFY(showActive(dialog));
        QVERIFY(!dialog.isNewScenario());
        QVERIFY2(dialog.isValid(), qPrintable(dialog.problem()));
        QVERIFY(!dialog.isModified());
        QVERIFY(same(dialog.scenario(), original));
        QString error;
        const auto back = ScenarioFile::parse(original.slug, dialog.text().toUtf8(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(same(*back, original));

        // Slug and language are locked on an existing scenario; the fields show it.
        auto *slug = child<QLineEdit>(&dialog, "slugEdit");
        QVERIFY(slug->isReadOnly());
        QCOMPARE(slug->text(), QString("panic-attack"));
        auto *language = child<QComboBox>(&dialog, "languageCombo");
        QVERIFY(!language->isEnabled());
        QCOMPARE(language->currentData().toString(), QString("fr"));
        QCOMPARE(child<QComboBox>(&dialog, "riskCombo")->currentData().toString(), QString("medium"));
        QCOMPARE(child<QSpinBox>(&dialog, "ageSpin")->value(), 24);
        QCOMPARE(goalTexts(child<QListWidget>(&dialog, "goalList")), original.goals);
        QVERIFY(child<QPushButton>(&dialog, "saveScenarioButton")->isEnabled());

        // Every shipped language goes through too.
        for (const char *lang : {"de", "en"}) {
            const Scenario other = shipped("panic-attack", lang);
            dialog.setScenario(other);
            QVERIFY2(dialog.isValid(), qPrintable(dialog.problem()));
            QVERIFY(same(dialog.scenario(), other));
        }
    }

    void saveEmitsTheTextAndWaitsForTheServer()
    {
        const Scenario original = shipped("breakup", "fr");
        ScenarioEditorDialog dialog;
        dialog.setScenario(original);
        QVERIFY(showActive(dialog));
        QSignalSpy save(&dialog, &ScenarioEditorDialog::saveRequested);
        auto *title = child<QLineEdit>(&dialog, "titleEdit");
        title->setText("Rupture amoureuse (version courte)");
        QVERIFY(dialog.isModified());
        auto *saveButton = child<QPushButton>(&dialog, "saveScenarioButton");
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QCOMPARE(save.count(), 1);
        QCOMPARE(save.first().at(0).toString(), QString("breakup"));
        QCOMPARE(save.first().at(1).toString(), QString("fr"));
        const QString text = save.first().at(2).toString();
        QCOMPARE(text, dialog.text());
        QVERIFY(text.startsWith("title = Rupture amoureuse (version courte)\n"));
        QVERIFY(dialog.isSaving());
        QVERIFY(!saveButton->isEnabled());
        QVERIFY(dialog.isVisible()); // the caller closes it on the server's answer
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QCOMPARE(save.count(), 1);
    }

    void invalidFormsCannotBeSaved()
    {
        ScenarioEditorDialog dialog;
        QVERIFY(showActive(dialog));
        QVERIFY(dialog.isNewScenario());
        QCOMPARE(child<QComboBox>(&dialog, "languageCombo")->currentData().toString(), QString("fr"));
        QCOMPARE(child<QComboBox>(&dialog, "channelCombo")->currentData().toString(), QString("chat"));
        QCOMPARE(child<QComboBox>(&dialog, "riskCombo")->currentData().toString(), QString("low"));
        auto *age = child<QSpinBox>(&dialog, "ageSpin");
        QCOMPARE(age->minimum(), ScenarioFile::kMinAge);
        QCOMPARE(age->maximum(), ScenarioFile::kMaxAge);
        auto *save = child<QPushButton>(&dialog, "saveScenarioButton");
        auto *problem = child<QLabel>(&dialog, "scenarioProblem");
        QVERIFY(!dialog.isValid());
        QVERIFY(!save->isEnabled());
        QVERIFY(problem->isVisible());

        fillValid(dialog);
        QVERIFY2(dialog.isValid(), qPrintable(dialog.problem()));
        QVERIFY(save->isEnabled());
        QVERIFY(!problem->isVisible());
        // The short name followed the title until typed.
        QCOMPARE(child<QLineEdit>(&dialog, "slugEdit")->text(), QString("angoisse-avant-un-examen"));
        // Lines of the situation become one: the format's header value is one line.
        QCOMPARE(dialog.scenario().personaSituation, QString("Étudiant de 19 ans, la veille d'un examen."));

        // An empty title: the parser's message, naming the field.
        auto *title = child<QLineEdit>(&dialog, "titleEdit");
        title->clear();
        QVERIFY(!dialog.isValid());
        QVERIFY(!save->isEnabled());
        QVERIFY2(problem->text().contains("\"title\" is empty"), qPrintable(problem->text()));
        QVERIFY2(problem->text().startsWith("Title: "), qPrintable(problem->text()));
        QCOMPARE(problem->text(), dialog.problem());
        // F8 goes to it.
        child<QTabWidget>(&dialog, "scenarioTabs")->setCurrentIndex(4);
        QTest::mouseClick(child<QPushButton>(&dialog, "showProblemButton"), Qt::LeftButton);
        QCOMPARE(child<QTabWidget>(&dialog, "scenarioTabs")->currentIndex(), 0);
        title->setText("Angoisse avant un examen");
        QVERIFY(dialog.isValid());

        // No goal at all.
        auto *goals = child<QListWidget>(&dialog, "goalList");
        goals->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeGoalButton"), Qt::LeftButton);
        QCOMPARE(goals->count(), 0);
        QVERIFY(!save->isEnabled());
        QVERIFY2(problem->text().contains("at least one goal"), qPrintable(problem->text()));

        // The same goal twice: the line number becomes the goal's number.
        auto *newGoal = child<QLineEdit>(&dialog, "newGoalEdit");
        for (int i = 0; i < 2; ++i) {
            newGoal->setText("Accueillir sans juger");
            QTest::keyClick(newGoal, Qt::Key_Return);
        }
        QVERIFY(!dialog.isValid());
        QCOMPARE(problem->text(), QString("Goal 2: this goal is already listed"));

        // A line of a section that the format would take for a section.
        goals->setCurrentRow(1);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeGoalButton"), Qt::LeftButton);
        QVERIFY(dialog.isValid());
        auto *evolution = child<QPlainTextEdit>(&dialog, "evolutionEdit");
        evolution->setPlainText("Étape 1\n[pause]\nÉtape 2");
        QVERIFY(!dialog.isValid());
        QVERIFY2(problem->text().startsWith("Evolution, line 2: unknown section [pause]"),
                 qPrintable(problem->text()));
        // ... and a line the parser would drop as a comment.
        evolution->setPlainText("Étape 1\n#2 elle se tait\nÉtape 2");
        QVERIFY(!dialog.isValid());
        QVERIFY2(problem->text().startsWith("Evolution: a line starting with \"#\""),
                 qPrintable(problem->text()));
        evolution->setPlainText("Étape 1\n  (elle se tait)\nÉtape 2  \n\n");
        QVERIFY2(dialog.isValid(), qPrintable(dialog.problem()));
        QCOMPARE(dialog.scenario().evolution, QString("Étape 1\n  (elle se tait)\nÉtape 2"));

        // A bad short name.
        auto *slug = child<QLineEdit>(&dialog, "slugEdit");
        QTest::keyClicks(slug, " X");
        QVERIFY(!dialog.isValid());
        QVERIFY2(problem->text().startsWith("Short name: "), qPrintable(problem->text()));
        slug->setText("exam-stress");
        QVERIFY(dialog.isValid());
        // Typing the title no longer changes a short name that was typed.
        title->setText("Stress des examens");
        QCOMPARE(slug->text(), QString("exam-stress"));

        // A new scenario may not take the place of one in the library.
        ScenarioListModel library;
        library.reset({entry("exam-stress", "de", "Prüfungsangst"), entry("exam-stress", "fr", "Stress")});
        dialog.setLibrary(&library);
        QVERIFY(!dialog.isValid());
        QVERIFY2(problem->text().contains("already exists in French"), qPrintable(problem->text()));
        child<QComboBox>(&dialog, "languageCombo")
            ->setCurrentIndex(child<QComboBox>(&dialog, "languageCombo")->findData("en"));
        QVERIFY(dialog.isValid());
        QCOMPARE(dialog.scenario().language, QString("en"));
    }

    void goalsAreAddedRemovedAndReordered()
    {
        ScenarioEditorDialog dialog;
        QVERIFY(showActive(dialog));
        fillValid(dialog);
        auto *goals = child<QListWidget>(&dialog, "goalList");
        auto *newGoal = child<QLineEdit>(&dialog, "newGoalEdit");
        auto *add = child<QPushButton>(&dialog, "addGoalButton");
        auto *remove = child<QPushButton>(&dialog, "removeGoalButton");
        auto *up = child<QPushButton>(&dialog, "moveGoalUpButton");
        auto *down = child<QPushButton>(&dialog, "moveGoalDownButton");
        QCOMPARE(newGoal->maxLength(), ScenarioFile::kMaxGoalChars);
        QVERIFY(!add->isEnabled()); // nothing typed
        newGoal->setText("Reformuler");
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        newGoal->setText("Proposer un rendez-vous");
        QTest::keyClick(newGoal, Qt::Key_Return); // Enter adds; it does not save
        QCOMPARE(goalTexts(goals),
                 (QStringList {"Accueillir sans juger", "Reformuler", "Proposer un rendez-vous"}));
        QVERIFY(newGoal->text().isEmpty());
        QCOMPARE(goals->currentRow(), 2);
        QVERIFY(!down->isEnabled());
        QVERIFY(up->isEnabled());
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(goalTexts(goals),
                 (QStringList {"Accueillir sans juger", "Proposer un rendez-vous", "Reformuler"}));
        // Keys on the list.
        child<QTabWidget>(&dialog, "scenarioTabs")->setCurrentIndex(4);
        goals->setFocus();
        goals->setCurrentRow(0);
        QTest::keyClick(goals, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(goalTexts(goals),
                 (QStringList {"Proposer un rendez-vous", "Accueillir sans juger", "Reformuler"}));
        QCOMPARE(goals->currentRow(), 1);
        QTest::keyClick(goals, Qt::Key_Delete);
        QCOMPARE(goalTexts(goals), (QStringList {"Proposer un rendez-vous", "Reformuler"}));
        QCOMPARE(dialog.scenario().goals, (QStringList {"Proposer un rendez-vous", "Reformuler"}));
        goals->setCurrentRow(0);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(dialog.scenario().goals, QStringList {"Reformuler"});
        QVERIFY(dialog.isValid());

        // Editing a goal in place.
        goals->item(0)->setText("Reformuler les émotions");
        QCOMPARE(dialog.scenario().goals, QStringList {"Reformuler les émotions"});

        // At most kMaxGoals.
        for (int i = goals->count(); i < ScenarioFile::kMaxGoals; ++i) {
            newGoal->setText(QString("Objectif %1").arg(i));
            QTest::mouseClick(add, Qt::LeftButton);
        }
        QCOMPARE(goals->count(), ScenarioFile::kMaxGoals);
        QVERIFY(!add->isEnabled());
        QVERIFY(!newGoal->isEnabled());
        QVERIFY(dialog.isValid());
        QVERIFY(child<QLabel>(&dialog, "goalCount")->text().startsWith("12 of at most 12"));
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(newGoal->isEnabled());
    }

    void serverErrorKeepsWhatWasTyped()
    {
        ScenarioEditorDialog dialog;
        QVERIFY(showActive(dialog));
        fillValid(dialog);
        auto *guidance = child<QPlainTextEdit>(&dialog, "guidanceEdit");
        guidance->setPlainText("Jouez lentement.\nArrêtez si le stagiaire se fige.");
        QSignalSpy save(&dialog, &ScenarioEditorDialog::saveRequested);
        QTest::keySequence(&dialog, QKeySequence::Save);
        QTRY_COMPARE(save.count(), 1); // a button's shortcut animates a click
        QVERIFY(dialog.isSaving());
        const QString typed = dialog.text();

        dialog.setServerError("The server refused the scenario: check every field and try again.");
        QVERIFY(!dialog.isSaving());
        QCOMPARE(dialog.text(), typed);
        QCOMPARE(guidance->toPlainText(), QString("Jouez lentement.\nArrêtez si le stagiaire se fige."));
        QCOMPARE(child<QLineEdit>(&dialog, "titleEdit")->text(), QString("Angoisse avant un examen"));
        QCOMPARE(goalTexts(child<QListWidget>(&dialog, "goalList")), QStringList {"Accueillir sans juger"});
        auto *serverError = child<QLabel>(&dialog, "scenarioServerError");
        QVERIFY(serverError->isVisible());
        QVERIFY2(serverError->text().contains("check every field"), qPrintable(serverError->text()));
        QVERIFY(child<QPushButton>(&dialog, "saveScenarioButton")->isEnabled());

        dialog.setServerError("You may not do this.");
        QVERIFY(serverError->text().contains("You may not do this."));

        // Saving again clears the old refusal.
        QTest::mouseClick(child<QPushButton>(&dialog, "saveScenarioButton"), Qt::LeftButton);
        QCOMPARE(save.count(), 2);
        QVERIFY(!serverError->isVisible());
    }

    void editorAccessibility()
    {
        ScenarioEditorDialog dialog;
        QVERIFY(showActive(dialog));
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QSpinBox *>(w)
                || qobject_cast<QListWidget *>(w) || qobject_cast<QPushButton *>(w);
            if (!control || w->objectName().startsWith("qt_") || w->parent()->inherits("QAbstractSpinBox")
                || w->parent()->inherits("QComboBox"))
                continue;
            auto *button = qobject_cast<QPushButton *>(w);
            QVERIFY2(!w->accessibleName().isEmpty() || (button && !button->text().isEmpty()),
                     qPrintable(w->objectName() + " has no accessible name"));
        }
        for (const char *name : {"slugEdit", "titleEdit", "languageCombo", "channelCombo", "riskCombo",
                                 "ageSpin", "situationEdit", "openingEdit", "evolutionEdit", "guidanceEdit",
                                 "goalList", "newGoalEdit", "saveScenarioButton", "scenarioProblem"})
            QVERIFY2(!child<QWidget>(&dialog, name)->accessibleName().isEmpty(), name);
        // Plain text only.
        for (auto *edit : dialog.findChildren<QPlainTextEdit *>())
            QVERIFY(edit->tabChangesFocus());
        // Labels with mnemonics reach their field.
        int buddies = 0;
        for (auto *label : dialog.findChildren<QLabel *>())
            buddies += label->buddy() != nullptr;
        QVERIFY(buddies >= 9);
        // Translated channel and risk labels, protocol values behind them.
        auto *channel = child<QComboBox>(&dialog, "channelCombo");
        QCOMPARE(channel->count(), 3);
        QCOMPARE(channel->itemData(2).toString(), QString("phone"));
        QCOMPARE(channel->itemText(2), QString("Phone"));
        QCOMPARE(child<QComboBox>(&dialog, "languageCombo")->count(), 5);
    }

    void libraryFiltersAndEmits()
    {
        ScenarioListModel model;
        ScenarioLibraryView view(model);
        QVERIFY(showActive(view));
        auto *list = child<QListView>(&view, "scenarioList");
        auto *empty = child<QLabel>(&view, "scenarioLibraryEmpty");
        auto *newButton = child<QPushButton>(&view, "newScenarioButton");
        auto *edit = child<QPushButton>(&view, "editScenarioButton");
        auto *start = child<QPushButton>(&view, "startPracticeButton");
        QVERIFY(empty->isVisible());
        // Not a trainer: everyone may list, nobody else may act.
        QVERIFY(!newButton->isVisible());
        QVERIFY(!edit->isVisible());
        QVERIFY(!start->isVisible());

        model.reset({entry("panic-attack", "fr", "Crise de panique", "chat", "medium"),
                     entry("panic-attack", "de", "Panikattacke", "chat", "medium"),
                     entry("suicidal-crisis", "fr", "Crise suicidaire aiguë", "chat", "high"),
                     entry("loneliness-older-person", "fr", "Solitude d'une personne âgée", "phone")});
        QVERIFY(!empty->isVisible());
        QCOMPARE(list->model()->rowCount(), 4);
        QCOMPARE(view.selectedSlug(), QString("panic-attack")); // the first row is selected
        QCOMPARE(view.selectedLanguage(), QString("fr"));

        QSignalSpy edits(&view, &ScenarioLibraryView::editRequested);
        QSignalSpy news(&view, &ScenarioLibraryView::newRequested);
        QSignalSpy starts(&view, &ScenarioLibraryView::startRequested);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(edits.count(), 0); // not a trainer

        view.setTrainer(true);
        QVERIFY(newButton->isVisible() && edit->isVisible() && start->isVisible());
        QVERIFY(edit->isEnabled() && start->isEnabled() && newButton->isEnabled());

        // The language filter.
        auto *language = child<QComboBox>(&view, "scenarioLanguageFilter");
        language->setCurrentIndex(language->findData("de"));
        QCOMPARE(view.languageFilter(), QString("de"));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(view.selectedSlug(), QString("panic-attack"));
        QCOMPARE(view.selectedLanguage(), QString("de"));
        view.setLanguageFilter("pt");
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains("matches"));
        QVERIFY(!edit->isEnabled());
        QVERIFY(!start->isEnabled());
        QVERIFY(newButton->isEnabled());
        QTest::mouseClick(edit, Qt::LeftButton);
        QCOMPARE(edits.count(), 0);
        view.setLanguageFilter({});

        // The text filter, accents and case aside.
        auto *text = child<QLineEdit>(&view, "scenarioTextFilter");
        QTest::keyClicks(text, "AGEE");
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(view.selectedSlug(), QString("loneliness-older-person"));
        QTest::keyClick(text, Qt::Key_Return); // goes to the list
        QVERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(edits.count(), 1);
        QCOMPARE(edits.takeFirst(), (QVariantList {"loneliness-older-person", "fr"}));

        text->clear();
        QCOMPARE(list->model()->rowCount(), 4);
        view.selectScenario("suicidal-crisis", "fr");
        QTest::mouseClick(edit, Qt::LeftButton);
        QCOMPARE(edits.takeFirst(), (QVariantList {"suicidal-crisis", "fr"}));
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(starts.takeFirst(), (QVariantList {"suicidal-crisis", "fr"}));
        QTest::mouseClick(newButton, Qt::LeftButton);
        QCOMPARE(news.count(), 1);

        // Double-click edits.
        const QModelIndex first = list->model()->index(0, 0);
        const QPoint centre = list->visualRect(first).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(edits.count(), 1);
        QCOMPARE(edits.takeFirst().at(0).toString(), view.selectedSlug());

        // A saved scenario shows at once, and can be selected.
        Scenario saved;
        saved.slug = "exam-stress";
        saved.language = "fr";
        saved.title = "Angoisse avant un examen";
        saved.channel = "chat";
        saved.risk = "low";
        model.upsert(saved);
        QCOMPARE(list->model()->rowCount(), 5);
        view.selectScenario("exam-stress", "fr");
        QCOMPARE(view.selectedSlug(), QString("exam-stress"));
        QVERIFY(child<QLabel>(&view, "scenarioDetails")->text().contains("French"));

        view.setTrainer(false);
        QVERIFY(!edit->isVisible());
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(edits.count(), 0);
    }

    void libraryAccessibility()
    {
        ScenarioListModel model;
        ScenarioLibraryView view(model);
        view.setTrainer(true);
        QVERIFY(showActive(view));
        QVERIFY(!view.accessibleName().isEmpty());
        for (const char *name : {"scenarioList", "scenarioLanguageFilter", "scenarioTextFilter",
                                 "newScenarioButton", "editScenarioButton", "startPracticeButton"})
            QVERIFY2(!child<QWidget>(&view, name)->accessibleName().isEmpty(), name);
        QVERIFY(child<QLabel>(&view, "scenarioLibraryEmpty")->text().contains("Asking"));
        model.reset({});
        QVERIFY(child<QLabel>(&view, "scenarioLibraryEmpty")->text().contains("No practice scenario"));
    }
};

QTEST_MAIN(TestUiScenarios)
#include "tst_ui_scenarios.moc"
