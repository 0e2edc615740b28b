// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/routing/OfferBook.h"

namespace ecoute::server {

void OfferBook::add(const Offer &offer)
{
    take(offer.contactId);
    if (const auto previous = forUser(offer.userId))
        take(previous->contactId);
    m_byContact.insert(offer.contactId, offer);
    m_contactByUser.insert(offer.userId, offer.contactId);
}

std::optional<OfferBook::Offer> OfferBook::forContact(const QString &contactId) const
{
    const auto it = m_byContact.constFind(contactId);
    return it == m_byContact.cend() ? std::nullopt : std::optional(*it);
}

std::optional<OfferBook::Offer> OfferBook::forUser(qint64 userId) const
{
    const auto it = m_contactByUser.constFind(userId);
    return it == m_contactByUser.cend() ? std::nullopt : forContact(*it);
}

std::optional<OfferBook::Offer> OfferBook::take(const QString &contactId)
{
    const auto it = m_byContact.find(contactId);
    if (it == m_byContact.end())
        return std::nullopt;
    Offer offer = *it;
    m_byContact.erase(it);
    m_contactByUser.remove(offer.userId);
    return offer;
}

QList<OfferBook::Offer> OfferBook::takeExpired(const QDateTime &now)
{
    QList<Offer> expired;
    for (const Offer &offer : std::as_const(m_byContact)) {
        if (offer.expiresAt <= now)
            expired.append(offer);
    }
    for (const Offer &offer : expired)
        take(offer.contactId);
    return expired;
}

void OfferBook::recordPass(const QString &contactId, qint64 userId, const QDateTime &now)
{
    m_passes[contactId].insert(userId, now);
}

bool OfferBook::passedRecently(const QString &contactId, qint64 userId, const QDateTime &now) const
{
    const auto contact = m_passes.constFind(contactId);
    if (contact == m_passes.cend())
        return false;
    const auto at = contact->constFind(userId);
    return at != contact->cend() && at->msecsTo(now) < m_passCooldownMs;
}

void OfferBook::forgetContact(const QString &contactId)
{
    take(contactId);
    m_passes.remove(contactId);
}

} // namespace ecoute::server
