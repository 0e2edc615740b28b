// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/inbox/Presence.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ecoute::models {

/// What the main area says when no conversation is open: where the person is in their shift
/// and the one key that takes them to the next step. Text only; the window shows it.
class FirstSteps
{
    Q_DECLARE_TR_FUNCTIONS(FirstSteps)

public:
    /// The keys a hint names; the window writes each as the desktop shows it (macOS has no Ctrl).
    enum class Key { GoAvailable, StartPractice, EndWrapup, AcceptOffer, Enter };

    struct Hint
    {
        QString title;
        QString body; ///< with %1, %2… for `keys`, in order
        QList<Key> keys;
        bool operator==(const Hint &other) const = default;
    };

    struct Situation
    {
        std::optional<protocol::Role> role;
        Presence presence = Presence::Off;
        bool connected = true;
        int waiting = 0; ///< contacts in the inbox
        int supervisionRequests = 0; ///< open requests in a supervisor's queue
    };

    static Hint hint(const Situation &situation);
};

} // namespace ecoute::models
