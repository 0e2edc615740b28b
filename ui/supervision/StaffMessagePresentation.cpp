// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/supervision/StaffMessagePresentation.h"

#include "models/conversation/StaffMessageModel.h"
#include "ui/style/Theme.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>

namespace ecoute::ui {

using models::StaffMessageModel;

StaffMessagePresentation::StaffMessagePresentation(Kind kind, QObject *parent)
    : QIdentityProxyModel(parent), m_kind(kind)
{
}

Theme::Role StaffMessagePresentation::themeRole() const
{
    return m_kind == Kind::Whisper ? Theme::Role::Whisper : Theme::Role::ColleagueBubble;
}

QVariant StaffMessagePresentation::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString from = index.data(StaffMessageModel::FromRole).toString();
        const bool mine = !m_self.isEmpty() && from == m_self;
        const QString at = index.data(StaffMessageModel::AtRole)
                               .toDateTime()
                               .toLocalTime()
                               .toString(QStringLiteral("HH:mm"));
        const QString text = index.data(StaffMessageModel::TextRole).toString();
        if (m_kind == Kind::Whisper)
            return mine ? tr("%1  Your whisper: %2").arg(at, text)
                        : tr("%1  Whisper from %2: %3").arg(at, from, text);
        return tr("%1  %2: %3").arg(at, mine ? tr("You") : from, text);
    }
    // Whispers are internal (their own tint); a debrief is between colleagues.
    case Qt::BackgroundRole:
        return QBrush(Theme::background(themeRole()));
    case Qt::ForegroundRole:
        return QBrush(Theme::text(themeRole()));
    case Qt::ToolTipRole:
        return QLocale().toString(index.data(StaffMessageModel::AtRole).toDateTime().toLocalTime(),
                                  QLocale::LongFormat);
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace ecoute::ui
