// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inbox/InboxDelegate.h"

#include "ui/style/Theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontMetrics>
#include <QPainter>

namespace ecoute::ui {

namespace {

using Part = InboxRowLayout::Part;
using Piece = InboxRowLayout::Piece;

QFont boldFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont badgeFont(const QFont &base)
{
    QFont font = boldFont(base);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else
        font.setPixelSize(std::max(9, font.pixelSize() * 85 / 100));
    return font;
}

Theme::Role badgeRole(InboxRowText::Badge badge)
{
    switch (badge) {
    case InboxRowText::Badge::Offered:
        return Theme::Role::Offer;
    case InboxRowText::Badge::Urgent:
        return Theme::Role::Urgent;
    case InboxRowText::Badge::Practice:
        return Theme::Role::Practice;
    }
    return Theme::Role::Notice;
}

/// Sizes a piece for a line of width `available`: its own width, or wrapped when wider.
void measure(Piece &piece, int available)
{
    const QFontMetrics fm(piece.font);
    const int padX = piece.part == Part::Badge ? fm.height() / 3 : 0;
    const int padY = piece.part == Part::Badge ? 1 : 0;
    int textWidth = fm.horizontalAdvance(piece.text);
    int textHeight = fm.height();
    if (textWidth + 2 * padX > available && piece.part != Part::Separator) {
        piece.wraps = true;
        textWidth = std::max(1, available - 2 * padX);
        textHeight = fm.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, piece.text).height();
    }
    piece.textRect = QRect(padX, padY, textWidth, textHeight);
    piece.rect = QRect(0, 0, textWidth + 2 * padX, textHeight + 2 * padY);
}

} // namespace

InboxRowLayout InboxDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    InboxRowLayout row;
    const QFont base = option.font;
    const QFontMetrics fm(base);
    const int margin = std::max(4, fm.height() / 3);
    const int gap = std::max(4, fm.height() / 3);
    const int iconSize = std::max(20, fm.height() + fm.height() / 3);
    const QRect rect(option.rect.topLeft(), QSize(rowWidth(option), option.rect.height()));
    row.iconRect = QRect(rect.left() + margin, rect.top() + margin, iconSize, iconSize);
    const int left = row.iconRect.right() + 1 + margin;
    const int available = std::max(1, rect.right() - margin - left + 1);

    // Pieces, in reading order; a line break before the details.
    QList<Piece> first;
    first.append({Part::Pseudonym, {}, InboxRowText::pseudonym(index), boldFont(base), {}, {}, false});
    const QList<InboxRowText::Badge> badges = InboxRowText::badges(index);
    for (InboxRowText::Badge badge : badges)
        first.append({Part::Badge, badge, InboxRowText::badgeText(badge), badgeFont(base), {}, {}, false});
    QList<Piece> second;
    // An e-mail thread also says its deadline and how many letters it holds.
    const QStringList details = QStringList {InboxRowText::channel(index), InboxRowText::language(index),
                                             InboxRowText::waiting(index)}
        + InboxRowText::mailDetails(index);
    for (const QString &text : details) {
        if (!second.isEmpty())
            second.append({Part::Separator, {}, QStringLiteral("·"), base, {}, {}, false});
        second.append({Part::Detail, {}, text, base, {}, {}, false});
    }

    // Flow each group into lines of `available` pixels; separators never start or end a line.
    QList<QList<Piece>> lines;
    auto flow = [&](QList<Piece> pieces) {
        lines.emplaceBack();
        int x = 0;
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            Piece piece = pieces.at(i);
            measure(piece, available);
            if (piece.part == Part::Separator) {
                // Only if the next piece fits after it on this line.
                Piece next = pieces.at(i + 1);
                measure(next, available);
                if (x + gap + piece.rect.width() + gap + next.rect.width() > available)
                    continue; // the next piece starts a new line instead
            } else if (x > 0 && x + gap + piece.rect.width() > available) {
                lines.emplaceBack();
                x = 0;
            }
            const int at = x > 0 ? x + gap : 0;
            piece.rect.moveLeft(at);
            piece.textRect.moveLeft(piece.textRect.left() + at);
            x = at + piece.rect.width();
            lines.last().append(piece);
        }
    };
    flow(first);
    flow(second);

    // Place the lines: each piece centred on its line's height.
    const int lineSpacing = std::max(2, fm.height() / 6);
    int y = rect.top() + margin;
    for (QList<Piece> &line : lines) {
        int height = 0;
        for (const Piece &piece : std::as_const(line))
            height = std::max(height, piece.rect.height());
        for (Piece &piece : line) {
            const QPoint offset(left, y + (height - piece.rect.height()) / 2);
            piece.textRect.translate(offset.x(), offset.y());
            piece.rect.translate(offset);
            row.pieces.append(piece);
        }
        y += height + lineSpacing;
    }
    y -= lineSpacing;
    row.height = std::max(y + margin, row.iconRect.bottom() + 1 + margin) - rect.top();
    return row;
}

int InboxDelegate::rowWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
        const int width = view->viewport()->width();
        if (width > 0)
            return width;
    }
    return std::max(1, option.rect.width());
}

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const InboxRowLayout row = layout(opt, index);
    return {rowWidth(opt), row.height};
}

void InboxDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const InboxRowLayout row = layout(opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    // The row's own tint (offered, practice) under the style's selection and hover.
    const QVariant background = index.data(Qt::BackgroundRole);
    if (!selected && background.canConvert<QBrush>())
        painter->fillRect(opt.rect, background.value<QBrush>());
    opt.text.clear();
    opt.icon = QIcon();
    opt.backgroundBrush = Qt::NoBrush;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, row.iconRect, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);

    QColor text = opt.palette.color(QPalette::Text);
    const QVariant foreground = index.data(Qt::ForegroundRole);
    if (foreground.canConvert<QBrush>())
        text = foreground.value<QBrush>().color();
    if (selected)
        text = opt.palette.color(QPalette::HighlightedText);

    for (const Piece &piece : row.pieces) {
        painter->setFont(piece.font);
        const int flags = piece.wraps ? int(Qt::TextWordWrap) : int(Qt::AlignLeft | Qt::AlignVCenter);
        if (piece.part == Part::Badge) {
            const Theme::Role role = badgeRole(piece.badge);
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(Theme::background(role));
            const qreal radius = piece.rect.height() / 2.0;
            painter->drawRoundedRect(QRectF(piece.rect), radius, radius);
            painter->setPen(Theme::text(role));
            painter->drawText(piece.textRect, flags, piece.text);
            continue;
        }
        painter->setPen(text);
        painter->drawText(piece.textRect, flags, piece.text);
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.state |= QStyle::State_KeyboardFocusChange;
        focus.backgroundColor = opt.palette.color(selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace ecoute::ui
