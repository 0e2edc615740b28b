// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/practice/PracticeFeedback.h"
#include "protocol/ScenarioFile.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace ecoute::ui {

/// The trainer's structured feedback after a practice exercise: for each learning
/// goal of the scenario a rating from 1 ("Not yet") to 4 ("Fully") and an optional
/// comment, then free text. Send stays disabled until every goal is rated. Keyboard:
/// Tab moves from goal to goal, the arrow keys or 1 to 4 choose a rating.
///
/// The dialog only collects: its owner sends feedback() (practice.feedback.send)
/// once it is accepted, and can refill a new dialog with setFeedback() and
/// showError() when sending failed, so nothing typed is lost.
class PracticeFeedbackDialog : public QDialog
{
    Q_OBJECT

public:
    PracticeFeedbackDialog(const QString &contactId, const QString &trainee,
                           const protocol::Scenario &scenario, QWidget *parent = nullptr);

    QString contactId() const { return m_contactId; }
    QString trainee() const { return m_trainee; }
    /// The form as filled: contactId, slug, language, title, one GoalAssessment per goal
    /// (rating 0 while not rated; comments trimmed), text (trimmed).
    models::PracticeFeedback feedback() const;
    /// Refills the form: ratings and comments by goal text (goals the scenario does not
    /// have are ignored), and the free text.
    void setFeedback(const models::PracticeFeedback &feedback);
    /// True when every goal is rated and nothing is too long (what enables Send).
    bool isComplete() const;
    /// Shows why the last send failed (empty hides it).
    void showError(const QString &message);

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct GoalRow
    {
        QString goal;
        QButtonGroup *rating = nullptr;
        QLineEdit *comment = nullptr;
    };

    QWidget *makeGoalRow(int number, const QString &goal, QWidget *parent);
    void updateState();

    QString m_contactId;
    QString m_trainee;
    protocol::Scenario m_scenario;
    QList<GoalRow> m_goals;
    QScrollArea *m_scroll;
    QLabel *m_progress;
    QPlainTextEdit *m_text;
    QLabel *m_counter;
    QLabel *m_error;
    QPushButton *m_send;
};

} // namespace ecoute::ui
