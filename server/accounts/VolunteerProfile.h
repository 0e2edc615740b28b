// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ecoute::server {

/// What a staff member is trained for: channels, languages, and how many
/// contacts of each channel they take at once (0 = no limit). Stored in the
/// users table as text ("chat,email", "fr,de", "chat=2,phone=1,email=0").
struct VolunteerProfile
{
    using Channels = QList<protocol::Channel>;
    /// Ordered by channel, so its text form is stable.
    using Capacity = QMap<protocol::Channel, int>;

    Channels channels {protocol::Channel::Chat, protocol::Channel::Email, protocol::Channel::Phone};
    QStringList languages {QStringLiteral("fr")};
    Capacity capacity {
        {protocol::Channel::Chat, 2}, {protocol::Channel::Phone, 1}, {protocol::Channel::Email, 0}};

    bool qualifiedFor(protocol::Channel channel, const QString &language) const
    {
        return channels.contains(channel) && languages.contains(language);
    }
    /// 0 means unlimited.
    int capacityFor(protocol::Channel channel) const { return capacity.value(channel, 0); }

    QString channelsText() const;
    /// The channels' wire names, in the profile's order (for JSON).
    QStringList channelNames() const;
    QString languagesText() const { return languages.join(u','); }
    QString capacityText() const;

    /// Parsers for the stored and command-line forms; nullopt if a value is
    /// unknown (not a protocol channel or language) or malformed.
    static std::optional<Channels> parseChannels(const QString &text);
    static std::optional<QStringList> parseLanguages(const QString &text);
    /// "chat=2,phone=1": only the channels named change; the rest keep base's values.
    static std::optional<Capacity> parseCapacity(const QString &text, Capacity base);
};

} // namespace ecoute::server
