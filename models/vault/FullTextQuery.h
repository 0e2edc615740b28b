// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace ecoute::notes {

/// Turns what a volunteer types into an FTS4 MATCH expression, and FTS4 snippets
/// into plain text plus highlight ranges. User text never reaches FTS4's query
/// syntax: every word becomes a quoted prefix term, all of them required.
class FullTextQuery
{
public:
    /// Empty when the text holds no searchable word.
    static QString matchExpression(const QString &userText);

    /// Markers that snippet() puts around matches; control characters that a typed note does not contain.
    static constexpr char16_t highlightStart = 0x02;
    static constexpr char16_t highlightEnd = 0x03;

    /// Removes the markers from `marked` and returns where the matches were.
    static QList<std::pair<int, int>> takeHighlights(QString &marked);
};

} // namespace ecoute::notes
