// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inbox/ChannelIcons.h"
#include "protocol/Vocabulary.h"

#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace ecoute::ui {

ChannelIcons::ChannelIcons()
    : m_chat(load(QStringLiteral("chat"))), m_email(load(QStringLiteral("email"))),
      m_phone(load(QStringLiteral("phone")))
{
}

QIcon ChannelIcons::icon(const QString &channel) const
{
    switch (protocol::fromString<protocol::Channel>(channel).value_or(protocol::Channel::Chat)) {
    case protocol::Channel::Email:
        return m_email;
    case protocol::Channel::Phone:
        return m_phone;
    case protocol::Channel::Chat:
        break;
    }
    return m_chat;
}

QIcon ChannelIcons::load(const QString &channel)
{
    const QString path = QStringLiteral(":/ecoute/icons/%1.svg").arg(channel);
    if (QImageReader::supportedImageFormats().contains("svg") && QFile::exists(path))
        return QIcon(path);
    return draw(channel);
}

QIcon ChannelIcons::draw(const QString &channel)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    const auto kind = protocol::fromString<protocol::Channel>(channel);
    if (kind == protocol::Channel::Email) {
        p.setBrush(QColor(0xc0, 0x6a, 0x1b));
        p.drawRoundedRect(QRectF(3, 7, 26, 18), 3, 3);
        p.setPen(QPen(Qt::white, 2.5));
        p.drawPolyline(QPolygonF {QPointF(5, 10), QPointF(16, 18), QPointF(27, 10)});
    } else if (kind == protocol::Channel::Phone) {
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.drawRoundedRect(QRectF(9, 2, 14, 28), 3, 3);
        p.setBrush(Qt::white);
        p.drawRect(QRectF(11, 6, 10, 17));
        p.drawEllipse(QPointF(16, 26.5), 1.5, 1.5);
    } else {
        QPainterPath bubble;
        bubble.addRoundedRect(QRectF(2, 4, 28, 19), 6, 6);
        bubble.moveTo(8, 22);
        bubble.lineTo(7, 30);
        bubble.lineTo(15, 22);
        p.setBrush(QColor(0x2b, 0x6c, 0x8f));
        p.drawPath(bubble.simplified());
        p.setBrush(Qt::white);
        for (int x : {9, 16, 23})
            p.drawEllipse(QPointF(x, 13.5), 2, 2);
    }
    p.end();
    return QIcon(pixmap);
}

} // namespace ecoute::ui
