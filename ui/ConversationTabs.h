// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

namespace ecoute::models {
class Conversation;
class Workstation;
} // namespace ecoute::models

namespace ecoute::ui {

class ConversationPane;

/// One tab per open conversation; a pane is created once and kept until the
/// volunteer closes the ended conversation.
class ConversationTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit ConversationTabs(models::Workstation &workstation, QWidget *parent = nullptr);

    ConversationPane *paneFor(const QString &contactId) const;
    ConversationPane *currentPane() const;

private:
    void showConversation(models::Conversation *conversation);
    void closeConversation(const QString &contactId);
    void updateTitle(ConversationPane *pane);

    models::Workstation &m_workstation;
};

} // namespace ecoute::ui
