// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QLineEdit;
class QPushButton;

namespace ecoute::ui {

/// After a contact marked hard: suggests a pause (with a reason the volunteer can
/// change) and reminds that a supervisor can be asked for a debrief.
///
/// Hook for the supervision feature: setDebriefHandler() adds an "Ask for a
/// debrief" button that calls the handler (e.g. sends the debrief request).
/// Until then the dialog only says that a supervisor can be asked.
class HardContactDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HardContactDialog(QWidget *parent = nullptr);

    /// The pause reason, prefilled; sent with presence "pause".
    QString reason() const;
    void setDebriefHandler(std::function<void()> handler);

signals:
    /// The volunteer chose to take a pause with this reason.
    void pauseRequested(const QString &reason);

private:
    QLineEdit *m_reason;
    QPushButton *m_debrief;
    std::function<void()> m_debriefHandler;
};

} // namespace ecoute::ui
