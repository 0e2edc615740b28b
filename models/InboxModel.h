// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Contact.h"

#include <QAbstractTableModel>
#include <QJsonArray>

#include <functional>

namespace ecoute::models {

/// Contacts waiting for (or offered to) this volunteer, urgent ones first, then
/// the longest-waiting. Fed by inbox.snapshot, contact.update and contact.removed.
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

    int rowOf(const QString &contactId) const;
    Contact contactAt(int row) const { return m_contacts.value(row); }

    /// Waiting times are relative to "now"; the view calls this every few seconds.
    void refreshWaitingTimes();
    /// Tests inject a fixed clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    static QString formatWaiting(qint64 seconds);

private:
    static bool isInboxState(const QString &state);
    static bool comesBefore(const Contact &a, const Contact &b);
    int insertionRow(const Contact &contact) const;
    qint64 waitingSeconds(const Contact &contact) const;

    QList<Contact> m_contacts;
    std::function<QDateTime()> m_clock;
};

} // namespace ecoute::models
