// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/practice/ScenarioLibraryView.h"

#include "models/workstation/VocabularyText.h"
#include "protocol/MessageCatalog.h"
#include "ui/accessibility/AccessibleNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::ScenarioListModel;

ScenarioLibraryView::ScenarioLibraryView(ScenarioListModel &scenarios, QWidget *parent)
    : QWidget(parent), m_scenarios(scenarios), m_language(new QComboBox(this)), m_text(new QLineEdit(this)),
      m_list(new QListView(this)), m_empty(new QLabel(this)), m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("scenarioLibraryView"));
    setAccessibleName(tr("Practice scenarios"));
    m_filter.setSourceModel(&m_scenarios);

    auto *languageLabel = new QLabel(tr("Lang&uage:"), this);
    languageLabel->setBuddy(m_language);
    m_language->setObjectName(QStringLiteral("scenarioLanguageFilter"));
    m_language->setAccessibleName(tr("Show scenarios in this language"));
    m_language->addItem(tr("All languages"), QString());
    for (const QString &code : protocol::vocab::languages)
        m_language->addItem(models::VocabularyText::language(code), code);

    auto *textLabel = new QLabel(tr("F&ind:"), this);
    textLabel->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("scenarioTextFilter"));
    m_text->setAccessibleName(tr("Find scenarios by title"));
    m_text->setPlaceholderText(tr("Words of the title"));
    m_text->setClearButtonEnabled(true);

    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setAccessibleName(tr("Practice scenarios, by title"));
    m_list->setModel(&m_filter);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_empty->setObjectName(QStringLiteral("scenarioLibraryEmpty"));
    m_empty->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("scenarioDetails"));
    m_details->setAccessibleDescription(tr("The selected scenario"));
    m_details->setWordWrap(true);

    m_new = AccessibleNames::makeButton(tr("&New…"), QStringLiteral("newScenarioButton"),
                                        tr("Write a new scenario"), this);
    m_edit = AccessibleNames::makeButton(tr("&Edit…"), QStringLiteral("editScenarioButton"),
                                         tr("Edit the selected scenario"), this);
    m_start = AccessibleNames::makeButton(tr("&Start practice…"), QStringLiteral("startPracticeButton"),
                                          tr("Start a practice session with the selected scenario"), this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(languageLabel);
    filters->addWidget(m_language);
    filters->addWidget(textLabel);
    filters->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_start);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    setTabOrder(m_language, m_text);
    setTabOrder(m_text, m_list);
    setTabOrder(m_list, m_new);
    setTabOrder(m_new, m_edit);
    setTabOrder(m_edit, m_start);

    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_filter.setLanguage(m_language->currentData().toString()); });
    connect(m_text, &QLineEdit::textChanged, &m_filter, &models::ScenarioFilterModel::setText);
    // Down from the text field goes to the list, as in a search box.
    connect(m_text, &QLineEdit::returnPressed, this, [this] { m_list->setFocus(Qt::OtherFocusReason); });
    connect(m_new, &QPushButton::clicked, this, &ScenarioLibraryView::newRequested);
    connect(m_edit, &QPushButton::clicked, this,
            [this] { emitForSelection(&ScenarioLibraryView::editRequested); });
    connect(m_start, &QPushButton::clicked, this,
            [this] { emitForSelection(&ScenarioLibraryView::startRequested); });
    connect(m_list, &QListView::activated, this, [this] {
        if (m_trainer)
            emitForSelection(&ScenarioLibraryView::editRequested);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ScenarioLibraryView::updateState);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_filter, signal, this, &ScenarioLibraryView::updateState);
    connect(&m_filter, &QAbstractItemModel::modelReset, this, &ScenarioLibraryView::updateState);
    connect(&m_filter, &QAbstractItemModel::layoutChanged, this, &ScenarioLibraryView::updateState);
    connect(&m_filter, &QAbstractItemModel::dataChanged, this, &ScenarioLibraryView::updateState);

    setTrainer(false);
}

void ScenarioLibraryView::setTrainer(bool trainer)
{
    m_trainer = trainer;
    m_new->setVisible(trainer);
    m_edit->setVisible(trainer);
    m_start->setVisible(trainer);
    m_list->setAccessibleDescription(trainer ? tr("Enter edits the selected scenario") : QString());
    updateState();
}

QString ScenarioLibraryView::selectedSlug() const
{
    return m_list->currentIndex().data(ScenarioListModel::SlugRole).toString();
}

QString ScenarioLibraryView::selectedLanguage() const
{
    return m_list->currentIndex().data(ScenarioListModel::LanguageRole).toString();
}

void ScenarioLibraryView::selectScenario(const QString &slug, const QString &language)
{
    const int row = m_scenarios.indexOf(slug, language);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter.mapFromSource(m_scenarios.index(row, 0));
    if (index.isValid())
        m_list->setCurrentIndex(index);
}

void ScenarioLibraryView::setLanguageFilter(const QString &language)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
}

QString ScenarioLibraryView::languageFilter() const
{
    return m_filter.language();
}

void ScenarioLibraryView::setTextFilter(const QString &text)
{
    m_text->setText(text);
}

void ScenarioLibraryView::emitForSelection(void (ScenarioLibraryView::*signal)(const QString &,
                                                                               const QString &))
{
    const QString slug = selectedSlug();
    if (m_trainer && !slug.isEmpty())
        emit(this->*signal)(slug, selectedLanguage());
}

void ScenarioLibraryView::updateState()
{
    const bool empty = m_filter.rowCount() == 0;
    if (!m_scenarios.isLoaded())
        m_empty->setText(tr("Asking the server for the scenarios…"));
    else if (m_scenarios.rowCount() == 0)
        m_empty->setText(tr("No practice scenario yet."));
    else
        m_empty->setText(tr("No scenario matches the filter."));
    m_empty->setVisible(empty);
    // Something is always selected when something is shown.
    if (!empty && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_filter.index(0, 0));
    const QModelIndex current = m_list->currentIndex();
    const bool selected = current.isValid();
    m_details->setText(selected ? tr("%1 · %2 · risk %3")
                                      .arg(models::VocabularyText::language(
                                               current.data(ScenarioListModel::LanguageRole).toString()),
                                           models::VocabularyText::channel(
                                               current.data(ScenarioListModel::ChannelRole).toString()),
                                           models::VocabularyText::risk(
                                               current.data(ScenarioListModel::RiskRole).toString()))
                                : QString());
    m_details->setVisible(selected);
    m_new->setEnabled(m_trainer);
    m_edit->setEnabled(m_trainer && selected);
    m_start->setEnabled(m_trainer && selected);
}

} // namespace ecoute::ui
