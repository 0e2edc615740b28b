// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/inbox/TeamBoardModel.h"

#include "models/inbox/Presence.h"
#include "models/inbox/RoutingText.h"

#include <QJsonArray>

namespace ecoute::models {

TeamBoardModel::TeamBoardModel(QObject *parent) : QAbstractTableModel(parent) { }

int TeamBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int TeamBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamMember &m = m_members.at(index.row());
    if (role == UserRole)
        return m.user;
    if (role == Qt::AccessibleTextRole) {
        QString text =
            tr("%1 (%2) · %3 · %n conversation(s)", "", m.conversations)
                .arg(m.name(), RoutingText::roleLabel(m.role), presenceLabel(presenceFromName(m.state)));
        if (m.unreported > 0)
            text += tr(" · %n contact(s) to report", "", m.unreported);
        if (m.hard > 0)
            text += tr(" · %n hard contact(s) in the last 12 hours", "", m.hard);
        return text;
    }
    if (role == Qt::ToolTipRole && index.column() == HardColumn)
        return tr("Contacts marked hard, reported at high or imminent risk, or with an imminent-risk case, "
                  "in the last 12 hours");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return m.name();
    case RoleColumn:
        return RoutingText::roleLabel(m.role);
    case StateColumn:
        return presenceLabel(presenceFromName(m.state));
    case ConversationsColumn:
        return m.conversations;
    case UnreportedColumn:
        return m.unreported;
    case HardColumn:
        return m.hard;
    }
    return {};
}

QVariant TeamBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("Status");
    case ConversationsColumn:
        return tr("Conversations");
    case UnreportedColumn:
        return tr("To report");
    case HardColumn:
        return tr("Hard (12 h)");
    }
    return {};
}

void TeamBoardModel::reset(const QJsonArray &members)
{
    beginResetModel();
    m_members.clear();
    for (const auto &value : members) {
        const TeamMember m = TeamMember::fromJson(value.toObject());
        if (!m.user.isEmpty())
            m_members.append(m);
    }
    std::stable_sort(m_members.begin(), m_members.end(), [](const TeamMember &a, const TeamMember &b) {
        return a.name().localeAwareCompare(b.name()) < 0;
    });
    m_updatedAt = QDateTime::currentDateTimeUtc();
    endResetModel();
    emit loaded();
}

} // namespace ecoute::models
