// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/ScenarioFile.h"

#include <QAbstractListModel>
#include <QJsonArray>
#include <QSortFilterProxyModel>

namespace ecoute::models {

/// The practice scenarios every staff member may list (scenarios.snapshot):
/// one row per scenario and language, "Title (FR)", sorted by title, then
/// language, then slug. Rows hold the summary only; the full scenario comes
/// with scenario.get (trainers).
class ScenarioListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SlugRole = Qt::UserRole + 1,
        LanguageRole,
        TitleRole,
        ChannelRole,
        RiskRole,
        /// What a text filter looks in: title and slug, lower case, without accents.
        SearchTextRole,
    };

    explicit ScenarioListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The `scenarios` array of a scenarios.snapshot. Entries without a valid slug or
    /// language are left out; a (slug, language) given twice keeps the last one.
    void reset(const QJsonArray &scenarios);
    /// Adds or updates one scenario (e.g. the answer to scenario.save) at its place in
    /// the order, so that a saved scenario shows at once. Only the summary fields are kept.
    void upsert(const protocol::Scenario &scenario);
    void clear();
    /// True once a snapshot has arrived (an empty library is not "still loading").
    bool isLoaded() const { return m_loaded; }

    /// slug, language, title, channel and risk of that row (the rest empty).
    protocol::Scenario summary(int row) const { return m_rows.value(row); }
    QList<protocol::Scenario> summaries() const { return m_rows; }
    /// The row of that scenario, or -1.
    int indexOf(const QString &slug, const QString &language) const;

    /// Display order: true if a goes before b.
    static bool before(const protocol::Scenario &a, const protocol::Scenario &b);

    /// "Title (FR)".
    static QString displayText(const protocol::Scenario &scenario);
    /// text in lower case without accents, for matching what people type.
    static QString folded(const QString &text);

signals:
    void loaded();

private:
    int insertionRow(const protocol::Scenario &scenario) const;

    QList<protocol::Scenario> m_rows;
    bool m_loaded = false;
};

/// A ScenarioListModel filtered by language (exact code, empty for all) and by
/// text (every word must appear in the title or the slug; case and accents ignored).
class ScenarioFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ScenarioFilterModel(QObject *parent = nullptr);

    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_language;
    QString m_text;
    QStringList m_words; ///< folded words of m_text
};

} // namespace ecoute::models
