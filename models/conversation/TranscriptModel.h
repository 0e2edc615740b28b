// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/inbox/Contact.h"

#include <QAbstractListModel>

namespace ecoute::models {

/// The messages of one conversation, in seq order, each seq exactly once.
/// Messages written here and not yet acknowledged by the server ("pending")
/// follow the confirmed ones.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SeqRole = Qt::UserRole + 1,
        FromRole,
        TextRole,
        AtRole,
        PendingRole,
        ClientMsgIdRole,
        AttachmentsRole, ///< QVariantList of {name, type, size} maps (e-mail letters)
        EventRole, ///< a MailEvent name for a line the server wrote in an e-mail thread
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// A message from the server (conversation.open, chat.message, chat.sync
    /// replay). Returns false when that seq is already shown.
    bool addMessage(const ChatMessage &message);
    /// from: the side this workstation writes for ("volunteer", or "seeker" for a trainer
    /// playing the person of an exercise).
    void addPending(const QString &clientMsgId, const QString &text, const QDateTime &at,
                    const QString &from = QStringLiteral("volunteer"));
    /// chat.ack: the pending message now has its seq.
    void acknowledge(const QString &clientMsgId, qint64 seq);

    /// Highest seq such that every seq from 1 up to it is shown: what chat.sync asks after.
    qint64 lastContiguousSeq() const;
    int pendingCount() const;
    ChatMessage messageAt(int row) const { return m_messages.value(row); }

private:
    int rowOfSeq(qint64 seq) const;
    int rowOfClientMsgId(const QString &clientMsgId) const;
    int firstPendingRow() const;
    int confirmedInsertionRow(qint64 seq) const;
    void removeRow(int row);
    void insertConfirmed(const ChatMessage &message);

    QList<ChatMessage> m_messages;
};

} // namespace ecoute::models
