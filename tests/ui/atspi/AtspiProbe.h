// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/ui/atspi/AtspiTree.h"

#include <QJsonObject>
#include <QList>
#include <QProcess>

#include <functional>

namespace ecoute::testing {

/// Runs tests/ui/atspi/atspi_probe.py against this very process, asynchronously:
/// the probe's D-Bus questions are answered by our event loop, which keeps
/// running while we wait. Each answer is kept as a test artefact
/// (accessibility-<label>.json in ECOUTE_ATSPI_ARTIFACTS).
class AtspiProbe
{
public:
    /// Empty when the environment is ready (run-under-atspi.sh prepared it), else why not.
    static QString unavailableReason();
    /// True once the application appears on the AT-SPI bus.
    static bool ping(int timeoutMs = 15000);
    /// The whole tree of this application.
    static AtspiTree tree(const QString &label, int timeoutMs = 60000);
    /// Removes the accessibility-*.json of an earlier run.
    static void clearArtefacts();
    /// Writes `json` to the artefacts folder; returns the file's path.
    static QString saveArtefact(const QString &label, const QByteArray &json);

    static QString pythonProgram();
    static QStringList arguments(const QString &command);
};

/// Listens to the AT-SPI events this application emits, while the test acts.
class AtspiListener
{
public:
    AtspiListener() = default;
    ~AtspiListener();
    AtspiListener(const AtspiListener &) = delete;
    AtspiListener &operator=(const AtspiListener &) = delete;

    /// Starts the probe and waits until its listeners are registered.
    bool start(int maxSeconds = 30, int timeoutMs = 15000);
    /// Keeps the event loop running until an event satisfies `match` (true) or the time runs out.
    bool waitFor(const std::function<bool(const QJsonObject &)> &match, int timeoutMs);
    /// Stops listening; saves every event under `label`; returns them.
    QList<QJsonObject> stop(const QString &label);
    QList<QJsonObject> events();

private:
    void readLines();

    QProcess m_process;
    QByteArray m_pending;
    QList<QJsonObject> m_events;
    bool m_ready = false;
};

} // namespace ecoute::testing
