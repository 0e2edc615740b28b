// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/TranscriptPresentation.h"
#include "protocol/Vocabulary.h"

#include "models/conversation/TranscriptModel.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QPalette>

namespace ecoute::ui {

using models::TranscriptModel;

void TranscriptPresentation::setStaffNames(const QString &volunteer, qint64 afterSeq, const QString &after)
{
    if (volunteer == m_volunteerName && afterSeq == m_takeoverSeq && after == m_takeoverName)
        return;
    m_volunteerName = volunteer;
    m_takeoverSeq = afterSeq;
    m_takeoverName = after;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

QString TranscriptPresentation::senderName(const QString &from, qint64 seq) const
{
    if (protocol::fromString<protocol::Sender>(from) == protocol::Sender::Volunteer) {
        const bool afterTakeover = m_takeoverSeq > 0 && (seq == 0 || seq > m_takeoverSeq);
        const QString name = afterTakeover ? m_takeoverName : m_volunteerName;
        return name.isEmpty() ? tr("You") : name;
    }
    if (from == QLatin1String("system"))
        return tr("Ecoute");
    return m_seekerName.isEmpty() ? tr("Help-seeker") : m_seekerName;
}

QVariant TranscriptPresentation::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const bool pending = index.data(TranscriptModel::PendingRole).toBool();
        const QDateTime at = index.data(TranscriptModel::AtRole).toDateTime().toLocalTime();
        QString line = tr("%1  %2: %3")
                           .arg(at.toString(QStringLiteral("HH:mm")),
                                senderName(index.data(TranscriptModel::FromRole).toString(),
                                           index.data(TranscriptModel::SeqRole).toLongLong()),
                                index.data(TranscriptModel::TextRole).toString());
        if (pending)
            line = tr("%1 (sending…)").arg(line);
        return line;
    }
    case Qt::ForegroundRole:
        if (index.data(TranscriptModel::PendingRole).toBool())
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        break;
    case Qt::FontRole:
        if (index.data(TranscriptModel::FromRole).toString() == QLatin1String("system")) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case Qt::ToolTipRole:
        return QLocale().toString(index.data(TranscriptModel::AtRole).toDateTime().toLocalTime(),
                                  QLocale::LongFormat);
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace ecoute::ui
