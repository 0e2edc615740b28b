// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/supervision/StaffMessagePresentation.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace ecoute::models {
class StaffMessageModel;
}

namespace ecoute::ui {

/// The whispers of a supervisor in one conversation, framed apart from the
/// transcript: internal, never shown to the person. A listening supervisor
/// also gets a box to whisper (Enter sends).
class WhisperView : public QFrame
{
    Q_OBJECT

public:
    explicit WhisperView(models::StaffMessageModel &whispers, QWidget *parent = nullptr);

    void setSelf(const QString &user) { m_presentation.setSelf(user); }
    /// Shows the box to whisper (a supervisor listening) or hides it.
    void setCanWhisper(bool canWhisper);
    bool canWhisper() const { return m_canWhisper; }
    int count() const;

signals:
    void whisperRequested(const QString &text);

private:
    void sendWhisper();
    void updateVisibility();

    StaffMessagePresentation m_presentation;
    QLabel *m_title;
    QListView *m_list;
    QLineEdit *m_input;
    QPushButton *m_send;
    bool m_canWhisper = false;
};

} // namespace ecoute::ui
