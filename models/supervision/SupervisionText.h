// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/supervision/SupervisionRequest.h"

#include <QCoreApplication>
#include <QString>

namespace ecoute::models {

/// Translated sentences for supervision: kinds and states of requests, who is
/// in a conversation, and what went wrong (typed errors of supervision actions).
class SupervisionText
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionText)

public:
    /// urgent / when_possible / debrief.
    static QString kindLabel(protocol::SupervisionKind kind);
    /// By wire name (the name itself if unknown).
    static QString kindLabel(const QString &kind);
    /// One line about a request. forSupervisor: as the supervision queue shows it
    /// (who asks); otherwise as the requester sees it. contactName: the
    /// pseudonym of the contact it concerns, when known.
    static QString describe(const SupervisionRequest &request, const QDateTime &now, bool forSupervisor,
                            const QString &contactName = {});
    /// The banner in a conversation a supervisor is in (mode listening/took_over).
    static QString presenceBanner(const QString &supervisorName, const QString &mode);
    /// A short notice when a supervisor arrives, takes over or leaves.
    static QString presenceNotice(const QString &supervisorName, const QString &mode,
                                  const QString &contactName);
    /// A supervision action failed: action is the request type (e.g. "supervision.join"),
    /// code the error code name.
    static QString failed(const QString &action, const QString &code);
    /// A request changed: what the requester should know (empty when nothing).
    static QString requestNotice(const SupervisionRequest &request);
};

} // namespace ecoute::models
