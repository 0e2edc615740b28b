// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ecoute::models {

/// A trainer's assessment of one learning goal of a practice scenario.
struct GoalAssessment
{
    static constexpr int kMinRating = 1; ///< "not yet"
    static constexpr int kMaxRating = 4; ///< "mastered"
    static constexpr int kMaxCommentChars = 1000;

    QString goal;
    int rating = 0; ///< kMinRating..kMaxRating
    QString comment;

    bool operator==(const GoalAssessment &) const = default;
};

/// The structured feedback a trainer gives a trainee after a practice contact
/// (practice.feedback.send / practice.feedback in docs/protocol.md).
struct PracticeFeedback
{
    static constexpr int kMaxTextChars = 4000;

    QString contactId;
    QString slug;
    QString language;
    QString title; ///< the scenario's title
    QString trainer; ///< the trainer's user name
    QList<GoalAssessment> goals;
    QString text; ///< free text
    QDateTime at;

    bool isValid() const { return !contactId.isEmpty(); }
    /// The `feedback` object of practice.feedback.
    static PracticeFeedback fromJson(const QJsonObject &o);
    /// The body of practice.feedback.send.
    QJsonObject toSendBody() const;
};

/// One practice contact in a trainee's history (practice.history.result).
struct PracticeHistoryEntry
{
    QString contactId;
    QDateTime at;
    QString slug;
    QString language;
    QString title;
    QString trainer;
    std::optional<PracticeFeedback> feedback;

    static PracticeHistoryEntry fromJson(const QJsonObject &o);
};

} // namespace ecoute::models
