// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ecoute::server {

/// The offers ringing right now (one per contact, one per volunteer) and who
/// let which contact pass, so the next offer goes to someone else first.
/// Offers live in memory only: after a restart every waiting contact is
/// simply offered again.
class OfferBook
{
public:
    struct Offer
    {
        QString contactId;
        qint64 userId = 0;
        QDateTime expiresAt;
    };

    explicit OfferBook(int passCooldownMs) : m_passCooldownMs(passCooldownMs) { }

    void add(const Offer &offer);
    std::optional<Offer> forContact(const QString &contactId) const;
    std::optional<Offer> forUser(qint64 userId) const;
    /// Removes the offer of this contact (if any) and returns it.
    std::optional<Offer> take(const QString &contactId);
    /// Removes and returns the offers whose time is up.
    QList<Offer> takeExpired(const QDateTime &now);

    /// The volunteer declined this contact or let its offer run out.
    void recordPass(const QString &contactId, qint64 userId, const QDateTime &now);
    /// True while a pass is recent: others are asked first; after the cool-down
    /// the same volunteer may be asked again (a contact is never left aside).
    bool passedRecently(const QString &contactId, qint64 userId, const QDateTime &now) const;
    /// The contact is no longer waiting: forget its passes.
    void forgetContact(const QString &contactId);
    bool isEmpty() const { return m_byContact.isEmpty(); }

private:
    int m_passCooldownMs;
    QHash<QString, Offer> m_byContact;
    QHash<qint64, QString> m_contactByUser;
    QHash<QString, QHash<qint64, QDateTime>> m_passes;
};

} // namespace ecoute::server
