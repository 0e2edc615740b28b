// SPDX-License-Identifier: GPL-3.0-or-later
// The trainer's feedback form after a practice exercise, the read-only feedback
// view and the practice history, driven by QTest (no server): keyboard use,
// Send only once every goal is rated, text shown as typed (never as markup),
// the history's selection and the trainee lookup, accessible names.

#include "UiTestSupport.h"
#include "models/practice/PracticeHistoryModel.h"
#include "ui/practice/PracticeFeedbackDialog.h"
#include "ui/practice/PracticeFeedbackView.h"
#include "ui/practice/PracticeHistoryView.h"

#include <QApplication>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

using ecoute::models::GoalAssessment;
using ecoute::models::PracticeFeedback;
using ecoute::models::PracticeHistoryModel;
using ecoute::protocol::Scenario;
using ecoute::testing::child;
using ecoute::ui::PracticeFeedbackDialog;
using ecoute::ui::PracticeFeedbackView;
using ecoute::ui::PracticeHistoryView;

namespace {
Scenario scenario(int goals)
{
    Scenario s;
    s.slug = "panic-attack";
    s.language = "fr";
    s.title = "Crise de panique <en soirée>";
    for (int i = 1; i <= goals; ++i)
        s.goals << QStringLiteral("Objectif %1 : accueillir sans juger").arg(i);
    return s;
}

QRadioButton *rating(QWidget *dialog, int goal, int value)
{
    return child<QRadioButton>(dialog, qPrintable(QStringLiteral("goal%1Rating%2").arg(goal).arg(value)));
}

QLineEdit *comment(QWidget *dialog, int goal)
{
    return child<QLineEdit>(dialog, qPrintable(QStringLiteral("goalComment%1").arg(goal)));
}

bool activate(QWidget &window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowActive(&window);
}

QJsonObject feedbackJson(const QString &contactId, const QList<int> &ratings, const QString &text,
                         const QString &firstComment = "ok")
{
    QJsonArray goals;
    int n = 0;
    for (int r : ratings) {
        goals.append(QJsonObject {{"goal", QStringLiteral("Objectif %1").arg(++n)},
                                  {"rating", r},
                                  {"comment", n == 1 ? firstComment : QString()}});
    }
    return {{"contactId", contactId}, {"slug", "loneliness"},
            {"language", "de"},       {"title", "Einsamkeit"},
            {"trainer", "trainer"},   {"goals", goals},
            {"text", text},           {"at", "2026-02-20T10:00:00.000Z"}};
}

QJsonObject historyBody()
{
    return {{"user", "trainee"},
            {"entries",
             QJsonArray {QJsonObject {{"contactId", "p3"},
                                      {"at", "2026-03-02T14:30:00.000Z"},
                                      {"slug", "panic-attack"},
                                      {"language", "fr"},
                                      {"title", "Crise de panique"},
                                      {"trainer", "trainer"}},
                         QJsonObject {{"contactId", "p2"},
                                      {"at", "2026-02-20T09:05:00.000Z"},
                                      {"slug", "loneliness"},
                                      {"language", "de"},
                                      {"title", "Einsamkeit"},
                                      {"trainer", "trainer"},
                                      {"feedback", feedbackJson("p2", {3, 4}, "Gut gemacht")}}}}};
}

/// Every widget one can act on, outside Qt's own parts of composite widgets, has an accessible name.
void checkAccessibleNames(QWidget *root)
{
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w)
            || qobject_cast<QAbstractItemView *>(w);
        bool part = w->objectName().startsWith("qt_");
        for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
            part = part || qobject_cast<QAbstractItemView *>(p);
        if (interactive && !part)
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 %2").arg(w->metaObject()->className(), w->objectName())));
    }
}
} // namespace

class TestUiPracticeFeedback : public QObject
{
    Q_OBJECT

private slots:
    void feedbackFormByKeyboard()
    {
        PracticeFeedbackDialog dialog("p7", "Camille", scenario(3));
        QVERIFY(activate(dialog));
        auto *send = child<QPushButton>(&dialog, "sendFeedbackButton");
        QVERIFY(send);
        QVERIFY(!send->isEnabled());
        QVERIFY(dialog.windowTitle().contains("Camille"));
        // The title is a trainer's text: shown as written.
        QVERIFY(child<QLabel>(&dialog, "feedbackScenario")->text().contains("<en soirée>"));
        QCOMPARE(child<QLabel>(&dialog, "feedbackScenario")->textFormat(), Qt::PlainText);

        // The first goal's ratings have the focus; a digit chooses that rating.
        QCOMPARE(QApplication::focusWidget(), rating(&dialog, 1, 1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_3);
        QVERIFY(rating(&dialog, 1, 3)->isChecked());
        QCOMPARE(QApplication::focusWidget(), rating(&dialog, 1, 3));
        QVERIFY(!send->isEnabled());

        // Tab goes on to the goal's comment (one stop for the ratings), then to the next goal.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), comment(&dialog, 1));
        QTest::keyClicks(comment(&dialog, 1), "Bonne <b>ecoute</b>");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->parentWidget()->parentWidget()->objectName(),
                 QStringLiteral("goal2"));
        // Space checks, the arrow keys move the rating.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QVERIFY(rating(&dialog, 2, 2)->isChecked());
        QVERIFY(!send->isEnabled());
        // Return in a comment does not send (nor close) a form.
        QTest::keyClick(comment(&dialog, 2), Qt::Key_Return);
        QVERIFY(dialog.isVisible());

        rating(&dialog, 3, 1)->setFocus();
        QTest::keyClick(rating(&dialog, 3, 1), Qt::Key_4, Qt::KeypadModifier);
        QVERIFY(rating(&dialog, 3, 4)->isChecked());
        QVERIFY(send->isEnabled());
        QVERIFY(dialog.isComplete());

        auto *text = child<QPlainTextEdit>(&dialog, "feedbackText");
        text->setFocus();
        QTest::keyClicks(text, "Merci, continue ainsi.");

        const PracticeFeedback f = dialog.feedback();
        QCOMPARE(f.contactId, QStringLiteral("p7"));
        QCOMPARE(f.slug, QStringLiteral("panic-attack"));
        QCOMPARE(f.goals.size(), 3);
        QCOMPARE(f.goals.at(0).goal, scenario(3).goals.at(0));
        QCOMPARE(f.goals.at(0).rating, 3);
        QCOMPARE(f.goals.at(0).comment, QStringLiteral("Bonne <b>ecoute</b>"));
        QCOMPARE(f.goals.at(1).rating, 2);
        QVERIFY(f.goals.at(1).comment.isEmpty());
        QCOMPARE(f.goals.at(2).rating, 4);
        QCOMPARE(f.text, QStringLiteral("Merci, continue ainsi."));
        QCOMPARE(f.toSendBody().value("goals").toArray().size(), 3);

        // Ctrl+Return sends.
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void limitsAndEmptyGoals()
    {
        PracticeFeedbackDialog dialog("p8", "Camille", scenario(1));
        dialog.show();
        auto *send = child<QPushButton>(&dialog, "sendFeedbackButton");
        rating(&dialog, 1, 2)->click();
        QVERIFY(send->isEnabled());
        // A comment stops at its limit; too much free text disables Send.
        comment(&dialog, 1)->setText(QString(GoalAssessment::kMaxCommentChars + 50, QLatin1Char('a')));
        QCOMPARE(dialog.feedback().goals.first().comment.size(), GoalAssessment::kMaxCommentChars);
        auto *text = child<QPlainTextEdit>(&dialog, "feedbackText");
        text->setPlainText(QString(PracticeFeedback::kMaxTextChars + 1, QLatin1Char('b')));
        QVERIFY(!send->isEnabled());
        dialog.accept(); // refused while too long
        QVERIFY(dialog.isVisible());
        text->setPlainText(QString(PracticeFeedback::kMaxTextChars, QLatin1Char('b')));
        QVERIFY(send->isEnabled());

        // A scenario without goals: the text is the feedback.
        PracticeFeedbackDialog bare("p9", "Camille", scenario(0));
        bare.show();
        auto *bareSend = child<QPushButton>(&bare, "sendFeedbackButton");
        QVERIFY(!bareSend->isEnabled());
        QTest::keyClicks(child<QPlainTextEdit>(&bare, "feedbackText"), "Bien");
        QVERIFY(bareSend->isEnabled());
        QVERIFY(bare.feedback().goals.isEmpty());
    }

    void manyGoalsScroll()
    {
        PracticeFeedbackDialog dialog("p1", "Camille", scenario(12));
        QVERIFY(activate(dialog));
        auto *scroll = child<QScrollArea>(&dialog, "feedbackGoalsScroll");
        QVERIFY(scroll);
        QCOMPARE(scroll->widget()->findChildren<QGroupBox *>().size(), 12);
        // Focus on the last goal brings it into view.
        rating(&dialog, 12, 1)->setFocus();
        QTRY_VERIFY(scroll->verticalScrollBar()->value() > 0);
    }

    void refillAfterAFailedSend()
    {
        PracticeFeedbackDialog first("p7", "Camille", scenario(2));
        rating(&first, 1, 4)->click();
        rating(&first, 2, 1)->click();
        comment(&first, 2)->setText("À revoir");
        child<QPlainTextEdit>(&first, "feedbackText")->setPlainText("Texte long");
        const PracticeFeedback typed = first.feedback();

        PracticeFeedbackDialog again("p7", "Camille", scenario(2));
        again.setFeedback(typed);
        QCOMPARE(again.feedback().goals, typed.goals);
        QCOMPARE(again.feedback().text, typed.text);
        QVERIFY(child<QPushButton>(&again, "sendFeedbackButton")->isEnabled());
        again.show();
        again.showError("The server could not store the feedback.");
        auto *error = child<QLabel>(&again, "feedbackError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("The server could not store the feedback."));
        again.showError({});
        QVERIFY(!error->isVisible());
    }

    void feedbackViewShowsTextAsTyped()
    {
        PracticeFeedback f;
        f.contactId = "p2";
        f.title = "Solitude & <isolement>";
        f.trainer = "trainer";
        f.at = QDateTime(QDate(2026, 2, 20), QTime(10, 0), Qt::UTC);
        f.goals = {GoalAssessment {"Accueillir", 3, "Très <b>bien</b>"}, GoalAssessment {"Clore", 1, {}}};
        f.text = "<script>alert(1)</script>\nDeuxième ligne";
        PracticeFeedbackView view;
        view.show();
        view.setFeedback(f);
        const QString shown = view.toPlainText();
        QVERIFY2(shown.contains("Très <b>bien</b>"), qPrintable(shown));
        QVERIFY(shown.contains("<script>alert(1)</script>"));
        QVERIFY(shown.contains("Deuxième ligne"));
        QVERIFY(shown.contains("Solitude & <isolement>"));
        QVERIFY(shown.contains("trainer"));
        QVERIFY(shown.contains(QStringLiteral("●●●○ Mostly (3 of 4)")));
        QVERIFY(shown.contains(QStringLiteral("●○○○ Not yet (1 of 4)")));
        QVERIFY(shown.contains("Accueillir"));
        // Nothing typed became markup.
        auto *browser = child<QTextBrowser>(&view, "practiceFeedbackText");
        QVERIFY(browser->toHtml().contains("&lt;b&gt;bien&lt;/b&gt;"));
        QCOMPARE(view.feedback().contactId, QStringLiteral("p2"));

        QCOMPARE(PracticeFeedbackView::ratingDots(4), QStringLiteral("●●●●"));
        QVERIFY(PracticeFeedbackView::ratingDots(0).isEmpty());
        QCOMPARE(PracticeFeedbackView::ratingText(2), QStringLiteral("Partly"));
        view.clear("Nothing here");
        QCOMPARE(view.toPlainText(), QStringLiteral("Nothing here"));
    }

    void historyListsAndShowsFeedback()
    {
        PracticeHistoryModel model;
        PracticeHistoryView view(model);
        view.setSelf("trainee");
        QVERIFY(activate(view));
        auto *table = child<QTableView>(&view, "historyTable");
        auto *status = child<QLabel>(&view, "historyStatus");
        auto *feedback = child<PracticeFeedbackView>(&view, "practiceFeedbackView");

        model.setFromResult(historyBody());
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(table->isVisible());
        QVERIFY(!status->isVisible());
        QCOMPARE(child<QLabel>(&view, "historyHeading")->text(), QStringLiteral("Your practice history"));
        // The newest is selected; it has no feedback yet.
        QCOMPARE(view.selectedContactId(), QStringLiteral("p3"));
        QCOMPARE(feedback->toPlainText(), QStringLiteral("No feedback yet for this exercise."));

        // Down selects the older exercise: its feedback is shown.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(view.selectedContactId(), QStringLiteral("p2"));
        QVERIFY(feedback->toPlainText().contains("Gut gemacht"));
        QVERIFY(feedback->toPlainText().contains("Einsamkeit"));
        QVERIFY(feedback->toPlainText().contains(QStringLiteral("●●●● Fully")));

        // Feedback arriving for the selected exercise shows at once.
        view.selectContact("p3");
        model.updateFeedback(PracticeFeedback::fromJson(feedbackJson("p3", {2}, "Später mehr", "<i>x</i>")));
        QVERIFY(feedback->toPlainText().contains("Später mehr"));
        QVERIFY(feedback->toPlainText().contains("<i>x</i>"));
        QVERIFY(table->model()
                    ->index(0, PracticeHistoryModel::FeedbackColumn)
                    .data()
                    .toString()
                    .startsWith("Feedback given"));

        // No practice at all: said plainly.
        model.setEntries("trainee", {});
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(), QStringLiteral("No practice yet."));
        QVERIFY(!table->isVisible());
        model.setEntries("someone", {});
        QCOMPARE(status->text(), QStringLiteral("No practice yet for someone."));
        QCOMPARE(child<QLabel>(&view, "historyHeading")->text(),
                 QStringLiteral("Practice history of someone"));
    }

    void trainersLookUpATrainee()
    {
        PracticeHistoryModel model;
        PracticeHistoryView view(model);
        QVERIFY(activate(view));
        auto *edit = child<QLineEdit>(&view, "historyTraineeEdit");
        auto *show = child<QPushButton>(&view, "showHistoryButton");
        QVERIFY(!edit->isVisible());
        view.setCanChooseTrainee(true);
        QVERIFY(view.canChooseTrainee());
        QVERIFY(edit->isVisible() && show->isVisible());

        QSignalSpy requested(&view, &PracticeHistoryView::historyRequested);
        // Alt+R (the label's mnemonic) reaches the field.
        QTest::keyClick(&view, Qt::Key_R, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), edit);
        QTest::keyClicks(edit, "  camille ");
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("camille"));
        auto *status = child<QLabel>(&view, "historyStatus");
        QVERIFY(status->isVisible()); // asking…

        view.showError("No practice history for camille.");
        QCOMPARE(status->text(), QStringLiteral("No practice history for camille."));

        edit->clear();
        show->click();
        QCOMPARE(requested.size(), 2);
        QVERIFY(requested.last().first().toString().isEmpty());
        model.setFromResult(historyBody());
        QCOMPARE(table(view)->model()->rowCount(), 2);
        QVERIFY(!status->isVisible());
    }

    void everythingHasAnAccessibleName()
    {
        PracticeFeedbackDialog dialog("p7", "Camille", scenario(3));
        checkAccessibleNames(&dialog);
        for (int r = 1; r <= 4; ++r)
            QVERIFY(rating(&dialog, 2, r)->accessibleName().startsWith("Goal 2: "));
        QVERIFY(!rating(&dialog, 2, 1)->accessibleDescription().isEmpty());

        PracticeHistoryModel model;
        model.setFromResult(historyBody());
        PracticeHistoryView view(model);
        view.setCanChooseTrainee(true);
        checkAccessibleNames(&view);
        PracticeFeedbackView feedbackView;
        checkAccessibleNames(&feedbackView);
        QVERIFY(!feedbackView.accessibleName().isEmpty());
    }

private:
    static QTableView *table(QWidget &view) { return child<QTableView>(&view, "historyTable"); }
};

QTEST_MAIN(TestUiPracticeFeedback)
#include "tst_ui_practice_feedback.moc"
