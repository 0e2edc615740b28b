// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/practice/ScenarioLibrary.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QVariant>

namespace ecoute::server {

QList<Scenario> ScenarioLibrary::all() const
{
    QStringList errors;
    QList<Scenario> result = ScenarioFile::loadDirectory(m_shippedDir, &errors);
    for (const QString &error : errors)
        qCWarning(lcServer) << "shipped scenario skipped:" << error;
    // The trainers' versions replace the shipped ones of the same slug and language.
    Statement q =
        m_db.statement(QStringLiteral("SELECT slug, language, text FROM scenarios ORDER BY slug, language"));
    if (q && q->exec()) {
        while (q->next()) {
            QString error;
            const auto edited =
                ScenarioFile::parse(q->value(0).toString(), q->value(2).toString().toUtf8(), &error);
            if (!edited)
                continue;
            result.removeIf(
                [&](const Scenario &s) { return s.slug == edited->slug && s.language == edited->language; });
            result.append(*edited);
        }
    }
    std::sort(result.begin(), result.end(), [](const Scenario &a, const Scenario &b) {
        return a.slug == b.slug ? a.language < b.language : a.slug < b.slug;
    });
    return result;
}

std::optional<Scenario> ScenarioLibrary::find(const QString &slug, const QString &language) const
{
    for (const Scenario &s : all()) {
        if (s.slug == slug && s.language == language)
            return s;
    }
    return std::nullopt;
}

std::optional<Scenario> ScenarioLibrary::save(const QString &slug, const QString &language,
                                              const QString &text, qint64 userId, QString *error)
{
    static const QRegularExpression slugPattern(QStringLiteral("^[a-z0-9-]{1,64}$"));
    if (!slugPattern.match(slug).hasMatch()) {
        *error = QStringLiteral("a scenario's name uses 1-64 lowercase letters, digits and '-'");
        return std::nullopt;
    }
    auto parsed = ScenarioFile::parse(slug, text.toUtf8(), error);
    if (!parsed)
        return std::nullopt;
    if (parsed->language != language) {
        *error = QStringLiteral("the text says language = %1").arg(parsed->language);
        return std::nullopt;
    }
    Statement q = m_db.statement(QStringLiteral("INSERT OR REPLACE INTO scenarios (slug, language, text, "
                                                "updated_by, updated_at) VALUES (?, ?, ?, ?, ?)"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, slug);
    q->bindValue(1, language);
    q->bindValue(2, text);
    q->bindValue(3, userId);
    q->bindValue(4, Database::nowUtc());
    if (!q->exec()) {
        *error = QStringLiteral("could not store the scenario");
        qCWarning(lcDb) << "could not store a scenario:" << q->lastError().text();
        return std::nullopt;
    }
    return parsed;
}

} // namespace ecoute::server
