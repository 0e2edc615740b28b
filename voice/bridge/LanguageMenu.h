// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace ecoute::voice {

/// The language menu of voice.call.admit: `menu[i]` is chosen with key i + 1 ("fr", "de", "en":
/// 1 French, 2 German, 3 English). An entry that is not one of the protocol's languages keeps its
/// place but no key chooses it.
class LanguageMenu
{
public:
    static constexpr int kMaxKeys = 9;

    LanguageMenu() = default;
    /// From the admit's "menu" (at most nine entries are read).
    static LanguageMenu fromJson(const QJsonArray &menu);
    static LanguageMenu fromList(const QStringList &menu);

    /// No usable entry: the admit offers no choice.
    bool isEmpty() const { return fallback().isEmpty(); }
    /// The entries, in key order ("" where an entry was not a language).
    const QStringList &entries() const { return m_entries; }
    /// The language of a key ('1' to '9'), if it is on the menu.
    std::optional<QString> languageForKey(char key) const;
    /// What a caller who presses nothing, or twice a wrong key, gets: the first usable entry.
    QString fallback() const;

private:
    QStringList m_entries;
};

} // namespace ecoute::voice
