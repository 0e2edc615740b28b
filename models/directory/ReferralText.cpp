// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/directory/ReferralText.h"

#include "models/workstation/VocabularyText.h"

namespace ecoute::models {

namespace {
/// The text as one sentence: a full stop unless it already ends with punctuation.
QString sentence(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty())
        return {};
    const QChar last = trimmed.back();
    return last == u'.' || last == u'!' || last == u'?' ? trimmed : trimmed + u'.';
}

void appendSentence(QStringList &parts, const QString &text)
{
    if (!text.isEmpty())
        parts.append(sentence(text));
}
} // namespace

QString ReferralText::forReply(const ReferralService &s)
{
    QStringList parts;
    appendSentence(parts, tr("You could contact %1").arg(s.name.simplified()));
    if (!s.helpsWith.trimmed().isEmpty())
        appendSentence(parts, tr("They help with: %1").arg(s.helpsWith.simplified()));
    if (!s.phone.trimmed().isEmpty())
        appendSentence(parts, tr("Phone: %1").arg(s.phone.trimmed()));
    // A web address ends without a full stop, so that it can be followed as it is.
    if (!s.web.trimmed().isEmpty())
        parts.append(tr("Website: %1").arg(s.web.trimmed()));
    if (!s.hours.trimmed().isEmpty())
        appendSentence(parts, tr("Hours: %1").arg(s.hours.simplified()));
    return parts.join(u' ');
}

QString ReferralText::accessibleDescription(const ReferralService &s)
{
    QStringList parts;
    appendSentence(parts, s.name);
    if (s.example)
        appendSentence(parts, tr("Invented example service"));
    if (!s.helpsWith.trimmed().isEmpty())
        appendSentence(parts, tr("Helps with: %1").arg(s.helpsWith.simplified()));
    if (!s.phone.trimmed().isEmpty())
        appendSentence(parts, tr("Phone: %1").arg(s.phone.trimmed()));
    if (!s.web.trimmed().isEmpty())
        appendSentence(parts, tr("Website: %1").arg(s.web.trimmed()));
    if (!s.hours.trimmed().isEmpty())
        appendSentence(parts, tr("Hours: %1").arg(s.hours.simplified()));
    if (!s.languages.isEmpty())
        appendSentence(parts, tr("Languages: %1").arg(languages(s.languages)));
    if (!s.region.trimmed().isEmpty())
        appendSentence(parts, tr("Region: %1").arg(s.region.trimmed()));
    return parts.join(u' ');
}

QString ReferralText::languages(const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes)
        names.append(VocabularyText::language(code));
    return names.join(QStringLiteral(", "));
}

QString ReferralText::invalidField(const QString &field)
{
    if (field == QLatin1String("name"))
        return tr("Give the service a name of 1 to 120 characters.");
    if (field == QLatin1String("helpsWith"))
        return tr("Say what the service helps with in at most 500 characters.");
    if (field == QLatin1String("phone"))
        return tr("The phone number may have at most 40 characters.");
    if (field == QLatin1String("web"))
        return tr("The web address must start with https:// or http:// and have at most 200 characters.");
    if (field == QLatin1String("hours"))
        return tr("The opening hours may have at most 200 characters.");
    if (field == QLatin1String("region"))
        return tr("The region may have at most 120 characters.");
    if (field == QLatin1String("languages"))
        return tr("Choose at most 5 of the line's languages.");
    if (field == QLatin1String("id"))
        return tr("This service is no longer in the directory.");
    return tr("The server refused this service: check its fields.");
}

QString ReferralText::directoryFull()
{
    return tr("The directory is full: remove a service you no longer need, or shorten some descriptions, "
              "then save again.");
}

} // namespace ecoute::models
