// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/MailParsing.h"

#include "mail/parse/ParsedMailJson.h"
#include "server/core/Logging.h"

#include <utility>

namespace ecoute::server {

namespace {
/// The one JSON line carries the attachments in base64: a little more than the message itself.
qint64 outputLimit(qint64 maxBytes)
{
    return maxBytes * 2 + 1024 * 1024;
}
} // namespace

MailParsing::MailParsing(QString program, int timeoutSeconds, qint64 maxBytes, QObject *parent)
    : QObject(parent), m_program(std::move(program)), m_timeoutSeconds(timeoutSeconds), m_maxBytes(maxBytes)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        qCWarning(lcMail) << "a message took too long to read; it is kept as unreadable";
        finish(std::nullopt);
    });
}

MailParsing::~MailParsing()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

void MailParsing::parse(QByteArray raw, Done done)
{
    m_queue.enqueue({std::move(raw), std::move(done)});
    if (!m_process)
        startNext();
}

void MailParsing::startNext()
{
    if (m_queue.isEmpty())
        return;
    Job job = m_queue.dequeue();
    m_current = std::move(job.done);
    m_output.clear();
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments({QStringLiteral("--max-bytes"), QString::number(m_maxBytes)});
    // Its stderr could only hold GMime's complaints: never the server's log.
    m_process->setStandardErrorFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_output += m_process->readAllStandardOutput();
        if (m_output.size() > outputLimit(m_maxBytes)) {
            qCWarning(lcMail) << "the mail reader answered too much; the message is kept as unreadable";
            finish(std::nullopt);
        }
    });
    connect(m_process, &QProcess::finished, this,
            [this](int code, QProcess::ExitStatus status) {
                m_output += m_process->readAllStandardOutput();
                if (status != QProcess::NormalExit || code != 0) {
                    qCWarning(lcMail)
                        << "the mail reader stopped on a message (exit" << code << "); kept as unreadable";
                    finish(std::nullopt);
                    return;
                }
                auto result = ::ecoute::mail::fromJsonLine(QByteArrayView(m_output).trimmed());
                if (!result)
                    qCWarning(lcMail)
                        << "the mail reader's answer was not understood; the message is kept as unreadable";
                finish(std::move(result));
            });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            qCWarning(lcMail) << "cannot start the mail reader" << m_program;
            finish(std::nullopt);
        }
    });
    m_deadline.start(m_timeoutSeconds * 1000);
    m_process->start();
    m_process->write(job.raw);
    m_process->closeWriteChannel();
}

void MailParsing::finish(std::optional<::ecoute::mail::ParseResult> result)
{
    m_deadline.stop();
    if (QProcess *process = std::exchange(m_process, nullptr)) {
        process->disconnect(this);
        // A parser past its deadline is killed and reaped when it has gone, without waiting
        // for it on the event loop.
        if (process->state() == QProcess::NotRunning) {
            process->deleteLater();
        } else {
            connect(process, &QProcess::finished, process, &QObject::deleteLater);
            process->kill();
        }
    }
    Done done = std::move(m_current);
    m_current = nullptr;
    if (done)
        done(std::move(result));
    startNext();
}

} // namespace ecoute::server
