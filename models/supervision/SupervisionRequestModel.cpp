// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/supervision/SupervisionRequestModel.h"

#include "models/supervision/SupervisionText.h"

#include <algorithm>

namespace ecoute::models {

SupervisionRequestModel::SupervisionRequestModel(bool forSupervisor, QObject *parent)
    : QAbstractListModel(parent), m_forSupervisor(forSupervisor),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &SupervisionRequestModel::tick);
}

int SupervisionRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

QVariant SupervisionRequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SupervisionRequest &r = m_requests.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return SupervisionText::describe(r, m_clock(), m_forSupervisor,
                                         m_names && !r.contactId.isEmpty() ? m_names(r.contactId)
                                                                           : QString());
    case IdRole:
        return r.id;
    case KindRole:
        return protocol::toString(r.kind);
    case StateRole:
        return protocol::toString(r.state);
    case ContactIdRole:
        return r.contactId;
    case UrgentRole:
        return r.isUrgent();
    case SupervisorRole:
        return r.supervisor;
    }
    return {};
}

QHash<int, QByteArray> SupervisionRequestModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {KindRole, "kind"},
                  {StateRole, "state"},
                  {ContactIdRole, "contactId"},
                  {UrgentRole, "urgent"},
                  {SupervisorRole, "supervisor"}});
    return names;
}

bool SupervisionRequestModel::before(const SupervisionRequest &a, const SupervisionRequest &b)
{
    if (a.isWaiting() != b.isWaiting())
        return a.isWaiting();
    if (a.isUrgent() != b.isUrgent())
        return a.isUrgent();
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    return a.id < b.id;
}

void SupervisionRequestModel::reset(const QList<SupervisionRequest> &requests)
{
    beginResetModel();
    m_requests.clear();
    for (const SupervisionRequest &r : requests) {
        if (r.isValid() && r.isOpen() && rowOf(r.id) < 0)
            m_requests.append(r);
    }
    std::stable_sort(m_requests.begin(), m_requests.end(), &SupervisionRequestModel::before);
    endResetModel();
    updateTimer();
}

int SupervisionRequestModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_requests.size(); ++row) {
        if (m_requests.at(row).id == id)
            return row;
    }
    return -1;
}

int SupervisionRequestModel::insertionRow(const SupervisionRequest &request) const
{
    const auto it =
        std::upper_bound(m_requests.cbegin(), m_requests.cend(), request, &SupervisionRequestModel::before);
    return int(it - m_requests.cbegin());
}

void SupervisionRequestModel::upsert(const SupervisionRequest &request)
{
    if (!request.isValid())
        return;
    if (!request.isOpen()) {
        remove(request.id);
        return;
    }
    const int row = rowOf(request.id);
    if (row >= 0) {
        // Same place in the queue: update in place (keeps the selection); else move it.
        const bool afterPrevious = row == 0 || !before(request, m_requests.at(row - 1));
        const bool beforeNext = row + 1 >= m_requests.size() || !before(m_requests.at(row + 1), request);
        if (afterPrevious && beforeNext) {
            m_requests[row] = request;
            emit dataChanged(index(row), index(row));
            updateTimer();
            return;
        }
        beginRemoveRows({}, row, row);
        m_requests.removeAt(row);
        endRemoveRows();
    }
    const int at = insertionRow(request);
    beginInsertRows({}, at, at);
    m_requests.insert(at, request);
    endInsertRows();
    updateTimer();
}

void SupervisionRequestModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_requests.removeAt(row);
    endRemoveRows();
    updateTimer();
}

void SupervisionRequestModel::tick()
{
    if (!m_requests.isEmpty())
        emit dataChanged(index(0), index(int(m_requests.size()) - 1),
                         {Qt::DisplayRole, Qt::AccessibleTextRole});
}

void SupervisionRequestModel::updateTimer()
{
    const bool waiting = std::any_of(m_requests.cbegin(), m_requests.cend(),
                                     [](const SupervisionRequest &r) { return r.isWaiting(); });
    if (waiting && !m_timer.isActive())
        m_timer.start();
    else if (!waiting)
        m_timer.stop();
}

} // namespace ecoute::models
