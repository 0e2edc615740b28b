// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace ecoute::server {

/// The organisation's rules for volunteers' local notes, pushed to every
/// workstation in auth.ok (the notes themselves never reach the server).
struct NotesPolicy
{
    static constexpr int maximumDays = 3650;

    int retentionDays = 30;
    /// How long a pinned note may be kept; 0 means pinning is not allowed.
    int pinnedRetentionDays = 0;

    bool isValid() const
    {
        return retentionDays >= 1 && retentionDays <= maximumDays
            && (pinnedRetentionDays == 0
                || (pinnedRetentionDays > retentionDays && pinnedRetentionDays <= maximumDays));
    }

    QJsonObject toJson() const
    {
        return {{QStringLiteral("noteRetentionDays"), retentionDays},
                {QStringLiteral("pinnedNoteRetentionDays"), pinnedRetentionDays}};
    }
};

} // namespace ecoute::server
