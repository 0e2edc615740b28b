// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

namespace ecoute::ui {

/// How a transcript line looks: "14:02  Colibri 42: text", pending lines greyed
/// and marked as sending. Formatting only; the data stays in TranscriptModel.
class TranscriptPresentation : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    void setSeekerName(const QString &name) { m_seekerName = name; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString senderName(const QString &from) const;
    QString m_seekerName;
};

} // namespace ecoute::ui
