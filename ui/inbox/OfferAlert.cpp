// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/inbox/OfferAlert.h"

#include "models/practice/PracticeText.h"
#include "models/workstation/VocabularyText.h"
#include "models/workstation/Workstation.h"
#include "protocol/Vocabulary.h"
#include "ui/accessibility/Announcer.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ecoute::ui {

OfferAlert::OfferAlert(models::Workstation &workstation, QWidget *window)
    : QObject(window), m_workstation(workstation), m_window(window)
{
    m_repeat.setInterval(repeatIntervalMs);
    connect(&m_repeat, &QTimer::timeout, this, &OfferAlert::ringAgain);
    connect(&m_workstation, &models::Workstation::offerReceived, this, &OfferAlert::ring);
    connect(&m_workstation.inbox(), &models::InboxModel::offersChanged, this, [this] {
        if (m_workstation.inbox().offeredContactIds().isEmpty())
            m_repeat.stop();
    });
}

void OfferAlert::ring(const models::Contact &contact, qint64 timeoutMs)
{
    const int seconds = int((std::max<qint64>(0, timeoutMs) + 999) / 1000);
    const QString title =
        contact.practice ? tr("Practice contact offered to you") : tr("Contact offered to you");
    const QString offer = contact.urgent
        ? tr("%1 (urgent) is waiting. Accept or decline within %n second(s).", "", seconds)
              .arg(contact.pseudonym)
        : tr("%1 is waiting. Accept or decline within %n second(s).", "", seconds).arg(contact.pseudonym);
    const QString text = contact.practice ? models::PracticeText::mark(offer) : offer;
    if (m_sound)
        QApplication::beep();
    if (m_window)
        QApplication::alert(m_window);
    notify(title, text);
    Announcer::announce(m_window, announcement(contact), Announcer::Politeness::Assertive);
    m_repeat.start();
}

QString OfferAlert::announcement(const models::Contact &contact)
{
    QStringList about {contact.pseudonym, models::VocabularyText::language(contact.language)};
    if (contact.urgent)
        about.append(tr("urgent"));
    const QString who = about.join(QStringLiteral(", "));
    QString text;
    switch (protocol::fromString<protocol::Channel>(contact.channel).value_or(protocol::Channel::Chat)) {
    case protocol::Channel::Email:
        text = tr("New email offered: %1").arg(who);
        break;
    case protocol::Channel::Phone:
        text = tr("New call offered: %1").arg(who);
        break;
    case protocol::Channel::Chat:
        text = tr("New chat offered: %1").arg(who);
        break;
    }
    return models::PracticeText::markIf(contact.practice, text);
}

void OfferAlert::ringAgain()
{
    if (m_workstation.inbox().offeredContactIds().isEmpty()) {
        m_repeat.stop();
        return;
    }
    if (m_sound)
        QApplication::beep();
    if (m_window)
        QApplication::alert(m_window);
}

void OfferAlert::notify(const QString &title, const QString &message)
{
    m_lastMessage = message;
    if (!m_notifications)
        return;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray =
                new QSystemTrayIcon(m_window ? m_window->windowIcon() : QApplication::windowIcon(), this);
            m_tray->setToolTip(tr("Ecoute"));
            m_tray->show();
        }
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
    }
    emit notified(title, message);
}

} // namespace ecoute::ui
