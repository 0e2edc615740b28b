// SPDX-License-Identifier: GPL-3.0-or-later
// The machine-readable parts of a delivery status notification (RFC 3464).
#pragma once

#include <QByteArray>
#include <QString>

namespace ecoute::mail {

struct DeliveryFields
{
    QString action; // lowercase, one of RFC 3464's actions, or empty
    QString status; // "5.1.1", or empty
};

/// The first recipient's Action and Status in a message/delivery-status body.
DeliveryFields readDeliveryStatus(const QByteArray &body);

/// The Message-ID (without <>) in a block of headers (text/rfc822-headers), or empty.
QString messageIdInHeaders(const QByteArray &headers);

} // namespace ecoute::mail
