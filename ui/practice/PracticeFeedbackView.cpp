// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/practice/PracticeFeedbackView.h"

#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::GoalAssessment;

namespace {

/// Text typed by someone, for rich text: escaped, line breaks kept.
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

} // namespace

PracticeFeedbackView::PracticeFeedbackView(QWidget *parent)
    : QWidget(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("practiceFeedbackView"));
    setAccessibleName(tr("Practice feedback"));
    m_browser->setObjectName(QStringLiteral("practiceFeedbackText"));
    m_browser->setAccessibleName(tr("Feedback from the trainer"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setTabChangesFocus(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    clear();
}

void PracticeFeedbackView::setFeedback(const models::PracticeFeedback &feedback)
{
    m_feedback = feedback;
    m_browser->setPlaceholderText({});
    m_browser->setHtml(html());
}

void PracticeFeedbackView::clear(const QString &message)
{
    m_feedback = {};
    m_browser->clear();
    m_browser->setPlaceholderText(message.isEmpty() ? tr("No feedback to show.") : message);
}

QString PracticeFeedbackView::toPlainText() const
{
    const QString text = m_browser->toPlainText();
    return text.isEmpty() ? m_browser->placeholderText() : text;
}

QString PracticeFeedbackView::ratingText(int rating)
{
    switch (rating) {
    case 1:
        return tr("Not yet");
    case 2:
        return tr("Partly");
    case 3:
        return tr("Mostly");
    case 4:
        return tr("Fully");
    }
    return tr("Not rated");
}

QString PracticeFeedbackView::ratingDots(int rating)
{
    if (rating < GoalAssessment::kMinRating || rating > GoalAssessment::kMaxRating)
        return {};
    return QString(rating, QChar(0x25CF)) + QString(GoalAssessment::kMaxRating - rating, QChar(0x25CB));
}

QString PracticeFeedbackView::ratingDescription(int rating)
{
    if (rating < GoalAssessment::kMinRating || rating > GoalAssessment::kMaxRating)
        return ratingText(rating);
    //: A rating of a learning goal: "Mostly (3 of 4)".
    return tr("%1 (%2 of %3)").arg(ratingText(rating)).arg(rating).arg(GoalAssessment::kMaxRating);
}

QString PracticeFeedbackView::html() const
{
    const models::PracticeFeedback &f = m_feedback;
    QString out;
    const QString title = f.title.isEmpty() ? f.slug : f.title;
    out += QStringLiteral("<h3>%1</h3>")
               .arg(escaped(title.isEmpty() ? tr("Practice feedback") : tr("Feedback: %1").arg(title)));
    QStringList about;
    if (!f.trainer.isEmpty())
        about << tr("Trainer: %1").arg(f.trainer);
    if (f.at.isValid())
        about << tr("Given on %1").arg(QLocale().toString(f.at.toLocalTime(), QLocale::ShortFormat));
    if (!about.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(escaped(about.join(QStringLiteral(" · "))));

    if (!f.goals.isEmpty()) {
        out += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Learning goals")));
        int number = 0;
        for (const GoalAssessment &g : f.goals) {
            ++number;
            out += QStringLiteral("<p><b>%1</b><br/>")
                       .arg(escaped(tr("%1. %2").arg(QString::number(number), g.goal)));
            const QString dots = ratingDots(g.rating);
            out += escaped(dots.isEmpty() ? ratingText(g.rating)
                                          //: "●●●○ Mostly (3 of 4)"
                                          : tr("%1 %2").arg(dots, ratingDescription(g.rating)));
            if (!g.comment.isEmpty())
                out += QStringLiteral("<br/><i>%1</i>").arg(escaped(g.comment));
            out += QStringLiteral("</p>");
        }
    }
    if (!f.text.isEmpty()) {
        out += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("Comments")));
        out += QStringLiteral("<p>%1</p>").arg(escaped(f.text));
    }
    if (f.goals.isEmpty() && f.text.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(escaped(tr("The trainer gave no details.")));
    return out;
}

} // namespace ecoute::ui
