// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/FullTextQuery.h"

#include <QStringList>

namespace ecoute::notes {

QString FullTextQuery::matchExpression(const QString &userText)
{
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QStringLiteral("*\"");
        word.clear();
    };
    for (const QChar c : userText) {
        // Letters and digits make words; everything else (quotes, *, -, parentheses,
        // FTS operators' punctuation) separates them, as the unicode61 tokenizer does.
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

QList<std::pair<int, int>> FullTextQuery::takeHighlights(QString &marked)
{
    QList<std::pair<int, int>> ranges;
    QString plain;
    plain.reserve(marked.size());
    int start = -1;
    for (const QChar c : std::as_const(marked)) {
        if (c.unicode() == highlightStart) {
            start = static_cast<int>(plain.size());
        } else if (c.unicode() == highlightEnd) {
            if (start >= 0 && plain.size() > start)
                ranges.append({start, static_cast<int>(plain.size()) - start});
            start = -1;
        } else {
            plain += c;
        }
    }
    marked = plain;
    return ranges;
}

} // namespace ecoute::notes
