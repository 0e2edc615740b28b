// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

#include <functional>

namespace ecoute::models {
class Conversation;
class Workstation;
} // namespace ecoute::models

namespace ecoute::ui {

class ConversationPane;

/// One tab per open conversation; a pane is created once and kept until the
/// volunteer closes the conversation once it has ended or been passed on.
/// Opens the transfer dialog a pane asks for.
class ConversationTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit ConversationTabs(models::Workstation &workstation, QWidget *parent = nullptr);

    ConversationPane *paneFor(const QString &contactId) const;
    ConversationPane *currentPane() const;

    /// Makes the pane shown beside each conversation (the notes); applied to the open ones too.
    using SidePaneFactory = std::function<QWidget *(models::Conversation &conversation, QWidget *parent)>;
    void setSidePaneFactory(SidePaneFactory factory);

protected:
    void tabInserted(int index) override;
    void tabRemoved(int index) override;

private:
    void updateTabFocus();
    void showConversation(models::Conversation *conversation);
    void closeConversation(const QString &contactId);
    void openTransfer(const QString &contactId);
    void updateTitle(ConversationPane *pane);

    models::Workstation &m_workstation;
    SidePaneFactory m_sidePaneFactory;
};

} // namespace ecoute::ui
