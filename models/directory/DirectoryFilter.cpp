// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/directory/DirectoryFilter.h"

#include "models/directory/ReferralDirectory.h"

#include <QRegularExpression>

#include <algorithm>

namespace ecoute::models {

namespace {
QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}
} // namespace

DirectoryFilter::DirectoryFilter(QObject *parent) : QSortFilterProxyModel(parent) { }

void DirectoryFilter::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = wordsOf(ReferralDirectory::folded(text));
    invalidateRowsFilter();
}

bool DirectoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        sourceModel()->index(sourceRow, 0, sourceParent).data(ReferralDirectory::SearchTextRole).toString();
    // Each word typed starts a word of the service ("de" finds German, not "solitude").
    const QStringList words = wordsOf(haystack);
    for (const QString &typed : m_words) {
        const bool found = std::any_of(words.cbegin(), words.cend(),
                                       [&typed](const QString &word) { return word.startsWith(typed); });
        if (!found)
            return false;
    }
    return true;
}

} // namespace ecoute::models
