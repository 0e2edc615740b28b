// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/practice/PracticeText.h"

#include "models/conversation/Conversation.h"
#include "models/connection/ErrorText.h"

namespace ecoute::models {

QString PracticeText::mark(const QString &text)
{
    return tr("PRACTICE · %1").arg(text);
}

QString PracticeText::banner()
{
    return tr("Practice — this is a training exercise, not a real person in distress.");
}

QString PracticeText::windowTitle(const QString &appTitle, const Conversation *current)
{
    if (!current || !current->isPractice())
        return appTitle;
    return tr("PRACTICE · %1 — %2").arg(current->contact().pseudonym, appTitle);
}

QString PracticeText::failed(const QString &action, const QString &code)
{
    if (code == QLatin1String("forbidden")) {
        if (action == QLatin1String("scenario.save") || action == QLatin1String("scenario.get"))
            return tr("Only trainers can read and edit whole scenarios.");
        return tr("Only trainers can run practice sessions.");
    }
    if (code == QLatin1String("not_found")) {
        if (action == QLatin1String("practice.start"))
            return tr("The session was not started: the scenario, or one of the people named, does not "
                      "exist or cannot take part.");
        if (action == QLatin1String("practice.history"))
            return tr("There is no practice history you may see for this person.");
        if (action == QLatin1String("scenario.get"))
            return tr("This scenario no longer exists.");
        return tr("This exercise is not one you run.");
    }
    if (code == QLatin1String("invalid_state"))
        return tr("This exercise has already ended.");
    if (code == QLatin1String("wrong_type") || code == QLatin1String("missing_field")) {
        if (action == QLatin1String("scenario.save"))
            return tr("The server refused the scenario: check every field and try again.");
        if (action == QLatin1String("practice.feedback.send"))
            return tr("The server refused the feedback: every goal needs a rating, and texts must be "
                      "shorter.");
        if (action == QLatin1String("practice.start"))
            return tr("Choose at least one trainee.");
    }
    return ErrorText::forCodeName(code);
}

} // namespace ecoute::models
