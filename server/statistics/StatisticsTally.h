// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/statistics/StatisticsPeriod.h"

#include "protocol/Vocabulary.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ecoute::server {

/// A contact's end-of-contact report as the statistics see it: closed sets only
/// (wire names of the vocabularies and topic ids), as stored in the reports table.
struct ReportFacts
{
    QStringList topics;
    QString risk; ///< protocol::RiskLevel
    QString history; ///< protocol::ContactHistory
    QStringList outcomes; ///< protocol::ReportOutcome, one or more
};

/// One contact as the statistics see it: nothing that names, identifies or
/// quotes anyone (no id, pseudonym, volunteer or text).
struct ContactFacts
{
    protocol::Channel channel = protocol::Channel::Chat;
    QString language;
    QString createdAt; ///< ISO 8601 UTC, as stored
    QString acceptedAt; ///< empty if no volunteer ever answered
    QString endedAt; ///< empty while the contact is open
    QString endedBy; ///< volunteer, seeker, ...; empty while open
    bool hard = false; ///< the volunteer marked it a hard contact
    /// Handed back to the queue once: acceptedAt is then its last acceptance, not its first.
    bool requeued = false;
    std::optional<ReportFacts> report; ///< its (non-practice) report, if one was filed
};

/// Counts contacts into the published figures and writes them out with
/// small-cell suppression, so that no figure points at a few people.
class StatisticsTally
{
public:
    static constexpr int kDefaultMinCount = 5;

    explicit StatisticsTally(const StatisticsPeriod &period);

    void add(const ContactFacts &contact);
    /// The body of stats.snapshot: every count below minCount (but not 0) is null.
    QJsonObject toJson(int minCount) const;

    /// The duration bucket of an answered contact: under5, 5to15, 15to30, 30to60, over60 (minutes).
    static QString durationBucket(qint64 seconds);
    /// The duration buckets, shortest first.
    static QStringList durationBuckets();
    /// One group of counts that add up to a known whole (e.g. per channel),
    /// as published: non-zero counts under minCount become null, and if that
    /// hid a single count, the smallest other non-zero one is hidden too, so
    /// the hidden one cannot be worked out by subtraction from the whole.
    static QJsonObject suppress(const QMap<QString, int> &group, int minCount);

private:
    StatisticsPeriod m_period;
    int m_contacts = 0;
    int m_hard = 0;
    QMap<QString, int> m_answered; ///< answered / unanswered
    QMap<QString, int> m_channels;
    QMap<QString, int> m_languages;
    QMap<QString, int> m_months;
    QMap<QString, int> m_endings;
    QMap<QString, int> m_durations;
};

} // namespace ecoute::server
