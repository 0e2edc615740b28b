// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Envelope.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace ecoute::models {

/// The centre's topic taxonomy for reports (report.form, sent at login): each topic has an id and
/// labels by language. A label is shown in the interface language, else English, else any.
class ReportForm : public QObject
{
    Q_OBJECT

public:
    struct Topic
    {
        QString id;
        QHash<QString, QString> labels; ///< language code -> label
    };

    explicit ReportForm(QObject *parent = nullptr);

    QList<Topic> topics() const { return m_topics; }
    bool contains(const QString &id) const;
    /// The label of id in language (default: the interface language), with fallbacks; the id
    /// itself for an unknown topic.
    QString label(const QString &id, const QString &language = {}) const;
    /// The interface language ("fr" for fr_CH); set by tests.
    void setLanguage(const QString &language) { m_language = language; }
    QString language() const { return m_language; }

    /// report.form; false for any other frame.
    bool handle(const protocol::Envelope &envelope);
    void reset(const QJsonArray &topics);

signals:
    void changed();

private:
    QList<Topic> m_topics;
    QString m_language;
};

} // namespace ecoute::models
