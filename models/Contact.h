// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ecoute::models {

/// A help-seeker contact as the server describes it (protocol "Contact" object).
struct Contact
{
    QString id;
    QString channel; ///< chat | email | phone
    QString pseudonym; ///< random name given by the server, never the seeker's identity
    QString language;
    QString state; ///< waiting | offered | active | ended
    QDateTime createdAt;
    bool urgent = false;

    static Contact fromJson(const QJsonObject &json);
    bool isValid() const { return !id.isEmpty(); }
};

/// One chat line (protocol "Message" object).
struct ChatMessage
{
    qint64 seq = 0; ///< 0 while the server has not acknowledged it
    QString from; ///< seeker | volunteer | system
    QString text;
    QDateTime at;
    QString clientMsgId; ///< set for messages written on this workstation
    bool pending = false;

    static ChatMessage fromJson(const QJsonObject &json);
};

} // namespace ecoute::models
