// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/inbox/InboxRowText.h"

#include <QFont>
#include <QList>
#include <QRect>
#include <QStyledItemDelegate>

namespace ecoute::ui {

/// Where each part of an inbox row goes, for a given row rectangle: the channel icon, then the
/// pseudonym and its badges, then channel · language · waiting time. Pieces flow onto another line
/// when they do not fit, so nothing is ever elided; a piece wider than the whole row wraps.
struct InboxRowLayout
{
    enum class Part { Pseudonym, Badge, Detail, Separator };
    struct Piece
    {
        Part part;
        InboxRowText::Badge badge = InboxRowText::Badge::Urgent; ///< for Part::Badge
        QString text;
        QFont font;
        QRect rect; ///< the piece (a badge's pill)
        QRect textRect; ///< where its text is drawn, inside rect
        bool wraps = false; ///< wider than the row: drawn word-wrapped in textRect
    };

    QRect iconRect;
    QList<Piece> pieces;
    int height = 0;
};

/// Draws inbox rows on two lines (more when a narrow inbox needs them) with an honest size hint.
class InboxDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The layout of index's row in option.rect (its width, and its top-left corner).
    static InboxRowLayout layout(const QStyleOptionViewItem &option, const QModelIndex &index);

private:
    /// The row width to lay out for: the list's viewport, where rows span its whole width.
    static int rowWidth(const QStyleOptionViewItem &option);
};

} // namespace ecoute::ui
