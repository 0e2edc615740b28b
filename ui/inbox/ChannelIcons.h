// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace ecoute::ui {

/// Icons for the contact channels (chat, email, phone): the SVGs in resources/icons.
class ChannelIcons
{
public:
    ChannelIcons();
    QIcon icon(const QString &channel) const;

private:
    static QIcon load(const QString &channel);

    QIcon m_chat;
    QIcon m_email;
    QIcon m_phone;
};

} // namespace ecoute::ui
