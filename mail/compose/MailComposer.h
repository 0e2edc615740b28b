// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ecoute::mail {

struct OutgoingMail
{
    QString fromAddress;
    QString fromName; // the line's name or the volunteer's chosen signature, never an account name
    QString toAddress;
    QString subject;
    QString messageId; // without <>
    QString inReplyTo; // without <>; empty for a first message
    QStringList references; // without <>, oldest first
    QString text;
    QDateTime date;
    bool autoReplied = false; // true: Auto-Submitted: auto-replied (an acknowledgement), else "no"
};

/// One RFC 5322 message, UTF-8 text/plain (quoted-printable or base64 as GMime picks), RFC 2047
/// for non-ASCII names and subject, CRLF line ends, ready for SMTP DATA.
QByteArray compose(const OutgoingMail &mail);

/// A fresh Message-ID (without <>): 16 random bytes in hex, "@domain".
QString newMessageId(QStringView domain);

} // namespace ecoute::mail
