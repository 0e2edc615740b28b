// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/LanguageMenu.h"

#include "protocol/MessageCatalog.h"

namespace ecoute::voice {

LanguageMenu LanguageMenu::fromJson(const QJsonArray &menu)
{
    QStringList entries;
    for (const QJsonValue &entry : menu)
        entries.append(entry.toString());
    return fromList(entries);
}

LanguageMenu LanguageMenu::fromList(const QStringList &menu)
{
    LanguageMenu result;
    for (const QString &entry : menu.mid(0, kMaxKeys))
        result.m_entries.append(protocol::vocab::languages.contains(entry) ? entry : QString());
    return result;
}

std::optional<QString> LanguageMenu::languageForKey(char key) const
{
    const int index = key - '1';
    if (key < '1' || key > '9' || index >= m_entries.size() || m_entries.at(index).isEmpty())
        return std::nullopt;
    return m_entries.at(index);
}

QString LanguageMenu::fallback() const
{
    for (const QString &entry : m_entries) {
        if (!entry.isEmpty())
            return entry;
    }
    return {};
}

} // namespace ecoute::voice
