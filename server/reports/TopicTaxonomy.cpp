// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/reports/TopicTaxonomy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace ecoute::server {

namespace {
const QString kDefaultResource = QStringLiteral(":/reports/default-topics.json");

bool validId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    return pattern.match(id).hasMatch();
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}
} // namespace

std::optional<TopicTaxonomy> TopicTaxonomy::load(const QString &path, QString *error)
{
    QFile file(path.isEmpty() ? kDefaultResource : path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error,
             QStringLiteral("cannot read the report topics %1: %2").arg(file.fileName(), file.errorString()));
        return std::nullopt;
    }
    QString why;
    auto taxonomy = fromJson(file.read(1 << 20), &why);
    if (!taxonomy)
        fail(error, QStringLiteral("report topics %1: %2").arg(file.fileName(), why));
    return taxonomy;
}

std::optional<TopicTaxonomy> TopicTaxonomy::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, QStringLiteral("not JSON (%1)").arg(parseError.errorString()));
        return std::nullopt;
    }
    const QJsonArray list = doc.object().value(QLatin1String("topics")).toArray();
    if (list.isEmpty() || list.size() > kMaxTopics) {
        fail(error, QStringLiteral("\"topics\" must list 1 to %1 topics").arg(kMaxTopics));
        return std::nullopt;
    }
    TopicTaxonomy taxonomy;
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        const QString id = entry.value(QLatin1String("id")).toString();
        if (!validId(id)) {
            fail(error,
                 QStringLiteral("topic %1: the id must be 1-32 of a-z, 0-9 and _, starting with a letter")
                     .arg(i + 1));
            return std::nullopt;
        }
        if (seen.contains(id)) {
            fail(error, QStringLiteral("topic %1: the id \"%2\" is listed twice").arg(i + 1).arg(id));
            return std::nullopt;
        }
        seen.insert(id);
        ReportTopic topic {id, {}, {}, {}};
        const QJsonObject labels = entry.value(QLatin1String("labels")).toObject();
        for (auto [language, label] : {std::pair {"fr", &topic.fr}, {"de", &topic.de}, {"en", &topic.en}}) {
            *label = labels.value(QLatin1String(language)).toString().trimmed();
            if (label->isEmpty() || label->size() > kMaxLabel) {
                fail(error,
                     QStringLiteral("topic \"%1\": the label \"%2\" is missing or longer than %3")
                         .arg(id, QLatin1String(language))
                         .arg(kMaxLabel));
                return std::nullopt;
            }
        }
        taxonomy.m_topics.append(topic);
    }
    return taxonomy;
}

TopicTaxonomy TopicTaxonomy::shippedDefault()
{
    return load({}, nullptr).value_or(TopicTaxonomy());
}

QStringList TopicTaxonomy::ids() const
{
    QStringList ids;
    for (const ReportTopic &topic : m_topics)
        ids.append(topic.id);
    return ids;
}

bool TopicTaxonomy::contains(const QString &id) const
{
    return std::any_of(m_topics.cbegin(), m_topics.cend(), [&](const ReportTopic &t) { return t.id == id; });
}

QJsonArray TopicTaxonomy::toJson() const
{
    QJsonArray list;
    for (const ReportTopic &t : m_topics) {
        list.append(QJsonObject {{QStringLiteral("id"), t.id},
                                 {QStringLiteral("labels"),
                                  QJsonObject {{QStringLiteral("fr"), t.fr},
                                               {QStringLiteral("de"), t.de},
                                               {QStringLiteral("en"), t.en}}}});
    }
    return list;
}

} // namespace ecoute::server
