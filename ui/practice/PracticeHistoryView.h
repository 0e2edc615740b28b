// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ecoute::models {
class PracticeHistoryModel;
}

namespace ecoute::ui {

class PracticeFeedbackView;

/// A trainee's practice history (for a dialog or a dock): the exercises, newest
/// first, and the trainer's feedback on the selected one. Trainers can look up
/// another trainee's history (setCanChooseTrainee): the view only asks, with
/// historyRequested(); its owner sends practice.history and fills the model.
class PracticeHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit PracticeHistoryView(models::PracticeHistoryModel &model, QWidget *parent = nullptr);

    /// Shows the trainee field and its Show button (trainers only).
    void setCanChooseTrainee(bool can);
    bool canChooseTrainee() const { return m_canChoose; }
    /// This workstation's user: their own history is titled "Your practice history".
    void setSelf(const QString &user);

    /// The practice contact of the selected row, or empty.
    QString selectedContactId() const;
    void selectContact(const QString &contactId);

    /// Says why the last request failed (e.g. no such trainee); cleared by the next result.
    void showError(const QString &message);

signals:
    /// Asks for user's history; empty asks for one's own.
    void historyRequested(const QString &user);

private:
    void requestTyped();
    void showSelected();
    void updateState();

    models::PracticeHistoryModel &m_model;
    QString m_self;
    bool m_canChoose = false;
    bool m_waiting = false;
    QString m_error;
    QWidget *m_traineeRow;
    QLineEdit *m_trainee;
    QPushButton *m_show;
    QLabel *m_heading;
    QLabel *m_status;
    QTableView *m_table;
    PracticeFeedbackView *m_feedback;
};

} // namespace ecoute::ui
