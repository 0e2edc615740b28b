// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/abuse/SeekerGuard.h"

#include "server/contacts/ContactStore.h"
#include "server/core/Logging.h"
#include "server/routing/Router.h"

#include <algorithm>

namespace ecoute::server {

namespace {
bool stillWaiting(const std::optional<ContactRecord> &c)
{
    return c && (c->state == protocol::ContactState::Waiting || c->state == protocol::ContactState::Offered);
}
} // namespace

SeekerGuard::SeekerGuard(const SeekerLimitsConfig &config, ContactStore &contacts, Router &router,
                         const Clock &clock, QObject *parent)
    : QObject(parent), m_contacts(contacts), m_router(router), m_clock(clock),
      m_limits(
          config, [&contacts](const QString &id) { return stillWaiting(contacts.find(id)); }, clock),
      m_grace(config.pageGraceMs),
      // Precise enough for a grace of seconds, cheap for one of a minute.
      m_sweepEveryMs(std::clamp<qint64>(config.pageGraceMs / 2, 500, 5000))
{
    m_tick.setInterval(std::clamp(config.pageGraceMs / 8, 100, 1000));
    connect(&m_tick, &QTimer::timeout, this, &SeekerGuard::tick);
}

void SeekerGuard::start()
{
    sweep();
    m_tick.start();
}

void SeekerGuard::pageClosed(const QString &contactId)
{
    m_grace.pageClosed(contactId, now());
}

void SeekerGuard::tick()
{
    const qint64 t = now();
    if (m_lastSweepMs < 0 || t - m_lastSweepMs >= m_sweepEveryMs)
        sweep();
    for (const QString &id : m_grace.takeExpired(t))
        abandon(id);
}

void SeekerGuard::sweep()
{
    m_lastSweepMs = now();
    for (const ContactRecord &c : m_contacts.waiting()) {
        if (c.channel == protocol::Channel::Chat) // other channels have no page to lose
            m_grace.seenWithoutPage(c.id, m_lastSweepMs);
    }
}

void SeekerGuard::abandon(const QString &contactId)
{
    if (m_grace.hasPage(contactId))
        return; // came back just in time
    const auto before = m_contacts.find(contactId);
    if (!stillWaiting(before) || before->practice)
        return; // answered meanwhile (the volunteer decides), or ended
    if (!m_contacts.end(contactId, kAbandoned))
        return;
    // Withdraws a ringing offer and takes it out of every inbox.
    m_router.contactEnded(*before, kAbandoned, nullptr, {});
    qCInfo(lcRouting) << "a waiting contact whose page had gone left the queue";
}

} // namespace ecoute::server
