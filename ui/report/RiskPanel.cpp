// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/RiskPanel.h"

#include "models/report/ReportText.h"
#include "models/report/RiskCaseList.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/accessibility/Announcer.h"
#include "ui/style/Theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::ReportText;
using protocol::RiskStep;

namespace {
/// The steps the volunteer ticks, in the order they are usually taken.
constexpr RiskStep workflow[] = {RiskStep::Engage,  RiskStep::Assess,    RiskStep::SafetyPlan,
                                 RiskStep::Consult, RiskStep::Emergency, RiskStep::FollowUp,
                                 RiskStep::Closed};
} // namespace

RiskPanel::RiskPanel(models::RiskCaseList &cases, const QString &contactId, bool supervisor, QWidget *parent)
    : Panel(parent), m_cases(cases), m_contactId(contactId), m_supervisor(supervisor),
      m_state(new QLabel(this)), m_locationShown(new QLabel(this))
{
    setObjectName(QStringLiteral("riskPanel"));
    setAccessibleName(tr("Imminent risk"));
    setFrameShape(QFrame::StyledPanel);
    Theme::applyPanel(this, Theme::Role::Warning); // readable for a long while, unlike the urgent red

    auto *title = new QLabel(tr("Imminent risk: step by step"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_state->setObjectName(QStringLiteral("riskState"));
    m_state->setWordWrap(true);

    auto *steps = new QGridLayout;
    int row = 0;
    for (RiskStep step : workflow) {
        auto *box = new QPushButton(ReportText::step(step), this);
        box->setCheckable(true); // ticked once taken (the server keeps the time)
        box->setObjectName(QStringLiteral("riskStep_%1").arg(protocol::toString(step)));
        AccessibleNames::nameAfterText(box, ReportText::stepGuidance(step));
        auto *time = new QLabel(this);
        time->setObjectName(QStringLiteral("riskStepTime_%1").arg(protocol::toString(step)));
        auto *guidance = new QLabel(ReportText::stepGuidance(step), this);
        guidance->setWordWrap(true);
        guidance->setEnabled(false); // secondary text
        steps->addWidget(box, row, 0);
        steps->addWidget(time, row, 1);
        steps->addWidget(guidance, row + 1, 0, 1, 2);
        row += 2;
        m_steps.insert(step, box);
        m_times.insert(step, time);
        // A step taken is recorded; it is not undone by unticking.
        connect(box, &QAbstractButton::clicked, this, [this, step] { tick(step); });
    }

    const QKeySequence urgentKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    m_urgent = AccessibleNames::makeButton(tr("Ask a supervisor now"), QStringLiteral("riskUrgentButton"),
                                           tr("An urgent request for supervision about this contact (%1)")
                                               .arg(urgentKeys.toString(QKeySequence::NativeText)),
                                           this);
    connect(m_urgent, &QPushButton::clicked, this, [this] { emit urgentSupervisionRequested(m_contactId); });

    // The steps scroll on a small screen rather than squeeze their guidance.
    auto *content = new QWidget(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setMinimumWidth(280);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(title);
    layout->addWidget(m_state);
    layout->addLayout(steps);
    layout->addWidget(m_urgent);

    m_locationShown->setObjectName(QStringLiteral("riskLocationShown"));
    m_locationShown->setWordWrap(true);
    m_locationShown->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    if (!supervisor) {
        auto *label = new QLabel(tr("Where the person sai&d they are:"), this);
        m_location = new QLineEdit(this);
        m_location->setObjectName(QStringLiteral("riskLocation"));
        m_location->setAccessibleName(tr("Where the person said they are"));
        m_location->setMaxLength(500);
        label->setBuddy(m_location);
        m_sendLocation =
            AccessibleNames::makeButton(tr("Send to the supervisor"), QStringLiteral("riskLocationButton"),
                                        tr("Send the location to the supervisors only"), this);
        auto *note =
            new QLabel(tr("Only if the person gave it. It goes to the supervisor only and is deleted with "
                          "the contact's transcript. Nothing is gathered automatically."),
                       this);
        note->setWordWrap(true);
        layout->addWidget(label);
        layout->addWidget(m_location);
        layout->addWidget(m_sendLocation);
        layout->addWidget(note);
        connect(m_location, &QLineEdit::returnPressed, this, &RiskPanel::sendLocation);
        connect(m_sendLocation, &QPushButton::clicked, this, &RiskPanel::sendLocation);
    }
    layout->addWidget(m_locationShown);
    layout->addStretch(1);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false); // the panel's tint shows through

    connect(&m_cases, &models::RiskCaseList::caseChanged, this, [this](const QString &id) {
        if (id == m_contactId)
            refresh();
    });
    connect(&m_cases, &QAbstractItemModel::modelReset, this, &RiskPanel::refresh);
    refresh();
}

void RiskPanel::openCase()
{
    const auto riskCase = m_cases.find(m_contactId);
    if (!riskCase || !riskCase->open)
        m_cases.step(m_contactId, RiskStep::Opened);
}

void RiskPanel::tick(RiskStep step)
{
    const auto riskCase = m_cases.find(m_contactId);
    if (!riskCase || !riskCase->open)
        m_cases.step(m_contactId, RiskStep::Opened); // a step needs an open case
    if (m_cases.step(m_contactId, step)) {
        m_ticked.append(step);
        emit stepTaken(m_contactId, step);
        Announcer::announce(this, tr("%1: done").arg(ReportText::step(step)));
    }
    refresh();
}

void RiskPanel::sendLocation()
{
    const QString text = m_location->text().trimmed();
    if (text.isEmpty())
        return;
    if (m_cases.location(m_contactId, text)) {
        m_location->clear();
        m_locationShown->setText(tr("Sent to the supervisor: %1").arg(text));
    }
}

QString RiskPanel::locationText() const
{
    const auto riskCase = m_cases.find(m_contactId);
    return riskCase ? riskCase->location : QString();
}

void RiskPanel::refresh()
{
    const auto riskCase = m_cases.find(m_contactId);
    for (RiskStep step : workflow) {
        const QDateTime at = riskCase ? riskCase->stepAt(step) : QDateTime();
        QAbstractButton *box = m_steps.value(step);
        const bool done = at.isValid() || m_ticked.contains(step);
        box->setChecked(done);
        box->setEnabled(!done);
        m_times.value(step)->setText(
            at.isValid() ? QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat) : QString());
    }
    if (!riskCase)
        m_state->setText(tr("Start with the first step: stay with the person."));
    else if (riskCase->open)
        m_state->setText(
            tr("Case open since %1.")
                .arg(QLocale().toString(riskCase->openedAt.toLocalTime().time(), QLocale::ShortFormat)));
    else
        m_state->setText(tr("Case closed."));
    if (m_supervisor) {
        m_locationShown->setText(riskCase && !riskCase->location.isEmpty()
                                     ? tr("Where the person said they are: %1").arg(riskCase->location)
                                     : tr("No location given."));
    }
    m_locationShown->setVisible(!m_locationShown->text().isEmpty());
}

} // namespace ecoute::ui
