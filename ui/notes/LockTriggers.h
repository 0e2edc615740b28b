// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace ecoute::ui {

/// Application-wide event filter: reports keyboard, mouse and touch input, so the
/// notes lock only after a period without any activity.
class ActivityFilter : public QObject
{
    Q_OBJECT

public:
    /// Installs itself on the application.
    explicit ActivityFilter(QObject *parent = nullptr);

signals:
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

/// Tells when the OS locks the screen or goes to sleep: the application being suspended
/// (Qt), and on Linux the D-Bus signals of logind (PrepareForSleep) and of the screen
/// saver (ActiveChanged), when D-Bus is available.
class SystemLockWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SystemLockWatcher(QObject *parent = nullptr);

signals:
    void screenLocked();
    void suspending();

private slots:
    void onPrepareForSleep(bool sleeping);
    void onScreenSaverActiveChanged(bool active);
};

} // namespace ecoute::ui
