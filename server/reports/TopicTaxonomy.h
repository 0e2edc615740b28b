// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ecoute::server {

/// One topic a report may name: a stable id (what is stored and counted) and its labels.
struct ReportTopic
{
    QString id; ///< lowercase ASCII: a-z, 0-9 and _, starting with a letter, at most 32
    QString fr;
    QString de;
    QString en;
};

/// The centre's topic list for end-of-contact reports (report.form): read from the JSON file
/// `--report-topics` names, else the shipped default (:/reports/default-topics.json).
/// The file is `{"topics": [{"id": ..., "labels": {"fr": ..., "de": ..., "en": ...}}]}`.
class TopicTaxonomy
{
public:
    static constexpr int kMaxTopics = 100;
    static constexpr int kMaxLabel = 80;

    /// The file's taxonomy (the shipped default when path is empty); nullopt with error if it is
    /// unreadable, has no topics, a duplicate or malformed id, or a missing label.
    static std::optional<TopicTaxonomy> load(const QString &path, QString *error);
    static std::optional<TopicTaxonomy> fromJson(const QByteArray &json, QString *error);
    /// The shipped default (never fails: a test checks the resource).
    static TopicTaxonomy shippedDefault();

    bool contains(const QString &id) const;
    const QList<ReportTopic> &topics() const { return m_topics; }
    /// The topic ids, in the taxonomy's order (the statistics list every one, 0 or not).
    QStringList ids() const;
    /// report.form's topics: [{id, labels: {fr, de, en}}].
    QJsonArray toJson() const;

private:
    QList<ReportTopic> m_topics;
};

} // namespace ecoute::server
