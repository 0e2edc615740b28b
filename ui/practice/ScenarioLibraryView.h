// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/practice/ScenarioListModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace ecoute::ui {

/// The practice scenarios, filtered by language and by text. Everyone may list
/// them; trainers (setTrainer) also get New…, Edit… and Start practice…, which
/// only emit signals. Enter or a double-click edits the selected scenario.
class ScenarioLibraryView : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioLibraryView(models::ScenarioListModel &scenarios, QWidget *parent = nullptr);

    /// Shows or hides what only trainers may do (new, edit, start). Off at first.
    void setTrainer(bool trainer);
    bool isTrainer() const { return m_trainer; }

    /// The selected scenario, empty when none is.
    QString selectedSlug() const;
    QString selectedLanguage() const;
    /// Selects that scenario if the filters show it (e.g. after saving it).
    void selectScenario(const QString &slug, const QString &language);

    /// The language shown (a code of protocol::vocab::languages), empty for all.
    void setLanguageFilter(const QString &language);
    QString languageFilter() const;
    void setTextFilter(const QString &text);

signals:
    void newRequested();
    void editRequested(const QString &slug, const QString &language);
    void startRequested(const QString &slug, const QString &language);

private:
    void emitForSelection(void (ScenarioLibraryView::*signal)(const QString &, const QString &));
    void updateState();

    models::ScenarioListModel &m_scenarios;
    models::ScenarioFilterModel m_filter;
    bool m_trainer = false;
    QComboBox *m_language;
    QLineEdit *m_text;
    QListView *m_list;
    QLabel *m_empty;
    QLabel *m_details;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_start;
};

} // namespace ecoute::ui
