// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordVerifier.h"

#include "PasswordHasher.h"
#include "SecureRandom.h"

#include <QMetaObject>

#include <algorithm>

namespace ecoute::server {

PasswordVerifier::PasswordVerifier(const PasswordHasher &hasher, int maxConcurrent, int maxQueued,
                                   QObject *parent)
    : QObject(parent), m_hasher(hasher), m_maxConcurrent(std::max(1, maxConcurrent)),
      m_maxQueued(std::max(0, maxQueued))
{
    m_pool.setMaxThreadCount(m_maxConcurrent);
    m_hasher.prepareDummy(); // computed once here, not raced for on the workers
}

PasswordVerifier::~PasswordVerifier()
{
    // Workers refer to this object and the hasher: let them finish first.
    // Their queued results are dropped with this object.
    m_pool.waitForDone();
    for (Job &job : m_waiting)
        secure::wipe(job.password);
}

bool PasswordVerifier::verify(QString &password, const QString &encoded, QObject *context, Done done)
{
    if (m_running >= m_maxConcurrent && m_waiting.size() >= m_maxQueued) {
        secure::wipe(password);
        return false;
    }
    m_waiting.enqueue(Job {std::move(password), encoded, QPointer<QObject>(context), std::move(done)});
    password.clear();
    startNext();
    return true;
}

void PasswordVerifier::startNext()
{
    while (m_running < m_maxConcurrent && !m_waiting.isEmpty()) {
        Job job = m_waiting.dequeue();
        if (!job.context) {
            secure::wipe(job.password);
            const Done done = std::move(job.done);
            // Later, like every other result: callers never see done() run inside verify().
            QMetaObject::invokeMethod(
                this, [done] { done(Outcome::Cancelled); }, Qt::QueuedConnection);
            continue;
        }
        ++m_running;
        m_pool.start([this, password = std::move(job.password), encoded = std::move(job.encoded),
                      done = std::move(job.done)]() mutable {
            bool match = false;
            if (encoded.isEmpty())
                m_hasher.dummyVerify(password);
            else
                match = m_hasher.verify(password, encoded);
            secure::wipe(password);
            QMetaObject::invokeMethod(
                this, [this, match, done = std::move(done)] { finished(match, done); }, Qt::QueuedConnection);
        });
    }
}

void PasswordVerifier::finished(bool match, const Done &done)
{
    --m_running;
    startNext();
    done(match ? Outcome::Match : Outcome::Mismatch);
}

} // namespace ecoute::server
