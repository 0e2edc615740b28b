// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/TimelineModel.h"

#include "models/conversation/StaffMessageModel.h"

#include <QMetaObject>
#include <QSet>

namespace ecoute::ui {

using models::StaffMessageModel;
using models::TranscriptModel;

TimelineModel::TimelineModel(TranscriptModel *transcript, StaffMessageModel *whispers, QObject *parent)
    : QAbstractListModel(parent), m_transcript(transcript), m_whispers(whispers)
{
    watch(transcript);
    watch(whispers);
    m_entries = merged();
}

void TimelineModel::watch(QAbstractItemModel *source)
{
    if (!source)
        return;
    // Insertions and changes at once (views and tests read the rows right away); removals a
    // moment later, so a remove-then-insert of the same message (its acknowledgement)
    // becomes one change of state instead of a row that vanishes and comes back.
    connect(source, &QAbstractItemModel::rowsInserted, this, &TimelineModel::sync);
    connect(source, &QAbstractItemModel::dataChanged, this, &TimelineModel::sync);
    connect(source, &QAbstractItemModel::rowsMoved, this, &TimelineModel::sync);
    connect(source, &QAbstractItemModel::layoutChanged, this, &TimelineModel::sync);
    connect(source, &QAbstractItemModel::modelReset, this, &TimelineModel::sync);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &TimelineModel::queueSync);
    connect(source, &QObject::destroyed, this, &TimelineModel::queueSync);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return e.text;
    case SeqRole:
        return e.seq;
    case FromRole:
        return e.from;
    case AtRole:
        return e.at;
    case PendingRole:
        return e.pending;
    case ClientMsgIdRole:
        return e.clientMsgId;
    case OriginRole:
        return QVariant::fromValue(e.origin);
    }
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{SeqRole, "seq"},
                  {FromRole, "from"},
                  {TextRole, "text"},
                  {AtRole, "at"},
                  {PendingRole, "pending"},
                  {ClientMsgIdRole, "clientMsgId"},
                  {OriginRole, "origin"}});
    return names;
}

QList<TimelineModel::Entry> TimelineModel::merged() const
{
    QList<Entry> messages;
    if (m_transcript) {
        for (int row = 0; row < m_transcript->rowCount(); ++row) {
            const models::ChatMessage m = m_transcript->messageAt(row);
            Entry e;
            e.origin = Origin::Message;
            // Our own messages keep their clientMsgId once sent; the others have a seq.
            e.key = m.clientMsgId.isEmpty() ? QStringLiteral("s%1").arg(m.seq)
                                            : QStringLiteral("c") + m.clientMsgId;
            e.seq = m.seq;
            e.from = m.from;
            e.text = m.text;
            e.at = m.at;
            e.pending = m.pending;
            e.clientMsgId = m.clientMsgId;
            messages.append(e);
        }
    }
    QList<Entry> whispers;
    if (m_whispers) {
        for (int row = 0; row < m_whispers->rowCount(); ++row) {
            const models::StaffMessage m = m_whispers->messageAt(row);
            Entry e;
            e.origin = Origin::Whisper;
            e.key = QStringLiteral("w") + m.id;
            e.from = m.from;
            e.text = m.text;
            e.at = m.at;
            e.clientMsgId = m.clientMsgId;
            whispers.append(e);
        }
    }
    // Both lists are in order already: merge, a whisper before the first message said after it.
    QList<Entry> all;
    all.reserve(messages.size() + whispers.size());
    qsizetype m = 0, w = 0;
    while (m < messages.size() || w < whispers.size()) {
        const bool takeWhisper =
            w < whispers.size() && (m >= messages.size() || whispers.at(w).at < messages.at(m).at);
        all.append(takeWhisper ? whispers.at(w++) : messages.at(m++));
    }
    return all;
}

void TimelineModel::queueSync()
{
    if (m_syncQueued)
        return;
    m_syncQueued = true;
    QMetaObject::invokeMethod(this, &TimelineModel::sync, Qt::QueuedConnection);
}

void TimelineModel::sync()
{
    m_syncQueued = false;
    const QList<Entry> want = merged();
    // Runs on every message: one pass to know what stays, not a search per row.
    QSet<QString> wanted;
    wanted.reserve(want.size());
    for (const Entry &e : want)
        wanted.insert(e.key);
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_entries.at(row).key))
            continue;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    }
    // Now every row is wanted; rows [0, i) match `want` after each step.
    for (int i = 0; i < want.size(); ++i) {
        const Entry &e = want.at(i);
        int found = -1;
        for (int j = i; j < m_entries.size() && found < 0; ++j) {
            if (m_entries.at(j).key == e.key)
                found = j;
        }
        if (found < 0) {
            beginInsertRows({}, i, i);
            m_entries.insert(i, e);
            endInsertRows();
            continue;
        }
        if (found != i) {
            beginMoveRows({}, found, found, {}, i);
            m_entries.move(found, i);
            endMoveRows();
        }
        if (!(m_entries.at(i) == e)) {
            m_entries[i] = e;
            emit dataChanged(index(i), index(i));
        }
    }
}

} // namespace ecoute::ui
