// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/atspi/AtspiProbe.h"

#include <QCoreApplication>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <algorithm>

namespace ecoute::testing {

namespace {
QString probeScript()
{
    return QStringLiteral(ECOUTE_ATSPI_PROBE);
}

QString artefactsDir()
{
    const QString fromEnv = qEnvironmentVariable("ECOUTE_ATSPI_ARTIFACTS");
    return fromEnv.isEmpty() ? QStringLiteral(ECOUTE_ATSPI_ARTIFACTS) : fromEnv;
}

/// Runs a local event loop until done() or the timeout, checking again whenever the process
/// speaks or ends. Not QTest::qWaitFor: it sleeps 10 ms between rounds, and every D-Bus question
/// the probe asks would wait for that (a tree of 150 objects took 18 s instead of a fraction).
bool spinUntil(const std::function<bool()> &done, int timeoutMs, QProcess *process)
{
    if (done())
        return true;
    QEventLoop loop;
    const auto check = [&] {
        if (done())
            loop.quit();
    };
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, check);
    poll.start(50);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    if (process) {
        QObject::connect(process, &QProcess::readyReadStandardOutput, &loop, check);
        QObject::connect(process, &QProcess::finished, &loop, check);
    }
    loop.exec();
    return done();
}

/// Runs the probe to completion while the event loop keeps answering it.
bool runProbe(const QStringList &arguments, int timeoutMs, QByteArray *out, QByteArray *err)
{
    QProcess process;
    process.start(AtspiProbe::pythonProgram(), arguments);
    if (!process.waitForStarted(5000)) {
        *err = process.errorString().toUtf8();
        return false;
    }
    const bool finished =
        spinUntil([&] { return process.state() == QProcess::NotRunning; }, timeoutMs, &process);
    if (!finished) {
        process.kill();
        process.waitForFinished(2000);
    }
    *out = process.readAllStandardOutput();
    *err = process.readAllStandardError();
    return finished && process.exitStatus() == QProcess::NormalExit;
}
} // namespace

QString AtspiProbe::pythonProgram()
{
    const QString fromEnv = qEnvironmentVariable("ECOUTE_ATSPI_PYTHON");
    return fromEnv.isEmpty() ? QStringLiteral("python3") : fromEnv;
}

QStringList AtspiProbe::arguments(const QString &command)
{
    return {probeScript(), command, QStringLiteral("--pid"),
            QString::number(QCoreApplication::applicationPid())};
}

QString AtspiProbe::unavailableReason()
{
    if (qEnvironmentVariableIsEmpty("ECOUTE_ATSPI_PYTHON"))
        return QStringLiteral("not started by tests/ui/atspi/run-under-atspi.sh (no AT-SPI bus prepared)");
    if (!QFileInfo::exists(probeScript()))
        return QStringLiteral("probe script missing: ") + probeScript();
    return {};
}

bool AtspiProbe::ping(int timeoutMs)
{
    QByteArray out;
    QByteArray err;
    const bool ran = runProbe(arguments(QStringLiteral("ping")), timeoutMs, &out, &err);
    const QJsonObject answer = QJsonDocument::fromJson(out).object();
    if (!ran || !answer.value(QLatin1String("found")).toBool()) {
        qWarning().noquote() << "AT-SPI ping failed:" << out << err;
        return false;
    }
    return true;
}

AtspiTree AtspiProbe::tree(const QString &label, int timeoutMs)
{
    QByteArray out;
    QByteArray err;
    const bool ran = runProbe(arguments(QStringLiteral("tree")), timeoutMs, &out, &err);
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(out, &parseError);
    if (!ran || document.isNull()) {
        qWarning().noquote() << "AT-SPI tree failed:" << parseError.errorString() << err.left(2000);
        return {};
    }
    const QString file =
        saveArtefact(QStringLiteral("tree-") + label, document.toJson(QJsonDocument::Indented));
    AtspiTree tree = AtspiTree::fromJson(document.object());
    if (!tree.error().isEmpty())
        qWarning().noquote() << "AT-SPI tree:" << tree.error();
    qInfo().noquote() << "AT-SPI tree" << label << ":" << tree.nodes().size() << "objects, saved in" << file;
    return tree;
}

void AtspiProbe::clearArtefacts()
{
    QDir dir(artefactsDir());
    for (const QString &name : dir.entryList({QStringLiteral("accessibility-*.json")}, QDir::Files))
        dir.remove(name);
}

QString AtspiProbe::saveArtefact(const QString &label, const QByteArray &json)
{
    QDir().mkpath(artefactsDir());
    const QString path = QDir(artefactsDir()).filePath(QStringLiteral("accessibility-%1.json").arg(label));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(json);
    return path;
}

AtspiListener::~AtspiListener()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool AtspiListener::start(int maxSeconds, int timeoutMs)
{
    QStringList arguments = AtspiProbe::arguments(QStringLiteral("listen"));
    arguments << QStringLiteral("--seconds") << QString::number(maxSeconds);
    m_process.start(AtspiProbe::pythonProgram(), arguments);
    if (!m_process.waitForStarted(5000))
        return false;
    spinUntil(
        [&] {
            readLines();
            return m_ready || m_process.state() == QProcess::NotRunning;
        },
        timeoutMs, &m_process);
    if (!m_ready)
        qWarning().noquote() << "AT-SPI listener did not start:" << m_process.readAllStandardError();
    return m_ready;
}

void AtspiListener::readLines()
{
    m_pending += m_process.readAllStandardOutput();
    qsizetype end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QJsonObject line = QJsonDocument::fromJson(m_pending.left(end)).object();
        m_pending.remove(0, end + 1);
        if (line.value(QLatin1String("ready")).toBool())
            m_ready = true;
        else if (line.contains(QLatin1String("type")))
            m_events.append(line);
    }
}

QList<QJsonObject> AtspiListener::events()
{
    readLines();
    return m_events;
}

bool AtspiListener::waitFor(const std::function<bool(const QJsonObject &)> &match, int timeoutMs)
{
    return spinUntil(
        [&] {
            readLines();
            return std::any_of(m_events.cbegin(), m_events.cend(), match);
        },
        timeoutMs, &m_process);
}

QList<QJsonObject> AtspiListener::stop(const QString &label)
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.write("stop\n");
        m_process.closeWriteChannel();
        if (!spinUntil([&] { return m_process.state() == QProcess::NotRunning; }, 10000, &m_process)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    readLines();
    QJsonArray array;
    for (const QJsonObject &event : std::as_const(m_events))
        array.append(event);
    AtspiProbe::saveArtefact(QStringLiteral("events-") + label, QJsonDocument(array).toJson());
    return m_events;
}

} // namespace ecoute::testing
