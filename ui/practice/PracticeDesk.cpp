// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/practice/PracticeDesk.h"

#include "models/connection/ErrorText.h"
#include "models/workstation/Workstation.h"
#include "ui/conversation/ConversationPane.h"
#include "ui/practice/PracticeFeedbackDialog.h"
#include "ui/practice/PracticeFeedbackView.h"
#include "ui/practice/PracticeGuidancePane.h"
#include "ui/practice/PracticeHistoryView.h"
#include "ui/practice/PracticeStartDialog.h"
#include "ui/practice/ScenarioEditorDialog.h"
#include "ui/practice/ScenarioLibraryView.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QVBoxLayout>

namespace ecoute::ui {

namespace {
QString scenarioKey(const QString &slug, const QString &language)
{
    return slug + u'/' + language;
}
} // namespace

PracticeDesk::PracticeDesk(models::Workstation &workstation, QMainWindow *window)
    : QObject(window), m_workstation(workstation), m_window(window)
{
    models::PracticeModel &practice = workstation.practice();

    m_library = new ScenarioLibraryView(practice.scenarios(), window);
    m_scenarioDock = new QDockWidget(tr("Practice scenarios"), window);
    m_scenarioDock->setObjectName(QStringLiteral("scenarioDock"));
    m_scenarioDock->setAccessibleName(tr("Practice scenarios"));
    m_scenarioDock->setWidget(m_library);
    window->addDockWidget(Qt::RightDockWidgetArea, m_scenarioDock);
    m_scenarioDock->hide();
    connect(m_library, &ScenarioLibraryView::startRequested, this,
            [this](const QString &slug, const QString &language) { startSession(slug, language); });
    connect(m_library, &ScenarioLibraryView::editRequested, this, &PracticeDesk::editScenario);
    connect(m_library, &ScenarioLibraryView::newRequested, this, &PracticeDesk::newScenario);

    m_menu = new QMenu(tr("&Practice"), window);
    m_menu->setObjectName(QStringLiteral("practiceMenu"));
    m_start = m_menu->addAction(tr("&Start a practice session…"));
    m_start->setObjectName(QStringLiteral("startPracticeAction"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_start, &QAction::triggered, this, [this] { startSession(); });
    QAction *library = m_scenarioDock->toggleViewAction();
    library->setText(tr("Show the &scenarios"));
    library->setObjectName(QStringLiteral("showScenariosAction"));
    m_menu->addAction(library);
    m_new = m_menu->addAction(tr("&New scenario…"));
    m_new->setObjectName(QStringLiteral("newScenarioAction"));
    connect(m_new, &QAction::triggered, this, &PracticeDesk::newScenario);
    m_menu->addSeparator();
    QAction *history = m_menu->addAction(tr("Practice &history…"));
    history->setObjectName(QStringLiteral("practiceHistoryAction"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(history, &QAction::triggered, this, &PracticeDesk::showHistory);

    connect(&practice, &models::PracticeModel::scenarioReceived, this, [this](const protocol::Scenario &s) {
        if (m_awaitedScenario == scenarioKey(s.slug, s.language)) {
            m_awaitedScenario.clear();
            openEditor(s, false);
        }
    });
    connect(&practice, &models::PracticeModel::scenarioSaved, this, [this](const protocol::Scenario &s) {
        if (m_editor && m_editor->isSaving())
            m_editor->accept();
        emit message(tr("Scenario “%1” saved.").arg(s.title));
    });
    connect(&practice, &models::PracticeModel::scenarioRefused, this, [this](const QString &error) {
        if (m_editor && m_editor->isSaving())
            m_editor->setServerError(error); // everything typed is still there
        else
            emit message(error);
    });
    connect(&practice, &models::PracticeModel::feedbackRefused, this,
            [this](const models::PracticeFeedback &feedback, const QString &error) {
                showFeedbackForm(feedback.contactId, feedback, error);
            });
    connect(&practice, &models::PracticeModel::feedbackReceived, this, &PracticeDesk::onFeedback);
    connect(&practice, &models::PracticeModel::historyReceived, this,
            [this](const QString &user, const QList<models::PracticeHistoryEntry> &entries) {
                m_history.setEntries(user, entries);
            });
    connect(&practice, &models::PracticeModel::sessionStarted, this, [this](const models::PracticeRun &run) {
        emit message(tr("Practice session “%1” running with %n trainee(s).", "", int(run.contacts.size()))
                         .arg(run.scenario.title));
    });
    connect(&workstation.session(), &models::Session::loggedIn, this, &PracticeDesk::updateRole);
    updateRole();
}

void PracticeDesk::updateRole()
{
    const bool trainer = m_workstation.practice().isTrainer();
    m_start->setVisible(trainer);
    m_new->setVisible(trainer);
    m_scenarioDock->toggleViewAction()->setVisible(trainer);
    m_library->setTrainer(trainer);
    if (!trainer)
        m_scenarioDock->hide();
    else if (m_workstation.connection().isConnected())
        m_workstation.practice().requestScenarios();
}

QWidget *PracticeDesk::guidancePane(models::Conversation &conversation, QWidget *parent)
{
    auto *guidance =
        new PracticeGuidancePane(m_workstation.practice().scenarioOf(conversation.contactId()), parent);
    if (auto *pane = qobject_cast<ConversationPane *>(parent))
        connect(guidance, &PracticeGuidancePane::openingRequested, pane, &ConversationPane::setComposerText);
    const QString contactId = conversation.contactId();
    connect(guidance, &PracticeGuidancePane::feedbackRequested, this,
            [this, contactId] { openFeedbackForm(contactId); });
    return guidance;
}

void PracticeDesk::startSession(const QString &slug, const QString &language)
{
    models::PracticeModel &practice = m_workstation.practice();
    if (!practice.scenarios().isLoaded())
        practice.requestScenarios();
    QStringList known;
    for (int row = 0; row < m_workstation.team().rowCount(); ++row)
        known << m_workstation.team()
                     .data(m_workstation.team().index(row), models::TeamModel::UserRole)
                     .toString();
    auto *dialog = new PracticeStartDialog(practice.scenarios(), known, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!slug.isEmpty())
        dialog->setScenario(slug, language);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_workstation.practice().start(dialog->slug(), dialog->language(), dialog->trainees(),
                                       dialog->observers());
    });
    m_workstation.requestTeam(); // completes the names typed
    dialog->open();
}

void PracticeDesk::editScenario(const QString &slug, const QString &language)
{
    m_awaitedScenario = scenarioKey(slug, language);
    m_workstation.practice().requestScenario(slug, language);
}

void PracticeDesk::newScenario()
{
    openEditor({}, true); // the editor's defaults: French, chat, low risk
}

void PracticeDesk::openEditor(const protocol::Scenario &scenario, bool isNew)
{
    if (m_editor && m_editor->isModified())
        return m_editor->raise(); // never throw away what a trainer is writing
    if (m_editor)
        m_editor->deleteLater();
    m_editor = new ScenarioEditorDialog(m_window);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setLibrary(&m_workstation.practice().scenarios());
    if (isNew)
        m_editor->setNewScenario(scenario);
    else
        m_editor->setScenario(scenario);
    // The editor waits for the server: it closes on the stored scenario, or shows the
    // refusal with everything typed still there.
    connect(m_editor, &ScenarioEditorDialog::saveRequested, this,
            [this](const QString &slug, const QString &language, const QString &text) {
                if (!m_workstation.practice().saveScenario(slug, language, text) && m_editor)
                    m_editor->setServerError(models::ErrorText::connectionLost());
            });
    m_editor->open();
}

void PracticeDesk::openFeedbackForm(const QString &contactId)
{
    if (!m_workstation.conversations().find(contactId))
        return;
    for (PracticeFeedbackDialog *open : m_window->findChildren<PracticeFeedbackDialog *>()) {
        if (open->contactId() == contactId)
            return open->raise();
    }
    showFeedbackForm(contactId);
}

void PracticeDesk::showFeedbackForm(const QString &contactId, const models::PracticeFeedback &refill,
                                    const QString &error)
{
    const models::Conversation *conversation = m_workstation.conversations().find(contactId);
    auto *dialog = new PracticeFeedbackDialog(contactId, conversation ? conversation->trainee() : QString(),
                                              m_workstation.practice().scenarioOf(contactId), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (refill.isValid()) { // sending failed: everything written comes back, with the reason
        dialog->setFeedback(refill);
        dialog->showError(error);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const models::PracticeFeedback feedback = dialog->feedback();
        if (!m_workstation.practice().sendFeedback(feedback))
            showFeedbackForm(feedback.contactId, feedback, models::ErrorText::connectionLost());
    });
    dialog->open();
}

void PracticeDesk::onFeedback(const models::PracticeFeedback &feedback)
{
    m_history.updateFeedback(feedback);
    if (feedback.trainer == m_workstation.session().user()) {
        emit message(tr("Feedback sent."));
        return;
    }
    // A trainee's feedback: shown at once, and kept in their practice history.
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("practiceFeedbackReceived"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Feedback on your practice exercise"));
    auto *view = new PracticeFeedbackView(dialog);
    view->setFeedback(feedback);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->resize(520, 480);
    dialog->show();
    emit message(tr("Feedback on your practice exercise has arrived."));
}

void PracticeDesk::showHistory()
{
    if (!m_historyDialog) {
        auto *dialog = new QDialog(m_window);
        dialog->setObjectName(QStringLiteral("practiceHistoryDialog"));
        dialog->setWindowTitle(tr("Practice history"));
        auto *view = new PracticeHistoryView(m_history, dialog);
        view->setSelf(m_workstation.session().user());
        view->setCanChooseTrainee(m_workstation.practice().isTrainer());
        connect(view, &PracticeHistoryView::historyRequested, &m_workstation.practice(),
                &models::PracticeModel::requestHistory);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(view);
        layout->addWidget(buttons);
        dialog->resize(720, 520);
        m_historyDialog = dialog;
    }
    m_workstation.practice().requestHistory();
    m_historyDialog->show();
    m_historyDialog->raise();
}

} // namespace ecoute::ui
