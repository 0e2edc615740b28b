// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/accounts/VolunteerProfile.h"

#include "protocol/MessageCatalog.h"

namespace ecoute::server {

namespace {
constexpr int kMaxCapacity = 50;

std::optional<QStringList> parseList(const QString &text, const QStringList &vocabulary)
{
    QStringList result;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed().toLower();
        if (!vocabulary.contains(item))
            return std::nullopt;
        if (!result.contains(item))
            result.append(item);
    }
    if (result.isEmpty())
        return std::nullopt;
    return result;
}
} // namespace

QString VolunteerProfile::channelsText() const
{
    return channelNames().join(u',');
}

QStringList VolunteerProfile::channelNames() const
{
    QStringList names;
    for (const protocol::Channel channel : channels)
        names.append(protocol::toString(channel));
    return names;
}

QString VolunteerProfile::capacityText() const
{
    QStringList parts;
    for (auto it = capacity.cbegin(); it != capacity.cend(); ++it)
        parts.append(protocol::toString(it.key()) + u'=' + QString::number(it.value()));
    return parts.join(u',');
}

std::optional<VolunteerProfile::Channels> VolunteerProfile::parseChannels(const QString &text)
{
    const auto names = parseList(text, protocol::names<protocol::Channel>());
    if (!names)
        return std::nullopt;
    Channels channels;
    for (const QString &name : *names)
        channels.append(*protocol::fromString<protocol::Channel>(name)); // checked by parseList
    return channels;
}

std::optional<QStringList> VolunteerProfile::parseLanguages(const QString &text)
{
    return parseList(text, protocol::vocab::languages);
}

std::optional<VolunteerProfile::Capacity> VolunteerProfile::parseCapacity(const QString &text, Capacity base)
{
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto pair = part.split(u'=');
        if (pair.size() != 2)
            return std::nullopt;
        const auto channel = protocol::fromString<protocol::Channel>(pair.at(0).trimmed().toLower());
        bool ok = false;
        const int value = pair.at(1).trimmed().toInt(&ok);
        if (!channel || !ok || value < 0 || value > kMaxCapacity)
            return std::nullopt;
        base.insert(*channel, value);
    }
    return base;
}

} // namespace ecoute::server
