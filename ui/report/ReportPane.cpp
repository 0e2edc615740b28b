// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/ReportPane.h"

#include "models/report/PendingReports.h"
#include "models/report/ReportForm.h"
#include "models/report/ReportText.h"
#include "models/workstation/VocabularyText.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/accessibility/Announcer.h"
#include "ui/accessibility/ChoiceButton.h"
#include "ui/style/Theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::ReportText;
using namespace protocol;

namespace {

template<VocabularyEnum E> QComboBox *makeChoice(const QString &name, QString (*label)(E), QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(name);
    for (E value : allValues<E>())
        combo->addItem(label(value), toString(value));
    return combo;
}

template<VocabularyEnum E> E chosen(const QComboBox *combo)
{
    return fromString<E>(combo->currentData().toString()).value_or(E {});
}

template<VocabularyEnum E> void choose(QComboBox *combo, E value)
{
    combo->setCurrentIndex(combo->findData(toString(value)));
}

} // namespace

ReportPane::ReportPane(models::PendingReports &reports, models::ReportForm &form, QWidget *parent)
    : Panel(parent), m_reports(reports), m_form(form), m_title(new QLabel(this)),
      m_duration(new QLabel(this)), m_filter(new QLineEdit(this)), m_topics(new QListWidget(this)),
      m_risk(new QButtonGroup(this)), m_askedBox(new QWidget(this)),
      m_age(makeChoice<AgeBracket>(tr("Age, if the person said it"), &ReportText::age, this)),
      m_gender(makeChoice<Gender>(tr("Gender, if the person said it"), &ReportText::gender, this)),
      m_history(makeChoice<ContactHistory>(tr("First or repeat contact"), &ReportText::history, this)),
      m_referrals(new QLabel(this)), m_status(new QLabel(this)), m_left(new QLabel(this)),
      m_next(new QComboBox(this))
{
    setObjectName(QStringLiteral("reportPane"));
    setAccessibleName(tr("Report on the contact"));
    setFrameShape(QFrame::StyledPanel);
    Theme::applyPanel(this, Theme::Role::Wrapup);

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_duration->setObjectName(QStringLiteral("reportDuration"));
    m_duration->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    m_filter->setObjectName(QStringLiteral("reportTopicFilter"));
    m_filter->setAccessibleName(tr("Find a topic"));
    m_filter->setPlaceholderText(tr("Type to find a topic; %1 ticks it, %2 goes to the list")
                                     .arg(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText),
                                          QKeySequence(Qt::Key_Down).toString(QKeySequence::NativeText)));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_topics->setObjectName(QStringLiteral("reportTopics"));
    m_topics->setAccessibleName(tr("Topics"));
    m_topics->setAccessibleDescription(tr("Space ticks a topic; several may apply"));
    m_topics->setMaximumHeight(160);

    // Risk: one key each, 0 (none) to 4 (imminent), wherever the focus is in the form.
    // Panels, not group boxes: AT-SPI placed the buttons of a QGroupBox where they are not.
    auto *riskBox = new Panel(this);
    riskBox->setObjectName(QStringLiteral("reportRisk"));
    riskBox->setAccessibleName(tr("Suicide risk"));
    auto *riskRow = new QHBoxLayout(riskBox);
    riskRow->setContentsMargins(0, 0, 0, 0);
    riskRow->addWidget(new QLabel(tr("Suicide risk (keys 0–4):"), riskBox));
    for (RiskLevel level : allValues<RiskLevel>()) {
        const int index = int(level);
        auto *button = new ChoiceButton(tr("%1 %2").arg(index).arg(ReportText::risk(level)), riskBox);
        button->setObjectName(QStringLiteral("risk_%1").arg(toString(level)));
        button->setAccessibleName(button->text()); // the visible text (WCAG 2.5.3)
        button->setAccessibleDescription(tr("Risk level, key %1").arg(index));
        m_risk->addButton(button, index);
        button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        riskRow->addWidget(button);
        auto *key = new QShortcut(QKeySequence(Qt::Key_0 + index), this);
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, [this, index] { setRisk(index); });
    }
    riskRow->addStretch(1);
    connect(m_risk, &QButtonGroup::idClicked, this, &ReportPane::setRisk);

    auto *askedRow = new QHBoxLayout(m_askedBox);
    askedRow->setContentsMargins(0, 0, 0, 0);
    askedRow->addWidget(new QLabel(tr("Asked about:"), m_askedBox));
    for (RiskQuestion question : allValues<RiskQuestion>()) {
        auto *box = new QPushButton(ReportText::question(question), m_askedBox);
        box->setCheckable(true);
        box->setObjectName(QStringLiteral("asked_%1").arg(toString(question)));
        AccessibleNames::nameAfterText(box, tr("The volunteer asked about this"));
        m_asked << box;
        box->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        askedRow->addWidget(box);
        connect(box, &QAbstractButton::toggled, this, &ReportPane::changed);
    }
    askedRow->addStretch(1);

    auto *outcomeBox = new Panel(this);
    outcomeBox->setAccessibleName(tr("What the contact led to"));
    auto *outcomeRow = new QHBoxLayout(outcomeBox);
    outcomeRow->setContentsMargins(0, 0, 0, 0);
    outcomeRow->addWidget(new QLabel(tr("Led to:"), outcomeBox));
    for (ReportOutcome outcome : allValues<ReportOutcome>()) {
        auto *box = new QPushButton(ReportText::outcome(outcome), outcomeBox);
        box->setCheckable(true);
        box->setObjectName(QStringLiteral("outcome_%1").arg(toString(outcome)));
        AccessibleNames::nameAfterText(box);
        m_outcomes << box;
        box->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        outcomeRow->addWidget(box);
        connect(box, &QAbstractButton::toggled, this, &ReportPane::changed);
    }
    outcomeRow->addStretch(1);
    m_referrals->setObjectName(QStringLiteral("reportReferrals"));
    m_referrals->setWordWrap(true);

    m_age->setObjectName(QStringLiteral("reportAge"));
    m_gender->setObjectName(QStringLiteral("reportGender"));
    m_history->setObjectName(QStringLiteral("reportHistory"));
    for (QComboBox *combo : {m_age, m_gender, m_history})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportPane::changed);

    auto *hint = new QLabel(tr("No free text in the report: what you want to remember goes in your "
                               "encrypted notes."),
                            this);
    hint->setObjectName(QStringLiteral("reportHint"));
    hint->setWordWrap(true);

    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    const QKeySequence sendKeys(Qt::CTRL | Qt::Key_Return);
    m_send = AccessibleNames::makeButton(
        tr("Send the report"), QStringLiteral("sendReportButton"),
        tr("Send the report (%1)").arg(sendKeys.toString(QKeySequence::NativeText)), this);
    for (const QKeySequence &keys : {sendKeys, QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ReportPane::submit);
    }
    connect(m_send, &QPushButton::clicked, this, &ReportPane::submit);

    m_left->setObjectName(QStringLiteral("reportLeft"));
    m_next->setObjectName(QStringLiteral("reportNext"));
    m_next->setAccessibleName(tr("Contact to report"));
    m_next->setModel(&m_reports);

    auto *details = new QFormLayout;
    details->addRow(tr("Age (in &years):"), m_age);
    details->addRow(tr("&Gender:"), m_gender);
    details->addRow(tr("&History:"), m_history);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_duration);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_left);
    bottom->addWidget(m_next, 1);
    bottom->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_filter);
    layout->addWidget(m_topics);
    layout->addWidget(riskBox);
    layout->addWidget(m_askedBox);
    layout->addLayout(details);
    layout->addWidget(outcomeBox);
    layout->addWidget(m_referrals);
    layout->addWidget(hint);
    layout->addWidget(m_status);
    layout->addLayout(bottom);

    connect(m_filter, &QLineEdit::textChanged, this, &ReportPane::filterTopics);
    connect(m_topics, &QListWidget::itemChanged, this, &ReportPane::changed);
    connect(&m_form, &models::ReportForm::changed, this, &ReportPane::rebuildTopics);
    connect(&m_reports, &models::PendingReports::changed, this, &ReportPane::updatePending);
    connect(&m_reports, &models::PendingReports::saved, this, &ReportPane::onSaved);
    connect(&m_reports, &models::PendingReports::submitFailed, this,
            [this](const QString &contactId, const QString &message) {
                if (contactId == m_contactId)
                    setStatus(message);
            });
    connect(m_next, &QComboBox::activated, this, [this](int row) {
        const QString id = m_next->itemData(row, models::PendingReports::ContactIdRole).toString();
        if (!id.isEmpty() && id != m_contactId)
            setContact(id);
    });
    rebuildTopics();
    updatePending();
}

void ReportPane::setContact(const QString &contactId)
{
    m_contactId = contactId;
    m_done = false;
    m_fromDefaults = !m_reports.hasDraft(contactId);
    m_draft = m_reports.draft(contactId);
    m_referralNames.clear();
    setStatus({});
    m_filter->clear();
    showDraft();
    updatePending();
}

void ReportPane::rebuildTopics()
{
    m_loading = true;
    m_topics->clear();
    for (const auto &topic : m_form.topics()) {
        auto *item = new QListWidgetItem(m_form.label(topic.id), m_topics);
        item->setData(Qt::UserRole, topic.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_draft.topics.contains(topic.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_loading = false;
    filterTopics(m_filter->text());
}

void ReportPane::filterTopics(const QString &text)
{
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_topics->count(); ++row) {
        QListWidgetItem *item = m_topics->item(row);
        const bool shown = text.isEmpty() || item->text().contains(text.trimmed(), Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (first)
        m_topics->setCurrentItem(first);
}

void ReportPane::toggleCurrentTopic()
{
    QListWidgetItem *item = m_topics->currentItem();
    if (!item || item->isHidden())
        return;
    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    Announcer::announce(this,
                        item->checkState() == Qt::Checked ? tr("%1 ticked").arg(item->text())
                                                          : tr("%1 unticked").arg(item->text()));
    m_filter->clear();
}

bool ReportPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                toggleCurrentTopic();
                return true;
            }
            if (key->key() == Qt::Key_Down) {
                m_topics->setFocus(Qt::TabFocusReason);
                return true;
            }
        }
    }
    return Panel::eventFilter(watched, event);
}

void ReportPane::showDraft()
{
    m_loading = true;
    for (int row = 0; row < m_topics->count(); ++row) {
        QListWidgetItem *item = m_topics->item(row);
        item->setCheckState(m_draft.topics.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                         : Qt::Unchecked);
    }
    m_risk->button(int(m_draft.risk))->setChecked(true);
    for (RiskQuestion question : allValues<RiskQuestion>())
        m_asked.at(int(question))->setChecked(m_draft.asked.contains(question));
    m_askedBox->setVisible(m_draft.risk != RiskLevel::None);
    choose(m_age, m_draft.age);
    choose(m_gender, m_draft.gender);
    choose(m_history, m_draft.history);
    for (ReportOutcome outcome : allValues<ReportOutcome>())
        m_outcomes.at(int(outcome))->setChecked(m_draft.hasOutcome(outcome));
    const QStringList names = m_referralNames.isEmpty() ? m_draft.referrals : m_referralNames;
    m_referrals->setText(names.isEmpty() ? QString()
                                         : tr("Referred to: %1").arg(names.join(QStringLiteral(", "))));
    m_referrals->setVisible(!names.isEmpty());
    m_loading = false;
}

void ReportPane::changed()
{
    if (m_loading || m_contactId.isEmpty())
        return;
    models::ReportDraft draft = m_draft;
    draft.topics.clear();
    for (int row = 0; row < m_topics->count(); ++row) {
        const QListWidgetItem *item = m_topics->item(row);
        if (item->checkState() == Qt::Checked && !draft.setTopic(item->data(Qt::UserRole).toString(), true))
            setStatus(tr("At most %n topics.", "", models::ReportDraft::maxTopics));
    }
    draft.risk = static_cast<RiskLevel>(std::max(0, m_risk->checkedId()));
    draft.asked.clear();
    if (draft.risk != RiskLevel::None) {
        for (RiskQuestion question : allValues<RiskQuestion>())
            draft.setAsked(question, m_asked.at(int(question))->isChecked());
    }
    draft.age = chosen<AgeBracket>(m_age);
    draft.gender = chosen<Gender>(m_gender);
    draft.history = chosen<ContactHistory>(m_history);
    draft.outcomes.clear();
    for (ReportOutcome outcome : allValues<ReportOutcome>())
        draft.setOutcome(outcome, m_outcomes.at(int(outcome))->isChecked());
    m_askedBox->setVisible(draft.risk != RiskLevel::None);
    if (draft == m_draft)
        return;
    m_draft = draft;
    m_fromDefaults = false;
    m_reports.setDraft(m_contactId, m_draft);
}

void ReportPane::setRisk(int level)
{
    if (level < 0 || level >= int(valueCount<RiskLevel>()) || m_done)
        return;
    const bool wasImminent = m_draft.risk == RiskLevel::Imminent;
    m_risk->button(level)->setChecked(true);
    changed();
    Announcer::announce(this, tr("Risk: %1").arg(ReportText::risk(static_cast<RiskLevel>(level))));
    if (m_draft.risk == RiskLevel::Imminent && !wasImminent)
        emit imminentMarked(m_contactId);
}

void ReportPane::addReferral(const QString &serviceId, const QString &name)
{
    if (serviceId.isEmpty())
        return;
    if (m_referralNames.isEmpty())
        m_referralNames = m_draft.referrals; // ids until names are known
    m_draft.addReferral(serviceId);
    m_fromDefaults = false;
    if (!name.isEmpty() && !m_referralNames.contains(name))
        m_referralNames.append(name);
    if (!m_contactId.isEmpty())
        m_reports.setDraft(m_contactId, m_draft);
    showDraft();
}

void ReportPane::addOutcome(ReportOutcome outcome)
{
    if (m_done || m_contactId.isEmpty() || m_draft.hasOutcome(outcome))
        return;
    m_outcomes.at(int(outcome))->setChecked(true); // changed() keeps it in the draft
}

bool ReportPane::submit()
{
    if (m_contactId.isEmpty() || m_done)
        return false;
    changed(); // what is on screen is what goes
    if (m_draft.outcomes.isEmpty()) {
        setStatus(tr("Tick at least one outcome."));
        return false;
    }
    if (!m_draft.isComplete()) {
        setStatus(tr("\"Referred to a service\" needs a service from the referral directory."));
        return false;
    }
    if (!m_reports.submit(m_contactId, m_draft))
        return false;
    setStatus(tr("Sending the report…"));
    emit submitted(m_contactId);
    return true;
}

void ReportPane::onSaved(const QString &contactId)
{
    if (contactId != m_contactId)
        return;
    m_done = true;
    const int left = m_reports.count();
    setStatus(left > 0 ? tr("Report sent. %1: choose the next one below.").arg(ReportText::unreported(left))
                       : tr("Report sent. No contacts left to report."));
    Announcer::announce(this, m_status->text());
    updatePending();
    if (left > 0)
        m_next->setFocus(Qt::OtherFocusReason);
}

void ReportPane::updatePending()
{
    const int left = m_reports.count();
    m_left->setText(ReportText::unreported(left));
    m_next->setVisible(left > 0);
    int row = -1;
    for (int i = 0; i < m_next->count(); ++i) {
        if (m_next->itemData(i, models::PendingReports::ContactIdRole).toString() == m_contactId)
            row = i;
    }
    m_next->setCurrentIndex(row);
    if (m_fromDefaults && !m_done && !m_contactId.isEmpty() && m_reports.hasDraft(m_contactId)) {
        m_fromDefaults = false; // the vault opened: what was ticked before comes back
        m_draft = m_reports.draft(m_contactId);
        showDraft();
    }
    const auto contact = m_reports.find(m_contactId);
    if (contact) {
        m_title->setText(tr("Report on %1 (%2)")
                             .arg(contact->pseudonym, models::VocabularyText::channel(contact->channel)));
        m_duration->setText(tr("Duration: %1").arg(ReportText::duration(contact->durationSeconds)));
        if (!m_reports.hasDraft(m_contactId) && m_draft.history != contact->history) {
            m_draft.history = contact->history; // the server knows it now
            choose(m_history, m_draft.history);
        }
    } else {
        m_title->setText(m_done ? tr("Report sent") : tr("Report on the contact"));
        m_duration->clear();
    }
    const bool editable = !m_done && !m_contactId.isEmpty();
    for (QWidget *widget :
         std::initializer_list<QWidget *> {m_filter, m_topics, m_age, m_gender, m_history, m_send})
        widget->setEnabled(editable);
    for (QAbstractButton *button : m_risk->buttons())
        button->setEnabled(editable);
    for (QAbstractButton *box : m_asked + m_outcomes)
        box->setEnabled(editable);
}

QString ReportPane::leftText() const
{
    return m_left->text();
}

QString ReportPane::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

void ReportPane::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace ecoute::ui
