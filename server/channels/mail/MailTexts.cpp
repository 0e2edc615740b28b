// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/MailTexts.h"

namespace ecoute::server::mailtexts {

QString emergencyText(const QList<EmergencyNumber> &numbers)
{
    QStringList parts;
    for (const EmergencyNumber &n : numbers)
        parts.append(n.label.isEmpty() ? n.number : QStringLiteral("%1 (%2)").arg(n.number, n.label));
    return parts.isEmpty() ? QStringLiteral("112") : parts.join(QLatin1String(", "));
}

AutomaticLetter acknowledgement(const QString &language, int answerHours, const QString &lineName,
                                const QString &emergency)
{
    if (language == u"fr") {
        return {QStringLiteral("Nous avons bien reçu votre message"),
                QStringLiteral(
                    "Bonjour,\n\nNous avons bien reçu votre message. Une personne de notre équipe vous "
                    "répondra dans les %1 heures.\n\nSi vous êtes en danger immédiat, appelez le %3.\n\n%2\n")
                    .arg(answerHours)
                    .arg(lineName, emergency)};
    }
    if (language == u"de") {
        return {QStringLiteral("Wir haben Ihre Nachricht erhalten"),
                QStringLiteral(
                    "Guten Tag,\n\nwir haben Ihre Nachricht erhalten. Eine Person aus unserem Team "
                    "antwortet Ihnen innerhalb von %1 Stunden.\n\nWenn Sie in unmittelbarer Gefahr sind, "
                    "rufen Sie die %3 an.\n\n%2\n")
                    .arg(answerHours)
                    .arg(lineName, emergency)};
    }
    return {
        QStringLiteral("We have received your message"),
        QStringLiteral("Hello,\n\nWe have received your message. Someone from our team will answer within %1 "
                       "hours.\n\nIf you are in immediate danger, call %3.\n\n%2\n")
            .arg(answerHours)
            .arg(lineName, emergency)};
}

AutomaticLetter answerWaiting(const QString &language, const QString &lineName)
{
    if (language == u"fr") {
        return {
            QStringLiteral("Une réponse vous attend"),
            QStringLiteral(
                "Bonjour,\n\nUne réponse vous attend dans votre boîte aux lettres sur notre site.\n\n%1\n")
                .arg(lineName)};
    }
    if (language == u"de") {
        return {
            QStringLiteral("Eine Antwort wartet auf Sie"),
            QStringLiteral(
                "Guten Tag,\n\nin Ihrem Postfach auf unserer Website wartet eine Antwort auf Sie.\n\n%1\n")
                .arg(lineName)};
    }
    return {QStringLiteral("An answer is waiting for you"),
            QStringLiteral("Hello,\n\nAn answer is waiting for you in your mailbox on our site.\n\n%1\n")
                .arg(lineName)};
}

QString replySubject(const QString &language, const QString &subject)
{
    const QString trimmed = subject.simplified();
    if (trimmed.isEmpty()) {
        if (language == u"fr")
            return QStringLiteral("Notre réponse");
        if (language == u"de")
            return QStringLiteral("Unsere Antwort");
        return QStringLiteral("Our answer");
    }
    if (trimmed.startsWith(QLatin1String("re:"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("aw:"), Qt::CaseInsensitive)) {
        return trimmed;
    }
    return QStringLiteral("Re: ") + trimmed;
}

} // namespace ecoute::server::mailtexts
