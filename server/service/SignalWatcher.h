// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace ecoute::server {

/// Turns SIGTERM and SIGINT into a clean QCoreApplication::quit() (self-pipe:
/// the signal handler only writes a byte, the event loop does the rest).
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ecoute::server
