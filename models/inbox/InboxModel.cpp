// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/inbox/InboxModel.h"

#include "protocol/Vocabulary.h"

#include "models/practice/PracticeText.h"

#include <QJsonObject>

#include <utility>

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
    case OfferedToMeRole:
        return isOfferedToMe(c.id);
    case OfferSecondsLeftRole:
        return offerSecondsLeft(c.id);
    case PracticeRole:
        return c.practice;
    case AnswerSecondsLeftRole:
        return c.answerBy.isValid() ? QVariant(m_clock().secsTo(c.answerBy)) : QVariant();
    case ThreadLengthRole:
        return c.threadLength;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case ChannelColumn:
            switch (protocol::fromString<protocol::Channel>(c.channel).value_or(protocol::Channel::Chat)) {
            case protocol::Channel::Email:
                return tr("Email");
            case protocol::Channel::Phone:
                return tr("Phone");
            case protocol::Channel::Chat:
                return tr("Chat");
            }
            return tr("Chat");
        case PseudonymColumn:
            return pseudonymText(c);
        case WaitingColumn:
            return formatWaiting(waitingSeconds(c));
        case LanguageColumn:
            return c.language.toUpper();
        }
        break;
    case Qt::ToolTipRole:
        if (c.practice)
            return PracticeText::banner();
        if (isOfferedToMe(c.id))
            return tr("Offered to you: accept or decline it within %n second(s).", "",
                      int(offerSecondsLeft(c.id)));
        return c.urgent ? tr("Marked urgent") : QVariant();
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
                  {UrgentRole, "urgent"},
                  {OfferedToMeRole, "offeredToMe"},
                  {OfferSecondsLeftRole, "offerSecondsLeft"},
                  {PracticeRole, "practice"},
                  {AnswerSecondsLeftRole, "answerSecondsLeft"},
                  {ThreadLengthRole, "threadLength"}});
    return names;
}

bool InboxModel::isInboxState(const QString &state)
{
    const auto known = protocol::fromString<protocol::ContactState>(state);
    return known == protocol::ContactState::Waiting || known == protocol::ContactState::Offered;
}

bool InboxModel::comesBefore(const Contact &a, const Contact &b) const
{
    const bool aOffered = isOfferedToMe(a.id);
    if (aOffered != isOfferedToMe(b.id))
        return aOffered;
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
    // Offers come and go with offer/offer.withdrawn: a snapshot does not end them.
    QList<Contact> offered;
    for (const Contact &c : std::as_const(m_contacts)) {
        if (isOfferedToMe(c.id))
            offered.append(c);
    }
    m_contacts = offered;
    for (const auto &value : contacts) {
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
    place(contact);
}

void InboxModel::place(Contact contact)
{
    const int row = rowOf(contact.id);
    if (row >= 0) {
        m_contacts.removeAt(row);
        const int at = insertionRow(contact);
        m_contacts.insert(row, std::move(contact));
        if (at == row) {
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
        // Its place in the order changed.
        beginMoveRows({}, row, row, {}, at > row ? at + 1 : at);
        m_contacts.move(row, at);
        endMoveRows();
        emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
        return;
    }
    const int at = insertionRow(contact);
    beginInsertRows({}, at, at);
    m_contacts.insert(at, std::move(contact));
    endInsertRows();
}

void InboxModel::addOffer(const Contact &contact, qint64 timeoutMs)
{
    if (!contact.isValid())
        return;
    m_offerDeadlines.insert(contact.id, m_clock().addMSecs(std::max<qint64>(0, timeoutMs)));
    Contact offered = contact;
    offered.state = QStringLiteral("offered");
    place(offered);
    emit offersChanged();
}

bool InboxModel::clearOffer(const QString &contactId)
{
    if (!m_offerDeadlines.remove(contactId))
        return false;
    const int row = rowOf(contactId);
    if (row >= 0)
        place(m_contacts.at(row)); // back to its place among the others
    emit offersChanged();
    return true;
}

void InboxModel::clearOffers()
{
    const QStringList ids = offeredContactIds();
    for (const QString &id : ids)
        clearOffer(id);
}

QStringList InboxModel::offeredContactIds() const
{
    QStringList ids;
    for (const Contact &c : m_contacts) {
        if (isOfferedToMe(c.id))
            ids.append(c.id);
    }
    return ids;
}

qint64 InboxModel::offerSecondsLeft(const QString &contactId) const
{
    const auto it = m_offerDeadlines.constFind(contactId);
    if (it == m_offerDeadlines.cend())
        return 0;
    return std::max<qint64>(0, (m_clock().msecsTo(*it) + 999) / 1000);
}

QString InboxModel::pseudonymText(const Contact &contact) const
{
    QString name = contact.urgent ? tr("%1 (urgent)").arg(contact.pseudonym) : contact.pseudonym;
    if (contact.practice)
        name = PracticeText::mark(name);
    if (!isOfferedToMe(contact.id))
        return name;
    return tr("%1 · offered to you, %n second(s) left", "", int(offerSecondsLeft(contact.id))).arg(name);
}

void InboxModel::removeContact(const QString &contactId)
{
    const int row = rowOf(contactId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_contacts.removeAt(row);
    endRemoveRows();
    if (m_offerDeadlines.remove(contactId))
        emit offersChanged();
}

void InboxModel::clear()
{
    beginResetModel();
    m_contacts.clear();
    endResetModel();
    if (!m_offerDeadlines.isEmpty()) {
        m_offerDeadlines.clear();
        emit offersChanged();
    }
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
    if (m_contacts.isEmpty())
        return;
    emit dataChanged(index(0, WaitingColumn), index(rowCount() - 1, WaitingColumn));
    // The countdown of offers to this volunteer, shown with the pseudonym.
    for (int row = 0; row < m_contacts.size(); ++row) {
        if (isOfferedToMe(m_contacts.at(row).id))
            emit dataChanged(index(row, PseudonymColumn), index(row, PseudonymColumn));
    }
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
