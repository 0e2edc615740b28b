// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace ecoute::models {

class NotesWorkspace;

/// The notes list of the Notes view: every note (newest first), or the full-text
/// search results for query(), optionally only those with tag(). Each row has a short
/// excerpt with the matching words marked. Empty while the notes are locked: on
/// locking it wipes and drops every excerpt it held.
class NotesSearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NoteIdRole = Qt::UserRole + 1,
        SnippetRole, ///< plain excerpt
        HighlightsRole, ///< QVariantList of QPoint(start, length) in the excerpt
        HighlightedHtmlRole, ///< escaped excerpt with <b> around the matches
        PseudonymRole, ///< empty for a personal note
        ChannelRole,
        ContactIdRole,
        UpdatedAtRole,
        TagsRole,
        PersonalRole,
    };

    explicit NotesSearchModel(NotesWorkspace &workspace, QObject *parent = nullptr);
    ~NotesSearchModel() override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString tag() const { return m_tag; }
    void setTag(const QString &tag);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 noteIdAt(int row) const;
    int rowOf(qint64 noteId) const;

    static constexpr int excerptLength = 160;
    static QString highlightedHtml(const QString &snippet, const QList<std::pair<int, int>> &highlights);

public slots:
    void refresh();
    /// Forgets everything (locking).
    void clear();

private:
    struct Row
    {
        qint64 noteId = 0;
        QString snippet;
        QList<std::pair<int, int>> highlights;
        QString pseudonym;
        QString channel;
        QString contactId;
        QDateTime updatedAt;
        QStringList tags;
        bool personal = true;
    };
    void wipeRows();

    NotesWorkspace &m_workspace;
    QString m_query;
    QString m_tag;
    QList<Row> m_rows;
};

} // namespace ecoute::models
