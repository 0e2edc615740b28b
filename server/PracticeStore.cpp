// SPDX-License-Identifier: GPL-3.0-or-later
#include "PracticeStore.h"

#include "Database.h"
#include "Logging.h"
#include "SecureRandom.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace ecoute::server {

std::optional<PracticeStore::Session> PracticeStore::createSession(qint64 trainerId, const QString &slug,
                                                                   const QString &language,
                                                                   const QString &title)
{
    Session s {secure::randomHex(16), trainerId, slug, language, title, Database::nowUtc()};
    Statement q = m_db.statement(QStringLiteral("INSERT INTO practice_sessions (id, trainer_id, slug, "
                                                "language, title, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q)
        return std::nullopt;
    int i = 0;
    for (const QVariant &v : {QVariant(s.id), QVariant(trainerId), QVariant(slug), QVariant(language),
                              QVariant(title), QVariant(s.createdAt)})
        q->bindValue(i++, v);
    if (!q->exec()) {
        qCWarning(lcDb) << "could not store a practice session:" << q->lastError().text();
        return std::nullopt;
    }
    return s;
}

std::optional<PracticeStore::Session> PracticeStore::session(const QString &id) const
{
    Statement q = m_db.statement(QStringLiteral(
        "SELECT id, trainer_id, slug, language, title, created_at FROM practice_sessions WHERE id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, id);
    if (!q->exec() || !q->next())
        return std::nullopt;
    return Session {q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString(),
                    q->value(3).toString(), q->value(4).toString(),   q->value(5).toString()};
}

bool PracticeStore::saveFeedback(const QString &contactId, qint64 trainerId, qint64 traineeId,
                                 const QJsonArray &goals, const QString &text)
{
    Statement q = m_db.statement(QStringLiteral(
        "INSERT OR REPLACE INTO practice_feedback (contact_id, trainer_id, trainee_id, goals, text, at) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, contactId);
    q->bindValue(1, trainerId);
    q->bindValue(2, traineeId);
    q->bindValue(3, QString::fromUtf8(QJsonDocument(goals).toJson(QJsonDocument::Compact)));
    q->bindValue(4, text);
    q->bindValue(5, Database::nowUtc());
    return q->exec();
}

std::optional<PracticeStore::Feedback> PracticeStore::feedback(const QString &contactId) const
{
    Statement q = m_db.statement(
        QStringLiteral("SELECT trainer_id, goals, text, at FROM practice_feedback WHERE contact_id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, contactId);
    if (!q->exec() || !q->next())
        return std::nullopt;
    return Feedback {q->value(0).toLongLong(),
                     QJsonDocument::fromJson(q->value(1).toString().toUtf8()).array(), q->value(2).toString(),
                     q->value(3).toString()};
}

} // namespace ecoute::server
