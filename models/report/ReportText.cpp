// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/ReportText.h"

#include "models/connection/ErrorText.h"
#include "protocol/Errors.h"

#include <QLocale>

namespace ecoute::models {

using namespace protocol;

QString ReportText::risk(RiskLevel level)
{
    switch (level) {
    case RiskLevel::None:
        return tr("None");
    case RiskLevel::Low:
        return tr("Low");
    case RiskLevel::Moderate:
        return tr("Moderate");
    case RiskLevel::High:
        return tr("High");
    case RiskLevel::Imminent:
        return tr("Imminent");
    }
    return {};
}

QString ReportText::question(RiskQuestion question)
{
    switch (question) {
    case RiskQuestion::Thoughts:
        return tr("Thoughts of suicide");
    case RiskQuestion::Plan:
        return tr("A plan");
    case RiskQuestion::Means:
        return tr("Access to means");
    case RiskQuestion::Timing:
        return tr("When");
    }
    return {};
}

QString ReportText::age(AgeBracket age)
{
    switch (age) {
    case AgeBracket::Unsaid:
        return tr("Not said");
    case AgeBracket::Under13:
        return tr("Under 13");
    case AgeBracket::From13To17:
        return tr("13 to 17");
    case AgeBracket::From18To24:
        return tr("18 to 24");
    case AgeBracket::From25To39:
        return tr("25 to 39");
    case AgeBracket::From40To64:
        return tr("40 to 64");
    case AgeBracket::From65:
        return tr("65 or older");
    }
    return {};
}

QString ReportText::gender(Gender gender)
{
    switch (gender) {
    case Gender::Unsaid:
        return tr("Not said");
    case Gender::Woman:
        return tr("Woman");
    case Gender::Man:
        return tr("Man");
    case Gender::Other:
        return tr("Other");
    }
    return {};
}

QString ReportText::history(ContactHistory history)
{
    switch (history) {
    case ContactHistory::Unknown:
        return tr("Not known");
    case ContactHistory::First:
        return tr("First contact");
    case ContactHistory::Repeat:
        return tr("Has contacted the line before");
    }
    return {};
}

QString ReportText::outcome(ReportOutcome outcome)
{
    switch (outcome) {
    case ReportOutcome::Listened:
        return tr("Listened");
    case ReportOutcome::Information:
        return tr("Information given");
    case ReportOutcome::Referred:
        return tr("Referred to a service");
    case ReportOutcome::Supervisor:
        return tr("Supervisor consulted");
    case ReportOutcome::Emergency:
        return tr("Emergency services involved");
    }
    return {};
}

QString ReportText::step(RiskStep step)
{
    switch (step) {
    case RiskStep::Opened:
        return tr("Imminent risk noted");
    case RiskStep::Engage:
        return tr("Engage");
    case RiskStep::Assess:
        return tr("Assess");
    case RiskStep::SafetyPlan:
        return tr("Safety plan");
    case RiskStep::Consult:
        return tr("Consult a supervisor");
    case RiskStep::Emergency:
        return tr("Emergency services");
    case RiskStep::FollowUp:
        return tr("Follow-up");
    case RiskStep::Closed:
        return tr("Closed");
    }
    return {};
}

QString ReportText::stepGuidance(RiskStep step)
{
    switch (step) {
    case RiskStep::Opened:
        return tr("The case is open: stay with the person.");
    case RiskStep::Engage:
        return tr("Stay with the person, listen actively and keep the conversation going.");
    case RiskStep::Assess:
        return tr("Ask directly about thoughts, plan, means and timing.");
    case RiskStep::SafetyPlan:
        return tr("Agree on the least invasive next step together: distance from means, someone to be with.");
    case RiskStep::Consult:
        return tr("Consult a supervisor before any intervention without the person's agreement.");
    case RiskStep::Emergency:
        return tr("Involve emergency services only when the person cannot keep safe otherwise.");
    case RiskStep::FollowUp:
        return tr("Agree on a follow-up contact or a service to reach next.");
    case RiskStep::Closed:
        return tr("The person is safe for now or the contact has ended: close the case.");
    }
    return {};
}

QString ReportText::duration(int seconds)
{
    if (seconds < 60)
        return tr("%n s", "", seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString ReportText::pendingRow(const QString &pseudonym, const QString &channel, const QDateTime &endedAt,
                               int durationSeconds, bool practice)
{
    const QString ended = endedAt.isValid()
        ? QLocale().toString(endedAt.toLocalTime().time(), QLocale::ShortFormat)
        : QString();
    const QString row =
        tr("%1 · %2 · ended %3 · %4").arg(pseudonym, channel, ended, duration(durationSeconds));
    return practice ? tr("%1 (practice)").arg(row) : row;
}

QString ReportText::unreported(int count)
{
    return tr("%n contact(s) left to report", "", count);
}

QString ReportText::submitError(const QString &code, const QString &field)
{
    switch (errorCodeFromName(code).value_or(ErrorCode::Internal)) {
    case ErrorCode::InvalidState:
        return tr("This contact has been reported already; the first report stands.");
    case ErrorCode::NotFound:
        return tr("This contact is not yours to report.");
    case ErrorCode::WrongType:
        if (field == QLatin1String("body.topics"))
            return tr("A topic is no longer in the centre's list. Untick it and send again.");
        if (field == QLatin1String("body.referrals"))
            return tr("A referred service is no longer in the directory, or none was chosen.");
        if (field == QLatin1String("body.outcomes"))
            return tr("Choose what the contact led to; \"referred\" needs a service from the directory.");
        return tr("The report could not be saved: a choice is not valid.");
    default:
        return ErrorText::forCodeName(code);
    }
}

} // namespace ecoute::models
