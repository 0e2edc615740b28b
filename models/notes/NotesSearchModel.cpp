// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/notes/NotesSearchModel.h"

#include "models/notes/NotesWorkspace.h"
#include "models/vault/NotesStore.h"
#include "models/vault/Secret.h"
#include "models/workstation/VocabularyText.h"

#include <QLocale>
#include <QPoint>

namespace ecoute::models {

namespace {

constexpr int searchLimit = 200;

/// The start of a note, on one line, for the list when nothing is searched.
QString excerpt(const QString &body)
{
    QString text = body.simplified();
    if (text.size() > NotesSearchModel::excerptLength) {
        text.truncate(NotesSearchModel::excerptLength);
        text += QChar(0x2026);
    }
    return text;
}

} // namespace

NotesSearchModel::NotesSearchModel(NotesWorkspace &workspace, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace)
{
    connect(&m_workspace, &NotesWorkspace::unlocked, this, &NotesSearchModel::refresh);
    connect(&m_workspace, &NotesWorkspace::locked, this, &NotesSearchModel::clear);
    connect(&m_workspace, &NotesWorkspace::notesChanged, this, &NotesSearchModel::refresh);
    refresh();
}

NotesSearchModel::~NotesSearchModel()
{
    wipeRows();
}

void NotesSearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    notes::wipe(m_query);
    m_query = query;
    refresh();
}

void NotesSearchModel::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    refresh();
}

void NotesSearchModel::wipeRows()
{
    for (Row &row : m_rows) {
        notes::wipe(row.snippet);
        notes::wipe(row.pseudonym);
    }
    m_rows.clear();
}

void NotesSearchModel::clear()
{
    beginResetModel();
    wipeRows();
    notes::wipe(m_query);
    m_tag.clear();
    endResetModel();
}

void NotesSearchModel::refresh()
{
    notes::NotesStore *store = m_workspace.store();
    beginResetModel();
    wipeRows();
    if (store) {
        try {
            auto rowFor = [](notes::Note &note) {
                Row row;
                row.noteId = note.id;
                row.updatedAt = note.updatedAt;
                row.tags = note.tags;
                if (note.contact) {
                    row.personal = false;
                    row.pseudonym = note.contact->pseudonym;
                    row.channel = note.contact->channel;
                    row.contactId = note.contact->contactId;
                }
                return row;
            };
            auto hasTag = [this](const notes::Note &note) {
                return m_tag.isEmpty() || note.tags.contains(m_tag, Qt::CaseInsensitive);
            };
            if (m_query.trimmed().isEmpty()) {
                QList<notes::Note> found = m_tag.isEmpty() ? store->notes() : store->notesTagged(m_tag);
                for (notes::Note &note : found) {
                    Row row = rowFor(note);
                    row.snippet = excerpt(note.body);
                    notes::wipe(note.body);
                    m_rows.append(std::move(row));
                }
            } else {
                const QList<notes::SearchHit> hits = store->search(m_query, searchLimit);
                for (const notes::SearchHit &hit : hits) {
                    std::optional<notes::Note> note = store->note(hit.noteId);
                    if (!note || !hasTag(*note))
                        continue;
                    notes::wipe(note->body);
                    Row row = rowFor(*note);
                    row.snippet = hit.snippet;
                    row.highlights = hit.highlights;
                    m_rows.append(std::move(row));
                }
            }
        } catch (const notes::StorageError &) {
            wipeRows();
        }
    }
    endResetModel();
}

int NotesSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString NotesSearchModel::highlightedHtml(const QString &snippet,
                                          const QList<std::pair<int, int>> &highlights)
{
    QString html;
    int position = 0;
    for (const auto &[start, length] : highlights) {
        if (start < position || start + length > snippet.size())
            continue;
        html += snippet.mid(position, start - position).toHtmlEscaped();
        html += QStringLiteral("<b>") + snippet.mid(start, length).toHtmlEscaped() + QStringLiteral("</b>");
        position = start + length;
    }
    html += snippet.mid(position).toHtmlEscaped();
    return html;
}

QVariant NotesSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString date = QLocale().toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat);
        const QString who = row.personal
            ? tr("Personal note")
            : tr("%1 (%2)").arg(row.pseudonym, VocabularyText::channel(row.channel));
        return tr("%1 · %2\n%3").arg(who, date, row.snippet);
    }
    case Qt::ToolTipRole:
        return row.tags.isEmpty() ? QVariant()
                                  : QVariant(tr("Tags: %1").arg(row.tags.join(QStringLiteral(", "))));
    case NoteIdRole:
        return row.noteId;
    case SnippetRole:
        return row.snippet;
    case HighlightsRole: {
        QVariantList ranges;
        for (const auto &[start, length] : row.highlights)
            ranges << QPoint(start, length);
        return ranges;
    }
    case HighlightedHtmlRole:
        return highlightedHtml(row.snippet, row.highlights);
    case PseudonymRole:
        return row.pseudonym;
    case ChannelRole:
        return row.channel;
    case ContactIdRole:
        return row.contactId;
    case UpdatedAtRole:
        return row.updatedAt;
    case TagsRole:
        return row.tags;
    case PersonalRole:
        return row.personal;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotesSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NoteIdRole, "noteId");
    names.insert(SnippetRole, "snippet");
    names.insert(HighlightsRole, "highlights");
    names.insert(HighlightedHtmlRole, "highlightedHtml");
    names.insert(PseudonymRole, "pseudonym");
    names.insert(ChannelRole, "channel");
    names.insert(ContactIdRole, "contactId");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(TagsRole, "tags");
    names.insert(PersonalRole, "personal");
    return names;
}

qint64 NotesSearchModel::noteIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).noteId : 0;
}

int NotesSearchModel::rowOf(qint64 noteId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).noteId == noteId)
            return row;
    }
    return -1;
}

} // namespace ecoute::models
