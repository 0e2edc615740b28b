// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace ecoute::server {

/// The time, as everything that waits or counts asks it: offers, wrap-up, grace
/// periods, throttles, retention. Production uses Clock::system(); tests pass a
/// ManualClock (tests/mock) and move time on by hand instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Wall-clock time in UTC: what is stored and shown.
    virtual QDateTime now() const = 0;
    /// Milliseconds from an arbitrary start that never goes back: for rates and timeouts.
    virtual qint64 monotonicMs() const = 0;

    /// The real clock (QDateTime::currentDateTimeUtc and a steady timer).
    static const Clock &system();
};

} // namespace ecoute::server
