// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/LockTriggers.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>

#ifdef ECOUTE_HAVE_DBUS
#include <QDBusConnection>
#endif

namespace ecoute::ui {

ActivityFilter::ActivityFilter(QObject *parent) : QObject(parent)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool ActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        emit activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

SystemLockWatcher::SystemLockWatcher(QObject *parent) : QObject(parent)
{
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationSuspended)
                emit suspending();
        });
    }
#ifdef ECOUTE_HAVE_DBUS
    // Empty service names: accept the signal from whichever process owns the name.
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected())
        system.connect(QString(), QStringLiteral("/org/freedesktop/login1"),
                       QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
                       this, SLOT(onPrepareForSleep(bool)));
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        const QString screenSaver = QStringLiteral("org.freedesktop.ScreenSaver");
        const QString activeChanged = QStringLiteral("ActiveChanged");
        for (const QString &path :
             {QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("/ScreenSaver")})
            session.connect(QString(), path, screenSaver, activeChanged, this,
                            SLOT(onScreenSaverActiveChanged(bool)));
        session.connect(QString(), QStringLiteral("/org/gnome/ScreenSaver"),
                        QStringLiteral("org.gnome.ScreenSaver"), activeChanged, this,
                        SLOT(onScreenSaverActiveChanged(bool)));
    }
#endif
}

void SystemLockWatcher::onPrepareForSleep(bool sleeping)
{
    if (sleeping)
        emit suspending();
}

void SystemLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active)
        emit screenLocked();
}

} // namespace ecoute::ui
