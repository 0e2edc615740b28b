// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/conversation/StaffMessageModel.h"

#include <algorithm>

namespace ecoute::models {

StaffMessageModel::StaffMessageModel(QObject *parent) : QAbstractListModel(parent) { }

int StaffMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant StaffMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffMessage &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case IdRole:
        return m.id;
    case FromRole:
        return m.from;
    case AtRole:
        return m.at;
    }
    return {};
}

QHash<int, QByteArray> StaffMessageModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"}, {FromRole, "from"}, {TextRole, "text"}, {AtRole, "at"}});
    return names;
}

bool StaffMessageModel::contains(const QString &id) const
{
    return std::any_of(m_messages.cbegin(), m_messages.cend(),
                       [&](const StaffMessage &m) { return m.id == id; });
}

bool StaffMessageModel::add(const StaffMessage &message)
{
    if (message.id.isEmpty() || contains(message.id))
        return false;
    // By time, then by id (numeric when both are), after anything equal.
    auto before = [](const StaffMessage &a, const StaffMessage &b) {
        if (a.at != b.at)
            return a.at < b.at;
        bool okA = false, okB = false;
        const qint64 ia = a.id.toLongLong(&okA), ib = b.id.toLongLong(&okB);
        return okA && okB ? ia < ib : a.id < b.id;
    };
    const auto it = std::upper_bound(m_messages.begin(), m_messages.end(), message, before);
    const int row = int(it - m_messages.begin());
    beginInsertRows({}, row, row);
    m_messages.insert(row, message);
    endInsertRows();
    return true;
}

} // namespace ecoute::models
