// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxModel.h"

#include <QJsonObject>

namespace ecoute::models {

InboxModel::InboxModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact &c = m_contacts.at(index.row());
    switch (role) {
    case IdRole:
        return c.id;
    case ChannelRole:
        return c.channel;
    case PseudonymRole:
        return c.pseudonym;
    case LanguageRole:
        return c.language;
    case StateRole:
        return c.state;
    case CreatedAtRole:
        return c.createdAt;
    case WaitingSecondsRole:
        return waitingSeconds(c);
    case UrgentRole:
        return c.urgent;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case ChannelColumn:
            if (c.channel == QLatin1String("email"))
                return tr("Email");
            if (c.channel == QLatin1String("phone"))
                return tr("Phone");
            return tr("Chat");
        case PseudonymColumn:
            return c.urgent ? tr("%1 (urgent)").arg(c.pseudonym) : c.pseudonym;
        case WaitingColumn:
            return formatWaiting(waitingSeconds(c));
        case LanguageColumn:
            return c.language.toUpper();
        }
        break;
    case Qt::ToolTipRole:
        return c.urgent ? tr("Marked urgent by the person writing") : QVariant();
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChannelColumn:
        return tr("Channel");
    case PseudonymColumn:
        return tr("Pseudonym");
    case WaitingColumn:
        return tr("Waiting");
    case LanguageColumn:
        return tr("Language");
    }
    return {};
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert({{IdRole, "contactId"},
                  {ChannelRole, "channel"},
                  {PseudonymRole, "pseudonym"},
                  {LanguageRole, "language"},
                  {StateRole, "state"},
                  {CreatedAtRole, "createdAt"},
                  {WaitingSecondsRole, "waitingSeconds"},
                  {UrgentRole, "urgent"}});
    return names;
}

bool InboxModel::isInboxState(const QString &state)
{
    return state == QLatin1String("waiting") || state == QLatin1String("offered");
}

bool InboxModel::comesBefore(const Contact &a, const Contact &b)
{
    if (a.urgent != b.urgent)
        return a.urgent;
    return a.createdAt < b.createdAt;
}

int InboxModel::insertionRow(const Contact &contact) const
{
    int row = 0;
    while (row < m_contacts.size() && !comesBefore(contact, m_contacts.at(row)))
        ++row;
    return row;
}

void InboxModel::resetContacts(const QJsonArray &contacts)
{
    beginResetModel();
    m_contacts.clear();
    for (const QJsonValue &value : contacts) {
        const Contact c = Contact::fromJson(value.toObject());
        if (!c.isValid() || !isInboxState(c.state) || rowOf(c.id) >= 0)
            continue;
        m_contacts.insert(insertionRow(c), c);
    }
    endResetModel();
}

void InboxModel::updateContact(const Contact &contact)
{
    if (!contact.isValid())
        return;
    // Active or ended contacts are no longer waiting for anyone.
    if (!isInboxState(contact.state)) {
        removeContact(contact.id);
        return;
    }
    const int row = rowOf(contact.id);
    if (row >= 0) {
        const Contact &old = m_contacts.at(row);
        if (old.urgent == contact.urgent && old.createdAt == contact.createdAt) {
            m_contacts[row] = contact;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
        removeContact(contact.id); // its place in the order changed
    }
    const int at = insertionRow(contact);
    beginInsertRows({}, at, at);
    m_contacts.insert(at, contact);
    endInsertRows();
}

void InboxModel::removeContact(const QString &contactId)
{
    const int row = rowOf(contactId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_contacts.removeAt(row);
    endRemoveRows();
}

void InboxModel::clear()
{
    beginResetModel();
    m_contacts.clear();
    endResetModel();
}

int InboxModel::rowOf(const QString &contactId) const
{
    for (int i = 0; i < m_contacts.size(); ++i) {
        if (m_contacts.at(i).id == contactId)
            return i;
    }
    return -1;
}

void InboxModel::refreshWaitingTimes()
{
    if (!m_contacts.isEmpty())
        emit dataChanged(index(0, WaitingColumn), index(rowCount() - 1, WaitingColumn));
}

qint64 InboxModel::waitingSeconds(const Contact &contact) const
{
    if (!contact.createdAt.isValid())
        return 0;
    return std::max<qint64>(0, contact.createdAt.secsTo(m_clock()));
}

QString InboxModel::formatWaiting(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n second(s)", "", int(seconds));
    if (seconds < 3600)
        return tr("%n minute(s)", "", int(seconds / 60));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace ecoute::models
