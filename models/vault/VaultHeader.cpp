// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/VaultHeader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ecoute::notes {

namespace {

constexpr char magic[] = "ecoute-notes-header";
constexpr int headerVersion = 1;
constexpr qint64 maximumHeaderSize = qint64 {64} * 1024;

QJsonObject slotToJson(const KeySlot &slot)
{
    return {{QStringLiteral("kdf"), slot.kdf.toJson()},
            {QStringLiteral("salt"), QString::fromLatin1(slot.salt.toBase64())},
            {QStringLiteral("keyCheck"), QString::fromLatin1(slot.keyCheck.toBase64())}};
}

std::optional<QByteArray> decodeBase64(const QJsonValue &value, int expectedSize)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<KeySlot> slotFromJson(const QJsonObject &json)
{
    const auto kdf = KdfParameters::fromJson(json.value(QStringLiteral("kdf")).toObject());
    const auto salt = decodeBase64(json.value(QStringLiteral("salt")), KeyDerivation::saltSize);
    const auto keyCheck = decodeBase64(json.value(QStringLiteral("keyCheck")), KeyDerivation::keySize);
    if (!kdf || !salt || !keyCheck)
        return std::nullopt;
    return KeySlot {*kdf, *salt, *keyCheck};
}

} // namespace

VaultHeader::Loaded VaultHeader::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {LoadStatus::Missing, {}};
    if (!file.open(QIODevice::ReadOnly) || file.size() > maximumHeaderSize)
        return {LoadStatus::Malformed, {}};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonObject json = document.object();
    if (json.value(QStringLiteral("magic")).toString() != QLatin1String(magic)
        || json.value(QStringLiteral("version")).toInt() != headerVersion)
        return {LoadStatus::Malformed, {}};
    const auto format = cipherFormatFromName(json.value(QStringLiteral("format")).toString());
    const auto current = slotFromJson(json.value(QStringLiteral("key")).toObject());
    if (!format || !current)
        return {LoadStatus::Malformed, {}};
    VaultHeader header;
    header.format = *format;
    header.current = *current;
    if (json.contains(QStringLiteral("pendingKey"))) {
        header.pending = slotFromJson(json.value(QStringLiteral("pendingKey")).toObject());
        if (!header.pending)
            return {LoadStatus::Malformed, {}};
    }
    return {LoadStatus::Loaded, header};
}

bool VaultHeader::save(const QString &path) const
{
    QJsonObject json {{QStringLiteral("magic"), QLatin1String(magic)},
                      {QStringLiteral("version"), headerVersion},
                      {QStringLiteral("format"), cipherFormatName(format)},
                      {QStringLiteral("key"), slotToJson(current)}};
    if (pending)
        json.insert(QStringLiteral("pendingKey"), slotToJson(*pending));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return file.commit(); // fsyncs, then renames over the old header
}

} // namespace ecoute::notes
