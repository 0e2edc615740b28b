// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/ShiftSummaryDialog.h"

#include "models/report/ReportText.h"
#include "ui/accessibility/AccessibleNames.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

ShiftSummaryDialog::ShiftSummaryDialog(const models::ShiftSummary &summary, int unreported, QWidget *parent)
    : QDialog(parent), m_summary(summary), m_text(new QLabel(this)), m_reminder(new QLabel(this)),
      m_debrief(new QPushButton(tr("Ask for a &debrief"), this)),
      m_report(new QPushButton(tr("&Report them now"), this))
{
    setObjectName(QStringLiteral("shiftSummaryDialog"));
    setWindowTitle(tr("Your shift"));

    QStringList lines {tr("Thank you for your shift."), tr("You had %n contact(s).", "", summary.contacts)};
    if (summary.hard > 0)
        lines << tr("%n of them were hard.", "", summary.hard);
    if (summary.imminent > 0)
        lines << tr("%n involved an imminent risk.", "", summary.imminent);
    if (summary.hard > 0 || summary.imminent > 0)
        lines << tr("Take the time you need before you go. A supervisor can go through it with you.");
    m_text->setText(lines.join(QLatin1Char('\n')));
    m_text->setObjectName(QStringLiteral("shiftSummaryText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    m_reminder->setObjectName(QStringLiteral("shiftSummaryReminder"));
    m_reminder->setWordWrap(true);
    if (unreported > 0)
        m_reminder->setText(
            tr("%1: please report them before you leave.").arg(models::ReportText::unreported(unreported)));
    m_reminder->setVisible(unreported > 0);

    m_debrief->setObjectName(QStringLiteral("shiftDebriefButton"));
    AccessibleNames::nameAfterText(m_debrief, tr("Ask a supervisor for a debrief of your shift"));
    m_debrief->hide(); // until there is a handler and a hard contact
    m_report->setObjectName(QStringLiteral("shiftReportButton"));
    AccessibleNames::nameAfterText(m_report, tr("Open the contacts left to report"));
    m_report->setVisible(unreported > 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("shiftSummaryClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_debrief, &QPushButton::clicked, this, [this] {
        if (m_debriefHandler)
            m_debriefHandler();
        m_debrief->setEnabled(false); // asked once
        m_debrief->setText(tr("Debrief requested"));
    });
    connect(m_report, &QPushButton::clicked, this, [this] {
        emit reportRequested();
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_reminder);
    auto *row = new QHBoxLayout;
    row->addWidget(m_debrief);
    row->addWidget(m_report);
    row->addWidget(buttons, 1);
    layout->addLayout(row);
}

QString ShiftSummaryDialog::summaryText() const
{
    return m_text->text();
}

QString ShiftSummaryDialog::reminderText() const
{
    return m_reminder->isVisibleTo(this) ? m_reminder->text() : QString();
}

void ShiftSummaryDialog::setDebriefHandler(std::function<void()> handler)
{
    m_debriefHandler = std::move(handler);
    m_debrief->setVisible(m_debriefHandler && m_summary.hard > 0);
}

} // namespace ecoute::ui
