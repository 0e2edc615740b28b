// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/Clock.h"

#include <QElapsedTimer>

namespace ecoute::server {

namespace {
class SystemClock final : public Clock
{
public:
    SystemClock() { m_started.start(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_started.elapsed(); }

private:
    QElapsedTimer m_started;
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace ecoute::server
