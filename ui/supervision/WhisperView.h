// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/accessibility/Panel.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace ecoute::ui {

/// The box to whisper for whoever may (a listening supervisor, a trainer coaching the
/// trainee): one line under the transcript, in the whisper colour and labelled internal,
/// never shown to the person (Return sends). The whispers themselves show in the
/// transcript, in time order, as internal rows (TimelineModel, TranscriptDelegate).
class WhisperView : public Panel
{
    Q_OBJECT

public:
    explicit WhisperView(QWidget *parent = nullptr);

    /// Shows the box (a supervisor listening, a trainer playing) or hides it.
    void setCanWhisper(bool canWhisper);
    bool canWhisper() const { return m_canWhisper; }

signals:
    void whisperRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void sendWhisper();

    QLabel *m_label;
    QLineEdit *m_input;
    QPushButton *m_send;
    bool m_canWhisper = false;
};

} // namespace ecoute::ui
