// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/phone/Softphone.h"

#include <QList>

#include <optional>

namespace ecoute::tests {

/// A phone engine that records what it is asked and emits what the test says (test-only: the
/// state machine above the engine is under test, not the engine). No Q_OBJECT: it only
/// overrides and emits Softphone's own signals.
class FakeSoftphone final : public models::Softphone
{
public:
    struct Dial
    {
        QUrl uri;
        QByteArray pin;
    };

    void dial(const QUrl &sipUri, const QByteArray &pinnedCertificateDer) override
    {
        dials.append({sipUri, pinnedCertificateDer});
        ++calls;
        if (failNextDial) {
            const EndReason reason = *failNextDial;
            failNextDial.reset();
            emit ended(reason); // as an engine does when it finds no microphone
        }
    }
    void hangUp() override { ++hangUps; }
    void setMuted(bool on) override { muted = on; }
    void setInputDevice(const QByteArray &id) override { input = id; }
    void setOutputDevice(const QByteArray &id) override { output = id; }
    models::AudioDevices audioDevices() const override { return devices; }

    QList<Dial> dials;
    int calls = 0;
    int hangUps = 0;
    bool muted = false;
    QByteArray input;
    QByteArray output;
    models::AudioDevices devices;
    std::optional<EndReason> failNextDial;
};

} // namespace ecoute::tests
