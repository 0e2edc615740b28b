// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/inbox/Contact.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>

#include <functional>

namespace ecoute::models {

/// Contacts waiting for (or offered to) this volunteer: the ones offered to this
/// volunteer first (they ring), then urgent ones, then the longest-waiting. Fed by
/// inbox.snapshot, contact.update and contact.removed; offer and offer.withdrawn
/// mark and unmark the rows offered to this volunteer, with their deadline.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChannelColumn, PseudonymColumn, WaitingColumn, LanguageColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ChannelRole,
        PseudonymRole,
        LanguageRole,
        StateRole,
        CreatedAtRole,
        WaitingSecondsRole,
        UrgentRole,
        OfferedToMeRole, ///< bool: offered to this volunteer, ringing
        OfferSecondsLeftRole, ///< seconds left to answer the offer (0 when not offered)
        PracticeRole, ///< bool: a training exercise, not a real person
        AnswerSecondsLeftRole, ///< e-mail: seconds until the answer deadline (< 0: overdue; none without one)
        ThreadLengthRole, ///< e-mail: letters in the thread
    };

    explicit InboxModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void resetContacts(const QJsonArray &contacts);
    void updateContact(const Contact &contact);
    void removeContact(const QString &contactId);
    void clear();

    /// offer: shows the contact (adding it if needed) as offered to this volunteer
    /// for timeoutMs from now (local clock: immune to clock skew with the server).
    void addOffer(const Contact &contact, qint64 timeoutMs);
    /// The offer is over (answered, withdrawn, declined); the row stays if the contact still waits.
    /// Returns whether the contact was offered.
    bool clearOffer(const QString &contactId);
    void clearOffers();
    bool isOfferedToMe(const QString &contactId) const { return m_offerDeadlines.contains(contactId); }
    QStringList offeredContactIds() const;
    /// Seconds left to answer the offer of contactId, 0 when none or over.
    qint64 offerSecondsLeft(const QString &contactId) const;

    int rowOf(const QString &contactId) const;
    Contact contactAt(int row) const { return m_contacts.value(row); }

    /// Waiting times are relative to "now"; the view calls this every few seconds.
    void refreshWaitingTimes();
    /// Tests inject a fixed clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    static QString formatWaiting(qint64 seconds);

signals:
    /// A contact was offered to this volunteer, or an offer ended.
    void offersChanged();

private:
    static bool isInboxState(const QString &state);
    bool comesBefore(const Contact &a, const Contact &b) const;
    int insertionRow(const Contact &contact) const;
    void place(Contact contact); // by value: callers pass rows of m_contacts
    qint64 waitingSeconds(const Contact &contact) const;
    QString pseudonymText(const Contact &contact) const;

    QList<Contact> m_contacts;
    QHash<QString, QDateTime> m_offerDeadlines; ///< contact id -> local deadline
    std::function<QDateTime()> m_clock;
};

} // namespace ecoute::models
