// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ecoute::models {

/// The words of the end-of-contact report, the imminent-risk workflow and the shift summary: a
/// translated label for every value of their vocabularies (protocol/Vocabulary.h).
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    static QString risk(protocol::RiskLevel level);
    static QString question(protocol::RiskQuestion question);
    static QString age(protocol::AgeBracket age);
    static QString gender(protocol::Gender gender);
    static QString history(protocol::ContactHistory history);
    static QString outcome(protocol::ReportOutcome outcome);
    /// A step of the imminent-risk workflow, and one line of guidance for it (modelled on the 988
    /// Lifeline's imminent-risk policy: engagement first, the least invasive intervention).
    static QString step(protocol::RiskStep step);
    static QString stepGuidance(protocol::RiskStep step);

    /// "12 min 5 s"
    static QString duration(int seconds);
    /// A row of the list of contacts left to report.
    static QString pendingRow(const QString &pseudonym, const QString &channel, const QDateTime &endedAt,
                              int durationSeconds, bool practice);
    /// "3 contacts left to report"
    static QString unreported(int count);
    /// Why the server refused a report, in the volunteer's words.
    static QString submitError(const QString &code, const QString &field);
};

} // namespace ecoute::models
