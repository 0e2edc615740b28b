// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/RetentionPolicy.h"

namespace ecoute::notes {

std::optional<RetentionPolicy> RetentionPolicy::fromJson(const QJsonObject &json)
{
    const QJsonValue days = json.value(QStringLiteral("noteRetentionDays"));
    const QJsonValue pinnedDays = json.value(QStringLiteral("pinnedNoteRetentionDays"));
    if (!days.isDouble() || (!pinnedDays.isUndefined() && !pinnedDays.isDouble()))
        return std::nullopt;
    RetentionPolicy policy;
    policy.retentionDays = days.toInt(-1);
    policy.pinnedRetentionDays = pinnedDays.toInt(0);
    if (policy.retentionDays < 1 || policy.retentionDays > maximumDays || policy.pinnedRetentionDays < 0
        || policy.pinnedRetentionDays > maximumDays)
        return std::nullopt;
    return policy;
}

} // namespace ecoute::notes
