// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/practice/ScenarioEditorDialog.h"

#include "models/practice/ScenarioListModel.h"
#include "models/workstation/VocabularyText.h"
#include "protocol/MessageCatalog.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/style/Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::ScenarioListModel;
using protocol::Scenario;
using protocol::ScenarioFile;

namespace {
const QString kDefaultLanguage = QStringLiteral("fr");
const QString kDefaultChannel = QStringLiteral("chat");
const QString kDefaultRisk = QStringLiteral("low");
constexpr int kDefaultAge = 30;

/// A header value is one line: the parser joins continuation lines with single spaces.
QString oneLine(const QString &text)
{
    QStringList parts;
    for (const QString &line : text.split(u'\n')) {
        if (const QString trimmed = line.trimmed(); !trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts.join(u' ');
}

/// A section as the parser gives it back: no trailing spaces, no blank lines around it.
QString sectionBody(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

int lineCount(const QString &body)
{
    return int(body.count(u'\n')) + 1;
}

void select(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0 && !value.isEmpty()) { // unknown to this version: kept, and the parser says so
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
}

/// "Crise de panique" → "crise-de-panique".
QString slugFromTitle(const QString &title)
{
    static const QRegularExpression others(QStringLiteral("[^a-z0-9]+"));
    QString slug = ScenarioListModel::folded(title).replace(others, QStringLiteral("-"));
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    slug.truncate(64);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

QPlainTextEdit *makeTextEdit(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return edit;
}
} // namespace

ScenarioEditorDialog::ScenarioEditorDialog(QWidget *parent)
    : QDialog(parent), m_tabs(new QTabWidget(this)), m_slug(new QLineEdit(this)),
      m_slugHint(new QLabel(this)), m_title(new QLineEdit(this)), m_language(new QComboBox(this)),
      m_channel(new QComboBox(this)), m_risk(new QComboBox(this)), m_age(new QSpinBox(this)),
      m_situation(makeTextEdit(this)), m_opening(makeTextEdit(this)), m_evolution(makeTextEdit(this)),
      m_guidance(makeTextEdit(this)), m_goals(new QListWidget(this)), m_newGoal(new QLineEdit(this)),
      m_goalCount(new QLabel(this)), m_problem(new QLabel(this)), m_serverError(new QLabel(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("scenarioEditorDialog"));
    setAccessibleName(tr("Practice scenario editor"));
    m_tabs->setObjectName(QStringLiteral("scenarioTabs"));
    m_tabs->setAccessibleName(tr("Parts of the scenario"));

    buildGeneralTab();
    m_tabs->addTab(buildSectionTab(m_opening,
                                   tr("The help-seeker's first message, sent to the trainee exactly as "
                                      "written: for an email the whole email, for a call the first "
                                      "words."),
                                   QStringLiteral("openingEdit"), tr("Opening message")),
                   tr("&Opening"));
    m_tabs->addTab(buildSectionTab(m_evolution,
                                   tr("How the situation develops: numbered stages and, for each, what "
                                      "makes the person react (\"→ If the volunteer …: …\"). A line "
                                      "may not start with \"#\"."),
                                   QStringLiteral("evolutionEdit"), tr("Evolution of the situation")),
                   tr("E&volution"));
    m_tabs->addTab(buildSectionTab(m_guidance,
                                   tr("For the trainer only, never shown to trainees: how to play the "
                                      "role, what to watch, when to stop, what to prepare."),
                                   QStringLiteral("guidanceEdit"), tr("Guidance for the trainer")),
                   tr("G&uidance"));
    buildGoalsTab();

    m_problem->setObjectName(QStringLiteral("scenarioProblem"));
    // Its name follows its text (set with it), so the problem itself is what is read.
    m_problem->setAccessibleDescription(tr("What keeps the scenario from being saved"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem->setMargin(4);
    Theme::applyPanel(m_problem, Theme::Role::Warning);
    m_showProblem =
        AccessibleNames::makeButton(tr("Go to the problem"), QStringLiteral("showProblemButton"),
                                    tr("Go to the field that keeps the scenario from being saved"), this);
    m_showProblem->setShortcut(QKeySequence(Qt::Key_F8));
    m_showProblem->setToolTip(tr("Go to the field that keeps the scenario from being saved (%1)")
                                  .arg(QKeySequence(Qt::Key_F8).toString(QKeySequence::NativeText)));
    connect(m_showProblem, &QPushButton::clicked, this, &ScenarioEditorDialog::showProblemField);

    m_serverError->setObjectName(QStringLiteral("scenarioServerError"));
    m_serverError->setAccessibleDescription(tr("Why the server refused the scenario"));
    m_serverError->setWordWrap(true);
    m_serverError->setTextFormat(Qt::PlainText);
    m_serverError->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_serverError->setMargin(4);
    Theme::applyPanel(m_serverError, Theme::Role::Error);
    m_serverError->hide();
    m_status->setObjectName(QStringLiteral("scenarioStatus"));
    m_status->setAccessibleDescription(tr("Saving status"));

    auto *buttons = new QDialogButtonBox(this);
    m_save = AccessibleNames::makeButton(tr("&Save"), QStringLiteral("saveScenarioButton"),
                                         tr("Save the scenario"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the scenario (%1)")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(QString(cancel->text()).remove(QLatin1Char('&')));
    cancel->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &ScenarioEditorDialog::requestSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScenarioEditorDialog::reject);

    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problem, 1);
    problemRow->addWidget(m_showProblem, 0, Qt::AlignTop);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(problemRow);
    layout->addWidget(m_serverError);
    layout->addLayout(bottom);

    // Keyboard order: the tabs, the current page's fields, then the message and buttons.
    setTabOrder(m_tabs, m_slug);
    setTabOrder(m_slug, m_title);
    setTabOrder(m_title, m_language);
    setTabOrder(m_language, m_channel);
    setTabOrder(m_channel, m_risk);
    setTabOrder(m_risk, m_age);
    setTabOrder(m_age, m_situation);
    setTabOrder(m_situation, m_opening);
    setTabOrder(m_opening, m_evolution);
    setTabOrder(m_evolution, m_guidance);
    setTabOrder(m_guidance, m_goals);
    setTabOrder(m_goals, m_newGoal);
    setTabOrder(m_newGoal, m_addGoal);
    setTabOrder(m_addGoal, m_removeGoal);
    setTabOrder(m_removeGoal, m_goalUp);
    setTabOrder(m_goalUp, m_goalDown);
    setTabOrder(m_goalDown, m_showProblem);
    setTabOrder(m_showProblem, m_save);
    setTabOrder(m_save, cancel);

    for (QLineEdit *edit : {m_slug, m_title})
        connect(edit, &QLineEdit::textChanged, this, &ScenarioEditorDialog::validate);
    connect(m_slug, &QLineEdit::textEdited, this, [this] { m_slugEdited = true; });
    connect(m_title, &QLineEdit::textChanged, this, &ScenarioEditorDialog::updateSlugFromTitle);
    for (QComboBox *combo : {m_language, m_channel, m_risk})
        connect(combo, &QComboBox::currentIndexChanged, this, &ScenarioEditorDialog::validate);
    connect(m_age, &QSpinBox::valueChanged, this, &ScenarioEditorDialog::validate);
    for (QPlainTextEdit *edit : {m_situation, m_opening, m_evolution, m_guidance})
        connect(edit, &QPlainTextEdit::textChanged, this, &ScenarioEditorDialog::validate);
    QAbstractItemModel *goals = m_goals->model();
    connect(goals, &QAbstractItemModel::dataChanged, this, &ScenarioEditorDialog::validate);
    connect(goals, &QAbstractItemModel::rowsInserted, this, &ScenarioEditorDialog::validate);
    connect(goals, &QAbstractItemModel::rowsRemoved, this, &ScenarioEditorDialog::validate);
    connect(goals, &QAbstractItemModel::rowsMoved, this, &ScenarioEditorDialog::validate);

    resize(760, 600);
    setNewScenario();
}

void ScenarioEditorDialog::buildGeneralTab()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("generalPage"));
    auto *form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_slug->setObjectName(QStringLiteral("slugEdit"));
    m_slug->setAccessibleName(tr("Short name: the scenario's identifier"));
    m_slug->setMaxLength(64);
    m_slug->setPlaceholderText(tr("e.g. panic-attack"));
    m_slugHint->setObjectName(QStringLiteral("slugHint"));
    m_slugHint->setWordWrap(true);
    auto *slugBox = new QVBoxLayout;
    slugBox->setContentsMargins(0, 0, 0, 0);
    slugBox->addWidget(m_slug);
    slugBox->addWidget(m_slugHint);
    form->addRow(tr("Short &name:"), slugBox);
    // A layout row has no buddy of its own.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(slugBox)))
        label->setBuddy(m_slug);

    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("The name trainers see in the list"));
    form->addRow(tr("&Title:"), m_title);

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    for (const QString &code : protocol::vocab::languages)
        m_language->addItem(tr("%1 (%2)").arg(models::VocabularyText::language(code), code), code);
    form->addRow(tr("L&anguage:"), m_language);

    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->setAccessibleName(tr("Channel: how the person reaches the line"));
    m_channel->addItem(tr("Chat"), QStringLiteral("chat"));
    m_channel->addItem(tr("Email"), QStringLiteral("email"));
    m_channel->addItem(tr("Phone"), QStringLiteral("phone"));
    form->addRow(tr("&Channel:"), m_channel);

    m_risk->setObjectName(QStringLiteral("riskCombo"));
    m_risk->setAccessibleName(tr("Risk: the highest the basic version reaches"));
    m_risk->addItem(tr("Low"), QStringLiteral("low"));
    m_risk->addItem(tr("Medium"), QStringLiteral("medium"));
    m_risk->addItem(tr("High: life may be in danger"), QStringLiteral("high"));
    form->addRow(tr("&Risk:"), m_risk);

    m_age->setObjectName(QStringLiteral("ageSpin"));
    m_age->setAccessibleName(tr("Age of the person the trainer plays"));
    m_age->setRange(ScenarioFile::kMinAge, ScenarioFile::kMaxAge);
    m_age->setSuffix(tr(" years"));
    form->addRow(tr("Person's ag&e:"), m_age);

    m_situation->setObjectName(QStringLiteral("situationEdit"));
    m_situation->setAccessibleName(tr("Situation of the person the trainer plays"));
    m_situation->setPlaceholderText(
        tr("Who the person is and where they stand when they make contact: what the trainer must "
           "know to play them. One paragraph."));
    m_situation->setMinimumHeight(90);
    form->addRow(tr("Person's s&ituation:"), m_situation);

    m_tabs->addTab(page, tr("&General"));
}

QWidget *ScenarioEditorDialog::buildSectionTab(QPlainTextEdit *edit, const QString &hint,
                                               const QString &objectName, const QString &accessibleName)
{
    auto *page = new QWidget(m_tabs);
    auto *label = new QLabel(hint, page);
    label->setWordWrap(true);
    edit->setParent(page);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setAccessibleDescription(hint);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addWidget(edit, 1);
    return page;
}

void ScenarioEditorDialog::buildGoalsTab()
{
    auto *page = new QWidget(m_tabs);
    auto *hint = new QLabel(tr("Short, observable goals starting with a verb, one per line: they become "
                               "the items of the feedback form, in this order (at most %1)")
                                .arg(ScenarioFile::kMaxGoals),
                            page);
    hint->setWordWrap(true);

    auto *listLabel = new QLabel(tr("Goals in feedbac&k order:"), page);
    listLabel->setBuddy(m_goals);
    m_goals->setParent(page);
    m_goals->setObjectName(QStringLiteral("goalList"));
    m_goals->setAccessibleName(tr("Learning goals, in the order of the feedback form"));
    m_goals->setAccessibleDescription(tr("F2 edits the selected goal"));
    m_goals->setWordWrap(true);
    m_goals->setSelectionMode(QAbstractItemView::SingleSelection);
    m_goals->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_goals->setDragDropMode(QAbstractItemView::InternalMove);
    m_goalCount->setParent(page);
    m_goalCount->setObjectName(QStringLiteral("goalCount"));

    auto *newLabel = new QLabel(tr("Ne&w goal:"), page);
    newLabel->setBuddy(m_newGoal);
    m_newGoal->setParent(page);
    m_newGoal->setObjectName(QStringLiteral("newGoalEdit"));
    m_newGoal->setAccessibleName(tr("Text of a new goal"));
    m_newGoal->setMaxLength(ScenarioFile::kMaxGoalChars);
    m_newGoal->setPlaceholderText(tr("e.g. Ask directly about thoughts of suicide"));

    m_addGoal = AccessibleNames::makeButton(tr("A&dd goal"), QStringLiteral("addGoalButton"),
                                            tr("Add the new goal"), page);
    m_removeGoal = AccessibleNames::makeButton(tr("Re&move goal"), QStringLiteral("removeGoalButton"),
                                               tr("Remove the selected goal"), page);
    m_goalUp = AccessibleNames::makeButton(tr("Move u&p"), QStringLiteral("moveGoalUpButton"),
                                           tr("Move the selected goal up"), page);
    m_goalDown = AccessibleNames::makeButton(tr("Move dow&n"), QStringLiteral("moveGoalDownButton"),
                                             tr("Move the selected goal down"), page);
    m_goalUp->setToolTip(tr("Move the selected goal up (%1)")
                             .arg(QKeySequence(Qt::CTRL | Qt::Key_Up).toString(QKeySequence::NativeText)));
    m_goalDown->setToolTip(
        tr("Move the selected goal down (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Down).toString(QKeySequence::NativeText)));
    m_removeGoal->setToolTip(
        tr("Remove the selected goal (%1)").arg(QKeySequence(QKeySequence::Delete).toString()));
    // Keys that act on the list while it has the focus.
    const auto listKey = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, m_goals);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    listKey(QKeySequence::Delete, [this] { removeGoal(); });
    listKey(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveGoal(-1); });
    listKey(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveGoal(+1); });

    connect(m_addGoal, &QPushButton::clicked, this, &ScenarioEditorDialog::addGoal);
    connect(m_newGoal, &QLineEdit::returnPressed, this, &ScenarioEditorDialog::addGoal);
    connect(m_newGoal, &QLineEdit::textChanged, this, &ScenarioEditorDialog::updateGoalButtons);
    connect(m_removeGoal, &QPushButton::clicked, this, &ScenarioEditorDialog::removeGoal);
    connect(m_goalUp, &QPushButton::clicked, this, [this] { moveGoal(-1); });
    connect(m_goalDown, &QPushButton::clicked, this, [this] { moveGoal(+1); });
    connect(m_goals, &QListWidget::currentRowChanged, this, &ScenarioEditorDialog::updateGoalButtons);

    auto *side = new QVBoxLayout;
    side->addWidget(m_removeGoal);
    side->addWidget(m_goalUp);
    side->addWidget(m_goalDown);
    side->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_goals, 1);
    listRow->addLayout(side);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(newLabel);
    newRow->addWidget(m_newGoal, 1);
    newRow->addWidget(m_addGoal);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(listLabel);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_goalCount);
    layout->addLayout(newRow);
    m_tabs->addTab(page, tr("Goa&ls"));
}

void ScenarioEditorDialog::setScenario(const Scenario &scenario)
{
    populate(scenario, false);
}

void ScenarioEditorDialog::setNewScenario(const Scenario &draft)
{
    Scenario s = draft;
    if (s.language.isEmpty())
        s.language = kDefaultLanguage;
    if (s.channel.isEmpty())
        s.channel = kDefaultChannel;
    if (s.risk.isEmpty())
        s.risk = kDefaultRisk;
    if (s.personaAge == 0)
        s.personaAge = kDefaultAge;
    populate(s, true);
}

void ScenarioEditorDialog::setLibrary(const ScenarioListModel *library)
{
    m_library = library;
    validate();
}

void ScenarioEditorDialog::populate(const Scenario &scenario, bool isNew)
{
    m_populating = true;
    m_new = isNew;
    m_slugEdited = isNew && !scenario.slug.isEmpty();
    m_saving = false;
    m_slug->setText(scenario.slug);
    m_slug->setReadOnly(!isNew);
    m_slugHint->setText(isNew ? tr("Lowercase letters a-z, digits and \"-\". It cannot be changed later: "
                                   "practice histories refer to it.")
                              : tr("The identifier of the scenario; it cannot be changed."));
    m_title->setText(scenario.title);
    select(m_language, scenario.language);
    m_language->setEnabled(isNew);
    select(m_channel, scenario.channel);
    select(m_risk, scenario.risk);
    m_age->setValue(scenario.personaAge);
    m_situation->setPlainText(scenario.personaSituation);
    m_opening->setPlainText(scenario.opening);
    m_evolution->setPlainText(scenario.evolution);
    m_guidance->setPlainText(scenario.guidance);
    m_goals->clear();
    for (const QString &goal : scenario.goals) {
        auto *item = new QListWidgetItem(goal, m_goals);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_newGoal->clear();
    m_serverError->clear();
    m_serverError->hide();
    m_status->clear();
    if (!isNew)
        setWindowTitle(tr("Practice scenario: %1 (%2)")
                           .arg(scenario.title, models::VocabularyText::language(scenario.language)));
    m_tabs->setCurrentIndex(0);
    m_populating = false;
    m_original = formScenario();
    validate();
    updateGoalButtons();
}

Scenario ScenarioEditorDialog::formScenario() const
{
    Scenario s;
    s.slug = m_slug->text().trimmed();
    s.language = m_language->currentData().toString();
    s.title = oneLine(m_title->text());
    s.channel = m_channel->currentData().toString();
    s.risk = m_risk->currentData().toString();
    s.personaAge = m_age->value();
    s.personaSituation = oneLine(m_situation->toPlainText());
    s.opening = sectionBody(m_opening->toPlainText());
    s.evolution = sectionBody(m_evolution->toPlainText());
    s.guidance = sectionBody(m_guidance->toPlainText());
    for (int row = 0; row < m_goals->count(); ++row)
        s.goals.append(oneLine(m_goals->item(row)->text()));
    return s;
}

Scenario ScenarioEditorDialog::scenario() const
{
    return m_valid ? m_parsed : formScenario();
}

QString ScenarioEditorDialog::text() const
{
    return ScenarioFile::toText(scenario());
}

bool ScenarioEditorDialog::isModified() const
{
    return formScenario().toJson() != m_original.toJson();
}

void ScenarioEditorDialog::validate()
{
    if (m_populating)
        return;
    const Scenario form = formScenario();
    // While a new scenario's short name follows its title, what to fix first is the rest.
    const bool slugToCome = m_new && !m_slugEdited && form.slug.isEmpty();
    ScenarioFile::Problem error;
    auto parsed = ScenarioFile::parse(slugToCome ? QStringLiteral("new") : form.slug,
                                      ScenarioFile::toText(form).toUtf8(), &error);
    if (parsed)
        parsed->slug = form.slug;
    Field field = Field::None;
    QString problem;
    if (!parsed) {
        problem = describe(error, form, &field);
    } else if (!ScenarioFile::isValidSlug(form.slug)) {
        field = Field::Slug;
        problem = slugProblem();
    } else if (m_new && m_library && m_library->indexOf(form.slug, form.language) >= 0) {
        field = Field::Slug;
        problem = tr("A scenario named \"%1\" already exists in %2: choose another short name, or edit "
                     "that one from the library.")
                      .arg(form.slug, models::VocabularyText::language(form.language));
    } else {
        // What the parser drops without a word: lines read as comments.
        const std::pair<Field, QString> sections[] = {{Field::Opening, parsed->opening},
                                                      {Field::Evolution, parsed->evolution},
                                                      {Field::Guidance, parsed->guidance}};
        const QString typed[] = {form.opening, form.evolution, form.guidance};
        for (int i = 0; i < 3 && problem.isEmpty(); ++i) {
            if (sections[i].second != typed[i]) {
                field = sections[i].first;
                problem = tr("%1: a line starting with \"#\" would be lost (it is read as a comment); "
                             "start it with another character.")
                              .arg(fieldLabel(field));
            }
        }
    }
    m_valid = problem.isEmpty();
    m_parsed = parsed.value_or(form);
    m_problemText = problem;
    m_problemField = field;
    m_problem->setText(problem);
    m_problem->setAccessibleName(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_showProblem->setVisible(!problem.isEmpty() && field != Field::None);
    m_save->setEnabled(m_valid && !m_saving);
    m_save->setAccessibleDescription(problem);
    m_slugHint->setVisible(m_new);
    m_goalCount->setText(tr("%1 of at most %2 goals").arg(m_goals->count()).arg(ScenarioFile::kMaxGoals));
    if (m_new)
        setWindowTitle(form.title.isEmpty() ? tr("New practice scenario")
                                            : tr("New practice scenario: %1").arg(form.title));
}

QString ScenarioEditorDialog::describe(const ScenarioFile::Problem &problem, const Scenario &form,
                                       Field *field) const
{
    *field = Field::None;
    const QString &error = problem.message;
    if (problem.line <= 0) {
        if (!ScenarioFile::isValidSlug(form.slug)) { // the only message about it
            *field = Field::Slug;
            return slugProblem();
        }
        if (error.contains(QLatin1String("[opening]")))
            *field = Field::Opening;
        else if (error.contains(QLatin1String("[goals]")))
            *field = Field::Goals;
        return *field == Field::None ? error : tr("%1: %2").arg(fieldLabel(*field), error);
    }

    // Where that line is in ScenarioFile::toText(form): six header lines, then each
    // section that has text ("", "[name]", its lines), then "", "[goals]" and one line a goal.
    const int line = problem.line;
    const QString &message = problem.message;
    static const Field header[] = {Field::Title, Field::Language, Field::Channel,
                                   Field::Risk,  Field::Age,      Field::Situation};
    if (line >= 1 && line <= 6) {
        *field = header[line - 1];
        return tr("%1: %2").arg(fieldLabel(*field), message);
    }
    int next = 7;
    const std::pair<Field, QString> sections[] = {
        {Field::Opening, form.opening}, {Field::Evolution, form.evolution}, {Field::Guidance, form.guidance}};
    for (const auto &[section, body] : sections) {
        if (body.isEmpty())
            continue;
        const int first = next + 2;
        const int last = first + lineCount(body) - 1;
        if (line >= next && line <= last) {
            *field = section;
            if (line < first)
                return tr("%1: %2").arg(fieldLabel(section), message);
            return tr("%1, line %2: %3").arg(fieldLabel(section)).arg(line - first + 1).arg(message);
        }
        next = last + 1;
    }
    *field = Field::Goals;
    const int goal = line - (next + 2) + 1;
    if (goal >= 1 && goal <= form.goals.size())
        return tr("Goal %1: %2").arg(goal).arg(message);
    return tr("%1: %2").arg(fieldLabel(Field::Goals), message);
}

QString ScenarioEditorDialog::slugProblem() const
{
    return tr("%1: use 1 to 64 lowercase letters a-z, digits and \"-\" (e.g. panic-attack).")
        .arg(fieldLabel(Field::Slug));
}

QString ScenarioEditorDialog::fieldLabel(Field field) const
{
    switch (field) {
    case Field::Slug:
        return tr("Short name");
    case Field::Title:
        return tr("Title");
    case Field::Language:
        return tr("Language");
    case Field::Channel:
        return tr("Channel");
    case Field::Risk:
        return tr("Risk");
    case Field::Age:
        return tr("Person's age");
    case Field::Situation:
        return tr("Person's situation");
    case Field::Opening:
        return tr("Opening");
    case Field::Evolution:
        return tr("Evolution");
    case Field::Guidance:
        return tr("Guidance");
    case Field::Goals:
        return tr("Goals");
    case Field::None:
        break;
    }
    return {};
}

QWidget *ScenarioEditorDialog::fieldWidget(Field field) const
{
    switch (field) {
    case Field::Slug:
        return m_slug;
    case Field::Title:
        return m_title;
    case Field::Language:
        return m_language;
    case Field::Channel:
        return m_channel;
    case Field::Risk:
        return m_risk;
    case Field::Age:
        return m_age;
    case Field::Situation:
        return m_situation;
    case Field::Opening:
        return m_opening;
    case Field::Evolution:
        return m_evolution;
    case Field::Guidance:
        return m_guidance;
    case Field::Goals:
        return m_goals->count() == 0 ? static_cast<QWidget *>(m_newGoal) : m_goals;
    case Field::None:
        break;
    }
    return nullptr;
}

void ScenarioEditorDialog::showProblemField()
{
    QWidget *widget = fieldWidget(m_problemField);
    if (!widget)
        return;
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        if (m_tabs->widget(tab)->isAncestorOf(widget))
            m_tabs->setCurrentIndex(tab);
    }
    widget->setFocus(Qt::OtherFocusReason);
}

void ScenarioEditorDialog::requestSave()
{
    validate();
    if (!m_valid || m_saving)
        return;
    m_saving = true;
    m_save->setEnabled(false);
    m_serverError->clear();
    m_serverError->hide();
    m_status->setText(tr("Saving…"));
    const Scenario s = scenario();
    emit saveRequested(s.slug, s.language, ScenarioFile::toText(s));
}

void ScenarioEditorDialog::setServerError(const QString &message)
{
    m_saving = false;
    m_status->clear();
    m_serverError->setText(tr("The server did not save the scenario: %1").arg(message));
    m_serverError->show();
    validate(); // Save again when the form allows it
}

QString ScenarioEditorDialog::serverError() const
{
    return m_serverError->text();
}

void ScenarioEditorDialog::reject()
{
    if (isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Discard the changes?"), tr("The changes to this scenario are not saved."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void ScenarioEditorDialog::addGoal()
{
    const QString goal = oneLine(m_newGoal->text());
    if (goal.isEmpty() || m_goals->count() >= ScenarioFile::kMaxGoals)
        return;
    auto *item = new QListWidgetItem(goal, m_goals);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_goals->setCurrentItem(item);
    m_newGoal->clear();
    updateGoalButtons();
}

void ScenarioEditorDialog::removeGoal()
{
    const int row = m_goals->currentRow();
    if (row < 0)
        return;
    delete m_goals->takeItem(row);
    if (m_goals->count() > 0)
        m_goals->setCurrentRow(std::min(row, m_goals->count() - 1));
    updateGoalButtons();
}

void ScenarioEditorDialog::moveGoal(int delta)
{
    const int row = m_goals->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_goals->count())
        return;
    QListWidgetItem *item = m_goals->takeItem(row);
    m_goals->insertItem(to, item);
    m_goals->setCurrentRow(to);
    updateGoalButtons();
}

void ScenarioEditorDialog::updateGoalButtons()
{
    const int row = m_goals->currentRow();
    const int count = m_goals->count();
    m_addGoal->setEnabled(!m_newGoal->text().trimmed().isEmpty() && count < ScenarioFile::kMaxGoals);
    m_newGoal->setEnabled(count < ScenarioFile::kMaxGoals);
    m_removeGoal->setEnabled(row >= 0);
    m_goalUp->setEnabled(row > 0);
    m_goalDown->setEnabled(row >= 0 && row < count - 1);
}

void ScenarioEditorDialog::updateSlugFromTitle()
{
    // Until the trainer types a short name, it follows the title.
    if (m_populating || !m_new || m_slugEdited)
        return;
    m_slug->setText(slugFromTitle(m_title->text()));
}

} // namespace ecoute::ui
