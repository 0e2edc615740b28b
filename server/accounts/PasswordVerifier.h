// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/transport/SourceKey.h"

#include <QHash>
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
/// One source may have at most maxPerSource checks pending (running or
/// waiting), and the source with the fewest pending is served first, so a flood
/// from one address cannot fill the pool nor delay a login from another.
/// Results are delivered on the thread that owns the verifier.
class PasswordVerifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxConcurrent = 2;
    static constexpr int kDefaultMaxQueued = 64;
    static constexpr int kDefaultMaxPerSource = 4;

    enum class Admission {
        Accepted,
        SourceBusy, ///< this source already has maxPerSource checks pending
        PoolFull, ///< the queue is full for everyone
    };

    enum class Outcome {
        Match,
        Mismatch,
        Cancelled, ///< the context went away before the verification started: nothing was checked
    };
    using Done = std::function<void(Outcome)>;

    explicit PasswordVerifier(const PasswordHasher &hasher, int maxConcurrent = kDefaultMaxConcurrent,
                              int maxQueued = kDefaultMaxQueued, QObject *parent = nullptr,
                              int maxPerSource = kDefaultMaxPerSource);
    ~PasswordVerifier() override;

    /// Loopback peers count per source too (off by default, as for every
    /// per-source limit: behind a reverse proxy on the same host, every staff
    /// member is loopback; tests switch it on with --connection-limits-loopback).
    void setLimitLoopback(bool limit) { m_limitLoopback = limit; }

    /// Verifies password against encoded; an empty encoded runs the dummy
    /// verification (same cost, always Mismatch) used for unknown users.
    /// The password buffer is taken over and wiped after use. done() is called
    /// exactly once, on this object's thread, unless verify() returns false
    /// (queue full: nothing is done) or the verifier is destroyed first.
    /// context: if it is destroyed before the job starts, the Argon2 work is
    /// skipped and done(Cancelled) is called; done must itself check whether
    /// the context is still alive before touching it.
    /// source: where the login comes from; its pending checks are capped and
    /// take turns with other sources'.
    Admission verify(QString &password, const QString &encoded, const SourceKey &source, QObject *context,
                     Done done);
    /// Without a source: not capped per source (one shared turn).
    bool verify(QString &password, const QString &encoded, QObject *context, Done done);

    /// Verifications running or waiting.
    int pending() const { return m_running + m_waitingCount; }
    /// Verifications running or waiting for this source.
    int pendingFrom(const SourceKey &source) const { return m_pendingBySource.value(source); }

private:
    struct Job
    {
        QString password;
        QString encoded;
        QPointer<QObject> context;
        Done done;
        SourceKey source;
    };
    Admission admit(QString &password, const QString &encoded, const SourceKey &source, bool capped,
                    QObject *context, Done done);
    void startNext();
    Job takeNextInTurn();
    void release(const SourceKey &source);
    void finished(bool match, const SourceKey &source, const Done &done);

    const PasswordHasher &m_hasher;
    int m_maxConcurrent;
    int m_maxQueued;
    int m_maxPerSource;
    bool m_limitLoopback = false;
    int m_running = 0;
    int m_waitingCount = 0;
    QHash<SourceKey, QQueue<Job>> m_waiting; ///< per source, in arrival order
    QQueue<SourceKey> m_turns; ///< sources with waiting checks, next first
    QHash<SourceKey, int> m_pendingBySource; ///< running + waiting
    QThreadPool m_pool;
};

} // namespace ecoute::server
