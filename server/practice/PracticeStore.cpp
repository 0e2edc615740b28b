// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/practice/PracticeStore.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"
#include "server/storage/SecureRandom.h"
#include "server/storage/TranscriptSealer.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace ecoute::server {

namespace {
/// goals (the trainer's ratings and comments) and text are sealed apart.
QByteArray feedbackIdentity(const QString &column, const QString &contactId)
{
    return TranscriptSealer::rowIdentity(QStringLiteral("practice_feedback"), column, {contactId});
}
} // namespace

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
    const TranscriptSealer &sealer = m_db.sealer();
    q->bindValue(3,
                 sealer.seal(QString::fromUtf8(QJsonDocument(goals).toJson(QJsonDocument::Compact)),
                             feedbackIdentity(QStringLiteral("goals"), contactId)));
    q->bindValue(4,
                 text.isNull()
                     ? QVariant()
                     : QVariant(sealer.seal(text, feedbackIdentity(QStringLiteral("text"), contactId))));
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
    const TranscriptSealer &sealer = m_db.sealer();
    const auto goals = sealer.openValue(q->value(1), feedbackIdentity(QStringLiteral("goals"), contactId));
    const auto text = sealer.openValue(q->value(2), feedbackIdentity(QStringLiteral("text"), contactId));
    if (!goals || !text)
        qCWarning(lcDb) << "practice feedback could not be unsealed (wrong key or altered)";
    return Feedback {q->value(0).toLongLong(),
                     QJsonDocument::fromJson(goals.value_or(QString()).toUtf8()).array(),
                     text.value_or(QString()), q->value(3).toString()};
}

} // namespace ecoute::server
