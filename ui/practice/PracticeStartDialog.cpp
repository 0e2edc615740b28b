// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/practice/PracticeStartDialog.h"

#include "models/practice/ScenarioListModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ecoute::ui {

PracticeStartDialog::PracticeStartDialog(models::ScenarioListModel &scenarios, const QStringList &knownUsers,
                                         QWidget *parent)
    : QDialog(parent), m_scenarios(scenarios), m_scenario(new QComboBox(this)),
      m_trainees(new QLineEdit(this)), m_observers(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("practiceStartDialog"));
    setWindowTitle(tr("Start a practice session"));

    m_scenario->setObjectName(QStringLiteral("practiceScenario"));
    m_scenario->setAccessibleName(tr("Scenario"));
    m_scenario->setModel(&m_scenarios);
    m_trainees->setObjectName(QStringLiteral("practiceTrainees"));
    m_trainees->setAccessibleName(tr("Trainees"));
    m_trainees->setPlaceholderText(tr("User names, separated by commas"));
    m_observers->setObjectName(QStringLiteral("practiceObservers"));
    m_observers->setAccessibleName(tr("Observers"));
    m_observers->setPlaceholderText(tr("Optional: user names, separated by commas"));
    for (QLineEdit *edit : {m_trainees, m_observers}) {
        auto *completer = new QCompleter(knownUsers, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        edit->setCompleter(completer);
    }
    m_problem->setObjectName(QStringLiteral("practiceStartProblem"));
    m_problem->setWordWrap(true);

    auto *explanation = new QLabel(tr("Each trainee receives a practice contact, marked PRACTICE, in their "
                                      "inbox. You play the person from your own workstation; observers "
                                      "follow silently and everyone sees who is listening."),
                                   this);
    explanation->setWordWrap(true);

    auto *form = new QFormLayout;
    auto addRow = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("&Scenario:"), m_scenario);
    addRow(tr("&Trainees:"), m_trainees);
    addRow(tr("&Observers:"), m_observers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("Start"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("practiceStartButton"));
    // Buttons are named by their visible text (WCAG 2.5.3).
    for (QAbstractButton *button : buttons->buttons())
        button->setAccessibleName(QString(button->text()).remove(QLatin1Char('&')));
    m_start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_scenario, &QComboBox::currentIndexChanged, this, &PracticeStartDialog::updateState);
    connect(m_trainees, &QLineEdit::textChanged, this, &PracticeStartDialog::updateState);
    connect(m_observers, &QLineEdit::textChanged, this, &PracticeStartDialog::updateState);
    m_trainees->setFocus();
    updateState();
}

void PracticeStartDialog::setScenario(const QString &slug, const QString &language)
{
    const int row = m_scenarios.indexOf(slug, language);
    if (row >= 0)
        m_scenario->setCurrentIndex(row);
}

QString PracticeStartDialog::slug() const
{
    return m_scenarios.summary(m_scenario->currentIndex()).slug;
}

QString PracticeStartDialog::language() const
{
    return m_scenarios.summary(m_scenario->currentIndex()).language;
}

QStringList PracticeStartDialog::trainees() const
{
    return splitNames(m_trainees->text());
}

QStringList PracticeStartDialog::observers() const
{
    return splitNames(m_observers->text());
}

QStringList PracticeStartDialog::splitNames(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList names = text.split(separators, Qt::SkipEmptyParts);
    names.removeDuplicates();
    return names;
}

void PracticeStartDialog::updateState()
{
    QString problem;
    const QStringList people = trainees();
    if (m_scenario->currentIndex() < 0)
        problem = tr("No scenario to choose from yet.");
    else if (people.isEmpty())
        problem = tr("Name at least one trainee.");
    else {
        for (const QString &observer : observers()) {
            if (people.contains(observer)) {
                problem = tr("%1 cannot be trainee and observer at once.").arg(observer);
                break;
            }
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_start->setEnabled(problem.isEmpty());
}

} // namespace ecoute::ui
