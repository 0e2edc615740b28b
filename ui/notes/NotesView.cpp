// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/NotesView.h"

#include "models/notes/NotesWorkspace.h"
#include "models/workstation/VocabularyText.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/notes/NoteEditor.h"
#include "ui/notes/NotesLockedPlaceholder.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::NotesSearchModel;
using models::NotesWorkspace;

namespace {

/// Draws a note row as two lines: who and when, then the excerpt with the matches in bold.
class NoteRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString html(const QModelIndex &index)
    {
        const bool personal = index.data(NotesSearchModel::PersonalRole).toBool();
        const QString who = personal
            ? NotesView::tr("Personal note")
            : NotesView::tr("%1 (%2)").arg(
                index.data(NotesSearchModel::PseudonymRole).toString(),
                models::VocabularyText::channel(index.data(NotesSearchModel::ChannelRole).toString()));
        const QString date = QLocale().toString(
            index.data(NotesSearchModel::UpdatedAtRole).toDateTime().toLocalTime(), QLocale::ShortFormat);
        QString tags = index.data(NotesSearchModel::TagsRole).toStringList().join(QStringLiteral(", "));
        if (!tags.isEmpty())
            tags = QStringLiteral(" · ") + tags.toHtmlEscaped();
        return QStringLiteral("<small>%1 · %2%3</small><br>%4")
            .arg(who.toHtmlEscaped(), date.toHtmlEscaped(), tags,
                 index.data(NotesSearchModel::HighlightedHtmlRole).toString());
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        QTextDocument document;
        document.setDefaultFont(opt.font);
        document.setHtml(html(index));
        document.setTextWidth(opt.rect.width());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        if (opt.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        painter->save();
        painter->translate(opt.rect.topLeft());
        painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument document;
        document.setDefaultFont(option.font);
        document.setHtml(html(index));
        document.setTextWidth(option.rect.width() > 0 ? option.rect.width() : 300);
        return {int(document.idealWidth()), int(document.size().height())};
    }
};

} // namespace

NotesView::NotesView(NotesWorkspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(workspace), m_stack(new QStackedWidget(this)),
      m_placeholder(new NotesLockedPlaceholder(workspace, this)), m_content(new QWidget(this)),
      m_search(new QLineEdit(m_content)), m_tagFilter(new QComboBox(m_content)),
      m_list(new QListView(m_content)), m_newNote(new QPushButton(tr("New &personal note"), m_content)),
      m_editorTitle(new QLabel(m_content)), m_editor(new NoteEditor(workspace, m_content))
{
    setObjectName(QStringLiteral("notesView"));
    setAccessibleName(tr("All notes"));

    auto *searchLabel = new QLabel(tr("Sea&rch:"), m_content);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("notesSearch"));
    m_search->setAccessibleName(tr("Search all notes"));
    m_search->setPlaceholderText(
        tr("Words to find in your notes (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);

    auto *tagLabel = new QLabel(tr("Ta&g:"), m_content);
    tagLabel->setBuddy(m_tagFilter);
    m_tagFilter->setObjectName(QStringLiteral("notesTagFilter"));
    m_tagFilter->setAccessibleName(tr("Show only notes with this tag"));

    m_list->setObjectName(QStringLiteral("notesList"));
    m_list->setAccessibleName(tr("Notes found"));
    m_list->setModel(&m_model);
    m_list->setItemDelegate(new NoteRowDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);

    m_newNote->setObjectName(QStringLiteral("newPersonalNote"));
    m_newNote->setToolTip(tr("A note about no particular contact"));
    AccessibleNames::nameAfterText(m_newNote, tr("A note about no particular contact"));

    QFont titleFont = m_editorTitle->font();
    titleFont.setBold(true);
    m_editorTitle->setFont(titleFont);
    m_editorTitle->setObjectName(QStringLiteral("openNoteTitle"));
    m_editorTitle->setBuddy(m_editor->textEdit());
    m_editor->setObjectName(QStringLiteral("notesViewEditor"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(tagLabel);
    filters->addWidget(m_tagFilter, 1);

    auto *listColumn = new QWidget(m_content);
    auto *listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(m_newNote, 0, Qt::AlignLeft);

    auto *editorColumn = new QWidget(m_content);
    auto *editorLayout = new QVBoxLayout(editorColumn);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editorTitle);
    editorLayout->addWidget(m_editor, 1);

    auto *splitter = new QSplitter(Qt::Vertical, m_content);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listColumn);
    splitter->addWidget(editorColumn);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    connect(m_placeholder, &NotesLockedPlaceholder::accessRequested, this, &NotesView::accessRequested);
    connect(m_search, &QLineEdit::textChanged, &m_model, &NotesSearchModel::setQuery);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model.rowCount() > 0) {
            m_list->setCurrentIndex(m_model.index(0));
            m_list->setFocus();
        }
    });
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model.setTag(m_tagFilter->currentData().toString()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openNote(current.data(NotesSearchModel::NoteIdRole).toLongLong());
            });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        openNote(index.data(NotesSearchModel::NoteIdRole).toLongLong());
        m_editor->textEdit()->setFocus();
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &NotesView::reselectOpenNote);
    connect(m_newNote, &QPushButton::clicked, this, &NotesView::newPersonalNote);
    connect(&m_workspace, &NotesWorkspace::stateChanged, this, &NotesView::updateState);
    connect(&m_workspace, &NotesWorkspace::locked, this, &NotesView::clearAll);
    connect(&m_workspace, &NotesWorkspace::notesChanged, this, &NotesView::reloadTags);
    connect(&m_editor->binding(), &models::NoteBinding::noteCreated, this, &NotesView::updateEditorTitle);
    reloadTags();
    updateState();
    updateEditorTitle();
}

bool NotesView::isShowingNotes() const
{
    return m_stack->currentWidget() == m_content;
}

void NotesView::focusSearch()
{
    if (isShowingNotes()) {
        m_search->setFocus();
        m_search->selectAll();
    } else {
        m_placeholder->setFocus();
    }
}

void NotesView::newPersonalNote()
{
    if (!m_workspace.isUnlocked())
        return;
    m_list->clearSelection();
    m_editor->binding().bindNewPersonalNote();
    updateEditorTitle();
    m_editor->textEdit()->setFocus();
}

void NotesView::openNote(qint64 noteId)
{
    if (noteId == 0 || (m_editor->binding().isBound() && m_editor->binding().noteId() == noteId))
        return;
    m_editor->binding().bindNote(noteId);
    updateEditorTitle();
}

void NotesView::updateEditorTitle()
{
    const models::NoteBinding &binding = m_editor->binding();
    QString title;
    if (!binding.isBound())
        title = tr("No note open: choose one in the list, or create a personal note.");
    else if (const auto contact = binding.contact())
        title = tr("N&ote about %1").arg(contact->pseudonym);
    else if (binding.noteId() != 0) {
        const int row = m_model.rowOf(binding.noteId());
        const QModelIndex index = m_model.index(row);
        title = row >= 0 && !index.data(NotesSearchModel::PersonalRole).toBool()
            ? tr("N&ote about %1").arg(index.data(NotesSearchModel::PseudonymRole).toString())
            : tr("Pers&onal note");
    } else {
        title = tr("New pers&onal note");
    }
    m_editorTitle->setText(title);
    m_editor->setTextAccessibleName(QString(title).remove(QLatin1Char('&')));
    m_editor->setEnabled(binding.isBound());
}

void NotesView::reselectOpenNote()
{
    const int row = m_model.rowOf(m_editor->binding().noteId());
    if (row >= 0 && m_editor->binding().isBound()) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectionModel()->setCurrentIndex(m_model.index(row), QItemSelectionModel::ClearAndSelect);
    }
}

void NotesView::reloadTags()
{
    const QString current = m_tagFilter->currentData().toString();
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    for (const QString &tag : m_workspace.allTags())
        m_tagFilter->addItem(tag, tag);
    const int index = m_tagFilter->findData(current);
    m_tagFilter->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && !current.isEmpty())
        m_model.setTag(QString());
}

void NotesView::clearAll()
{
    // The search words and tags say something about the notes too.
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(QString());
    }
    {
        const QSignalBlocker blocker(m_tagFilter);
        m_tagFilter->clear();
        m_tagFilter->addItem(tr("All tags"), QString());
    }
    m_editor->binding().unbind();
    updateEditorTitle();
}

void NotesView::updateState()
{
    const bool unlocked = m_workspace.isUnlocked();
    m_stack->setCurrentWidget(unlocked ? m_content : static_cast<QWidget *>(m_placeholder));
    if (unlocked)
        reloadTags();
}

} // namespace ecoute::ui
