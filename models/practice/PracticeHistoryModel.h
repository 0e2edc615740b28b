// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/practice/PracticeFeedback.h"

#include <QAbstractTableModel>
#include <QJsonArray>

namespace ecoute::models {

/// One trainee's practice history (practice.history.result), newest first as the
/// server sends it: when, which scenario, in which language, with which trainer, and
/// whether feedback was given. Feedback that arrives later (practice.feedback) is
/// attached to its entry with updateFeedback().
class PracticeHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TitleColumn,
        LanguageColumn,
        TrainerColumn,
        FeedbackColumn,
        ColumnCount,
    };

    enum Role {
        ContactIdRole = Qt::UserRole + 1,
        AtRole, ///< QDateTime (UTC as received)
        SlugRole,
        LanguageCodeRole,
        HasFeedbackRole, ///< bool
        AverageRatingRole, ///< double, or invalid without rated goals
    };

    explicit PracticeHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the history with user's entries, kept in the order given (newest first).
    void setEntries(const QString &user, const QList<PracticeHistoryEntry> &entries);
    /// The body of practice.history.result ({user, entries}).
    void setFromResult(const QJsonObject &body);
    /// Forgets everything (no user, not loaded).
    void clear();

    /// Whose history this is (as the server named them); empty before the first result.
    QString user() const { return m_user; }
    /// True once a history was set, even an empty one (to tell "loading" from "no practice yet").
    bool isLoaded() const { return m_loaded; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    /// The entry at row, or an empty one.
    PracticeHistoryEntry entry(int row) const { return m_entries.value(row); }
    QList<PracticeHistoryEntry> entries() const { return m_entries; }
    /// The row of the entry for that practice contact, or -1.
    int rowOf(const QString &contactId) const;

    /// Attaches feedback that arrived later to its entry (by contactId), replacing
    /// older feedback. False when no entry has that contact.
    bool updateFeedback(const PracticeFeedback &feedback);

    /// The `entries` array of practice.history.result, in its order; entries
    /// without a contactId are skipped.
    static QList<PracticeHistoryEntry> fromJson(const QJsonArray &entries);

    /// The mean rating of the rated goals, or a negative number when none is rated.
    static double averageRating(const PracticeFeedback &feedback);
    /// "No feedback yet", "Feedback given" or "Feedback given, average 3.2 / 4" (translated).
    static QString feedbackSummary(const std::optional<PracticeFeedback> &feedback);

private:
    QString m_user;
    bool m_loaded = false;
    QList<PracticeHistoryEntry> m_entries;
};

} // namespace ecoute::models
