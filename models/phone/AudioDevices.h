// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ecoute::models {

/// One microphone or speaker as the phone engine knows it. The id is the engine's own handle,
/// kept in the preferences; the description is what the volunteer reads ("USB headset").
struct AudioDevice
{
    QByteArray id;
    QString description;

    friend bool operator==(const AudioDevice &, const AudioDevice &) = default;
};

/// The audio devices the phone engine can use, filled by the engine (Softphone::audioDevices()).
/// An empty id anywhere means "the system's default device".
struct AudioDevices
{
    QList<AudioDevice> inputs;
    QList<AudioDevice> outputs;

    friend bool operator==(const AudioDevices &, const AudioDevices &) = default;
};

} // namespace ecoute::models
