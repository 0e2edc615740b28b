// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/BubblePainter.h"

#include "models/practice/PracticeText.h"
#include "ui/conversation/TimelineModel.h"
#include "ui/style/Theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QTextLayout>

#include <cmath>
#include <memory>
#include <vector>

namespace ecoute::ui {

using Kind = TranscriptPresentation::Kind;
using Side = TranscriptPresentation::Side;
using State = TranscriptPresentation::State;

namespace {

// Spacing in pixels: around a row, inside a bubble, between its parts.
constexpr int kOuterH = 8;
constexpr int kOuterV = 3;
constexpr int kPadH = 10;
constexpr int kPadV = 6;
constexpr int kGap = 2;
constexpr int kSpace = 6; // between heading, time and state
constexpr int kWhisperIndent = 12;
constexpr qreal kRadius = 10;
constexpr int kMinBubble = 220; // a bubble may use 78 % of the width, and at least this

int availableWidth(const QStyleOptionViewItem &option)
{
    int width = option.rect.width();
    if (width <= 0) {
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            width = view->viewport()->width();
    }
    return width > 0 ? width : 400;
}

Theme::Role themeRole(Kind kind)
{
    switch (kind) {
    case Kind::Seeker:
        return Theme::Role::SeekerBubble;
    case Kind::Own:
        return Theme::Role::OwnBubble;
    case Kind::Colleague:
        return Theme::Role::ColleagueBubble;
    case Kind::System:
        return Theme::Role::Notice;
    case Kind::Whisper:
        return Theme::Role::Whisper;
    }
    return Theme::Role::Notice;
}

QFont smaller(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(8, int(font.pixelSize() * 0.85)));
    return font;
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

struct BubblePainter::Laid
{
    BubbleGeometry geometry;
    std::vector<std::unique_ptr<QTextLayout>> paragraphs;
    QList<std::pair<int, int>> lineRefs; ///< per geometry line: paragraph, line in it
    QFont bodyFont;
    QFont smallFont;
    QFont headingFont;
    QFont stateFont;
    QString heading;
    QString time;
    State state = State::None;
    QRect headingRect;
    QRect timeRect;
    QRect stateRect;
    bool practicePerson = false;
};

BubblePainter::BubblePainter() = default;
BubblePainter::~BubblePainter() = default;

QString BubblePainter::stateText(State state)
{
    return state == State::Sending ? tr("sending…") : QString();
}

QString BubblePainter::internalLabel()
{
    return tr("Internal — only staff see this");
}

BubblePainter::Laid BubblePainter::lay(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Laid laid;
    BubbleGeometry &g = laid.geometry;
    g.kind = index.data(TranscriptPresentation::KindRole).value<Kind>();
    g.side = index.data(TranscriptPresentation::SideRole).value<Side>();
    const bool notice = g.kind == Kind::System;
    const bool whisper = g.kind == Kind::Whisper;
    // The played person's lines in an exercise: never taken for a real person's.
    laid.practicePerson = index.data(TranscriptPresentation::PracticeRole).toBool() && !whisper
        && index.data(TimelineModel::FromRole).toString() == protocol::toString(protocol::Sender::Seeker);

    laid.bodyFont = option.font;
    laid.bodyFont.setItalic(notice);
    laid.smallFont = smaller(option.font);
    laid.headingFont = laid.smallFont;
    laid.headingFont.setBold(true);
    laid.stateFont = laid.smallFont;
    laid.stateFont.setItalic(true);
    const QFontMetrics smallMetrics(laid.smallFont);
    const QFontMetrics headingMetrics(laid.headingFont);
    const QFontMetrics stateMetrics(laid.stateFont);
    // Widths rounded up, so a name that fits is never elided by a fraction of a pixel.
    auto advance = [](const QFont &font, const QString &text) {
        return int(std::ceil(QFontMetricsF(font).horizontalAdvance(text))) + 1;
    };

    const int width = availableWidth(option);
    const int usable = std::max(40, width - 2 * kOuterH);
    int bubbleMax = std::min(usable, std::max(kMinBubble, usable * 78 / 100));
    if (whisper)
        bubbleMax = std::max(40, usable - 2 * kWhisperIndent);
    else if (notice)
        bubbleMax = std::max(40, usable * 85 / 100);
    const int maxContent = std::max(20, bubbleMax - 2 * kPadH);

    QString text = index.data(TimelineModel::TextRole).toString();
    text.remove(QLatin1Char('\r'));
    int headerWidth = 0;
    int tailWidth = 0;
    if (notice) {
        text = tr("%1 · %2").arg(text, index.data(TranscriptPresentation::TimeTextRole).toString());
    } else {
        laid.heading = index.data(TranscriptPresentation::HeadingRole).toString();
        if (laid.practicePerson)
            laid.heading = models::PracticeText::mark(laid.heading);
        laid.time = index.data(TranscriptPresentation::TimeTextRole).toString();
        laid.state = index.data(TranscriptPresentation::StateRole).value<State>();
        int stateWidth = 0;
        if (laid.state == State::Sending)
            stateWidth = advance(laid.stateFont, stateText(laid.state));
        else if (laid.state == State::Sent)
            stateWidth = smallMetrics.height();
        tailWidth = kSpace + advance(laid.smallFont, laid.time) + (stateWidth > 0 ? kSpace + stateWidth : 0);
        headerWidth = advance(laid.headingFont, laid.heading) + tailWidth;
    }
    const int labelWidth = whisper ? advance(laid.stateFont, internalLabel()) : 0;

    // The text, a QTextLayout per paragraph, each in its own direction.
    struct Pending
    {
        qreal x;
        qreal y;
        qreal width;
        qreal height;
        Qt::LayoutDirection direction;
    };
    QList<Pending> lines;
    qreal y = 0;
    qreal widest = 0;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        const Qt::LayoutDirection direction = paragraph.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
        auto layout = std::make_unique<QTextLayout>(paragraph, laid.bodyFont);
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        textOption.setTextDirection(direction);
        textOption.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute); // placed by hand below
        layout->setTextOption(textOption);
        layout->setCacheEnabled(true);
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(maxContent);
            line.setPosition(QPointF(0, y));
            const qreal natural = std::min<qreal>(line.naturalTextWidth(), maxContent);
            lines.append({0, y, natural, line.height(), direction});
            laid.lineRefs.append({int(laid.paragraphs.size()), line.lineNumber()});
            widest = std::max(widest, natural);
            y += line.height();
        }
        layout->endLayout();
        laid.paragraphs.push_back(std::move(layout));
    }
    const int textHeight = int(std::ceil(y));
    const int contentWidth = whisper
        ? maxContent
        : std::clamp(int(std::ceil(std::max({widest, qreal(headerWidth), qreal(labelWidth)}))), 1,
                     maxContent);

    // Top to bottom: header, the whisper's label, the text.
    int top = kPadV;
    const int headerTop = top;
    const int headerHeight = notice ? 0 : std::max(smallMetrics.height(), headingMetrics.height());
    if (!notice)
        top += headerHeight + kGap;
    const int labelTop = top;
    if (whisper)
        top += stateMetrics.height() + kGap;
    const int bodyTop = top;
    top += textHeight + kPadV;
    const int bubbleWidth = contentWidth + 2 * kPadH;
    const int bubbleHeight = top;

    g.row = QRect(option.rect.left(), option.rect.top(), width, bubbleHeight + 2 * kOuterV);
    int x = g.row.left() + (width - bubbleWidth) / 2;
    if (g.side == Side::Start)
        x = g.row.left() + kOuterH;
    else if (g.side == Side::End)
        x = g.row.right() - kOuterH - bubbleWidth + 1;
    g.bubble = QStyle::visualRect(option.direction, g.row,
                                  QRect(x, g.row.top() + kOuterV, bubbleWidth, bubbleHeight));
    const int left = g.bubble.left() + kPadH;
    if (!notice) {
        g.header = QRect(left, g.bubble.top() + headerTop, contentWidth, headerHeight);
        // Heading, time, state from the leading edge; the heading gives way when short of room.
        const int headingWidth =
            std::clamp(advance(laid.headingFont, laid.heading), 0, std::max(0, contentWidth - tailWidth));
        QRect part(g.header.left(), g.header.top(), headingWidth, headerHeight);
        laid.headingRect = part;
        part = QRect(part.right() + 1 + kSpace, part.top(), advance(laid.smallFont, laid.time), headerHeight);
        laid.timeRect = part;
        const int stateWidth = tailWidth - kSpace - part.width() - kSpace;
        if (laid.state != State::None)
            laid.stateRect =
                QRect(part.right() + 1 + kSpace, part.top(), std::max(0, stateWidth), headerHeight);
        for (QRect *r : {&laid.headingRect, &laid.timeRect, &laid.stateRect}) {
            if (!r->isNull())
                *r = QStyle::visualRect(option.direction, g.header, *r).intersected(g.header);
        }
    }
    if (whisper)
        g.label = QRect(left, g.bubble.top() + labelTop, contentWidth, stateMetrics.height());
    g.body = QRect(left, g.bubble.top() + bodyTop, contentWidth, textHeight);
    for (const Pending &line : lines) {
        qreal offset = 0;
        if (notice)
            offset = (contentWidth - line.width) / 2;
        else if (line.direction == Qt::RightToLeft)
            offset = contentWidth - line.width;
        g.lines.append(
            {QRectF(g.body.left() + offset, g.body.top() + line.y, line.width, line.height), line.direction});
    }
    return laid;
}

BubbleGeometry BubblePainter::geometry(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return lay(option, index).geometry;
}

QSize BubblePainter::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return geometry(option, index).row.size();
}

void BubblePainter::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const Laid laid = lay(option, index);
    const BubbleGeometry &g = laid.geometry;
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool highContrast = Theme::mode() == Theme::Mode::HighContrast;
    const Theme::Role role = themeRole(g.kind);
    const QColor fill = Theme::background(role);
    const QColor ink = Theme::text(role);

    painter->save();
    painter->setClipRect(option.rect, Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing);
    if (selected)
        painter->fillRect(g.row, withAlpha(palette.color(QPalette::Highlight), highContrast ? 255 : 56));

    // The bubble: dashed for a whisper, outlined in the practice colour for the played person.
    QPen outline(withAlpha(ink, highContrast ? 255 : 60), 1);
    if (g.kind == Kind::Whisper)
        outline = QPen(ink, 1.5, Qt::DashLine);
    else if (laid.practicePerson)
        outline = QPen(Theme::background(Theme::Role::Practice), 2);
    else if (g.kind == Kind::System)
        outline = highContrast ? QPen(ink, 1) : QPen(Qt::NoPen);
    if (selected)
        outline = QPen(palette.color(QPalette::Highlight), 2);
    painter->setPen(outline);
    painter->setBrush(fill);
    const QRectF shape = QRectF(g.bubble).adjusted(1, 1, -1, -1);
    const qreal radius = g.kind == Kind::System ? shape.height() / 2 : kRadius;
    painter->drawRoundedRect(shape, std::min(radius, shape.height() / 2),
                             std::min(radius, shape.height() / 2));
    if (option.state.testFlag(QStyle::State_HasFocus)) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = g.bubble.adjusted(-2, -2, 2, 2);
        focus.backgroundColor = palette.color(QPalette::Base);
        const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, option.widget);
    }

    const QColor muted = withAlpha(ink, highContrast ? 255 : 190);
    const int vcenter = Qt::AlignVCenter | Qt::AlignLeft;
    if (!g.header.isEmpty()) {
        painter->setPen(ink);
        painter->setFont(laid.headingFont);
        painter->drawText(laid.headingRect, vcenter,
                          QFontMetrics(laid.headingFont)
                              .elidedText(laid.heading, Qt::ElideRight, laid.headingRect.width()));
        painter->setPen(muted);
        painter->setFont(laid.smallFont);
        painter->drawText(laid.timeRect, vcenter, laid.time);
        if (laid.state == State::Sending) {
            painter->setFont(laid.stateFont);
            painter->drawText(laid.stateRect, vcenter, stateText(laid.state));
        } else if (laid.state == State::Sent && !laid.stateRect.isEmpty()) {
            // A tick: sent, the server has it.
            const QRectF r =
                QRectF(laid.stateRect)
                    .adjusted(2, laid.stateRect.height() * 0.3, -2, -laid.stateRect.height() * 0.25);
            QPainterPath tick;
            tick.moveTo(r.left(), r.center().y());
            tick.lineTo(r.left() + r.width() * 0.38, r.bottom());
            tick.lineTo(r.right(), r.top());
            painter->setPen(QPen(muted, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(tick);
        }
    }
    if (!g.label.isEmpty()) {
        painter->setPen(ink);
        painter->setFont(laid.stateFont);
        painter->drawText(
            g.label, vcenter,
            QFontMetrics(laid.stateFont).elidedText(internalLabel(), Qt::ElideRight, g.label.width()));
    }
    painter->setPen(g.kind == Kind::System ? muted : ink);
    for (qsizetype i = 0; i < g.lines.size(); ++i) {
        const auto [paragraph, number] = laid.lineRefs.at(i);
        const QTextLine line = laid.paragraphs.at(std::size_t(paragraph))->lineAt(number);
        line.draw(painter, QPointF(g.lines.at(i).rect.left() - line.x(), g.body.top()));
    }
    painter->restore();
}

} // namespace ecoute::ui
