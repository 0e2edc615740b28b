// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/ScenarioFile.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ecoute::server {

using protocol::Scenario;
using protocol::ScenarioFile;

class Database;

/// The practice scenarios: those shipped with the server (scenarios/ in the
/// repository, compiled in as :/scenarios), overridden or extended by the
/// trainers' edits, which are stored as scenario text in the database.
class ScenarioLibrary
{
public:
    explicit ScenarioLibrary(Database &db, QString shippedDir = QStringLiteral(":/scenarios"))
        : m_db(db), m_shippedDir(std::move(shippedDir))
    {
    }

    QList<Scenario> all() const;
    std::optional<Scenario> find(const QString &slug, const QString &language) const;
    /// Parses and stores a trainer's version; nullopt with the parser's message if invalid.
    std::optional<Scenario> save(const QString &slug, const QString &language, const QString &text,
                                 qint64 userId, QString *error);

private:
    Database &m_db;
    QString m_shippedDir;
};

} // namespace ecoute::server
