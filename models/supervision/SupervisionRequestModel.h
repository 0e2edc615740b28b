// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/supervision/SupervisionRequest.h"

#include <QAbstractListModel>
#include <QTimer>

#include <functional>

namespace ecoute::models {

/// Open supervision requests, in queue order: waiting ones first, urgent before
/// the others, then the longest waiting. Waiting times tick every second.
/// Used twice: the requests this volunteer made, and a supervisor's queue.
class SupervisionRequestModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        StateRole,
        ContactIdRole,
        UrgentRole,
        SupervisorRole,
    };

    /// forSupervisor: rows say who asks (the queue); otherwise as the requester sees them.
    explicit SupervisionRequestModel(bool forSupervisor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(const QList<SupervisionRequest> &requests);
    /// Adds or updates a request (moving it to its place); a closed or cancelled one is removed.
    void upsert(const SupervisionRequest &request);
    void remove(const QString &id);
    void clear() { reset({}); }

    int rowOf(const QString &id) const;
    SupervisionRequest requestAt(int row) const { return m_requests.value(row); }
    SupervisionRequest find(const QString &id) const { return m_requests.value(rowOf(id)); }
    QList<SupervisionRequest> all() const { return m_requests; }

    /// Queue order: true if a goes before b.
    static bool before(const SupervisionRequest &a, const SupervisionRequest &b);

    /// For tests: the clock that waiting times are measured with.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    /// The pseudonym of a contact this workstation knows (for "about …"), or empty.
    void setContactNames(std::function<QString(const QString &contactId)> names)
    {
        m_names = std::move(names);
    }
    /// Refreshes the waiting times now (the timer does it every second).
    void tick();

private:
    int insertionRow(const SupervisionRequest &request) const;
    void updateTimer();

    bool m_forSupervisor;
    QList<SupervisionRequest> m_requests;
    QTimer m_timer;
    std::function<QDateTime()> m_clock;
    std::function<QString(const QString &)> m_names;
};

} // namespace ecoute::models
