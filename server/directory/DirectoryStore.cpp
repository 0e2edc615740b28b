// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/directory/DirectoryStore.h"

#include "server/core/Logging.h"
#include "server/storage/Database.h"
#include "server/storage/SecureRandom.h"

#include "protocol/MessageCatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QUrl>

#include <algorithm>

namespace ecoute::server {

namespace {

constexpr int kIdBytes = 8; // 16 hex characters: plenty for a directory of a few hundred services

const QString kSelect = QStringLiteral(
    "SELECT id, name, helps_with, phone, web, hours, languages, region, example FROM directory_services");

DirectoryService fromRow(const QSqlQuery &q)
{
    DirectoryService s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.helpsWith = q.value(2).toString();
    s.phone = q.value(3).toString();
    s.web = q.value(4).toString();
    s.hours = q.value(5).toString();
    s.languages = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
    s.region = q.value(7).toString();
    s.example = q.value(8).toInt() != 0;
    return s;
}

/// Control characters have no place in a directory entry; line breaks only in the longer texts.
bool hasControlCharacters(const QString &text, bool lineBreaks)
{
    return std::any_of(text.cbegin(), text.cend(), [lineBreaks](QChar c) {
        if (c == u'\n')
            return !lineBreaks;
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

/// An optional text field: absent is empty; anything but a string, too long or with control
/// characters is refused.
std::optional<DirectoryStore::Invalid> readText(const QJsonObject &object, const char *key, int maxChars,
                                                bool required, bool lineBreaks, QString &out)
{
    const QString field = QLatin1String(key);
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return DirectoryStore::Invalid {field, QStringLiteral("%1 is required").arg(field)};
        return std::nullopt;
    }
    if (!value.isString())
        return DirectoryStore::Invalid {field, QStringLiteral("%1 must be a string").arg(field)};
    out = value.toString().trimmed();
    if (required && out.isEmpty())
        return DirectoryStore::Invalid {field, QStringLiteral("%1 must not be empty").arg(field)};
    if (out.size() > maxChars)
        return DirectoryStore::Invalid {
            field, QStringLiteral("%1 has more than %2 characters").arg(field).arg(maxChars)};
    if (hasControlCharacters(out, lineBreaks))
        return DirectoryStore::Invalid {field, QStringLiteral("%1 has control characters").arg(field)};
    return std::nullopt;
}

/// Only plain web links with a host: no javascript:, data:, file: or relative addresses.
bool isWebAddress(const QString &text)
{
    if (!text.startsWith(QLatin1String("https://")) && !text.startsWith(QLatin1String("http://")))
        return false;
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); }))
        return false;
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty();
}

/// Names in the order people expect: "Écoute" beside "Ecoute", whatever the case.
QString sortKey(const QString &name)
{
    QString key;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.category() != QChar::Mark_NonSpacing)
            key.append(c);
    }
    return key.toCaseFolded();
}

/// The columns are NOT NULL: an absent text is stored as '' (a null QString would bind NULL).
QVariant column(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return !id.isEmpty() && id.size() <= DirectoryStore::kMaxIdChars && pattern.match(id).hasMatch();
}

} // namespace

QJsonObject DirectoryService::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("helpsWith"), helpsWith},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("web"), web},
            {QStringLiteral("hours"), hours},
            {QStringLiteral("languages"), QJsonArray::fromStringList(languages)},
            {QStringLiteral("region"), region},
            {QStringLiteral("example"), example}};
}

DirectoryStore::Parsed DirectoryStore::parse(const QJsonObject &object)
{
    DirectoryService s;
    const QJsonValue id = object.value(QLatin1String("id"));
    if (!id.isUndefined() && !id.isNull()) {
        if (!id.isString() || !isValidId(id.toString()))
            return Invalid {QStringLiteral("id"), QStringLiteral("id must be a service id")};
        s.id = id.toString();
    }
    struct TextField
    {
        const char *key;
        int maxChars;
        bool required;
        bool lineBreaks;
        QString *out;
    };
    const TextField texts[] = {
        {"name", kMaxName, true, false, &s.name},     {"helpsWith", kMaxHelpsWith, false, true, &s.helpsWith},
        {"phone", kMaxPhone, false, false, &s.phone}, {"web", kMaxWeb, false, false, &s.web},
        {"hours", kMaxHours, false, true, &s.hours},  {"region", kMaxRegion, false, false, &s.region},
    };
    for (const TextField &text : texts) {
        if (auto invalid =
                readText(object, text.key, text.maxChars, text.required, text.lineBreaks, *text.out))
            return *invalid;
    }
    if (!s.web.isEmpty() && !isWebAddress(s.web))
        return Invalid {QStringLiteral("web"), QStringLiteral("web must be an http:// or https:// address")};

    const QJsonValue languages = object.value(QLatin1String("languages"));
    if (!languages.isUndefined() && !languages.isNull()) {
        if (!languages.isArray())
            return Invalid {QStringLiteral("languages"), QStringLiteral("languages must be an array")};
        for (const QJsonValue &language : languages.toArray()) {
            if (!language.isString() || !protocol::vocab::languages.contains(language.toString()))
                return Invalid {QStringLiteral("languages"),
                                QStringLiteral("languages must be among %1")
                                    .arg(protocol::vocab::languages.join(QStringLiteral(", ")))};
            if (!s.languages.contains(language.toString()))
                s.languages.append(language.toString());
        }
        if (s.languages.size() > kMaxLanguages)
            return Invalid {QStringLiteral("languages"),
                            QStringLiteral("at most %1 languages").arg(kMaxLanguages)};
    }

    const QJsonValue example = object.value(QLatin1String("example"));
    if (!example.isUndefined() && !example.isNull()) {
        if (!example.isBool())
            return Invalid {QStringLiteral("example"), QStringLiteral("example must be true or false")};
        s.example = example.toBool();
    }
    return s;
}

std::variant<QList<DirectoryService>, DirectoryStore::Invalid>
DirectoryStore::parseList(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Invalid {
            QString(),
            QStringLiteral("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)};
    QJsonArray array;
    if (document.isArray())
        array = document.array();
    else if (document.isObject() && document.object().value(QLatin1String("services")).isArray())
        array = document.object().value(QLatin1String("services")).toArray();
    else
        return Invalid {QStringLiteral("services"),
                        QStringLiteral("expected an array of services or {\"services\": [...]}")};

    QList<DirectoryService> services;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("services[%1]").arg(i);
        if (!array.at(i).isObject())
            return Invalid {where, QStringLiteral("%1 is not an object").arg(where)};
        Parsed parsed = parse(array.at(i).toObject());
        if (auto *invalid = std::get_if<Invalid>(&parsed))
            return Invalid {where + u'.' + invalid->field, invalid->message};
        services.append(std::get<DirectoryService>(std::move(parsed)));
    }
    return services;
}

QList<DirectoryService> DirectoryStore::all() const
{
    QList<DirectoryService> services;
    Statement q = m_db.statement(kSelect);
    if (!q || !q->exec()) {
        qCWarning(lcDb) << "could not read the referral directory";
        return services;
    }
    while (q->next())
        services.append(fromRow(*q));
    std::sort(services.begin(), services.end(), [](const DirectoryService &a, const DirectoryService &b) {
        const int byName = sortKey(a.name).compare(sortKey(b.name));
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return services;
}

QJsonArray DirectoryStore::toJson(const QList<DirectoryService> &services)
{
    QJsonArray array;
    for (const DirectoryService &s : services)
        array.append(s.toJson());
    return array;
}

std::optional<DirectoryService> DirectoryStore::find(const QString &id) const
{
    Statement q = m_db.statement(kSelect + QStringLiteral(" WHERE id = ?"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, id);
    if (!q->exec() || !q->next())
        return std::nullopt;
    return fromRow(*q);
}

int DirectoryStore::count() const
{
    Statement q = m_db.statement(QStringLiteral("SELECT COUNT(*) FROM directory_services"));
    if (!q || !q->exec() || !q->next())
        return 0;
    return q->value(0).toInt();
}

bool DirectoryStore::fits(const QList<DirectoryService> &services)
{
    const QJsonObject body {{QStringLiteral("services"), toJson(services)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact).size() <= kMaxDirectoryBytes;
}

DirectoryStore::SaveResult DirectoryStore::save(DirectoryService &service)
{
    QList<DirectoryService> after = all();
    const auto same = std::find_if(after.begin(), after.end(),
                                   [&service](const DirectoryService &s) { return s.id == service.id; });
    if (!service.id.isEmpty() && same == after.end())
        return SaveResult::NotFound;
    if (same != after.end())
        *same = service;
    else
        after.append(service);
    if (!fits(after))
        return SaveResult::TooBig;
    return write(service, false);
}

DirectoryStore::SaveResult DirectoryStore::write(DirectoryService &service, bool addMissing)
{
    const bool exists = !service.id.isEmpty() && find(service.id).has_value();
    if (!service.id.isEmpty() && !exists && !addMissing)
        return SaveResult::NotFound;
    if (service.id.isEmpty())
        service.id = secure::randomHex(kIdBytes);
    Statement q = m_db.statement(
        exists ? QStringLiteral(
            "UPDATE directory_services SET name = ?, helps_with = ?, phone = ?, web = ?, hours = ?, "
            "languages = ?, region = ?, example = ?, updated_at = ? WHERE id = ?")
               : QStringLiteral(
                   "INSERT INTO directory_services (name, helps_with, phone, web, hours, languages, "
                   "region, example, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return SaveResult::Failed;
    int i = 0;
    for (const QVariant &v :
         {column(service.name), column(service.helpsWith), column(service.phone), column(service.web),
          column(service.hours), column(service.languages.join(u',')), column(service.region),
          QVariant(service.example ? 1 : 0), QVariant(Database::nowUtc()), QVariant(service.id)})
        q->bindValue(i++, v);
    if (!q->exec()) {
        qCWarning(lcDb) << "could not store a directory service:" << q->lastError().text();
        return SaveResult::Failed;
    }
    return exists ? SaveResult::Updated : SaveResult::Added;
}

bool DirectoryStore::remove(const QString &id)
{
    Statement q = m_db.statement(QStringLiteral("DELETE FROM directory_services WHERE id = ?"));
    if (!q)
        return false;
    q->bindValue(0, id);
    return q->exec() && q->numRowsAffected() > 0;
}

bool DirectoryStore::importAll(QList<DirectoryService> services, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    Transaction transaction(m_db);
    if (!transaction.isOpen())
        return fail(QStringLiteral("the database is busy"));
    for (DirectoryService &service : services) {
        const SaveResult result = write(service, true);
        if (result != SaveResult::Added && result != SaveResult::Updated)
            return fail(QStringLiteral("the database refused \"%1\"").arg(service.name));
    }
    if (!fits(all()))
        return fail(
            QStringLiteral("the directory would be bigger than %1 bytes of JSON").arg(kMaxDirectoryBytes));
    return transaction.commit() || fail(QStringLiteral("the database refused the import"));
}

QList<DirectoryService> DirectoryStore::exampleServices()
{
    QFile file(QStringLiteral(":/directory/example-directory.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcServer) << "the example directory is missing from the build";
        return {};
    }
    auto parsed = parseList(file.readAll());
    if (auto *invalid = std::get_if<Invalid>(&parsed)) {
        qCWarning(lcServer) << "the example directory is invalid:" << invalid->field << invalid->message;
        return {};
    }
    return std::get<QList<DirectoryService>>(std::move(parsed));
}

int DirectoryStore::loadExampleIfEmpty()
{
    if (count() > 0)
        return 0;
    const QList<DirectoryService> examples = exampleServices();
    return importAll(examples) ? int(examples.size()) : 0;
}

} // namespace ecoute::server
