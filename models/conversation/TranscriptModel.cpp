// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/conversation/TranscriptModel.h"

namespace ecoute::models {

TranscriptModel::TranscriptModel(QObject *parent) : QAbstractListModel(parent) { }

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatMessage &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case SeqRole:
        return m.seq;
    case FromRole:
        return m.from;
    case AtRole:
        return m.at;
    case PendingRole:
        return m.pending;
    case ClientMsgIdRole:
        return m.clientMsgId;
    case AttachmentsRole: {
        QVariantList attachments;
        for (const MailAttachment &a : m.attachments)
            attachments.append(QVariantMap {{QStringLiteral("name"), a.name},
                                            {QStringLiteral("type"), a.type},
                                            {QStringLiteral("size"), a.size}});
        return attachments;
    }
    case EventRole:
        return m.event;
    }
    return {};
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{SeqRole, "seq"},
                  {FromRole, "from"},
                  {TextRole, "text"},
                  {AtRole, "at"},
                  {PendingRole, "pending"},
                  {ClientMsgIdRole, "clientMsgId"},
                  {AttachmentsRole, "attachments"},
                  {EventRole, "event"}});
    return names;
}

bool TranscriptModel::addMessage(const ChatMessage &message)
{
    if (message.seq <= 0 || rowOfSeq(message.seq) >= 0)
        return false;
    // The server echoes our own messages; the echo may arrive before the ack.
    // Match it to the oldest pending message by the same side with the same text so it shows once.
    for (int row = firstPendingRow(); row >= 0 && row < m_messages.size(); ++row) {
        const ChatMessage &pending = m_messages.at(row);
        if (pending.pending && pending.from == message.from && pending.text == message.text) {
            ChatMessage confirmed = message;
            confirmed.clientMsgId = pending.clientMsgId;
            removeRow(row);
            insertConfirmed(confirmed);
            return true;
        }
    }
    insertConfirmed(message);
    return true;
}

void TranscriptModel::addPending(const QString &clientMsgId, const QString &text, const QDateTime &at,
                                 const QString &from)
{
    ChatMessage m;
    m.from = from;
    m.text = text;
    m.at = at;
    m.clientMsgId = clientMsgId;
    m.pending = true;
    const int row = int(m_messages.size());
    beginInsertRows({}, row, row);
    m_messages.append(m);
    endInsertRows();
}

void TranscriptModel::acknowledge(const QString &clientMsgId, qint64 seq)
{
    const int row = rowOfClientMsgId(clientMsgId);
    if (row < 0 || !m_messages.at(row).pending)
        return; // unknown, or already confirmed by its echo
    if (rowOfSeq(seq) >= 0) {
        removeRow(row); // the echo is shown already
        return;
    }
    ChatMessage confirmed = m_messages.at(row);
    confirmed.seq = seq;
    confirmed.pending = false;
    removeRow(row);
    insertConfirmed(confirmed);
}

qint64 TranscriptModel::lastContiguousSeq() const
{
    qint64 last = 0;
    for (const ChatMessage &m : m_messages) {
        if (m.pending)
            break;
        if (m.seq != last + 1)
            break;
        last = m.seq;
    }
    return last;
}

int TranscriptModel::pendingCount() const
{
    return int(std::count_if(m_messages.cbegin(), m_messages.cend(),
                             [](const ChatMessage &m) { return m.pending; }));
}

int TranscriptModel::rowOfSeq(qint64 seq) const
{
    for (int i = 0; i < m_messages.size(); ++i) {
        if (!m_messages.at(i).pending && m_messages.at(i).seq == seq)
            return i;
    }
    return -1;
}

int TranscriptModel::rowOfClientMsgId(const QString &clientMsgId) const
{
    for (int i = 0; i < m_messages.size(); ++i) {
        if (m_messages.at(i).clientMsgId == clientMsgId)
            return i;
    }
    return -1;
}

int TranscriptModel::firstPendingRow() const
{
    for (int i = 0; i < m_messages.size(); ++i) {
        if (m_messages.at(i).pending)
            return i;
    }
    return -1;
}

int TranscriptModel::confirmedInsertionRow(qint64 seq) const
{
    int row = 0;
    while (row < m_messages.size() && !m_messages.at(row).pending && m_messages.at(row).seq < seq)
        ++row;
    return row;
}

void TranscriptModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_messages.removeAt(row);
    endRemoveRows();
}

void TranscriptModel::insertConfirmed(const ChatMessage &message)
{
    ChatMessage m = message;
    m.pending = false;
    const int row = confirmedInsertionRow(m.seq);
    beginInsertRows({}, row, row);
    m_messages.insert(row, m);
    endInsertRows();
}

} // namespace ecoute::models
