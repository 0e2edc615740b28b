// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QStringList>

namespace ecoute::models {

/// One colleague on shift (team.snapshot member).
struct TeamMember
{
    QString user;
    QString displayName;
    QString role;
    QString state; ///< presence: available, busy, pause, wrapup, off
    int conversations = 0;
    int unreported = 0; ///< ended contacts without a report (a count, never which)
    int hard = 0; ///< hard or imminent-risk contacts in the last 12 hours (a count)
    QStringList channels;
    QStringList languages;

    static TeamMember fromJson(const QJsonObject &json);
    QString name() const { return displayName.isEmpty() ? user : displayName; }
    /// Worth offering a transfer to: on shift and taking contacts (the server has the last word).
    bool canTakeTransfers() const;
};

/// The colleagues on shift, from team.snapshot, without this volunteer.
/// Colleagues who cannot take a transfer now are listed but not selectable.
class TeamModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        UserRole = Qt::UserRole + 1,
        StateRole,
        CanTakeRole,
    };

    explicit TeamModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The user to leave out (this volunteer).
    void setSelf(const QString &user) { m_self = user; }
    void reset(const QJsonArray &members);
    bool isLoaded() const { return m_loaded; }
    TeamMember memberAt(int row) const { return m_members.value(row); }
    /// The display name of user if known, else user itself.
    QString nameOf(const QString &user) const;

signals:
    void loaded();

private:
    QList<TeamMember> m_members;
    QHash<QString, QString> m_names; ///< everyone in the last snapshot, self included
    QString m_self;
    bool m_loaded = false;
};

} // namespace ecoute::models
