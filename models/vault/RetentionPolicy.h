// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace ecoute::notes {

/// How long notes are kept on the volunteer's machine. The organisation's policy
/// arrives from the server on login; until then the default applies.
struct RetentionPolicy
{
    int retentionDays = 30;
    /// How long a pinned note may be kept; 0 means the organisation does not allow pinning.
    int pinnedRetentionDays = 0;

    static constexpr int maximumDays = 3650;

    bool allowsPinning() const { return pinnedRetentionDays > retentionDays; }
    /// Notes created before this instant are deleted (unless pinned and pinning is allowed).
    QDateTime cutoff(const QDateTime &now) const { return now.addDays(-retentionDays); }
    QDateTime pinnedCutoff(const QDateTime &now) const { return now.addDays(-pinnedRetentionDays); }

    /// Reads `{"noteRetentionDays": 30, "pinnedNoteRetentionDays": 90}`; nullopt if out of range.
    static std::optional<RetentionPolicy> fromJson(const QJsonObject &json);
    friend bool operator==(const RetentionPolicy &, const RetentionPolicy &) = default;
};

} // namespace ecoute::notes
