// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/practice/PracticeFeedback.h"

#include <QWidget>

class QTextBrowser;

namespace ecoute::ui {

/// One trainer's feedback on a practice exercise, read-only: the scenario, the
/// trainer, when, each learning goal with its rating (in words and as ●●●○) and
/// comment, then the free text. Everything typed by people is escaped: it is
/// shown as written, never interpreted. The trainee sees it when it arrives and
/// in the practice history.
class PracticeFeedbackView : public QWidget
{
    Q_OBJECT

public:
    explicit PracticeFeedbackView(QWidget *parent = nullptr);

    void setFeedback(const models::PracticeFeedback &feedback);
    models::PracticeFeedback feedback() const { return m_feedback; }
    /// Shows no feedback, only message (e.g. "No feedback yet for this practice.").
    void clear(const QString &message = {});

    /// What is shown, as plain text (also for tests).
    QString toPlainText() const;

    /// The words for a rating: 1 "Not yet", 2 "Partly", 3 "Mostly", 4 "Fully" (translated).
    static QString ratingText(int rating);
    /// The rating as filled and empty dots, e.g. "●●●○" for 3; empty when out of range.
    static QString ratingDots(int rating);
    /// "Mostly (3 of 4)": for accessible names and tooltips.
    static QString ratingDescription(int rating);

private:
    QString html() const;

    models::PracticeFeedback m_feedback;
    QTextBrowser *m_browser;
};

} // namespace ecoute::ui
