// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/phone/AudioDevices.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

namespace ecoute::models {

/// The seam between the workstation and its SIP/RTP engine (written apart, on libre). The
/// workstation never receives calls: it places one call at a time to the server's phone bridge
/// with a one-time token, and this class only carries that call's audio. Everything about who
/// hears whom is decided by the server; the engine never changes routing by itself.
///
/// Contract for an implementation:
/// - The object lives in the GUI thread; its functions are called there and its signals are
///   emitted there (an engine running its own event loop queues them over).
/// - dial(sipUri, pinnedCertificateDer): sipUri is `sip:<token>@<host>:<port>;transport=tls`.
///   SIP over TLS only, media SRTP with SDES keys only (no plain RTP fallback). The TLS peer
///   certificate must be exactly pinnedCertificateDer (compare the DER bytes, or their SHA-256):
///   no certificate authority, no host name check, the pin alone. An empty pin only comes for
///   a loopback host (the local demo over plain ws); refuse any other host without one.
///   The token (the URI's user part) is a one-time secret: never log the URI or the request
///   line, and keep no copy after the INVITE is sent. A call already going on is hung up first,
///   without signals for it. The devices chosen with setInputDevice/setOutputDevice are used.
/// - Exactly one ended() follows each dial() unless hangUp() comes first; it may come from
///   inside dial() (no microphone, no audio device). After hangUp() returns, no signal about
///   that call is emitted any more (not even ended()).
/// - levels() about ten times a second while established(): dBFS (0 is full scale, silence
///   at or below -60; -inf is allowed) of what the microphone sends and what the speaker plays.
class Softphone : public QObject
{
    Q_OBJECT

public:
    /// Why a call ended on the engine's side.
    enum class EndReason {
        NoMicrophone, ///< no input device, or it could not be opened
        NoAudioDevice, ///< no output device, or it could not be opened
        BridgeUnreachable, ///< no TCP/TLS connection to the bridge (network, timeout, pin mismatch)
        Refused, ///< the bridge answered with a final error (an expired or used token)
        RemoteHangUp, ///< the bridge hung up (BYE)
        Failed, ///< anything else (media, SRTP negotiation, internal errors)
    };
    Q_ENUM(EndReason)

    explicit Softphone(QObject *parent = nullptr);
    ~Softphone() override;

    virtual void dial(const QUrl &sipUri, const QByteArray &pinnedCertificateDer) = 0;
    /// Ends the call (CANCEL or BYE) and releases the devices; no signal follows.
    virtual void hangUp() = 0;
    /// Sends silence instead of the microphone (the server mutes the leg as well).
    virtual void setMuted(bool muted) = 0;
    /// An id from audioDevices(); empty for the system's default. Applies to the next call and,
    /// where the engine can, to the one going on.
    virtual void setInputDevice(const QByteArray &id) = 0;
    virtual void setOutputDevice(const QByteArray &id) = 0;
    /// The microphones and speakers that can be chosen now.
    virtual AudioDevices audioDevices() const = 0;

signals:
    /// The bridge rings (a provisional answer arrived).
    void ringing();
    /// The call is answered and SRTP media flows both ways.
    void established();
    /// The call is over (see the contract above).
    void ended(ecoute::models::Softphone::EndReason reason);
    /// About ten times a second while the call is established, in dBFS.
    void levels(float inputDb, float outputDb);
    /// A device was plugged in or removed: audioDevices() changed.
    void audioDevicesChanged();
};

} // namespace ecoute::models
