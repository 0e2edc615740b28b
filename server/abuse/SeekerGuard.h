// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Clock.h"

#include "server/abuse/SeekerGrace.h"
#include "server/abuse/SeekerLimits.h"

#include <QObject>
#include <QTimer>

namespace ecoute::server {

class ContactStore;
class Router;

/// Keeps the help-seeker queue for people: the per-source and per-contact
/// limits (SeekerLimits) and the grace period of waiting contacts whose page has
/// gone (SeekerGrace), ended here as "abandoned" so that no volunteer is offered
/// a ghost. Contacts with a volunteer are never ended here: the volunteer decides.
class SeekerGuard : public QObject
{
    Q_OBJECT

public:
    static inline const QString kAbandoned = QStringLiteral("abandoned"); ///< ended_by of a ghost

    SeekerGuard(const SeekerLimitsConfig &config, ContactStore &contacts, Router &router,
                const Clock &clock = Clock::system(), QObject *parent = nullptr);

    /// After the database is open: waiting contacts left from before a restart
    /// get their grace period (their pages may come back).
    void start();

    abuse::SeekerLimits &limits() { return m_limits; }
    void pageOpened(const QString &contactId) { m_grace.pageOpened(contactId); }
    void pageClosed(const QString &contactId);

private:
    qint64 now() const { return m_clock.monotonicMs(); }
    void tick();
    /// Waiting chat contacts that have no page get their grace (restart, requeue).
    void sweep();
    void abandon(const QString &contactId);

    ContactStore &m_contacts;
    Router &m_router;
    const Clock &m_clock;
    abuse::SeekerLimits m_limits;
    abuse::SeekerGrace m_grace;
    QTimer m_tick;
    qint64 m_lastSweepMs = -1;
    qint64 m_sweepEveryMs;
};

} // namespace ecoute::server
