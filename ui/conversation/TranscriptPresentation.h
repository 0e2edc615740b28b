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
    /// Who wrote the staff lines: "You" by default; listening, the volunteer; after a
    /// takeover, lines after seq afterSeq are by `after` (empty: "You").
    void setStaffNames(const QString &volunteer, qint64 afterSeq = 0, const QString &after = {});
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString senderName(const QString &from, qint64 seq) const;
    QString m_seekerName;
    QString m_volunteerName;
    qint64 m_takeoverSeq = 0;
    QString m_takeoverName;
};

} // namespace ecoute::ui
