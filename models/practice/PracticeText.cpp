// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/practice/PracticeText.h"

#include "models/connection/ErrorText.h"
#include "models/conversation/Conversation.h"
#include "protocol/Errors.h"
#include "protocol/MessageTypes.h"

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

QString PracticeText::failed(const QString &actionName, const QString &codeName)
{
    using protocol::ErrorCode;
    using protocol::MessageType;
    const MessageType action = protocol::messageTypeOf(actionName);
    const auto code = protocol::errorCodeFromName(codeName);
    if (code == ErrorCode::Forbidden) {
        if (action == MessageType::ScenarioSave || action == MessageType::ScenarioGet)
            return tr("Only trainers can read and edit whole scenarios.");
        return tr("Only trainers can run practice sessions.");
    }
    if (code == ErrorCode::NotFound) {
        if (action == MessageType::PracticeStart)
            return tr("The session was not started: the scenario, or one of the people named, does not "
                      "exist or cannot take part.");
        if (action == MessageType::PracticeHistory)
            return tr("There is no practice history you may see for this person.");
        if (action == MessageType::ScenarioGet)
            return tr("This scenario no longer exists.");
        return tr("This exercise is not one you run.");
    }
    if (code == ErrorCode::InvalidState)
        return tr("This exercise has already ended.");
    if (code == ErrorCode::WrongType || code == ErrorCode::MissingField) {
        if (action == MessageType::ScenarioSave)
            return tr("The server refused the scenario: check every field and try again.");
        if (action == MessageType::PracticeFeedbackSend)
            return tr("The server refused the feedback: every goal needs a rating, and texts must be "
                      "shorter.");
        if (action == MessageType::PracticeStart)
            return tr("Choose at least one trainee.");
    }
    return ErrorText::forCodeName(codeName);
}

} // namespace ecoute::models
