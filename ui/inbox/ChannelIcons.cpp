// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inbox/ChannelIcons.h"
#include "protocol/Vocabulary.h"

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
    // SVG through Qt's icon engine (libqt6svg6, a required package): sharp at every size.
    return QIcon(QStringLiteral(":/ecoute/icons/%1.svg").arg(channel));
}

} // namespace ecoute::ui
