// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/routing/RoutingConfig.h"

#include <QList>
#include <QString>

namespace ecoute::server {

/// The few letters the line writes by itself, in the writer's language (fr, de, en; others get
/// English): they say what happens next and never repeat what the person wrote.
struct AutomaticLetter
{
    QString subject;
    QString text;
};

namespace mailtexts {
/// "We received your message; someone answers within N hours; in immediate danger call <emergency>"
/// (Auto-Submitted: auto-replied). emergency: the centre's numbers as --emergency-number gives them,
/// e.g. "112" or "112, 143 (La Main Tendue)" (see emergencyText).
AutomaticLetter acknowledgement(const QString &language, int answerHours, const QString &lineName,
                                const QString &emergency = QStringLiteral("112"));
/// The centre's emergency numbers for a letter: "112", "112, 143 (La Main Tendue)".
QString emergencyText(const QList<EmergencyNumber> &numbers);
/// To a web-mailbox writer who left an address: an answer waits on the site. Never the answer itself.
AutomaticLetter answerWaiting(const QString &language, const QString &lineName);
/// The reply's subject: "Re: " once, before the writer's subject (or a neutral one).
QString replySubject(const QString &language, const QString &subject);
} // namespace mailtexts

} // namespace ecoute::server
