// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/RiskCaseList.h"

#include "models/connection/ErrorText.h"
#include "models/report/ReportText.h"
#include "models/workstation/VocabularyText.h"

#include <QJsonArray>

#include <algorithm>

namespace ecoute::models {

using protocol::Envelope;
using protocol::MessageType;

namespace {
QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}
} // namespace

QDateTime RiskCase::stepAt(protocol::RiskStep step) const
{
    QDateTime at;
    for (const Step &taken : steps) {
        if (taken.step == step)
            at = taken.at; // the last time it was taken
    }
    return at;
}

RiskCase RiskCase::fromJson(const QJsonObject &json)
{
    RiskCase riskCase;
    riskCase.contactId = json.value(QLatin1String("contactId")).toString();
    riskCase.pseudonym = json.value(QLatin1String("pseudonym")).toString();
    riskCase.channel = json.value(QLatin1String("channel")).toString();
    riskCase.volunteer = json.value(QLatin1String("volunteer")).toString();
    riskCase.displayName = json.value(QLatin1String("displayName")).toString();
    riskCase.openedAt = timeOf(json.value(QLatin1String("openedAt")));
    riskCase.open = json.value(QLatin1String("open")).toBool();
    riskCase.location = json.value(QLatin1String("location")).toString();
    for (const QJsonValue &value : json.value(QLatin1String("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        const auto kind =
            protocol::fromString<protocol::RiskStep>(step.value(QLatin1String("step")).toString());
        if (!kind)
            continue;
        riskCase.steps.append(
            {*kind, timeOf(step.value(QLatin1String("at"))), step.value(QLatin1String("by")).toString()});
    }
    return riskCase;
}

RiskCaseList::RiskCaseList(Sender send, QObject *parent) : QAbstractListModel(parent), m_send(std::move(send))
{
}

int RiskCaseList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

QVariant RiskCaseList::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cases.size())
        return {};
    const RiskCase &riskCase = m_cases.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString who = riskCase.displayName.isEmpty() ? riskCase.volunteer : riskCase.displayName;
        const QString last = riskCase.steps.isEmpty() ? ReportText::step(protocol::RiskStep::Opened)
                                                      : ReportText::step(riskCase.steps.constLast().step);
        return riskCase.open
            ? tr("Open: %1 (%2) with %3 · last step: %4")
                  .arg(riskCase.pseudonym, VocabularyText::channel(riskCase.channel), who, last)
            : tr("Closed: %1 (%2) with %3")
                  .arg(riskCase.pseudonym, VocabularyText::channel(riskCase.channel), who);
    }
    case ContactIdRole:
        return riskCase.contactId;
    case OpenRole:
        return riskCase.open;
    default:
        return {};
    }
}

std::optional<RiskCase> RiskCaseList::find(const QString &contactId) const
{
    for (const RiskCase &riskCase : m_cases) {
        if (riskCase.contactId == contactId)
            return riskCase;
    }
    return std::nullopt;
}

int RiskCaseList::openCount() const
{
    return int(std::count_if(m_cases.begin(), m_cases.end(), [](const RiskCase &c) { return c.open; }));
}

bool RiskCaseList::step(const QString &contactId, protocol::RiskStep step)
{
    const QString id = m_send(Envelope::make(
        MessageType::RiskStep,
        {{QStringLiteral("contactId"), contactId}, {QStringLiteral("step"), protocol::toString(step)}}));
    if (id.isEmpty()) {
        emit errorMessage(ErrorText::connectionLost());
        return false;
    }
    m_requests.insert(id, contactId);
    return true;
}

bool RiskCaseList::location(const QString &contactId, const QString &text)
{
    const QString id = m_send(
        Envelope::make(MessageType::RiskLocation,
                       {{QStringLiteral("contactId"), contactId}, {QStringLiteral("text"), text.left(500)}}));
    if (id.isEmpty()) {
        emit errorMessage(ErrorText::connectionLost());
        return false;
    }
    m_requests.insert(id, contactId);
    return true;
}

bool RiskCaseList::handle(const Envelope &envelope)
{
    switch (envelope.messageType) {
    case MessageType::RiskCases: {
        beginResetModel();
        m_cases.clear();
        for (const QJsonValue &value : envelope.body.value(QLatin1String("cases")).toArray()) {
            const RiskCase riskCase = RiskCase::fromJson(value.toObject());
            if (!riskCase.contactId.isEmpty())
                m_cases.append(riskCase);
        }
        std::stable_sort(m_cases.begin(), m_cases.end(), [](const RiskCase &a, const RiskCase &b) {
            return a.open != b.open ? a.open : a.openedAt > b.openedAt;
        });
        endResetModel();
        for (const RiskCase &riskCase : std::as_const(m_cases))
            emit caseChanged(riskCase.contactId);
        return true;
    }
    case MessageType::RiskUpdate: {
        m_requests.remove(envelope.re); // the answer to a step of ours
        const RiskCase riskCase = RiskCase::fromJson(envelope.body.value(QLatin1String("case")).toObject());
        if (!riskCase.contactId.isEmpty())
            upsert(riskCase);
        return true;
    }
    default:
        return false;
    }
}

void RiskCaseList::upsert(const RiskCase &riskCase)
{
    RiskCase incoming = riskCase;
    for (qsizetype i = 0; i < m_cases.size(); ++i) {
        if (m_cases.at(i).contactId != riskCase.contactId)
            continue;
        if (incoming.location.isEmpty())
            incoming.location = m_cases.at(i).location; // a later copy may leave it out
        beginRemoveRows({}, int(i), int(i));
        m_cases.removeAt(i);
        endRemoveRows();
        break;
    }
    // Open first, newest first: where the new one goes.
    const auto place = std::find_if(m_cases.begin(), m_cases.end(), [&](const RiskCase &c) {
        return c.open != incoming.open ? incoming.open : incoming.openedAt >= c.openedAt;
    });
    const int row = int(place - m_cases.begin());
    beginInsertRows({}, row, row);
    m_cases.insert(row, incoming);
    endInsertRows();
    emit caseChanged(incoming.contactId);
}

bool RiskCaseList::handleError(const Envelope &envelope)
{
    if (!m_requests.remove(envelope.re))
        return false;
    emit errorMessage(ErrorText::forCodeName(envelope.body.value(QLatin1String("code")).toString()));
    return true;
}

} // namespace ecoute::models
