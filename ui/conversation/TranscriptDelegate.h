// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"

#include <QStyledItemDelegate>

#include <map>
#include <memory>

namespace ecoute::ui {

/// Draws the rows of one kind of conversation (chat bubbles; later a letter-like mail
/// view, a call's log). A delegate picks one per row by TranscriptPresentation::ChannelRole.
class TranscriptRowPainter
{
public:
    virtual ~TranscriptRowPainter() = default;
    virtual QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const = 0;
    virtual void paint(QPainter *painter, const QStyleOptionViewItem &option,
                       const QModelIndex &index) const = 0;
};

/// The transcript's delegate: rows of a TranscriptPresentation, drawn by the painter of
/// their channel (chat bubbles unless another painter is set for it). Heights depend on
/// the width, so long messages wrap.
class TranscriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TranscriptDelegate(QObject *parent = nullptr);
    ~TranscriptDelegate() override;

    /// Draws the rows of `channel` with `painter` (the mail and call views to come).
    void setPainter(protocol::Channel channel, std::unique_ptr<TranscriptRowPainter> painter);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    const TranscriptRowPainter &painterFor(const QModelIndex &index) const;

    std::unique_ptr<TranscriptRowPainter> m_bubbles;
    std::map<protocol::Channel, std::unique_ptr<TranscriptRowPainter>> m_painters;
};

} // namespace ecoute::ui
