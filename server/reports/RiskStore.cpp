// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/reports/RiskStore.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"
#include "server/storage/TranscriptSealer.h"

#include <QSqlError>

namespace ecoute::server {

namespace {
QByteArray locationIdentity(const QString &contactId)
{
    return TranscriptSealer::rowIdentity(QStringLiteral("risk_cases"), QStringLiteral("location"),
                                         {contactId});
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

bool RiskStore::appendStep(const QString &contactId, protocol::RiskStep step, qint64 byId, const QString &at)
{
    Statement q = m_db.statement(
        QStringLiteral("INSERT INTO risk_steps (contact_id, step, at, by_id) VALUES (?, ?, ?, ?)"));
    if (!q)
        return false;
    q->bindValue(0, contactId);
    q->bindValue(1, protocol::toString(step));
    q->bindValue(2, at);
    q->bindValue(3, byId != 0 ? QVariant(byId) : QVariant());
    if (!q->exec()) {
        qCWarning(lcDb) << "could not store a risk step:" << q->lastError().text();
        return false;
    }
    return true;
}

RiskStore::Result RiskStore::addStep(const QString &contactId, protocol::RiskStep step, qint64 byId,
                                     const QDateTime &now)
{
    const QString at = stamp(now);
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Result::Failed;
    const auto current = find(contactId);
    if (step == protocol::RiskStep::Opened) {
        if (current && current->isOpen())
            return Result::Unchanged;
        Statement q = m_db.statement(
            current ? QStringLiteral("UPDATE risk_cases SET closed_at = NULL WHERE contact_id = ?")
                    : QStringLiteral("INSERT INTO risk_cases (contact_id, opened_at) VALUES (?, ?)"));
        if (!q)
            return Result::Failed;
        q->bindValue(0, contactId);
        if (!current)
            q->bindValue(1, at);
        if (!q->exec())
            return Result::Failed;
    } else {
        if (!current || !current->isOpen())
            return Result::NotOpen;
        if (step == protocol::RiskStep::Closed) {
            Statement q =
                m_db.statement(QStringLiteral("UPDATE risk_cases SET closed_at = ? WHERE contact_id = ?"));
            if (!q)
                return Result::Failed;
            q->bindValue(0, at);
            q->bindValue(1, contactId);
            if (!q->exec())
                return Result::Failed;
        }
    }
    if (!appendStep(contactId, step, byId, at) || !tx.commit())
        return Result::Failed;
    return Result::Done;
}

RiskStore::Result RiskStore::setLocation(const QString &contactId, const QString &text)
{
    const auto current = find(contactId);
    if (!current || !current->isOpen())
        return Result::NotOpen;
    Statement q = m_db.statement(QStringLiteral("UPDATE risk_cases SET location = ? WHERE contact_id = ?"));
    if (!q)
        return Result::Failed;
    q->bindValue(
        0, text.isEmpty() ? QVariant() : QVariant(m_db.sealer().seal(text, locationIdentity(contactId))));
    q->bindValue(1, contactId);
    return q->exec() ? Result::Done : Result::Failed;
}

std::optional<RiskCaseRecord> RiskStore::find(const QString &contactId) const
{
    RiskCaseRecord c;
    {
        Statement q = m_db.statement(
            QStringLiteral("SELECT opened_at, closed_at, location FROM risk_cases WHERE contact_id = ?"));
        if (!q)
            return std::nullopt;
        q->bindValue(0, contactId);
        if (!q->exec() || !q->next())
            return std::nullopt;
        c.contactId = contactId;
        c.openedAt = q->value(0).toString();
        c.closedAt = q->value(1).toString();
        // A location that no longer opens (damaged, or an unknown key) is shown as none.
        c.location = m_db.sealer().openValue(q->value(2), locationIdentity(contactId)).value_or(QString());
    }
    Statement steps = m_db.statement(
        QStringLiteral("SELECT step, at, by_id FROM risk_steps WHERE contact_id = ? ORDER BY rowid ASC"));
    if (!steps)
        return c;
    steps->bindValue(0, contactId);
    if (steps->exec()) {
        while (steps->next()) {
            const auto step = protocol::fromString<protocol::RiskStep>(steps->value(0).toString());
            if (step)
                c.steps.append({*step, steps->value(1).toString(), steps->value(2).toLongLong()});
        }
    }
    return c;
}

QStringList RiskStore::openCases() const
{
    QStringList ids;
    Statement q = m_db.statement(
        QStringLiteral("SELECT contact_id FROM risk_cases WHERE closed_at IS NULL ORDER BY opened_at ASC"));
    if (!q || !q->exec())
        return ids;
    while (q->next())
        ids.append(q->value(0).toString());
    return ids;
}

} // namespace ecoute::server
