// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace ecoute::models {

/// The end-of-contact report as the volunteer fills it in (report.submit): closed sets only, never
/// free text. The defaults are what a simple contact needs: no risk, age and gender not said,
/// outcome "listened". A draft is kept in the notes vault until it is submitted (notes::DraftStore).
struct ReportDraft
{
    static constexpr int maxTopics = 12;
    static constexpr int maxReferrals = 5;

    QStringList topics; ///< topic ids of the centre's taxonomy (report.form)
    protocol::RiskLevel risk = protocol::RiskLevel::None;
    QList<protocol::RiskQuestion> asked;
    protocol::AgeBracket age = protocol::AgeBracket::Unsaid;
    protocol::Gender gender = protocol::Gender::Unsaid;
    protocol::ContactHistory history = protocol::ContactHistory::Unknown;
    QList<protocol::ReportOutcome> outcomes {protocol::ReportOutcome::Listened};
    QStringList referrals; ///< directory service ids

    /// Ticks or unticks a topic (at most maxTopics); false when full.
    bool setTopic(const QString &id, bool on);
    void setAsked(protocol::RiskQuestion question, bool on);
    void setOutcome(protocol::ReportOutcome outcome, bool on);
    /// A service from the directory: recorded as a referral and the outcome "referred".
    void addReferral(const QString &serviceId);
    bool hasOutcome(protocol::ReportOutcome outcome) const { return outcomes.contains(outcome); }

    /// Ready to send: at least one outcome, and "referred" has its referral.
    bool isComplete() const;

    /// The draft as kept in the vault (the same names as on the wire).
    QJsonObject toJson() const;
    /// Unknown names fall back to the defaults: a draft written by another version still opens.
    static ReportDraft fromJson(const QJsonObject &json);
    /// The body of report.submit for contactId.
    QJsonObject toSubmit(const QString &contactId) const;

    friend bool operator==(const ReportDraft &, const ReportDraft &) = default;
};

} // namespace ecoute::models
