// SPDX-License-Identifier: GPL-3.0-or-later
#include "PracticeText.h"

#include "Conversation.h"

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

} // namespace ecoute::models
