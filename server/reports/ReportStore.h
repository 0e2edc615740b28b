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

/// One end-of-contact report: closed sets only (wire names and ids), never free text.
struct ReportRecord
{
    QString contactId;
    qint64 authorId = 0;
    QStringList topics;
    protocol::RiskLevel risk = protocol::RiskLevel::None;
    QStringList asked; ///< protocol::RiskQuestion names
    protocol::AgeBracket age = protocol::AgeBracket::Unsaid;
    protocol::Gender gender = protocol::Gender::Unsaid;
    protocol::ContactHistory history = protocol::ContactHistory::Unknown;
    QStringList outcomes; ///< protocol::ReportOutcome names
    QStringList referrals; ///< directory_services ids
};

/// A contact its volunteer has left to report (report.pending).
struct PendingReport
{
    QString contactId;
    protocol::Channel channel = protocol::Channel::Chat;
    QString pseudonym;
    QString endedAt;
    qint64 durationSeconds = 0; ///< from (last) acceptance to the end
    protocol::ContactHistory history = protocol::ContactHistory::Unknown; ///< what the channel knows
    bool practice = false;
    bool urgent = false;

    QJsonObject toJson() const;
};

/// What a stretch of someone's work held (shift.summary, the team board): real contacts only.
struct WorkCounts
{
    int contacts = 0; ///< ended by or with them in the stretch
    int hard = 0; ///< marked hard, or reported with a high or imminent risk
    int imminent = 0; ///< with an imminent-risk case
};

/// The reports table, and the questions about contacts and reports the desk and the ledger ask.
class ReportStore
{
public:
    enum class Insert { Stored, Duplicate, Failed };

    explicit ReportStore(Database &db) : m_db(db) { }

    /// Stores the report of an ended contact of its author, once: the PRIMARY KEY decides between two
    /// racing submissions (the second is Duplicate). The practice flag and the duration are copied
    /// from the contact in the same statement.
    Insert insert(const ReportRecord &report, const QDateTime &now);
    bool exists(const QString &contactId) const;
    /// The ended contacts of this user without a report, ended since then, oldest first.
    QList<PendingReport> pendingFor(qint64 userId, const QDateTime &since) const;
    /// How many of this user's ended contacts (practice excluded) have no report, ended since then.
    int unreportedCount(qint64 userId, const QDateTime &since) const;
    /// This user's real contacts that ended since then.
    WorkCounts workSince(qint64 userId, const QDateTime &since) const;
    /// A service of the referral directory with this id exists.
    bool serviceExists(const QString &id) const;
    /// What the channel knows of the person behind a contact (by contacts.source_hash).
    protocol::ContactHistory historyOf(const QString &contactId) const;

    static QString timestamp(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

private:
    Database &m_db;
};

} // namespace ecoute::server
