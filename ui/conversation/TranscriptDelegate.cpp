// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/TranscriptDelegate.h"

#include "ui/conversation/BubblePainter.h"
#include "ui/conversation/TranscriptPresentation.h"

namespace ecoute::ui {

TranscriptDelegate::TranscriptDelegate(QObject *parent)
    : QStyledItemDelegate(parent), m_bubbles(std::make_unique<BubblePainter>())
{
}

TranscriptDelegate::~TranscriptDelegate() = default;

void TranscriptDelegate::setPainter(protocol::Channel channel, std::unique_ptr<TranscriptRowPainter> painter)
{
    if (painter)
        m_painters[channel] = std::move(painter);
    else
        m_painters.erase(channel);
}

const TranscriptRowPainter &TranscriptDelegate::painterFor(const QModelIndex &index) const
{
    const QVariant channel = index.data(TranscriptPresentation::ChannelRole);
    if (channel.isValid()) {
        const auto it = m_painters.find(channel.value<protocol::Channel>());
        if (it != m_painters.end())
            return *it->second;
    }
    return *m_bubbles;
}

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return painterFor(index).sizeHint(option, index);
}

void TranscriptDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    painterFor(index).paint(painter, option, index);
}

} // namespace ecoute::ui
