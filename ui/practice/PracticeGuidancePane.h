// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/ScenarioFile.h"

#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace ecoute::ui {

/// Beside a conversation a trainer plays: the scenario they follow (persona,
/// opening, how it evolves, guidance, learning goals), a button that puts the
/// opening into the composer, and the way to the feedback form.
class PracticeGuidancePane : public QWidget
{
    Q_OBJECT

public:
    explicit PracticeGuidancePane(const protocol::Scenario &scenario, QWidget *parent = nullptr);

    /// The text shown (for tests and screen readers).
    QString text() const;

signals:
    void openingRequested(const QString &text);
    void feedbackRequested();

private:
    QString html() const;

    protocol::Scenario m_scenario;
    QTextBrowser *m_view;
    QPushButton *m_opening;
    QPushButton *m_feedback;
};

} // namespace ecoute::ui
