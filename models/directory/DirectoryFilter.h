// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace ecoute::models {

/// The referral directory as a search shows it: services where every word typed starts a word of
/// the name, what they help with, the region or the languages, in any case and with or without
/// accents ("ecoute jeun" finds "Service d'écoute jeunes", "german" and "de" find German speakers).
class DirectoryFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DirectoryFilter(QObject *parent = nullptr);

    void setSearch(const QString &text);
    QString search() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QStringList m_words; ///< folded, split on spaces and punctuation
};

} // namespace ecoute::models
