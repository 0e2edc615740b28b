// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/ScenarioFile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace ecoute::models {
class ScenarioListModel;
}

namespace ecoute::ui {

/// The trainer's scenario editor: every field of a protocol::Scenario in a form
/// (on tabs, to fit a laptop screen), checked as it is typed with the parser the
/// server uses (ScenarioFile::parse of text()); Save stays disabled while the
/// parser refuses it, and its message is shown under the form, naming the field.
///
/// Save (Ctrl+S) emits saveRequested() and waits: the caller sends scenario.save
/// with text() and closes the dialog with accept() on the server's `scenario`
/// answer, or calls setServerError() with the refusal, which keeps everything typed.
class ScenarioEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// Opens on a new scenario: French, chat, low risk, everything else empty.
    explicit ScenarioEditorDialog(QWidget *parent = nullptr);

    /// Edits an existing scenario (scenario.get's answer): its slug and language are locked.
    void setScenario(const protocol::Scenario &scenario);
    /// Starts a new scenario from draft (e.g. a translation of another one); empty fields
    /// get the defaults. Slug and language can be chosen.
    void setNewScenario(const protocol::Scenario &draft = {});
    bool isNewScenario() const { return m_new; }
    /// The scenarios on the server: a new one may not take the slug and language of one of them.
    void setLibrary(const models::ScenarioListModel *library);

    /// The form as a scenario (text normalized as the parser reads it back).
    protocol::Scenario scenario() const;
    /// ScenarioFile::toText(scenario()): what scenario.save sends as `text`.
    QString text() const;
    /// True when the parser accepts the form (and a new scenario does not replace another).
    bool isValid() const { return m_valid; }
    /// Why the form cannot be saved yet, empty when it can.
    QString problem() const { return m_problemText; }
    /// True when the form differs from what it was opened with.
    bool isModified() const;
    /// True between saveRequested() and accept() or setServerError().
    bool isSaving() const { return m_saving; }

    /// The server refused the save: show why, keep everything typed, allow saving again.
    void setServerError(const QString &message);
    QString serverError() const;

    /// Asks before throwing away changes.
    void reject() override;

signals:
    void saveRequested(const QString &slug, const QString &language, const QString &text);

private:
    enum class Field {
        None,
        Slug,
        Title,
        Language,
        Channel,
        Risk,
        Age,
        Situation,
        Opening,
        Evolution,
        Guidance,
        Goals
    };

    void buildGeneralTab();
    QWidget *buildSectionTab(QPlainTextEdit *edit, const QString &hint, const QString &objectName,
                             const QString &accessibleName);
    void buildGoalsTab();
    void populate(const protocol::Scenario &scenario, bool isNew);
    protocol::Scenario formScenario() const;
    void validate();
    /// The parser's message about text (made from form) with the field it is about.
    QString describe(const protocol::ScenarioFile::Problem &problem, const protocol::Scenario &form,
                     Field *field) const;
    QString slugProblem() const;
    QString fieldLabel(Field field) const;
    QWidget *fieldWidget(Field field) const;
    void showProblemField();
    void requestSave();
    void addGoal();
    void removeGoal();
    void moveGoal(int delta);
    void updateGoalButtons();
    void updateSlugFromTitle();

    bool m_new = true;
    bool m_populating = false;
    bool m_slugEdited = false;
    bool m_valid = false;
    bool m_saving = false;
    QString m_problemText;
    Field m_problemField = Field::None;
    protocol::Scenario m_original;
    protocol::Scenario m_parsed;
    const models::ScenarioListModel *m_library = nullptr;

    QTabWidget *m_tabs;
    QLineEdit *m_slug;
    QLabel *m_slugHint;
    QLineEdit *m_title;
    QComboBox *m_language;
    QComboBox *m_channel;
    QComboBox *m_risk;
    QSpinBox *m_age;
    QPlainTextEdit *m_situation;
    QPlainTextEdit *m_opening;
    QPlainTextEdit *m_evolution;
    QPlainTextEdit *m_guidance;
    QListWidget *m_goals;
    QLineEdit *m_newGoal;
    QPushButton *m_addGoal;
    QPushButton *m_removeGoal;
    QPushButton *m_goalUp;
    QPushButton *m_goalDown;
    QLabel *m_goalCount;
    QLabel *m_problem;
    QPushButton *m_showProblem;
    QLabel *m_serverError;
    QLabel *m_status;
    QPushButton *m_save;
};

} // namespace ecoute::ui
