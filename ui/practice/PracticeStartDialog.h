// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ecoute::models {
class ScenarioListModel;
}

namespace ecoute::ui {

/// A trainer starts a practice session: a scenario, one or more trainees (each
/// gets a practice contact in their inbox) and observers who follow silently.
class PracticeStartDialog : public QDialog
{
    Q_OBJECT

public:
    /// knownUsers completes the names typed (colleagues on shift).
    PracticeStartDialog(models::ScenarioListModel &scenarios, const QStringList &knownUsers,
                        QWidget *parent = nullptr);

    void setScenario(const QString &slug, const QString &language);
    QString slug() const;
    QString language() const;
    QStringList trainees() const;
    QStringList observers() const;

    /// "anne, bruno  claire" -> {anne, bruno, claire}: commas or spaces, no repeats.
    static QStringList splitNames(const QString &text);

private:
    void updateState();

    models::ScenarioListModel &m_scenarios;
    QComboBox *m_scenario;
    QLineEdit *m_trainees;
    QLineEdit *m_observers;
    QLabel *m_problem;
    QPushButton *m_start;
};

} // namespace ecoute::ui
