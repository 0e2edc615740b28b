// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/practice/PracticeHistoryModel.h"

#include "models/workstation/VocabularyText.h"

#include <QLocale>

namespace ecoute::models {

PracticeHistoryModel::PracticeHistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

int PracticeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PracticeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant PracticeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PracticeHistoryEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case DateColumn:
            return e.at.isValid() ? QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat) : QString();
        case TitleColumn:
            return e.title.isEmpty() ? e.slug : e.title;
        case LanguageColumn:
            return VocabularyText::language(e.language);
        case TrainerColumn:
            return e.trainer;
        case FeedbackColumn:
            return feedbackSummary(e.feedback);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DateColumn && e.at.isValid())
            return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
        if (index.column() == LanguageColumn)
            return e.language;
        return {};
    case ContactIdRole:
        return e.contactId;
    case AtRole:
        return e.at;
    case SlugRole:
        return e.slug;
    case LanguageCodeRole:
        return e.language;
    case HasFeedbackRole:
        return e.feedback.has_value();
    case AverageRatingRole:
        if (e.feedback) {
            if (const double average = averageRating(*e.feedback); average >= 0)
                return average;
        }
        return {};
    }
    return {};
}

QVariant PracticeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Scenario");
    case LanguageColumn:
        return tr("Language");
    case TrainerColumn:
        return tr("Trainer");
    case FeedbackColumn:
        return tr("Feedback");
    }
    return {};
}

QHash<int, QByteArray> PracticeHistoryModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert({{ContactIdRole, "contactId"},
                  {AtRole, "at"},
                  {SlugRole, "slug"},
                  {LanguageCodeRole, "language"},
                  {HasFeedbackRole, "hasFeedback"},
                  {AverageRatingRole, "averageRating"}});
    return names;
}

void PracticeHistoryModel::setEntries(const QString &user, const QList<PracticeHistoryEntry> &entries)
{
    beginResetModel();
    m_user = user;
    m_loaded = true;
    m_entries = entries;
    endResetModel();
}

void PracticeHistoryModel::setFromResult(const QJsonObject &body)
{
    setEntries(body.value(QLatin1String("user")).toString(),
               fromJson(body.value(QLatin1String("entries")).toArray()));
}

void PracticeHistoryModel::clear()
{
    beginResetModel();
    m_user.clear();
    m_loaded = false;
    m_entries.clear();
    endResetModel();
}

int PracticeHistoryModel::rowOf(const QString &contactId) const
{
    if (contactId.isEmpty())
        return -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).contactId == contactId)
            return row;
    }
    return -1;
}

bool PracticeHistoryModel::updateFeedback(const PracticeFeedback &feedback)
{
    const int row = rowOf(feedback.contactId);
    if (row < 0)
        return false;
    m_entries[row].feedback = feedback;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

QList<PracticeHistoryEntry> PracticeHistoryModel::fromJson(const QJsonArray &entries)
{
    QList<PracticeHistoryEntry> list;
    list.reserve(entries.size());
    for (const auto &value : entries) {
        PracticeHistoryEntry e = PracticeHistoryEntry::fromJson(value.toObject());
        if (!e.contactId.isEmpty())
            list.append(std::move(e));
    }
    return list;
}

double PracticeHistoryModel::averageRating(const PracticeFeedback &feedback)
{
    int sum = 0;
    int count = 0;
    for (const GoalAssessment &g : feedback.goals) {
        if (g.rating >= GoalAssessment::kMinRating && g.rating <= GoalAssessment::kMaxRating) {
            sum += g.rating;
            ++count;
        }
    }
    return count == 0 ? -1.0 : double(sum) / count;
}

QString PracticeHistoryModel::feedbackSummary(const std::optional<PracticeFeedback> &feedback)
{
    if (!feedback)
        return tr("No feedback yet");
    const double average = averageRating(*feedback);
    if (average < 0)
        return tr("Feedback given");
    return tr("Feedback given, average %1 / %2")
        .arg(QLocale().toString(average, 'f', 1))
        .arg(GoalAssessment::kMaxRating);
}

} // namespace ecoute::models
