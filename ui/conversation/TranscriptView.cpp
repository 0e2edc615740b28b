// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/TranscriptView.h"

#include "ui/conversation/ClipboardGuard.h"
#include "ui/conversation/TranscriptDelegate.h"
#include "ui/conversation/TranscriptPresentation.h"

#include <QAction>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QScrollBar>

#include <algorithm>

namespace ecoute::ui {

TranscriptView::TranscriptView(QWidget *parent)
    : QListView(parent), m_delegate(new TranscriptDelegate(this)), m_guard(ClipboardGuard::shared()),
      m_copy(new QAction(tr("&Copy"), this))
{
    setItemDelegate(m_delegate);
    setWordWrap(true); // also makes the list lay its rows out again when its width changes
    setUniformItemSizes(false);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    verticalScrollBar()->setSingleStep(20);

    m_copy->setObjectName(QStringLiteral("copyMessagesAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_copy->setToolTip(tr("Copy the selected messages; the clipboard is cleared after a minute"));
    connect(m_copy, &QAction::triggered, this, &TranscriptView::copySelection);
    addAction(m_copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);

    // Follow the newest message while the reader is at the bottom; leave them be otherwise.
    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_atBottom = value >= bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_atBottom)
            bar->setValue(max);
    });
}

void TranscriptView::setClipboardGuard(ClipboardGuard *guard)
{
    m_guard = guard ? guard : ClipboardGuard::shared();
}

QString TranscriptView::selectedText() const
{
    if (!model())
        return {};
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(currentIndex());
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows)) {
        const QVariant copy = index.data(TranscriptPresentation::CopyTextRole);
        lines.append(copy.isValid() ? copy.toString() : index.data(Qt::DisplayRole).toString());
    }
    return lines.join(QLatin1Char('\n'));
}

bool TranscriptView::copySelection()
{
    const QString text = selectedText();
    if (text.isEmpty())
        return false;
    m_guard->copy(text);
    return true;
}

void TranscriptView::focusInEvent(QFocusEvent *event)
{
    // Coming in by keyboard starts at the newest message, not at the top of a long transcript.
    if (model() && selectionModel() && !currentIndex().isValid() && model()->rowCount() > 0
        && event->reason() != Qt::MouseFocusReason)
        selectionModel()->setCurrentIndex(model()->index(model()->rowCount() - 1, 0),
                                          QItemSelectionModel::NoUpdate);
    QListView::focusInEvent(event);
}

void TranscriptView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) { // when the shortcut did not take it (e.g. no active window)
        copySelection();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void TranscriptView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                 const QList<int> &roles)
{
    QListView::dataChanged(topLeft, bottomRight, roles);
    // A changed row (a name, sending → sent) may change height: measure again.
    scheduleDelayedItemsLayout();
}

} // namespace ecoute::ui
