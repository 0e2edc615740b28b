// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ecoute::server {

class Database;

struct RiskStepRecord
{
    protocol::RiskStep step = protocol::RiskStep::Opened;
    QString at;
    qint64 byId = 0;
};

/// An imminent-risk case: one per contact, its steps in order, and where the person said they are.
struct RiskCaseRecord
{
    QString contactId;
    QString openedAt;
    QString closedAt; ///< empty while open
    QString location; ///< opened from its seal; empty if none was given or it was deleted
    QList<RiskStepRecord> steps;

    bool isOpen() const { return closedAt.isEmpty(); }
};

/// Tables risk_cases and risk_steps. The location is sealed with the transcripts' sealer (its row
/// identity: risk_cases, location, contact id) and deleted with the transcript (TranscriptRetention).
class RiskStore
{
public:
    enum class Result { Done, Unchanged, NotOpen, Failed };

    explicit RiskStore(Database &db) : m_db(db) { }

    /// Records a step at now by byId. opened starts the case, or opens a closed one again (an open
    /// case: Unchanged, nothing written); any other step needs an open case (NotOpen); closed ends it.
    Result addStep(const QString &contactId, protocol::RiskStep step, qint64 byId, const QDateTime &now);
    /// Replaces the location of an open case (NotOpen otherwise).
    Result setLocation(const QString &contactId, const QString &text);
    std::optional<RiskCaseRecord> find(const QString &contactId) const;
    /// The ids of the cases still open, oldest first.
    QStringList openCases() const;

private:
    bool appendStep(const QString &contactId, protocol::RiskStep step, qint64 byId, const QString &at);

    Database &m_db;
};

} // namespace ecoute::server
