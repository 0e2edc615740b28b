// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/statistics/StatisticsFigures.h"
#include "protocol/Envelope.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace ecoute::models {

/// The anonymous statistics at the workstation (admins and supervisors): asks for a period
/// (stats.get) and keeps the figures of the last stats.snapshot. The server counts; this only reads.
class StatisticsModel : public QObject
{
    Q_OBJECT

public:
    using Sender = std::function<QString(const protocol::Envelope &)>;

    explicit StatisticsModel(Sender send, QObject *parent = nullptr);

    /// Asks for the days [from, to) (either may be null: the server's default year).
    bool request(const QDate &from, const QDate &to);
    /// stats.snapshot; false for any other frame.
    bool handle(const protocol::Envelope &e);
    /// An error answering one of this model's requests; false for the others.
    bool handleError(const protocol::Envelope &e);

    const StatisticsFigures &figures() const { return m_figures; }
    bool isLoading() const { return !m_requests.isEmpty(); }

    /// Topic id → label in the UI language (from report.form).
    void setTopicLabels(QHash<QString, QString> labels);
    /// The label of a topic id, the id itself when the form did not name it.
    QString topicLabel(const QString &topicId) const;
    const QHash<QString, QString> &topicLabels() const { return m_topicLabels; }

signals:
    void changed();
    void errorMessage(const QString &message);

private:
    Sender m_send;
    StatisticsFigures m_figures;
    QHash<QString, QString> m_topicLabels;
    QSet<QString> m_requests;
};

} // namespace ecoute::models
