// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ecoute::models {

/// Translated sentences for what routing does to this volunteer: offers that
/// end, conversations that leave the workstation, transfers that fail.
class RoutingText
{
    Q_DECLARE_TR_FUNCTIONS(RoutingText)

public:
    /// offer.withdrawn: reason timeout/declined/taken/ended/unavailable.
    static QString offerWithdrawn(const QString &reason);
    /// contact.released: reason transferred/requeued/grace_expired/taken_over (and "left": a
    /// supervisor left the conversation they listened to); toName: the colleague.
    static QString released(const QString &reason, const QString &toName);
    /// An error answering contact.transfer (error code name).
    static QString transferFailed(const QString &code);
    /// Translated role of a colleague (volunteer/supervisor/trainer/admin).
    static QString roleLabel(const QString &role);
};

} // namespace ecoute::models
