// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/supervision/SupervisionRequest.h"

#include <QAbstractListModel>

namespace ecoute::models {

/// Messages between staff, apart from the transcript with the help-seeker: the
/// whispers of a supervisor in one conversation, or one debrief. In time order,
/// each server id once (the server replays whispers after a reconnect).
class StaffMessageModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        FromRole,
        TextRole,
        AtRole,
    };

    explicit StaffMessageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Adds a message; false when its id is already shown (or it has none).
    bool add(const StaffMessage &message);
    StaffMessage messageAt(int row) const { return m_messages.value(row); }
    bool contains(const QString &id) const;

private:
    QList<StaffMessage> m_messages;
};

} // namespace ecoute::models
