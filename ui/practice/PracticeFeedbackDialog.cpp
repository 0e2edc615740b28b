// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/practice/PracticeFeedbackDialog.h"

#include "ui/practice/PracticeFeedbackView.h"
#include "ui/style/Theme.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::GoalAssessment;
using models::PracticeFeedback;

namespace {
const char kGoalIndex[] = "ecouteGoalIndex";

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // scenario titles and goals are typed by trainers
    label->setWordWrap(true);
    return label;
}
} // namespace

PracticeFeedbackDialog::PracticeFeedbackDialog(const QString &contactId, const QString &trainee,
                                               const protocol::Scenario &scenario, QWidget *parent)
    : QDialog(parent), m_contactId(contactId), m_trainee(trainee), m_scenario(scenario),
      m_scroll(new QScrollArea(this)), m_progress(new QLabel(this)), m_text(new QPlainTextEdit(this)),
      m_counter(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("practiceFeedbackDialog"));
    setWindowTitle(tr("Feedback for %1").arg(trainee));
    setAccessibleName(windowTitle());

    const QString title = scenario.title.isEmpty() ? scenario.slug : scenario.title;
    auto *intro = plainLabel(tr("Exercise: %1").arg(title), this);
    intro->setObjectName(QStringLiteral("feedbackScenario"));
    QFont bold = intro->font();
    bold.setBold(true);
    intro->setFont(bold);
    auto *hint = plainLabel(scenario.goals.isEmpty()
                                ? tr("This scenario has no learning goals: write your feedback below. "
                                     "%1 will see it.")
                                      .arg(trainee)
                                : tr("Rate each learning goal (arrow keys or 1 to 4); comments are optional. "
                                     "%1 will see this feedback.")
                                      .arg(trainee),
                            this);

    auto *goalsWidget = new QWidget(m_scroll);
    goalsWidget->setObjectName(QStringLiteral("feedbackGoals"));
    auto *goalsLayout = new QVBoxLayout(goalsWidget);
    for (int i = 0; i < scenario.goals.size(); ++i)
        goalsLayout->addWidget(makeGoalRow(i + 1, scenario.goals.at(i), goalsWidget));
    goalsLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("feedbackGoalsScroll"));
    m_scroll->setWidget(goalsWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setVisible(!scenario.goals.isEmpty());
    m_progress->setObjectName(QStringLiteral("feedbackProgress"));
    m_progress->setVisible(!scenario.goals.isEmpty());

    auto *textLabel = new QLabel(tr("&General feedback (optional):"), this);
    if (scenario.goals.isEmpty())
        textLabel->setText(tr("&General feedback:"));
    textLabel->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("feedbackText"));
    m_text->setAccessibleName(tr("General feedback"));
    m_text->setPlaceholderText(tr("What went well, what to work on next…"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(140);
    m_counter->setObjectName(QStringLiteral("feedbackCounter"));
    m_counter->setAlignment(Qt::AlignRight);
    m_error->setObjectName(QStringLiteral("feedbackError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setMargin(4);
    Theme::applyPanel(m_error, Theme::Role::Error);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send feedback"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendFeedbackButton"));
    m_send->setAccessibleName(QString(m_send->text()).remove(QLatin1Char('&')));
    m_send->setAccessibleDescription(tr("Send the feedback to %1").arg(trainee));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(QString(cancel->text()).remove(QLatin1Char('&')));
    cancel->setAccessibleDescription(tr("Cancel without sending"));
    // Return in a comment must not send half a form: Ctrl+Return sends.
    m_send->setAutoDefault(false);
    cancel->setAutoDefault(false);
    const QKeySequence sendKeys(Qt::CTRL | Qt::Key_Return);
    m_send->setToolTip(tr("Send (%1)").arg(sendKeys.toString(QKeySequence::NativeText)));
    for (const QKeySequence &keys : {sendKeys, QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_send->isEnabled())
                accept();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &PracticeFeedbackDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(hint);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_progress);
    layout->addWidget(textLabel);
    layout->addWidget(m_text);
    layout->addWidget(m_counter);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, scenario.goals.size() > 2 ? 680 : 480);

    // Goal after goal (ratings, then comment), then the free text and the buttons: the
    // free text and the scroll area were created before the goals.
    QList<QWidget *> chain;
    for (const GoalRow &row : std::as_const(m_goals)) {
        for (QAbstractButton *button : row.rating->buttons())
            chain << button;
        chain << row.comment;
    }
    chain << m_text << m_send << cancel;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    connect(m_text, &QPlainTextEdit::textChanged, this, &PracticeFeedbackDialog::updateState);
    updateState();
    if (!m_goals.isEmpty())
        m_goals.first().rating->buttons().first()->setFocus();
    else
        m_text->setFocus();
}

QWidget *PracticeFeedbackDialog::makeGoalRow(int number, const QString &goal, QWidget *parent)
{
    const int total = int(m_scenario.goals.size());
    auto *box = new QGroupBox(tr("Goal %1 of %2").arg(number).arg(total), parent);
    box->setObjectName(QStringLiteral("goal%1").arg(number));
    box->setAccessibleName(tr("Goal %1: %2").arg(QString::number(number), goal));
    auto *text = plainLabel(goal, box);
    text->setObjectName(QStringLiteral("goalText%1").arg(number));

    GoalRow row;
    row.goal = goal;
    row.rating = new QButtonGroup(box);
    row.rating->setObjectName(QStringLiteral("goalRating%1").arg(number));
    auto *ratings = new QWidget(box); // the radio buttons' own parent: arrows move between them only
    auto *ratingsLayout = new QHBoxLayout(ratings);
    ratingsLayout->setContentsMargins(0, 0, 0, 0);
    for (int rating = GoalAssessment::kMinRating; rating <= GoalAssessment::kMaxRating; ++rating) {
        auto *button = new QRadioButton(PracticeFeedbackView::ratingText(rating), ratings);
        button->setObjectName(QStringLiteral("goal%1Rating%2").arg(number).arg(rating));
        button->setAccessibleName(
            tr("Goal %1: %2").arg(QString::number(number), PracticeFeedbackView::ratingDescription(rating)));
        button->setAccessibleDescription(goal);
        button->setToolTip(
            tr("%1 — key %2").arg(PracticeFeedbackView::ratingDescription(rating)).arg(rating));
        button->setProperty(kGoalIndex, number - 1);
        button->installEventFilter(this);
        row.rating->addButton(button, rating);
        ratingsLayout->addWidget(button);
    }
    ratingsLayout->addStretch(1);
    row.comment = new QLineEdit(box);
    row.comment->setObjectName(QStringLiteral("goalComment%1").arg(number));
    row.comment->setAccessibleName(tr("Comment on goal %1").arg(number));
    row.comment->setAccessibleDescription(goal);
    row.comment->setPlaceholderText(tr("Comment (optional)"));
    row.comment->setMaxLength(GoalAssessment::kMaxCommentChars);
    row.comment->setProperty(kGoalIndex, number - 1);
    row.comment->installEventFilter(this);
    connect(row.rating, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateState();
    });

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(text);
    layout->addWidget(ratings);
    layout->addWidget(row.comment);
    m_goals.append(row);
    return box;
}

PracticeFeedback PracticeFeedbackDialog::feedback() const
{
    PracticeFeedback f;
    f.contactId = m_contactId;
    f.slug = m_scenario.slug;
    f.language = m_scenario.language;
    f.title = m_scenario.title;
    for (const GoalRow &row : m_goals) {
        const int rating = row.rating->checkedId();
        f.goals.append({row.goal, rating > 0 ? rating : 0, row.comment->text().trimmed()});
    }
    f.text = m_text->toPlainText().trimmed();
    return f;
}

void PracticeFeedbackDialog::setFeedback(const PracticeFeedback &feedback)
{
    for (const GoalAssessment &g : feedback.goals) {
        for (const GoalRow &row : std::as_const(m_goals)) {
            if (row.goal != g.goal)
                continue;
            if (QAbstractButton *button = row.rating->button(g.rating))
                button->setChecked(true);
            row.comment->setText(g.comment);
            break;
        }
    }
    m_text->setPlainText(feedback.text);
    updateState();
}

bool PracticeFeedbackDialog::isComplete() const
{
    for (const GoalRow &row : m_goals) {
        if (row.rating->checkedId() < GoalAssessment::kMinRating)
            return false;
    }
    const qsizetype length = m_text->toPlainText().trimmed().size();
    if (length > PracticeFeedback::kMaxTextChars)
        return false;
    // Without goals there is nothing to rate: the text is the feedback.
    return !m_goals.isEmpty() || length > 0;
}

void PracticeFeedbackDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PracticeFeedbackDialog::accept()
{
    if (!isComplete())
        return;
    QDialog::accept();
}

bool PracticeFeedbackDialog::eventFilter(QObject *watched, QEvent *event)
{
    const QVariant goalIndex = watched->property(kGoalIndex);
    if (!goalIndex.isValid())
        return QDialog::eventFilter(watched, event);
    const int index = goalIndex.toInt();
    if (event->type() == QEvent::FocusIn) {
        // Keep the goal being rated in view (Tab does it already; the arrow keys do not).
        if (auto *widget = qobject_cast<QWidget *>(watched))
            m_scroll->ensureWidgetVisible(widget);
    } else if (event->type() == QEvent::KeyPress && qobject_cast<QRadioButton *>(watched) && index >= 0
               && index < m_goals.size()) {
        // 1 to 4 on a goal's ratings chooses that rating.
        auto *key = static_cast<QKeyEvent *>(event);
        const int rating = key->key() - Qt::Key_0;
        const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (modifiers == Qt::NoModifier && rating >= GoalAssessment::kMinRating
            && rating <= GoalAssessment::kMaxRating) {
            QAbstractButton *button = m_goals.at(index).rating->button(rating);
            button->setChecked(true);
            button->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PracticeFeedbackDialog::updateState()
{
    int rated = 0;
    for (const GoalRow &row : std::as_const(m_goals))
        rated += row.rating->checkedId() >= GoalAssessment::kMinRating ? 1 : 0;
    const int total = int(m_goals.size());
    m_progress->setText(rated == total ? tr("All %n goal(s) rated.", nullptr, total)
                                       : tr("%1 of %n goal(s) rated.", nullptr, total).arg(rated));
    const int length = int(m_text->toPlainText().trimmed().size());
    m_counter->setText(tr("%1 / %2 characters").arg(length).arg(PracticeFeedback::kMaxTextChars));
    if (length > PracticeFeedback::kMaxTextChars) {
        Theme::applyPanel(m_counter, Theme::Role::Error);
    } else {
        m_counter->setPalette(palette());
        m_counter->setAutoFillBackground(false);
    }
    m_send->setEnabled(isComplete());
}

} // namespace ecoute::ui
