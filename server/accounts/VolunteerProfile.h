// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    QStringList channels {QStringLiteral("chat"), QStringLiteral("email"), QStringLiteral("phone")};
    QStringList languages {QStringLiteral("fr")};
    QMap<QString, int> capacity {
        {QStringLiteral("chat"), 2}, {QStringLiteral("phone"), 1}, {QStringLiteral("email"), 0}};

    bool qualifiedFor(const QString &channel, const QString &language) const
    {
        return channels.contains(channel) && languages.contains(language);
    }
    /// 0 means unlimited.
    int capacityFor(const QString &channel) const { return capacity.value(channel, 0); }

    QString channelsText() const { return channels.join(u','); }
    QString languagesText() const { return languages.join(u','); }
    QString capacityText() const;

    /// Parsers for the stored and command-line forms; nullopt if a value is
    /// unknown (not a protocol channel or language) or malformed.
    static std::optional<QStringList> parseChannels(const QString &text);
    static std::optional<QStringList> parseLanguages(const QString &text);
    /// "chat=2,phone=1": only the channels named change; the rest keep base's values.
    static std::optional<QMap<QString, int>> parseCapacity(const QString &text, QMap<QString, int> base);
};

} // namespace ecoute::server
