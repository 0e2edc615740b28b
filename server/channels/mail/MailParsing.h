// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/mime/MailParser.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QQueue>
#include <QTimer>

#include <functional>
#include <optional>

namespace ecoute::server {

/// Reads incoming mail in a short-lived ecoute-mailparse process, one message at a time, so that a
/// hostile message can cost at most that process (its own memory and CPU limits, and a time limit
/// here): the server's event loop never parses MIME. A process that crashes, times out or answers
/// nonsense gives nullopt: the message is unreadable, never lost.
class MailParsing : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(std::optional<::ecoute::mail::ParseResult>)>;

    MailParsing(QString program, int timeoutSeconds, qint64 maxBytes, QObject *parent = nullptr);
    ~MailParsing() override;

    void parse(QByteArray raw, Done done);
    int pending() const { return static_cast<int>(m_queue.size()) + (m_process ? 1 : 0); }

private:
    struct Job
    {
        QByteArray raw;
        Done done;
    };

    void startNext();
    void finish(std::optional<::ecoute::mail::ParseResult> result);

    QString m_program;
    int m_timeoutSeconds;
    qint64 m_maxBytes;
    QQueue<Job> m_queue;
    QProcess *m_process = nullptr;
    Done m_current;
    QByteArray m_output;
    QTimer m_deadline;
};

} // namespace ecoute::server
