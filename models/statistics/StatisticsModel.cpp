// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/statistics/StatisticsModel.h"

#include "models/connection/ErrorText.h"

namespace ecoute::models {

using protocol::Envelope;
using protocol::MessageType;

StatisticsModel::StatisticsModel(Sender send, QObject *parent) : QObject(parent), m_send(std::move(send)) { }

bool StatisticsModel::request(const QDate &from, const QDate &to)
{
    QJsonObject body;
    if (from.isValid())
        body.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    if (to.isValid())
        body.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    const QString id = m_send(Envelope::make(MessageType::StatsGet, body));
    if (id.isEmpty()) {
        emit errorMessage(ErrorText::connectionLost());
        return false;
    }
    m_requests.insert(id);
    return true;
}

bool StatisticsModel::handle(const Envelope &e)
{
    if (e.messageType != MessageType::StatsSnapshot)
        return false;
    m_requests.remove(e.re);
    m_figures = StatisticsFigures::fromBody(e.body);
    emit changed();
    return true;
}

bool StatisticsModel::handleError(const Envelope &e)
{
    if (e.re.isEmpty() || !m_requests.remove(e.re))
        return false;
    emit errorMessage(ErrorText::forCodeName(e.text("code")));
    return true;
}

void StatisticsModel::setTopicLabels(QHash<QString, QString> labels)
{
    m_topicLabels = std::move(labels);
    if (m_figures.loaded)
        emit changed();
}

QString StatisticsModel::topicLabel(const QString &topicId) const
{
    return m_topicLabels.value(topicId, topicId);
}

} // namespace ecoute::models
