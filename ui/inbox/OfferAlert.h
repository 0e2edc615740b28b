// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QSystemTrayIcon;
class QWidget;

namespace ecoute::models {
struct Contact;
class Workstation;
} // namespace ecoute::models

namespace ecoute::ui {

/// Makes an offer ring: a beep (again every few seconds while it is not
/// answered), the window asks for attention, a desktop notification when
/// the system has a tray, and an announcement to the screen reader
/// ("New chat offered: Lotus 81, French"). No multimedia dependency.
class OfferAlert : public QObject
{
    Q_OBJECT

public:
    static constexpr int repeatIntervalMs = 5000;

    OfferAlert(models::Workstation &workstation, QWidget *window);

    bool isRinging() const { return m_repeat.isActive(); }
    /// The beep (first and repeated); on by default (the volunteer's preferences may turn it off).
    void setSoundEnabled(bool enabled) { m_sound = enabled; }
    bool isSoundEnabled() const { return m_sound; }
    /// The desktop notification; on by default. The window's request for attention and the
    /// screen reader's announcement always happen.
    void setNotificationsEnabled(bool enabled) { m_notifications = enabled; }
    bool areNotificationsEnabled() const { return m_notifications; }
    /// What a screen reader says when contact is offered: "New chat offered: Lotus 81, French".
    static QString announcement(const models::Contact &contact);
    QString lastMessage() const { return m_lastMessage; }

signals:
    /// A notification went out (title and text as shown by the desktop); not while they are off.
    void notified(const QString &title, const QString &message);

private:
    void ring(const models::Contact &contact, qint64 timeoutMs);
    void ringAgain();
    void notify(const QString &title, const QString &message);

    models::Workstation &m_workstation;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_repeat;
    QString m_lastMessage;
    bool m_sound = true;
    bool m_notifications = true;
};

} // namespace ecoute::ui
