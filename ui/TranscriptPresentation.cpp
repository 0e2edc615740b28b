// SPDX-License-Identifier: GPL-3.0-or-later
#include "TranscriptPresentation.h"

#include "models/TranscriptModel.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QPalette>

namespace ecoute::ui {

using models::TranscriptModel;

QString TranscriptPresentation::senderName(const QString &from) const
{
    if (from == QLatin1String("volunteer"))
        return tr("You");
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
                                senderName(index.data(TranscriptModel::FromRole).toString()),
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
