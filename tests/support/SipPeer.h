// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>
#include <optional>

namespace ecoute::testing {

/// A 16-bit mono WAV file, as sox writes it and baresip's sndfile module records it.
struct WavAudio
{
    int sampleRate = 0;
    QList<std::int16_t> samples;

    double seconds() const { return sampleRate > 0 ? double(samples.size()) / sampleRate : 0; }
    /// The samples between two offsets in seconds (clamped to the recording).
    QList<std::int16_t> slice(double fromSeconds, double toSeconds) const;
    /// Reads a PCM WAV file. A data chunk whose size was never filled in (the writer still had
    /// it open) is read to the end of the file. std::nullopt for anything but 16-bit mono PCM.
    static std::optional<WavAudio> read(const QString &path);
};

/// A scripted SIP phone for the phone channel's tests: one baresip process with its own
/// config folder, playing a sine tone and recording what it hears, driven over ctrl_tcp so
/// a test dials and hangs up when it wants (the caller on the trunk side, or a staff
/// workstation dialling the bridge over TLS with SRTP).
///
/// Its SIP ports are picked by the kernel (sip_listen port 0, TLS on another free port):
/// the peers only dial out, so nobody needs to know them.
class SipPeer
{
public:
    struct Options
    {
        QString name = QStringLiteral("peer"); ///< for the test's messages only
        /// The account's address: its user is the From user the bridge sees,
        /// e.g. "sip:+352621123456@127.0.0.1" or "sip:anonymous@anonymous.invalid".
        QString address = QStringLiteral("sip:peer@127.0.0.1");
        double toneHz = 700; ///< the sine it sends, at −10.5 dBFS; 0: silence
        int toneSeconds = 60; ///< longer than any call of the test
        bool srtpMandatory = false; ///< a staff workstation: `;mediaenc=srtp-mand`
        QString caFile; ///< trusted for SIP over TLS (the bridge's certificate)
        int lifetimeSeconds = 180; ///< baresip quits by itself after this (a crashed test leaves nothing)
    };

    explicit SipPeer(Options options);
    ~SipPeer();
    SipPeer(const SipPeer &) = delete;
    SipPeer &operator=(const SipPeer &) = delete;

    /// Writes the tone and the config, starts baresip and connects to its ctrl_tcp port.
    bool start();
    /// Sends "dial" and waits for baresip to accept the command (not for the call).
    bool dial(const QString &uri);
    /// Hangs up the current call.
    bool hangup();
    /// "quit", then waits for the process to exit (SIGTERM, then SIGKILL if it lingers).
    void stop();
    bool isRunning() const;

    /// Whether the call dialled last was established (false at once if it closed first).
    bool waitEstablished(int timeoutMs = 10000);
    /// Waits until the call dialled last has closed: baresip's reason ("Connection reset by
    /// user", "403 Forbidden", ...), or std::nullopt on timeout.
    std::optional<QString> waitClosed(int timeoutMs = 10000);
    /// Whether the call dialled last has closed (without waiting).
    bool callClosed() const;

    /// Milliseconds on the test's clock (testClock()) when the current call was established:
    /// its recording starts then, so a test maps its own timeline onto the recording.
    qint64 establishedAtMs() const { return m_establishedAtMs; }
    /// The test's clock, started once per test process.
    static qint64 testClockMs();

    /// What the peer heard on its last call (sndfile's "dump-<time>-dec.wav"), empty before.
    QString recordingPath() const;
    /// Reads recordingPath(), once sndfile has closed it (after the call ended).
    std::optional<WavAudio> recording() const;

    QString name() const { return m_options.name; }
    /// baresip's output (for a failing test's message).
    QString output() const { return m_output; }

private:
    bool launch(quint16 controlPort);
    bool writeConfig(quint16 controlPort);
    bool makeTone();
    bool send(const QString &command, const QString &params = {});
    void readOutput();
    void readControl();
    void handleEvent(const QJsonObject &event);

    Options m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QTcpSocket m_control;
    QByteArray m_controlPending;
    QByteArray m_outputPending;
    QString m_output;
    QList<QJsonObject> m_responses;
    // The current call (one at a time), reset by dial().
    bool m_established = false;
    std::optional<QString> m_closedReason;
    QSet<QString> m_seenCalls; ///< baresip's call ids
    QSet<QString> m_staleCalls; ///< calls from before the last dial: their events are ignored
    QStringList m_recordings;
    qint64 m_establishedAtMs = -1;
    int m_token = 0;
};

} // namespace ecoute::testing
