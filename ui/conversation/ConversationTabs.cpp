// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/ConversationTabs.h"

#include "models/practice/PracticeText.h"
#include "models/supervision/SupervisionText.h"
#include "models/workstation/Workstation.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/conversation/TransferDialog.h"
#include "ui/practice/PracticeStyle.h"

#include <QTabBar>

namespace ecoute::ui {

ConversationTabs::ConversationTabs(models::Workstation &workstation, QWidget *parent)
    : QTabWidget(parent), m_workstation(workstation)
{
    setObjectName(QStringLiteral("conversationTabs"));
    setAccessibleName(tr("Open conversations"));
    setDocumentMode(true);
    connect(&m_workstation, &models::Workstation::conversationOpened, this,
            &ConversationTabs::showConversation);
    for (models::Conversation *conversation : m_workstation.conversations().all())
        showConversation(conversation);
}

void ConversationTabs::tabInserted(int index)
{
    QTabWidget::tabInserted(index);
    updateTabFocus();
}

void ConversationTabs::tabRemoved(int index)
{
    QTabWidget::tabRemoved(index);
    updateTabFocus();
}

void ConversationTabs::updateTabFocus()
{
    // A hidden tab bar (one conversation, auto-hidden) must not hold Tab: it would trap the focus.
    tabBar()->setFocusPolicy(count() > 1 ? Qt::TabFocus : Qt::NoFocus);
}

ConversationPane *ConversationTabs::paneFor(const QString &contactId) const
{
    for (int i = 0; i < count(); ++i) {
        auto *pane = qobject_cast<ConversationPane *>(widget(i));
        if (pane && pane->conversation().contactId() == contactId)
            return pane;
    }
    return nullptr;
}

void ConversationTabs::setSidePaneFactory(SidePaneFactory factory)
{
    m_sidePaneFactory = std::move(factory);
    for (int i = 0; i < count(); ++i) {
        if (auto *pane = qobject_cast<ConversationPane *>(widget(i)))
            pane->setSidePane(m_sidePaneFactory ? m_sidePaneFactory(pane->conversation(), pane) : nullptr);
    }
}

ConversationPane *ConversationTabs::currentPane() const
{
    return qobject_cast<ConversationPane *>(currentWidget());
}

void ConversationTabs::showConversation(models::Conversation *conversation)
{
    ConversationPane *pane = paneFor(conversation->contactId());
    if (!pane) {
        pane = new ConversationPane(*conversation, this);
        if (m_sidePaneFactory)
            pane->setSidePane(m_sidePaneFactory(*conversation, pane));
        addTab(pane, QString());
        connect(pane, &ConversationPane::closeRequested, this, &ConversationTabs::closeConversation);
        connect(pane, &ConversationPane::transferRequested, this, &ConversationTabs::openTransfer);
        pane->setSelf(m_workstation.session().user());
        pane->setCalls(&m_workstation.calls());
        pane->setMail(&m_workstation.mailOutbox(), &m_workstation.mailDrafts());
        models::SupervisionModel &supervision = m_workstation.supervision();
        connect(pane, &ConversationPane::whisperRequested, &supervision, &models::SupervisionModel::whisper);
        connect(pane, &ConversationPane::takeOverRequested, &supervision,
                &models::SupervisionModel::takeOver);
        connect(pane, &ConversationPane::leaveRequested, &supervision, &models::SupervisionModel::leave);
        connect(conversation, &models::Conversation::accessChanged, this,
                [this, pane] { updateTitle(pane); });
        connect(&conversation->supervision(), &models::SupervisionPresence::changed, this,
                [this, pane] { updateTitle(pane); });
        connect(conversation, &models::Conversation::ended, this, [this, pane] { updateTitle(pane); });
        connect(conversation, &models::Conversation::released, this, [this, pane] { updateTitle(pane); });
        connect(conversation, &models::Conversation::contactChanged, this,
                [this, pane] { updateTitle(pane); });
        connect(conversation, &models::Conversation::seekerWrote, this, [this, pane] {
            if (currentWidget() != pane) {
                const models::Conversation &c = pane->conversation();
                setTabText(
                    indexOf(pane),
                    models::PracticeText::markIf(c.isPractice(), tr("%1 (new)").arg(c.contact().pseudonym)));
            }
        });
        connect(this, &QTabWidget::currentChanged, pane, [this, pane] {
            if (currentWidget() == pane)
                updateTitle(pane);
        });
    }
    updateTitle(pane);
    setCurrentWidget(pane);
}

void ConversationTabs::closeConversation(const QString &contactId)
{
    ConversationPane *pane = paneFor(contactId);
    if (!pane)
        return;
    removeTab(indexOf(pane));
    pane->deleteLater();
    m_workstation.conversations().remove(contactId);
}

void ConversationTabs::openTransfer(const QString &contactId)
{
    models::Conversation *conversation = m_workstation.conversations().find(contactId);
    if (!conversation || !conversation->isActive())
        return;
    auto *dialog = new TransferDialog(m_workstation, *conversation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog must not outlive the conversation it transfers.
    connect(conversation, &QObject::destroyed, dialog, &QWidget::close);
    dialog->open();
}

void ConversationTabs::updateTitle(ConversationPane *pane)
{
    const models::Conversation &c = pane->conversation();
    const QString name = c.contact().pseudonym;
    QString title = name;
    if (c.isEnded())
        title = tr("%1 (ended)").arg(name);
    else if (c.isReleased())
        title = tr("%1 (passed on)").arg(name);
    else if (c.isPlayed())
        title = tr("%1 (you play, for %2)").arg(name, c.trainee());
    else if (c.access() == models::Conversation::Access::TakenOver)
        title = tr("%1 (taken over)").arg(name);
    else if (c.access() == models::Conversation::Access::Supervising)
        title = tr("%1 (listening)").arg(name);
    else if (c.access() == models::Conversation::Access::Observing)
        title = tr("%1 (observing)").arg(name);
    else if (c.isPractice() && c.supervision().isSupervised())
        title = tr("%1 (followed by the trainer)").arg(name);
    else if (c.supervision().isSupervised())
        title = c.contact().urgent ? tr("%1 (urgent, supervisor listening)").arg(name)
                                   : tr("%1 (supervisor listening)").arg(name);
    else if (c.contact().urgent)
        title = tr("%1 (urgent)").arg(name);
    const int index = indexOf(pane);
    setTabText(index, models::PracticeText::markIf(c.isPractice(), title));
    QStringList tip;
    if (c.isPractice())
        tip << models::PracticeText::banner();
    if (!pane->supervisionText().isEmpty())
        tip << pane->supervisionText();
    setTabToolTip(index, tip.join(QLatin1Char('\n')));
    tabBar()->setTabTextColor(index, c.isPractice() ? PracticeStyle::text() : QColor());
}

} // namespace ecoute::ui
