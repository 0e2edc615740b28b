// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/practice/PracticeHistoryView.h"

#include "models/practice/PracticeHistoryModel.h"
#include "ui/practice/PracticeFeedbackView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::PracticeHistoryModel;

PracticeHistoryView::PracticeHistoryView(PracticeHistoryModel &model, QWidget *parent)
    : QWidget(parent), m_model(model), m_traineeRow(new QWidget(this)),
      m_trainee(new QLineEdit(m_traineeRow)), m_show(new QPushButton(tr("&Show"), m_traineeRow)),
      m_heading(new QLabel(this)), m_status(new QLabel(this)), m_table(new QTableView(this)),
      m_feedback(new PracticeFeedbackView(this))
{
    setObjectName(QStringLiteral("practiceHistoryView"));
    setAccessibleName(tr("Practice history"));

    auto *traineeLabel = new QLabel(tr("T&rainee:"), m_traineeRow);
    traineeLabel->setBuddy(m_trainee);
    m_trainee->setObjectName(QStringLiteral("historyTraineeEdit"));
    m_trainee->setAccessibleName(tr("User name of the trainee"));
    m_trainee->setPlaceholderText(tr("User name (empty: your own history)"));
    m_trainee->setMaxLength(64);
    m_show->setObjectName(QStringLiteral("showHistoryButton"));
    m_show->setAccessibleName(QString(m_show->text()).remove(QLatin1Char('&')));
    m_show->setAccessibleDescription(tr("Show the practice history of this trainee"));
    m_show->setAutoDefault(false);
    auto *traineeLayout = new QHBoxLayout(m_traineeRow);
    traineeLayout->setContentsMargins(0, 0, 0, 0);
    traineeLayout->addWidget(traineeLabel);
    traineeLayout->addWidget(m_trainee, 1);
    traineeLayout->addWidget(m_show);
    m_traineeRow->setVisible(false);

    m_heading->setObjectName(QStringLiteral("historyHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Practice exercises, newest first"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PracticeHistoryModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_feedback->setMinimumHeight(120);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_feedback);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_traineeRow);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    setTabOrder(m_trainee, m_show);
    setTabOrder(m_show, m_table);

    connect(m_show, &QPushButton::clicked, this, &PracticeHistoryView::requestTyped);
    connect(m_trainee, &QLineEdit::returnPressed, this, &PracticeHistoryView::requestTyped);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PracticeHistoryView::showSelected);
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_waiting = false;
        m_error.clear();
        if (m_model.rowCount() > 0)
            m_table->selectRow(0);
        updateState();
        showSelected();
    });
    connect(&m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_table->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    showSelected();
                updateState();
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_model, signal, this, &PracticeHistoryView::updateState);
    if (m_model.rowCount() > 0)
        m_table->selectRow(0);
    updateState();
    showSelected();
}

void PracticeHistoryView::setCanChooseTrainee(bool can)
{
    m_canChoose = can;
    m_traineeRow->setVisible(can);
}

void PracticeHistoryView::setSelf(const QString &user)
{
    m_self = user;
    updateState();
}

QString PracticeHistoryView::selectedContactId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(PracticeHistoryModel::ContactIdRole).toString() : QString();
}

void PracticeHistoryView::selectContact(const QString &contactId)
{
    const int row = m_model.rowOf(contactId);
    if (row >= 0)
        m_table->selectRow(row);
}

void PracticeHistoryView::showError(const QString &message)
{
    m_waiting = false;
    m_error = message;
    updateState();
}

void PracticeHistoryView::requestTyped()
{
    const QString user = m_canChoose ? m_trainee->text().trimmed() : QString();
    m_waiting = true;
    m_error.clear();
    updateState();
    emit historyRequested(user);
}

void PracticeHistoryView::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_feedback->clear(m_model.rowCount() > 0 ? tr("Select an exercise to see its feedback.") : QString());
        return;
    }
    const models::PracticeHistoryEntry e = m_model.entry(current.row());
    if (!e.feedback) {
        m_feedback->clear(tr("No feedback yet for this exercise."));
        return;
    }
    // The entry knows the exercise even when the feedback leaves it out.
    models::PracticeFeedback f = *e.feedback;
    if (f.title.isEmpty())
        f.title = e.title;
    if (f.slug.isEmpty())
        f.slug = e.slug;
    if (f.trainer.isEmpty())
        f.trainer = e.trainer;
    if (f.contactId.isEmpty())
        f.contactId = e.contactId;
    m_feedback->setFeedback(f);
}

void PracticeHistoryView::updateState()
{
    const QString user = m_model.user();
    if (user.isEmpty() || (!m_self.isEmpty() && user == m_self))
        m_heading->setText(tr("Your practice history"));
    else
        m_heading->setText(tr("Practice history of %1").arg(user));
    m_heading->setVisible(m_model.isLoaded());

    QString status;
    if (!m_error.isEmpty())
        status = m_error;
    else if (m_waiting)
        status = tr("Asking for the practice history…");
    else if (m_model.isLoaded() && m_model.rowCount() == 0)
        status = user.isEmpty() || user == m_self ? tr("No practice yet.")
                                                  : tr("No practice yet for %1.").arg(user);
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_table->setVisible(m_model.rowCount() > 0);
    m_feedback->setVisible(m_model.rowCount() > 0);
}

} // namespace ecoute::ui
