// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/conversation/TranscriptModel.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>

namespace ecoute::models {
class StaffMessageModel;
}

namespace ecoute::ui {

/// One conversation's timeline: the transcript with the person and the whispers of
/// staff, merged in time order so a whisper shows where it was said (still marked
/// internal by the presentation). Rows are copies, kept in step with the two source
/// models by diffing: a message keeps its row when it goes from pending to sent (the
/// transcript removes and re-inserts it; here it is a dataChanged), so selection and
/// scrolling stay put.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    /// The transcript's roles keep their numbers, so a presentation reads either model.
    enum Role {
        SeqRole = models::TranscriptModel::SeqRole,
        FromRole = models::TranscriptModel::FromRole,
        TextRole = models::TranscriptModel::TextRole,
        AtRole = models::TranscriptModel::AtRole,
        PendingRole = models::TranscriptModel::PendingRole,
        ClientMsgIdRole = models::TranscriptModel::ClientMsgIdRole,
        OriginRole = Qt::UserRole + 50, ///< Origin: a message of the conversation or a whisper
    };
    enum class Origin { Message, Whisper };
    Q_ENUM(Origin)

    /// whispers may be null (a timeline of the transcript only).
    explicit TimelineModel(models::TranscriptModel *transcript, models::StaffMessageModel *whispers = nullptr,
                           QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        Origin origin = Origin::Message;
        QString key; ///< stable identity across pending → sent
        qint64 seq = 0;
        QString from;
        QString text;
        QDateTime at;
        bool pending = false;
        QString clientMsgId;
        bool operator==(const Entry &) const = default;
    };

    QList<Entry> merged() const;
    void sync();
    void queueSync();
    void watch(QAbstractItemModel *source);

    QPointer<models::TranscriptModel> m_transcript;
    QPointer<models::StaffMessageModel> m_whispers;
    QList<Entry> m_entries;
    bool m_syncQueued = false;
};

} // namespace ecoute::ui
