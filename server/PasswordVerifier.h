// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QString>
#include <QThreadPool>

#include <functional>

namespace ecoute::server {

class PasswordHasher;

/// Runs Argon2id verifications on worker threads so a login never freezes
/// the event loop (and with it every other connection). At most
/// maxConcurrent run at once (each takes 64 MiB); up to maxQueued more wait
/// in line; beyond that verify() refuses and the caller answers rate_limited.
/// Results are delivered on the thread that owns the verifier.
class PasswordVerifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxConcurrent = 2;
    static constexpr int kDefaultMaxQueued = 64;

    enum class Outcome {
        Match,
        Mismatch,
        Cancelled, ///< the context went away before the verification started: nothing was checked
    };
    using Done = std::function<void(Outcome)>;

    explicit PasswordVerifier(const PasswordHasher &hasher, int maxConcurrent = kDefaultMaxConcurrent,
                              int maxQueued = kDefaultMaxQueued, QObject *parent = nullptr);
    ~PasswordVerifier() override;

    /// Verifies password against encoded; an empty encoded runs the dummy
    /// verification (same cost, always Mismatch) used for unknown users.
    /// The password buffer is taken over and wiped after use. done() is called
    /// exactly once, on this object's thread, unless verify() returns false
    /// (queue full: nothing is done) or the verifier is destroyed first.
    /// context: if it is destroyed before the job starts, the Argon2 work is
    /// skipped and done(Cancelled) is called; done must itself check whether
    /// the context is still alive before touching it.
    bool verify(QString &password, const QString &encoded, QObject *context, Done done);

    /// Verifications running or waiting.
    int pending() const { return m_running + static_cast<int>(m_waiting.size()); }

private:
    struct Job
    {
        QString password;
        QString encoded;
        QPointer<QObject> context;
        Done done;
    };
    void startNext();
    void finished(bool match, const Done &done);

    const PasswordHasher &m_hasher;
    int m_maxConcurrent;
    int m_maxQueued;
    int m_running = 0;
    QQueue<Job> m_waiting;
    QThreadPool m_pool;
};

} // namespace ecoute::server
