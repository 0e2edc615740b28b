// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Vocabulary.h"
#include "ui/accessibility/Panel.h"

#include <QList>
#include <QMap>

class QAbstractButton;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ecoute::models {
class RiskCaseList;
}

namespace ecoute::ui {

/// The guided imminent-risk panel beside a conversation, modelled on the 988 Lifeline's
/// imminent-risk policy: the steps in order (engage, assess, safety plan, consult, emergency
/// services only when needed, follow-up, closed), each with one line of guidance and ticked with
/// its time (risk.step, audited by the server). "Ask a supervisor now" raises the existing urgent
/// supervision request (the window's Ctrl+Shift+S). Where the person gives a location, the
/// volunteer types it in a field sent to the supervisor only (risk.location), deleted with the
/// contact's transcript; nothing is gathered automatically. A supervisor sees the same steps and
/// the location.
class RiskPanel : public Panel
{
    Q_OBJECT

public:
    /// supervisor: the panel of a contact the user supervises (shows the location; no field).
    RiskPanel(models::RiskCaseList &cases, const QString &contactId, bool supervisor,
              QWidget *parent = nullptr);

    QString contactId() const { return m_contactId; }
    /// Starts the case on the server (risk.step opened) unless one is open.
    void openCase();
    QAbstractButton *stepBox(protocol::RiskStep step) const { return m_steps.value(step); }
    QLineEdit *locationField() const { return m_location; }
    QPushButton *urgentButton() const { return m_urgent; }
    /// The location as a supervisor sees it; empty when none was given.
    QString locationText() const;

signals:
    /// Ask a supervisor now (the existing urgent supervision request).
    void urgentSupervisionRequested(const QString &contactId);
    /// A step was sent from here (for the report's outcomes).
    void stepTaken(const QString &contactId, protocol::RiskStep step);

private:
    void refresh();
    void tick(protocol::RiskStep step);
    void sendLocation();

    models::RiskCaseList &m_cases;
    QString m_contactId;
    bool m_supervisor;
    QLabel *m_state;
    QMap<protocol::RiskStep, QAbstractButton *> m_steps;
    QMap<protocol::RiskStep, QLabel *> m_times;
    QList<protocol::RiskStep> m_ticked; ///< sent from here, until the server confirms
    QPushButton *m_urgent;
    QLineEdit *m_location = nullptr;
    QPushButton *m_sendLocation = nullptr;
    QLabel *m_locationShown;
};

} // namespace ecoute::ui
