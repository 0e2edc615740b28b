// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/practice/ScenarioListModel.h"

#include "models/workstation/VocabularyText.h"
#include "protocol/MessageCatalog.h"

#include <QJsonObject>

#include <algorithm>

namespace ecoute::models {

using protocol::Scenario;

namespace {
Scenario summaryOf(const Scenario &full)
{
    Scenario s;
    s.slug = full.slug;
    s.language = full.language;
    s.title = full.title;
    s.channel = full.channel;
    s.risk = full.risk;
    return s;
}

bool isListable(const Scenario &s)
{
    return protocol::ScenarioFile::isValidSlug(s.slug) && !s.language.isEmpty();
}
} // namespace

ScenarioListModel::ScenarioListModel(QObject *parent) : QAbstractListModel(parent) { }

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Scenario &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(s);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1 (%2): %3, risk %4")
            .arg(s.title.isEmpty() ? s.slug : s.title, VocabularyText::language(s.language),
                 VocabularyText::channel(s.channel), VocabularyText::risk(s.risk));
    case SlugRole:
        return s.slug;
    case LanguageRole:
        return s.language;
    case TitleRole:
        return s.title;
    case ChannelRole:
        return s.channel;
    case RiskRole:
        return s.risk;
    case SearchTextRole:
        return folded(s.title + u' ' + s.slug);
    }
    return {};
}

QHash<int, QByteArray> ScenarioListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{SlugRole, "slug"},
                  {LanguageRole, "language"},
                  {TitleRole, "title"},
                  {ChannelRole, "channel"},
                  {RiskRole, "risk"},
                  {SearchTextRole, "searchText"}});
    return names;
}

void ScenarioListModel::reset(const QJsonArray &scenarios)
{
    QList<Scenario> rows;
    for (const auto &value : scenarios) {
        const Scenario s = summaryOf(Scenario::fromJson(value.toObject()));
        if (!isListable(s))
            continue;
        const auto same = std::find_if(rows.begin(), rows.end(), [&](const Scenario &r) {
            return r.slug == s.slug && r.language == s.language;
        });
        if (same != rows.end())
            *same = s;
        else
            rows.append(s);
    }
    std::stable_sort(rows.begin(), rows.end(), &ScenarioListModel::before);
    beginResetModel();
    m_rows = rows;
    m_loaded = true;
    endResetModel();
    emit loaded();
}

void ScenarioListModel::upsert(const Scenario &scenario)
{
    const Scenario s = summaryOf(scenario);
    if (!isListable(s))
        return;
    const int row = indexOf(s.slug, s.language);
    if (row < 0) {
        const int at = insertionRow(s);
        beginInsertRows({}, at, at);
        m_rows.insert(at, s);
        endInsertRows();
        return;
    }
    m_rows.removeAt(row);
    const int at = insertionRow(s); // among the others
    // beginMoveRows counts the destination before the move.
    const int destination = at >= row ? at + 1 : at;
    const bool moves = destination != row && destination != row + 1;
    if (moves)
        beginMoveRows({}, row, row, {}, destination);
    m_rows.insert(at, s);
    if (moves)
        endMoveRows();
    emit dataChanged(index(at), index(at));
}

void ScenarioListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_loaded = false;
    endResetModel();
}

int ScenarioListModel::indexOf(const QString &slug, const QString &language) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).slug == slug && m_rows.at(row).language == language)
            return row;
    }
    return -1;
}

bool ScenarioListModel::before(const Scenario &a, const Scenario &b)
{
    // Case and accents first only decide between titles that are otherwise equal,
    // whatever the locale ("Élan" next to "Elan", not after "Z").
    if (const int c = folded(a.title).compare(folded(b.title)); c != 0)
        return c < 0;
    if (const int c = a.title.localeAwareCompare(b.title); c != 0)
        return c < 0;
    if (a.language != b.language)
        return a.language < b.language;
    return a.slug < b.slug;
}

int ScenarioListModel::insertionRow(const Scenario &scenario) const
{
    return int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), scenario, &ScenarioListModel::before)
               - m_rows.cbegin());
}

QString ScenarioListModel::displayText(const Scenario &scenario)
{
    return tr("%1 (%2)").arg(scenario.title.isEmpty() ? scenario.slug : scenario.title,
                             scenario.language.toUpper());
}

QString ScenarioListModel::folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c.toCaseFolded());
    }
    return result;
}

ScenarioFilterModel::ScenarioFilterModel(QObject *parent) : QSortFilterProxyModel(parent) { }

void ScenarioFilterModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    invalidateRowsFilter();
}

void ScenarioFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = ScenarioListModel::folded(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool ScenarioFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_language.isEmpty() && index.data(ScenarioListModel::LanguageRole).toString() != m_language)
        return false;
    const QString haystack = index.data(ScenarioListModel::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const QString &word) { return haystack.contains(word); });
}

} // namespace ecoute::models
