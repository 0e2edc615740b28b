// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/inbox/TeamModel.h"

#include "protocol/Vocabulary.h"

#include "models/inbox/Presence.h"
#include "models/inbox/RoutingText.h"

#include <QJsonObject>

namespace ecoute::models {

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const auto &v : value.toArray())
        list.append(v.toString());
    return list;
}
} // namespace

TeamMember TeamMember::fromJson(const QJsonObject &json)
{
    TeamMember m;
    m.user = json.value(QLatin1String("user")).toString();
    m.displayName = json.value(QLatin1String("displayName")).toString();
    m.role = json.value(QLatin1String("role")).toString();
    m.state = json.value(QLatin1String("state")).toString();
    m.conversations = json.value(QLatin1String("conversations")).toInt();
    m.unreported = json.value(QLatin1String("unreported")).toInt();
    m.hard = json.value(QLatin1String("hard")).toInt();
    m.channels = strings(json.value(QLatin1String("channels")));
    m.languages = strings(json.value(QLatin1String("languages")));
    return m;
}

bool TeamMember::canTakeTransfers() const
{
    const auto presence = protocol::fromString<protocol::PresenceState>(state);
    return presence == protocol::PresenceState::Available || presence == protocol::PresenceState::Busy;
}

TeamModel::TeamModel(QObject *parent) : QAbstractListModel(parent) { }

int TeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamMember &m = m_members.at(index.row());
    switch (role) {
    case UserRole:
        return m.user;
    case StateRole:
        return m.state;
    case CanTakeRole:
        return m.canTakeTransfers();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1 (%2) · %3 · %n conversation(s)", "", m.conversations)
            .arg(m.name(), RoutingText::roleLabel(m.role), presenceLabel(presenceFromName(m.state)));
    case Qt::ToolTipRole: {
        QString languages = m.languages.join(QStringLiteral(", ")).toUpper();
        QString text = tr("Languages: %1").arg(languages.isEmpty() ? tr("none") : languages);
        if (!m.canTakeTransfers())
            text += QLatin1Char('\n') + tr("Cannot take a conversation right now.");
        return text;
    }
    }
    return {};
}

Qt::ItemFlags TeamModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid() && !m_members.at(index.row()).canTakeTransfers())
        f &= ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return f;
}

QHash<int, QByteArray> TeamModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{UserRole, "user"}, {StateRole, "state"}, {CanTakeRole, "canTake"}});
    return names;
}

void TeamModel::reset(const QJsonArray &members)
{
    beginResetModel();
    m_members.clear();
    m_names.clear();
    for (const auto &value : members) {
        const TeamMember m = TeamMember::fromJson(value.toObject());
        if (m.user.isEmpty())
            continue;
        m_names.insert(m.user, m.name());
        if (m.user != m_self)
            m_members.append(m);
    }
    // Who can take a transfer first, then by name.
    std::stable_sort(m_members.begin(), m_members.end(), [](const TeamMember &a, const TeamMember &b) {
        if (a.canTakeTransfers() != b.canTakeTransfers())
            return a.canTakeTransfers();
        return a.name().localeAwareCompare(b.name()) < 0;
    });
    m_loaded = true;
    endResetModel();
    emit loaded();
}

QString TeamModel::nameOf(const QString &user) const
{
    return m_names.value(user, user);
}

} // namespace ecoute::models
