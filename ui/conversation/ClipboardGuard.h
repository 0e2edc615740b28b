// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace ecoute::ui {

/// Discretion for copied conversation text: puts it on the clipboard and clears the
/// clipboard after a while (a minute by default) and when the application quits, but
/// only if it still holds what was copied here: anything copied since is left alone.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    explicit ClipboardGuard(std::chrono::milliseconds timeout = std::chrono::seconds(60),
                            QObject *parent = nullptr);

    /// The application's guard: it outlives the views that copy, so closing a
    /// conversation does not cancel the clearing.
    static ClipboardGuard *shared();

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timer.intervalAsDuration(); }
    /// Puts text on the clipboard; it is cleared after the timeout if still there.
    void copy(const QString &text);
    /// Something copied here waits to be cleared.
    bool isPending() const { return m_timer.isActive(); }

signals:
    /// The clipboard was cleared because it still held what was copied here.
    void cleared();

private:
    void clearIfOurs();

    QTimer m_timer;
    QString m_copied;
};

} // namespace ecoute::ui
