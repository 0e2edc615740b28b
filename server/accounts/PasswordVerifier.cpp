// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/accounts/PasswordVerifier.h"

#include "server/accounts/PasswordHasher.h"
#include "server/storage/SecureRandom.h"

#include <QMetaObject>

#include <algorithm>
#include <limits>
#include <utility>

namespace ecoute::server {

PasswordVerifier::PasswordVerifier(const PasswordHasher &hasher, int maxConcurrent, int maxQueued,
                                   QObject *parent, int maxPerSource)
    : QObject(parent), m_hasher(hasher), m_maxConcurrent(std::max(1, maxConcurrent)),
      m_maxQueued(std::max(0, maxQueued)), m_maxPerSource(std::max(1, maxPerSource))
{
    m_pool.setMaxThreadCount(m_maxConcurrent);
    m_hasher.prepareDummy(); // computed once here, not raced for on the workers
}

PasswordVerifier::~PasswordVerifier()
{
    // Workers refer to this object and the hasher: let them finish first.
    // Their queued results are dropped with this object.
    m_pool.waitForDone();
    for (QQueue<Job> &jobs : m_waiting) {
        for (Job &job : jobs)
            secure::wipe(job.password);
    }
}

PasswordVerifier::Admission PasswordVerifier::verify(QString &password, const QString &encoded,
                                                     const SourceKey &source, QObject *context, Done done)
{
    return admit(password, encoded, source, true, context, std::move(done));
}

bool PasswordVerifier::verify(QString &password, const QString &encoded, QObject *context, Done done)
{
    return admit(password, encoded, SourceKey(), false, context, std::move(done)) == Admission::Accepted;
}

PasswordVerifier::Admission PasswordVerifier::admit(QString &password, const QString &encoded,
                                                    const SourceKey &source, bool capped, QObject *context,
                                                    Done done)
{
    Admission refusal = Admission::Accepted;
    if (capped && (m_limitLoopback || !source.isLoopback())
        && m_pendingBySource.value(source) >= m_maxPerSource)
        refusal = Admission::SourceBusy;
    else if (m_running >= m_maxConcurrent && m_waitingCount >= m_maxQueued)
        refusal = Admission::PoolFull;
    if (refusal != Admission::Accepted) {
        secure::wipe(password);
        return refusal;
    }
    auto waiting = m_waiting.find(source);
    if (waiting == m_waiting.end()) {
        waiting = m_waiting.insert(source, {});
        m_turns.enqueue(source);
    }
    // Takes the buffer (no copy left behind) and leaves the caller's variable empty.
    waiting->enqueue(Job {std::exchange(password, QString()), encoded, QPointer<QObject>(context),
                          std::move(done), source});
    ++m_waitingCount;
    ++m_pendingBySource[source];
    startNext();
    return Admission::Accepted;
}

PasswordVerifier::Job PasswordVerifier::takeNextInTurn()
{
    // The source with the fewest checks pending goes first (the earliest among
    // equals): a flood waits behind someone who just came.
    qsizetype chosen = 0;
    int fewest = std::numeric_limits<int>::max();
    for (qsizetype i = 0; i < m_turns.size() && fewest > 1; ++i) {
        const int pending = m_pendingBySource.value(m_turns.at(i));
        if (pending < fewest) {
            fewest = pending;
            chosen = i;
        }
    }
    const SourceKey source = m_turns.takeAt(chosen);
    auto waiting = m_waiting.find(source);
    Job job = waiting->dequeue();
    if (waiting->isEmpty())
        m_waiting.erase(waiting);
    else
        m_turns.enqueue(source);
    --m_waitingCount;
    return job;
}

void PasswordVerifier::release(const SourceKey &source)
{
    auto it = m_pendingBySource.find(source);
    if (it != m_pendingBySource.end() && --*it <= 0)
        m_pendingBySource.erase(it);
}

void PasswordVerifier::startNext()
{
    while (m_running < m_maxConcurrent && !m_turns.isEmpty()) {
        Job job = takeNextInTurn();
        if (!job.context) {
            secure::wipe(job.password);
            release(job.source);
            const Done done = std::move(job.done);
            // Later, like every other result: callers never see done() run inside verify().
            QMetaObject::invokeMethod(
                this, [done] { done(Outcome::Cancelled); }, Qt::QueuedConnection);
            continue;
        }
        ++m_running;
        m_pool.start([this, password = std::move(job.password), encoded = std::move(job.encoded),
                      source = job.source, done = std::move(job.done)]() mutable {
            bool match = false;
            if (encoded.isEmpty())
                m_hasher.dummyVerify(password);
            else
                match = m_hasher.verify(password, encoded);
            secure::wipe(password);
            QMetaObject::invokeMethod(
                this, [this, match, source, done = std::move(done)] { finished(match, source, done); },
                Qt::QueuedConnection);
        });
    }
}

void PasswordVerifier::finished(bool match, const SourceKey &source, const Done &done)
{
    --m_running;
    release(source);
    startNext();
    done(match ? Outcome::Match : Outcome::Mismatch);
}

} // namespace ecoute::server
