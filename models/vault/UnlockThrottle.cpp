// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/UnlockThrottle.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace ecoute::notes {

UnlockThrottle::UnlockThrottle(QString statePath) : m_statePath(std::move(statePath))
{
    if (m_statePath.isEmpty())
        return;
    QFile file(m_statePath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject json = QJsonDocument::fromJson(file.read(4096)).object();
    m_failures = std::clamp(json.value(QStringLiteral("failures")).toInt(), 0, 1000);
    m_lastFailure =
        QDateTime::fromMSecsSinceEpoch(json.value(QStringLiteral("lastFailureMs")).toInteger(), Qt::UTC);
}

std::chrono::seconds UnlockThrottle::delayAfter(int consecutiveFailures)
{
    if (consecutiveFailures < freeAttempts)
        return std::chrono::seconds(0);
    const int doublings = std::min(consecutiveFailures - freeAttempts, 16);
    return std::min(std::chrono::seconds(qint64(1) << doublings), maximumDelay);
}

std::chrono::seconds UnlockThrottle::remainingDelay(const QDateTime &now) const
{
    const std::chrono::seconds delay = delayAfter(m_failures);
    if (delay.count() == 0 || !m_lastFailure.isValid())
        return std::chrono::seconds(0);
    const qint64 elapsedMs = m_lastFailure.msecsTo(now);
    if (elapsedMs < 0) // clock moved back: make the person wait the full delay, not forever
        return delay;
    const qint64 remainingMs = std::chrono::milliseconds(delay).count() - elapsedMs;
    return std::chrono::seconds(remainingMs <= 0 ? 0 : (remainingMs + 999) / 1000);
}

void UnlockThrottle::recordFailure(const QDateTime &now)
{
    ++m_failures;
    m_lastFailure = now;
    save();
}

void UnlockThrottle::recordSuccess()
{
    if (m_failures == 0)
        return;
    m_failures = 0;
    m_lastFailure = {};
    save();
}

void UnlockThrottle::save() const
{
    if (m_statePath.isEmpty())
        return;
    QSaveFile file(m_statePath);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QJsonObject json {
        {QStringLiteral("failures"), m_failures},
        {QStringLiteral("lastFailureMs"), m_lastFailure.isValid() ? m_lastFailure.toMSecsSinceEpoch() : 0}};
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    file.commit();
}

} // namespace ecoute::notes
