// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/IoThreads.h"

#include "server/transport/ClientConnection.h"
#include "server/transport/EpollDispatcher.h"

#include <algorithm>

namespace ecoute::server {

IoThreads::IoThreads(int threads, const IoSettings &settings, QObject *parent) : QObject(parent)
{
    const int workers = std::max(threads, 1);
    for (int i = 0; i < workers; ++i) {
        auto *worker = new IoWorker(settings, thread());
        if (threads > 0) {
            auto *ioThread = new QThread;
            ioThread->setObjectName(QStringLiteral("ecoute-io-%1").arg(i + 1));
            ioThread->setEventDispatcher(new EpollDispatcher); // cost per ready socket, not per socket
            worker->moveToThread(ioThread);
            // Deleted on its own thread when the loop ends, with the sockets it still has.
            connect(ioThread, &QThread::finished, worker, &QObject::deleteLater);
            ioThread->start();
            m_threads.push_back(ioThread);
        }
        connect(worker, &IoWorker::connectionAccepted, this, &IoThreads::connectionAccepted);
        connect(worker, &IoWorker::socketClosed, this, [this, i](const SourceKey &source) {
            --m_sockets[static_cast<std::size_t>(i)];
            Q_EMIT socketClosed(source);
        });
        m_workers.push_back(worker);
        m_sockets.push_back(0);
    }
}

IoThreads::~IoThreads()
{
    if (m_threads.empty()) {
        for (IoWorker *worker : m_workers)
            delete worker;
        return;
    }
    for (QThread *ioThread : m_threads)
        ioThread->quit();
    for (QThread *ioThread : m_threads) {
        ioThread->wait();
        delete ioThread;
    }
}

int IoThreads::defaultCount()
{
    return std::max(QThread::idealThreadCount(), 1);
}

void IoThreads::adopt(qintptr descriptor, const SourceKey &source)
{
    const auto fewest = std::min_element(m_sockets.begin(), m_sockets.end());
    const auto index = static_cast<std::size_t>(fewest - m_sockets.begin());
    ++*fewest;
    IoWorker *worker = m_workers[index];
    QMetaObject::invokeMethod(worker, [worker, descriptor, source] { worker->adopt(descriptor, source); });
}

} // namespace ecoute::server
