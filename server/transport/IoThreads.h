// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/transport/IoWorker.h"

#include <QObject>
#include <QThread>

#include <vector>

namespace ecoute::server {

/// The threads that read, decode, encode and write frames, each with its own
/// event loop and its own share of the sockets, so that no single loop polls
/// every connection. Routing, contacts and sessions stay on the service thread
/// (the one that made this), reached through queued signals only.
///
/// With 0 threads, one worker runs on the service thread itself (the same code,
/// without the hand-over between threads).
class IoThreads : public QObject
{
    Q_OBJECT

public:
    IoThreads(int threads, const IoSettings &settings, QObject *parent = nullptr);
    /// Stops the threads; the sockets still open on them are closed there.
    ~IoThreads() override;

    /// Gives an accepted, admitted descriptor to the worker with the fewest sockets.
    void adopt(qintptr descriptor, const SourceKey &source);
    int threadCount() const { return static_cast<int>(m_threads.size()); }
    /// The default: as many threads as cores.
    static int defaultCount();

Q_SIGNALS:
    void socketClosed(const ecoute::server::SourceKey &source);
    void connectionAccepted(ecoute::server::WebSocketGateway::Endpoint endpoint,
                            ecoute::server::ClientConnection *connection);

private:
    std::vector<QThread *> m_threads;
    std::vector<IoWorker *> m_workers;
    std::vector<int> m_sockets; ///< per worker, as counted on this thread
};

} // namespace ecoute::server
