// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/ReportForm.h"

#include <QJsonArray>
#include <QLocale>

namespace ecoute::models {

ReportForm::ReportForm(QObject *parent)
    : QObject(parent), m_language(QLocale().name().section(QLatin1Char('_'), 0, 0))
{
}

bool ReportForm::contains(const QString &id) const
{
    for (const Topic &topic : m_topics) {
        if (topic.id == id)
            return true;
    }
    return false;
}

QString ReportForm::label(const QString &id, const QString &language) const
{
    for (const Topic &topic : m_topics) {
        if (topic.id != id)
            continue;
        for (const QString &code : {language.isEmpty() ? m_language : language, QStringLiteral("en")}) {
            const QString text = topic.labels.value(code);
            if (!text.isEmpty())
                return text;
        }
        for (const QString &text : topic.labels) {
            if (!text.isEmpty())
                return text;
        }
        break;
    }
    return id;
}

bool ReportForm::handle(const protocol::Envelope &envelope)
{
    if (envelope.messageType != protocol::MessageType::ReportForm)
        return false;
    reset(envelope.body.value(QLatin1String("topics")).toArray());
    return true;
}

void ReportForm::reset(const QJsonArray &topics)
{
    m_topics.clear();
    for (const QJsonValue &value : topics) {
        const QJsonObject json = value.toObject();
        Topic topic;
        topic.id = json.value(QLatin1String("id")).toString();
        if (topic.id.isEmpty())
            continue;
        const QJsonObject labels = json.value(QLatin1String("labels")).toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            topic.labels.insert(it.key(), it.value().toString());
        m_topics.append(topic);
    }
    emit changed();
}

} // namespace ecoute::models
