// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/conversation/TranscriptDelegate.h"
#include "ui/conversation/TranscriptPresentation.h"

#include <QCoreApplication>
#include <QList>
#include <QRect>

class QTextLayout;

namespace ecoute::ui {

/// Where the parts of one chat row go, in the row's coordinates (for painting and tests).
struct BubbleGeometry
{
    struct Line
    {
        QRectF rect; ///< the line's text as drawn: aligned by its paragraph's direction
        Qt::LayoutDirection direction = Qt::LeftToRight;
    };
    TranscriptPresentation::Kind kind = TranscriptPresentation::Kind::Seeker;
    TranscriptPresentation::Side side = TranscriptPresentation::Side::Start;
    QRect row; ///< the whole row: its height is the size hint's
    QRect bubble; ///< the bubble (a band for whispers, a pill for notices)
    QRect header; ///< heading, time and state; empty for notices
    QRect label; ///< a whisper's "internal" label; empty otherwise
    QRect body; ///< the message's text
    QList<Line> lines;
};

/// Chat rows as bubbles: the person's on the leading side, this workstation's on the
/// trailing side, each with the sender's name, the time and (own messages) "sending…" or a
/// tick; notices centred and muted; whispers as a dashed, full-width band labelled internal
/// so they never look like a message to the person; the person's bubbles outlined and
/// marked PRACTICE in an exercise. Text wraps at the bubble's width; each paragraph is
/// aligned by its own direction (Arabic, Hebrew) within the bubble. Colours from Theme.
class BubblePainter : public TranscriptRowPainter
{
    Q_DECLARE_TR_FUNCTIONS(BubblePainter)

public:
    BubblePainter();
    ~BubblePainter() override;

    BubbleGeometry geometry(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    /// The words of a state mark ("sending…"), empty for none (sent is a tick).
    static QString stateText(TranscriptPresentation::State state);
    /// The label of a whisper row.
    static QString internalLabel();

private:
    struct Laid;
    Laid lay(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace ecoute::ui
