// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/phone/AudioDevices.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace ecoute::models {
class Preferences;
}

namespace ecoute::ui {

/// The volunteer's preferences in one calm form: interface language (from the next start),
/// font size, how soon the notes lock, sounds and desktop notifications, and the headset for
/// calls (microphone and speaker, from the phone engine's devices). Nothing changes until OK;
/// Esc or Cancel leaves everything as it was.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(models::Preferences &preferences, QWidget *parent = nullptr);

    /// The microphones and speakers to choose from (the phone engine's); without them only the
    /// system's default (and a choice saved earlier) are offered.
    void setAudioDevices(const models::AudioDevices &devices);

    /// Writes the form to the preferences (OK does it, then closes).
    void apply();
    void accept() override;

private:
    void load();

    models::Preferences &m_preferences;
    QComboBox *m_language;
    QComboBox *m_fontSize;
    QSpinBox *m_idleLock;
    QCheckBox *m_offerSound;
    QCheckBox *m_messageSound;
    QCheckBox *m_notifications;
    QComboBox *m_microphone;
    QComboBox *m_speaker;
    models::AudioDevices m_devices;
};

} // namespace ecoute::ui
