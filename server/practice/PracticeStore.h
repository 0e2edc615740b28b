// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>

#include <optional>

namespace ecoute::server {

class Database;

/// Practice sessions and the feedback of each practice contact (tables
/// practice_sessions, practice_feedback). Deleted with the contacts after the
/// practice retention.
class PracticeStore
{
public:
    struct Session
    {
        QString id;
        qint64 trainerId = 0;
        QString slug;
        QString language;
        QString title;
        QString createdAt;
    };
    struct Feedback
    {
        qint64 trainerId = 0;
        QJsonArray goals; ///< [{goal, rating 1-4, comment}]
        QString text;
        QString at;
    };

    explicit PracticeStore(Database &db) : m_db(db) { }

    std::optional<Session> createSession(qint64 trainerId, const QString &slug, const QString &language,
                                         const QString &title);
    std::optional<Session> session(const QString &id) const;
    bool saveFeedback(const QString &contactId, qint64 trainerId, qint64 traineeId, const QJsonArray &goals,
                      const QString &text);
    std::optional<Feedback> feedback(const QString &contactId) const;

private:
    Database &m_db;
};

} // namespace ecoute::server
