// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/style/Theme.h"

#include <QIdentityProxyModel>

namespace ecoute::ui {

/// How a whisper or a debrief message looks: "14:02  Whisper from Sam: text",
/// framed in its own colour so it is never mistaken for a line of the
/// conversation with the person. Formatting only; the data stays in models::StaffMessageModel.
class StaffMessagePresentation : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum class Kind { Whisper, Debrief };

    explicit StaffMessagePresentation(Kind kind, QObject *parent = nullptr);

    /// The user name of this workstation's user: their messages say "You".
    void setSelf(const QString &user) { m_self = user; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Theme::Role themeRole() const;

    Kind m_kind;
    QString m_self;
};

} // namespace ecoute::ui
