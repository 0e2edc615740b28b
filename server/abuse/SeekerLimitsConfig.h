// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace ecoute::server {

/// What one source (SourceKey) and one anonymous contact may do on /ws/seeker.
/// The defaults and why they are what they are: docs/security.md, "The
/// help-seeker queue"; the options: docs/admin.md.
struct SeekerLimitsConfig
{
    Q_DECLARE_TR_FUNCTIONS(SeekerLimitsConfig)

public:
    int maxWaitingPerSource = 20; ///< --seeker-max-waiting: contacts of one source waiting at once
    int newPerWindow = 30; ///< --seeker-new-per-window: new contacts of one source per window
    int windowSeconds = 600; ///< --seeker-window-seconds
    int urgentPerSource = 2; ///< --seeker-urgent-per-source: waiting contacts of one source that go first
    int messageBurst = 10; ///< --seeker-message-burst: messages a contact may send at once
    int messagesPerMinute = 120; ///< --seeker-messages-per-minute: sustained, after the burst
    int charBurst = 40000; ///< characters at once (five messages of the maximum length)
    int charsPerSecond = 500; ///< sustained characters (a long paste every 16 s; typing is ~5/s)
    int syncBurst = 5; ///< chat.sync a contact may ask at once
    int syncsPerMinute = 30; ///< sustained chat.sync
    int pageGraceMs = 60'000; ///< --seeker-page-grace-seconds: a waiting contact without a page ends after
    /// Hidden (tests): also limit loopback peers. Off by default: a reverse
    /// proxy on the same host makes every help-seeker look like loopback.
    bool limitLoopback = false;

    /// Adds the --seeker-* options (call before parsing).
    static void addOptions(QCommandLineParser &parser);
    /// Reads them after parsing; false with *error if a value is out of range.
    bool read(const QCommandLineParser &parser, QString *error);
};

} // namespace ecoute::server
