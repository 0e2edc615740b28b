// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/routing/Recipients.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ecoute::server {

/// Who is connected right now: staff windows by user, help-seeker pages by
/// contact, and the frames sent to all the windows of one of them. Knows
/// nothing of presence or queues.
///
/// Lists are handed out as copies: a push may close a connection, whose
/// disconnection unregisters it while the caller loops. Sessions are deleted
/// later (deleteLater), so the pointers stay valid for the loop.
class SessionDirectory
{
public:
    struct StaffChange
    {
        bool changed = false; ///< false: already registered under this user, nothing to do
        qint64 previousUser = 0; ///< registered under someone else before (a new login): they lost a window
    };
    /// Registers the window under its current user (again after a new login on the same connection).
    StaffChange addStaff(StaffRecipient *window);
    /// Returns the user it was registered under (0 if it was not).
    qint64 removeStaff(StaffRecipient *window);
    /// False if it was already registered under its current contact.
    bool addSeeker(SeekerRecipient *page);
    void removeSeeker(SeekerRecipient *page);

    /// Every registered staff window, in the order they came.
    QList<StaffRecipient *> staff() const { return m_staff; }
    /// The windows registered under this user that still are theirs (a window
    /// whose revalidation failed has no user any more and is skipped).
    QList<StaffRecipient *> windowsOf(qint64 userId) const;
    /// The pages of this contact (a resumed contact may briefly have two).
    QList<SeekerRecipient *> pagesOf(const QString &contactId) const;

    /// A frame to every window of a user; the requester's copy answers re.
    void sendToUser(qint64 userId, const QString &type, const protocol::FrameBody &body,
                    const ClientConnection *requester = nullptr, const QString &re = {}) const;
    /// A frame to every page of a contact; the requester's copy answers re.
    void sendToSeekers(const QString &contactId, const QString &type, const protocol::FrameBody &body,
                       const ClientConnection *requester = nullptr, const QString &re = {}) const;

private:
    QList<StaffRecipient *> m_staff;
    QHash<StaffRecipient *, qint64> m_staffUser; ///< the user each was registered under
    QHash<qint64, QList<StaffRecipient *>> m_staffByUser;
    QHash<SeekerRecipient *, QString> m_seekerContact; ///< the contact each was registered under
    QHash<QString, QList<SeekerRecipient *>> m_seekersByContact;
};

} // namespace ecoute::server
