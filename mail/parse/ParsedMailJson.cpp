// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/parse/ParsedMailJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>
#include <utility>

namespace ecoute::mail {

namespace {

// The line's vocabulary, one table each way.
constexpr std::array<std::pair<Automatic, const char *>, 5> kAutomatic {{
    {Automatic::None, "none"},
    {Automatic::AutoReplied, "auto_replied"},
    {Automatic::Bulk, "bulk"},
    {Automatic::List, "list"},
    {Automatic::Bounce, "bounce"},
}};
constexpr std::array<std::pair<ParseError, const char *>, 4> kErrors {{
    {ParseError::Malformed, "malformed"},
    {ParseError::TooComplex, "too_complex"},
    {ParseError::Empty, "empty"},
    {ParseError::TooLarge, "too_large"},
}};

const QString kOk = QStringLiteral("ok");
const QString kError = QStringLiteral("error");
const QString kMessageId = QStringLiteral("messageId");
const QString kInReplyTo = QStringLiteral("inReplyTo");
const QString kReferences = QStringLiteral("references");
const QString kFrom = QStringLiteral("from");
const QString kReturnPathEmpty = QStringLiteral("returnPathEmpty");
const QString kSubject = QStringLiteral("subject");
const QString kDate = QStringLiteral("date");
const QString kAutomaticKey = QStringLiteral("automatic");
const QString kBounce = QStringLiteral("bounce");
const QString kOriginalMessageId = QStringLiteral("originalMessageId");
const QString kAction = QStringLiteral("action");
const QString kStatus = QStringLiteral("status");
const QString kText = QStringLiteral("text");
const QString kTruncated = QStringLiteral("truncated");
const QString kAttachments = QStringLiteral("attachments");
const QString kName = QStringLiteral("name");
const QString kType = QStringLiteral("type");
const QString kSize = QStringLiteral("size");
const QString kData = QStringLiteral("data");

bool hasOnlyKeys(const QJsonObject &object, std::initializer_list<const QString *> required,
                 std::initializer_list<const QString *> optional = {})
{
    for (const QString *key : required)
        if (!object.contains(*key))
            return false;
    qsizetype known = qsizetype(required.size());
    for (const QString *key : optional)
        known += object.contains(*key) ? 1 : 0;
    return object.size() == known;
}

bool readString(const QJsonObject &object, const QString &key, QString &out)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return false;
    out = value.toString();
    return true;
}

bool readBool(const QJsonObject &object, const QString &key, bool &out)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return false;
    out = value.toBool();
    return true;
}

std::optional<Attachment> readAttachment(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    if (!hasOnlyKeys(object, {&kName, &kType, &kSize, &kData}))
        return std::nullopt;
    Attachment file;
    QString data;
    if (!readString(object, kName, file.name) || !readString(object, kType, file.contentType)
        || !readString(object, kData, data) || !object.value(kSize).isDouble())
        return std::nullopt;
    const double size = object.value(kSize).toDouble();
    if (size < 0 || size != double(qint64(size)))
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != qint64(size) || file.name.isEmpty()
        || file.contentType.isEmpty())
        return std::nullopt;
    file.size = qint64(size);
    file.data = std::move(decoded.decoded);
    return file;
}

std::optional<Bounce> readBounce(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    if (!hasOnlyKeys(object, {&kOriginalMessageId, &kAction, &kStatus}))
        return std::nullopt;
    Bounce bounce;
    if (!readString(object, kOriginalMessageId, bounce.originalMessageId)
        || !readString(object, kAction, bounce.action) || !readString(object, kStatus, bounce.status))
        return std::nullopt;
    return bounce;
}

std::optional<ParsedMail> readMail(const QJsonObject &object)
{
    if (!hasOnlyKeys(object,
                     {&kOk, &kMessageId, &kInReplyTo, &kReferences, &kFrom, &kReturnPathEmpty, &kSubject,
                      &kDate, &kAutomaticKey, &kText, &kTruncated, &kAttachments},
                     {&kBounce}))
        return std::nullopt;
    ParsedMail mail;
    QString date;
    QString automatic;
    if (!readString(object, kMessageId, mail.messageId) || !readString(object, kInReplyTo, mail.inReplyTo)
        || !readString(object, kFrom, mail.fromAddress)
        || !readBool(object, kReturnPathEmpty, mail.returnPathEmpty)
        || !readString(object, kSubject, mail.subject) || !readString(object, kDate, date)
        || !readString(object, kAutomaticKey, automatic) || !readString(object, kText, mail.text)
        || !readBool(object, kTruncated, mail.truncated) || !object.value(kReferences).isArray()
        || !object.value(kAttachments).isArray())
        return std::nullopt;
    for (const QJsonValue &id : object.value(kReferences).toArray()) {
        if (!id.isString())
            return std::nullopt;
        mail.references.append(id.toString());
    }
    if (!date.isEmpty()) {
        mail.date = QDateTime::fromString(date, Qt::ISODate);
        if (!mail.date.isValid())
            return std::nullopt;
        mail.date = mail.date.toUTC();
    }
    const auto kind = std::find_if(kAutomatic.begin(), kAutomatic.end(), [&](const auto &entry) {
        return automatic == QLatin1String(entry.second);
    });
    if (kind == kAutomatic.end())
        return std::nullopt;
    mail.automatic = kind->first;
    // A bounce carries its details, and only a bounce.
    if (object.contains(kBounce) != (mail.automatic == Automatic::Bounce))
        return std::nullopt;
    if (object.contains(kBounce)) {
        mail.bounce = readBounce(object.value(kBounce));
        if (!mail.bounce)
            return std::nullopt;
    }
    for (const QJsonValue &value : object.value(kAttachments).toArray()) {
        auto file = readAttachment(value);
        if (!file)
            return std::nullopt;
        mail.attachments.append(std::move(*file));
    }
    return mail;
}

} // namespace

QString automaticName(Automatic automatic)
{
    for (const auto &[value, name] : kAutomatic)
        if (value == automatic)
            return QString::fromLatin1(name);
    return {};
}

QString parseErrorName(ParseError error)
{
    for (const auto &[value, name] : kErrors)
        if (value == error)
            return QString::fromLatin1(name);
    return {};
}

QByteArray toJsonLine(const ParseResult &result)
{
    QJsonObject object;
    object.insert(kOk, result.ok);
    if (!result.ok) {
        const QString name = parseErrorName(result.error);
        object.insert(kError, name.isEmpty() ? parseErrorName(ParseError::Malformed) : name);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    const ParsedMail &mail = result.mail;
    object.insert(kMessageId, mail.messageId);
    object.insert(kInReplyTo, mail.inReplyTo);
    object.insert(kReferences, QJsonArray::fromStringList(mail.references));
    object.insert(kFrom, mail.fromAddress);
    object.insert(kReturnPathEmpty, mail.returnPathEmpty);
    object.insert(kSubject, mail.subject);
    object.insert(kDate, mail.date.isValid() ? mail.date.toUTC().toString(Qt::ISODate) : QString());
    object.insert(kAutomaticKey, automaticName(mail.automatic));
    if (mail.automatic == Automatic::Bounce) {
        const Bounce bounce = mail.bounce.value_or(Bounce {});
        object.insert(kBounce,
                      QJsonObject {{kOriginalMessageId, bounce.originalMessageId},
                                   {kAction, bounce.action},
                                   {kStatus, bounce.status}});
    }
    object.insert(kText, mail.text);
    object.insert(kTruncated, mail.truncated);
    QJsonArray attachments;
    for (const Attachment &file : mail.attachments)
        attachments.append(QJsonObject {{kName, file.name},
                                        {kType, file.contentType},
                                        {kSize, double(file.data.size())},
                                        {kData, QString::fromLatin1(file.data.toBase64())}});
    object.insert(kAttachments, attachments);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<ParseResult> fromJsonLine(QByteArrayView line)
{
    QByteArray bytes = line.toByteArray();
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.contains('\n'))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (!object.value(kOk).isBool())
        return std::nullopt;
    ParseResult result;
    result.ok = object.value(kOk).toBool();
    if (!result.ok) {
        QString name;
        if (!hasOnlyKeys(object, {&kOk, &kError}) || !readString(object, kError, name))
            return std::nullopt;
        const auto kind = std::find_if(kErrors.begin(), kErrors.end(), [&](const auto &entry) {
            return name == QLatin1String(entry.second);
        });
        if (kind == kErrors.end())
            return std::nullopt;
        result.error = kind->first;
        return result;
    }
    auto mail = readMail(object);
    if (!mail)
        return std::nullopt;
    result.mail = std::move(*mail);
    return result;
}

} // namespace ecoute::mail
