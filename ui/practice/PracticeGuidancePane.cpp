// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/practice/PracticeGuidancePane.h"

#include "models/workstation/VocabularyText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ecoute::ui {

namespace {

/// Scenario text is written by trainers: shown as text, never as markup.
QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &block : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(block.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    return html;
}

} // namespace

PracticeGuidancePane::PracticeGuidancePane(const protocol::Scenario &scenario, QWidget *parent)
    : QWidget(parent), m_scenario(scenario), m_view(new QTextBrowser(this)),
      m_opening(new QPushButton(tr("Write the &opening"), this)),
      m_feedback(new QPushButton(tr("&Feedback…"), this))
{
    setObjectName(QStringLiteral("practiceGuidancePane"));
    auto *title = new QLabel(tr("Scenario you play"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_view->setObjectName(QStringLiteral("practiceGuidance"));
    m_view->setAccessibleName(tr("Scenario and guidance for the trainer"));
    m_view->setOpenLinks(false);
    m_view->setHtml(html());

    m_opening->setObjectName(QStringLiteral("writeOpeningButton"));
    m_opening->setAccessibleName(QString(m_opening->text()).remove(QLatin1Char('&')));
    m_opening->setAccessibleDescription(tr("Put the scenario's opening message in the composer"));
    m_opening->setToolTip(m_opening->accessibleDescription());
    m_opening->setEnabled(!scenario.opening.isEmpty());
    m_feedback->setObjectName(QStringLiteral("practiceFeedbackButton"));
    m_feedback->setAccessibleName(QString(m_feedback->text()).remove(QLatin1Char('&')));
    m_feedback->setAccessibleDescription(tr("Give the trainee feedback on this exercise"));
    m_feedback->setToolTip(tr("Feedback per learning goal, once the exercise is over"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_opening);
    buttons->addStretch(1);
    buttons->addWidget(m_feedback);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_opening, &QPushButton::clicked, this, [this] { emit openingRequested(m_scenario.opening); });
    connect(m_feedback, &QPushButton::clicked, this, &PracticeGuidancePane::feedbackRequested);
}

QString PracticeGuidancePane::text() const
{
    return m_view->toPlainText();
}

QString PracticeGuidancePane::html() const
{
    const protocol::Scenario &s = m_scenario;
    QString html = QStringLiteral("<h3>%1</h3>").arg(s.title.toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("%1 · %2 · risk: %3")
                     .arg(models::VocabularyText::language(s.language),
                          models::VocabularyText::channel(s.channel), models::VocabularyText::risk(s.risk))
                     .toHtmlEscaped());
    auto section = [&html](const QString &heading, const QString &body) {
        if (!body.trimmed().isEmpty())
            html += QStringLiteral("<h4>%1</h4>").arg(heading.toHtmlEscaped()) + paragraphs(body);
    };
    section(s.personaAge > 0 ? tr("The person (%n years old)", "", s.personaAge) : tr("The person"),
            s.personaSituation);
    section(tr("Opening message"), s.opening);
    section(tr("How it evolves"), s.evolution);
    section(tr("Guidance"), s.guidance);
    if (!s.goals.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ol>").arg(tr("Learning goals").toHtmlEscaped());
        for (const QString &goal : s.goals)
            html += QStringLiteral("<li>%1</li>").arg(goal.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    return html;
}

} // namespace ecoute::ui
