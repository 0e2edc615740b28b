// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/supervision/StaffMessagePresentation.h"

#include <QDialog>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace ecoute::models {
class SupervisionModel;
}

namespace ecoute::ui {

/// The private conversation of a debrief between a volunteer and the supervisor
/// who accepted it (debrief.send / debrief.message). Never part of any
/// transcript. Ctrl+Return sends. Not modal: the workstation stays usable.
class DebriefView : public QDialog
{
    Q_OBJECT

public:
    DebriefView(models::SupervisionModel &supervision, const QString &requestId, const QString &self,
                QWidget *parent = nullptr);

    QString requestId() const { return m_requestId; }

private:
    void send();
    void updateState();

    models::SupervisionModel &m_supervision;
    QString m_requestId;
    StaffMessagePresentation m_presentation;
    QLabel *m_status;
    QListView *m_messages;
    QPlainTextEdit *m_composer;
    QPushButton *m_send;
};

} // namespace ecoute::ui
