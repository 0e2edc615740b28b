// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/inbox/TeamModel.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace ecoute::models {

/// The supervisor's team board: everyone on shift with their role, status, number of
/// conversations, contacts left to report and hard contacts of the last 12 hours (team.snapshot),
/// so a supervisor sees who may need a word after a hard shift. Counts only, never contact content.
class TeamBoardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RoleColumn,
        StateColumn,
        ConversationsColumn,
        UnreportedColumn,
        HardColumn,
        ColumnCount
    };
    enum Role { UserRole = Qt::UserRole + 1 };

    explicit TeamBoardModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reset(const QJsonArray &members);
    TeamMember memberAt(int row) const { return m_members.value(row); }
    /// When the last snapshot arrived (invalid before the first).
    QDateTime updatedAt() const { return m_updatedAt; }

signals:
    void loaded();

private:
    QList<TeamMember> m_members;
    QDateTime m_updatedAt;
};

} // namespace ecoute::models
