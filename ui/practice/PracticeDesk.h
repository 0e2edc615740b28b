// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/practice/PracticeFeedback.h"
#include "models/practice/PracticeHistoryModel.h"
#include "protocol/ScenarioFile.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace ecoute::models {
class Conversation;
class Workstation;
} // namespace ecoute::models

namespace ecoute::ui {

class ConversationPane;
class PracticeFeedbackDialog;
class ScenarioEditorDialog;
class ScenarioLibraryView;

/// Everything about practice in the main window, so that MainWindow only
/// composes: the Practice menu, the scenario library dock, and the dialogs
/// (start a session, edit a scenario, feedback, history). Trainers get all of
/// it; everyone gets their practice history and the feedback they receive.
class PracticeDesk : public QObject
{
    Q_OBJECT

public:
    PracticeDesk(models::Workstation &workstation, QMainWindow *window);

    QMenu *menu() const { return m_menu; }
    QDockWidget *scenarioDock() const { return m_scenarioDock; }
    ScenarioLibraryView *scenarioLibrary() const { return m_library; }
    models::PracticeHistoryModel &history() { return m_history; }

    /// The pane beside a conversation a trainer plays: the scenario and its guidance.
    /// parent: the ConversationPane it goes beside (its composer takes the opening).
    QWidget *guidancePane(models::Conversation &conversation, QWidget *parent);

    void startSession(const QString &slug = {}, const QString &language = {});
    void editScenario(const QString &slug, const QString &language);
    void newScenario();
    void openFeedbackForm(const QString &contactId);
    void showHistory();

signals:
    void message(const QString &text);

private:
    void updateRole();
    void openEditor(const protocol::Scenario &scenario, bool isNew);
    /// A feedback form; refill (if valid) and error: what a failed send gives back.
    void showFeedbackForm(const QString &contactId, const models::PracticeFeedback &refill = {},
                          const QString &error = {});
    void onFeedback(const models::PracticeFeedback &feedback);

    models::Workstation &m_workstation;
    QMainWindow *m_window;
    models::PracticeHistoryModel m_history;
    QMenu *m_menu;
    QAction *m_start;
    QAction *m_new;
    QDockWidget *m_scenarioDock;
    ScenarioLibraryView *m_library;
    QPointer<ScenarioEditorDialog> m_editor;
    QPointer<QDialog> m_historyDialog;
    QString m_awaitedScenario; ///< "slug/language" asked for editing
};

} // namespace ecoute::ui
