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
/// answered), the window asks for attention, and a desktop notification when
/// the system has a tray. No multimedia dependency.
class OfferAlert : public QObject
{
    Q_OBJECT

public:
    static constexpr int repeatIntervalMs = 5000;

    OfferAlert(models::Workstation &workstation, QWidget *window);

    bool isRinging() const { return m_repeat.isActive(); }
    QString lastMessage() const { return m_lastMessage; }

signals:
    /// A notification went out (title and text as shown by the desktop).
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
};

} // namespace ecoute::ui
