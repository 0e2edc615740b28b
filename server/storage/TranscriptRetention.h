// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/core/Clock.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace ecoute::server {

class Database;

/// Deletes the text of real contacts that ended more than retentionDays ago:
/// their messages, whispers, handover notes, supervision requests' text and
/// debrief messages (and debriefs not about a contact, once closed that long).
/// The contact row stays for the statistics (channel, language, dates, how it
/// ended), without its resume token. Practice contacts have their own
/// retention (ContactStore::purgePractice).
///
/// Work is cut into short steps on the event loop: a batch of contacts per
/// transaction, then the freed pages given back a few at a time
/// (incremental_vacuum; secure_delete already zeroed them), then the WAL
/// truncated, so no old page of a deleted text stays in either file.
class TranscriptRetention : public QObject
{
    Q_OBJECT

public:
    TranscriptRetention(Database &db, int retentionDays, QObject *parent = nullptr);

    void setClock(const Clock &clock) { m_clock = &clock; }
    /// Runs everything now, in one go (at start, before serving).
    int runNow();
    /// Runs every interval, in steps that each hold the event loop briefly.
    void schedule(std::chrono::milliseconds interval);

    /// Wipes up to batchSize contacts' text in one transaction; returns how many.
    int purgeBatch(int batchSize);
    /// Gives back up to pages free pages; returns true when none are left.
    bool reclaimStep(int pages);
    /// Moves the WAL into the database and empties it, waiting at most waitMs for other
    /// connections (an administration command reading the file).
    void truncateWal(int waitMs = 5000);

private:
    void step();

    Database &m_db;
    int m_retentionDays;
    const Clock *m_clock = &Clock::system();
    QTimer m_timer;
    bool m_running = false;
    int m_purgedThisRun = 0;
};

} // namespace ecoute::server
