// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/Codec.h"

#include "protocol/Limits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace ecoute::protocol {

namespace {

ProtocolError fail(ErrorCode code, QString detail, QString field = {}, QString re = {})
{
    return {code, std::move(detail), std::move(field), std::move(re)};
}

/// Depth of nested objects/arrays, counted on the raw bytes before QJsonDocument
/// builds anything, so a hostile "[[[[...]]]]" costs nothing. Brackets inside
/// strings are skipped; escapes are honoured.
int nestingDepth(QByteArrayView bytes)
{
    int depth = 0;
    int maxDepth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            maxDepth = std::max(maxDepth, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return maxDepth;
}

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

bool kindMatches(const QJsonValue &v, FieldKind kind)
{
    switch (kind) {
    case FieldKind::String:
        return v.isString();
    case FieldKind::Int: {
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        // JSON numbers that are integral and fit in 53 bits. The range first: converting a
        // larger double (1e300) to an integer is undefined behaviour (found by fuzz_codec).
        return std::abs(d) <= 9007199254740991.0 && d == std::trunc(d);
    }
    case FieldKind::Bool:
        return v.isBool();
    case FieldKind::Object:
        return v.isObject();
    case FieldKind::Array:
        return v.isArray();
    }
    return false;
}

QString kindName(FieldKind kind)
{
    switch (kind) {
    case FieldKind::String:
        return QStringLiteral("string");
    case FieldKind::Int:
        return QStringLiteral("integer");
    case FieldKind::Bool:
        return QStringLiteral("boolean");
    case FieldKind::Object:
        return QStringLiteral("object");
    case FieldKind::Array:
        return QStringLiteral("array");
    }
    return {};
}

std::optional<ProtocolError> validateBody(const MessageSpec &spec, const QJsonObject &body, const QString &re)
{
    for (const FieldSpec &f : spec.fields) {
        const QString path = QStringLiteral("body.") + f.name;
        const auto it = body.constFind(f.name);
        if (it == body.constEnd() || it->isNull()) {
            if (f.required)
                return fail(ErrorCode::MissingField, QStringLiteral("%1 is required").arg(path), path, re);
            continue;
        }
        if (!kindMatches(*it, f.kind)) {
            return fail(ErrorCode::WrongType, QStringLiteral("%1 must be %2").arg(path, kindName(f.kind)),
                        path, re);
        }
        if (f.kind == FieldKind::String) {
            const QString s = it->toString();
            if (s.size() > f.maxLength) {
                return fail(ErrorCode::FieldTooLong,
                            QStringLiteral("%1 longer than %2 characters").arg(path).arg(f.maxLength), path,
                            re);
            }
            if (!f.allowed.isEmpty() && !f.allowed.contains(s)) {
                return fail(ErrorCode::WrongType,
                            QStringLiteral("%1 must be one of %2").arg(path, f.allowed.join(u'|')), path, re);
            }
        } else if (f.kind == FieldKind::Array && it->toArray().size() > f.maxLength) {
            return fail(ErrorCode::FieldTooLong,
                        QStringLiteral("%1 has more than %2 elements").arg(path).arg(f.maxLength), path, re);
        }
    }
    return std::nullopt;
}

} // namespace

DecodeResult Codec::decode(QByteArrayView frame, Route route)
{
    if (frame.size() > Limits::maxFrameBytes) {
        return fail(
            ErrorCode::FrameTooLarge,
            QStringLiteral("frame of %1 bytes exceeds %2").arg(frame.size()).arg(Limits::maxFrameBytes));
    }

    // Qt's JSON parser would replace invalid sequences silently; check first.
    // Valid UTF-8 survives a decode/encode round trip byte for byte; overlong
    // forms, surrogates and truncated sequences come back as U+FFFD.
    if (QString::fromUtf8(frame).toUtf8() != frame)
        return fail(ErrorCode::BadUtf8, QStringLiteral("frame is not valid UTF-8"));

    if (nestingDepth(frame) > Limits::maxDepth) {
        return fail(ErrorCode::TooDeep, QStringLiteral("JSON nested deeper than %1").arg(Limits::maxDepth));
    }

    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(frame.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(ErrorCode::BadJson,
                    QStringLiteral("JSON syntax error at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return fail(ErrorCode::BadEnvelope, QStringLiteral("frame must be a JSON object"));

    const QJsonObject root = doc.object();
    const QJsonValue idValue = root.value(QLatin1String("id"));
    // Echo the id back only when it is a well-formed one.
    const QString re = idValue.isString() && isValidId(idValue.toString()) ? idValue.toString() : QString();

    const QJsonValue v = root.value(QLatin1String("v"));
    if (!v.isDouble())
        return fail(ErrorCode::BadEnvelope, QStringLiteral("v must be an integer"), QStringLiteral("v"), re);
    if (v.toInt(-1) != kProtocolVersion) {
        return fail(ErrorCode::UnsupportedVersion,
                    QStringLiteral("protocol version %1 is not supported").arg(v.toDouble()),
                    QStringLiteral("v"), re);
    }
    if (!re.size())
        return fail(ErrorCode::BadEnvelope, QStringLiteral("id must be 1-64 printable ASCII characters"),
                    QStringLiteral("id"));

    const QJsonValue typeValue = root.value(QLatin1String("type"));
    if (!typeValue.isString() || typeValue.toString().isEmpty() || typeValue.toString().size() > 64)
        return fail(ErrorCode::BadEnvelope, QStringLiteral("type must be a short string"),
                    QStringLiteral("type"), re);

    const QJsonValue reValue = root.value(QLatin1String("re"));
    if (!reValue.isUndefined() && !reValue.isNull() && !(reValue.isString() && isValidId(reValue.toString())))
        return fail(ErrorCode::BadEnvelope, QStringLiteral("re must be a message id"), QStringLiteral("re"),
                    re);

    const QJsonValue bodyValue = root.value(QLatin1String("body"));
    if (!bodyValue.isObject())
        return fail(ErrorCode::BadEnvelope, QStringLiteral("body must be an object"), QStringLiteral("body"),
                    re);

    const QString type = typeValue.toString();
    const MessageSpec *spec = MessageCatalog::instance().find(type);
    if (!spec || !spec->routes.contains(route)) {
        // Truncate: the type is attacker-controlled and this text may be logged.
        return fail(ErrorCode::UnknownType,
                    QStringLiteral("message type '%1' is not accepted here").arg(type.left(32)),
                    QStringLiteral("type"), re);
    }

    const QJsonObject body = bodyValue.toObject();
    if (auto error = validateBody(*spec, body, re))
        return *error;

    Envelope e;
    e.version = kProtocolVersion;
    e.type = type;
    e.messageType = spec->messageType;
    e.id = re;
    e.re = reValue.toString();
    e.body = body;
    return e;
}

QByteArray Codec::encode(const Envelope &envelope)
{
    QJsonObject root {
        {QStringLiteral("v"), envelope.version},
        {QStringLiteral("type"), envelope.type},
        {QStringLiteral("id"), envelope.id},
        {QStringLiteral("body"), envelope.body},
    };
    if (!envelope.re.isEmpty())
        root.insert(QStringLiteral("re"), envelope.re);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

namespace {
/// Ids and type names are short printable ASCII (the codec checks the ids it
/// receives); anything else goes through QJsonDocument's own escaping.
void appendJsonString(QByteArray &out, QStringView text)
{
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (plain) {
        out += '"';
        out += text.toLatin1();
        out += '"';
        return;
    }
    const QByteArray array = QJsonDocument(QJsonArray {text.toString()}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(array).sliced(1, array.size() - 2);
}
} // namespace

QByteArray Codec::encodeFrame(QStringView type, QStringView id, QStringView re, const FrameBody &body)
{
    // The keys in the order QJsonDocument writes them (sorted), so that both encoders agree.
    const QByteArray &json = body.json();
    QByteArray out;
    out.reserve(json.size() + type.size() + id.size() + re.size() + 48);
    out += "{\"body\":";
    out += json;
    out += ",\"id\":";
    appendJsonString(out, id);
    if (!re.isEmpty()) {
        out += ",\"re\":";
        appendJsonString(out, re);
    }
    out += ",\"type\":";
    appendJsonString(out, type);
    out += ",\"v\":";
    out += QByteArray::number(kProtocolVersion);
    out += '}';
    return out;
}

Envelope Codec::errorEnvelope(const ProtocolError &error, int retryAfterMs)
{
    QJsonObject body {
        {QStringLiteral("code"), errorCodeName(error.code)},
        {QStringLiteral("message"), error.detail.left(512)},
    };
    if (!error.field.isEmpty())
        body.insert(QStringLiteral("field"), error.field);
    if (retryAfterMs >= 0)
        body.insert(QStringLiteral("retryAfterMs"), retryAfterMs);
    return Envelope::make(MessageType::Error, body, error.re);
}

} // namespace ecoute::protocol
