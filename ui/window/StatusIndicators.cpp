// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/StatusIndicators.h"

#include "models/workstation/Workstation.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

namespace ecoute::ui {

namespace {

QPixmap icon(const QString &name, const QWidget *widget)
{
    const int size = widget->fontMetrics().height();
    return QIcon(QStringLiteral(":/ecoute/icons/%1.svg").arg(name)).pixmap(size, size);
}

} // namespace

StatusIndicators::StatusIndicators(models::Workstation &workstation, QWidget *parent)
    : QWidget(parent), m_workstation(workstation), m_shiftIcon(new QLabel(this)), m_shift(new QLabel(this)),
      m_connectionIcon(new QLabel(this)), m_connection(new QLabel(this))
{
    setObjectName(QStringLiteral("statusIndicators"));
    m_shift->setObjectName(QStringLiteral("statusShift"));
    m_connection->setObjectName(QStringLiteral("statusConnection"));
    // The icons repeat the text next to them: hidden from screen readers, which read the text.
    m_shiftIcon->setAccessibleName(QString());
    m_connectionIcon->setAccessibleName(QString());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_shiftIcon);
    layout->addWidget(m_shift);
    layout->addSpacing(16);
    layout->addWidget(m_connectionIcon);
    layout->addWidget(m_connection);

    models::Session &session = workstation.session();
    connect(&session, &models::Session::presenceStatusChanged, this, &StatusIndicators::updateShift);
    connect(&session, &models::Session::loggedIn, this, &StatusIndicators::updateShift);
    connect(&workstation.connection(), &models::Connection::stateChanged, this,
            &StatusIndicators::updateConnection);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &StatusIndicators::updateShift);
    updateShift();
    updateConnection();
}

QString StatusIndicators::shiftText() const
{
    return m_shift->text();
}

QString StatusIndicators::connectionText() const
{
    return m_connection->text();
}

void StatusIndicators::updateShift()
{
    const models::PresenceStatus status = m_workstation.session().presenceStatus();
    m_shift->setText(status.describe(QDateTime::currentDateTimeUtc()));
    QString name = QStringLiteral("available");
    if (status.state == models::Presence::Off)
        name = QStringLiteral("offshift");
    else if (status.state == models::Presence::Pause || status.state == models::Presence::Wrapup)
        name = QStringLiteral("pause");
    m_shiftIcon->setPixmap(icon(name, this));
    if (status.state == models::Presence::Wrapup)
        m_tick.start();
    else
        m_tick.stop();
}

void StatusIndicators::updateConnection()
{
    using State = models::Connection::State;
    const State state = m_workstation.connection().state();
    QString text;
    switch (state) {
    case State::Connected:
        text = tr("Connected to %1").arg(m_workstation.connection().address().url().host());
        break;
    case State::Connecting:
        text = tr("Connecting…");
        break;
    case State::WaitingToRetry:
        text = tr("Connection lost, retrying…");
        break;
    case State::CertificateBlocked:
        text = tr("Server certificate not trusted");
        break;
    case State::Closed:
        text = tr("Not connected");
        break;
    }
    m_connection->setText(text);
    m_connectionIcon->setPixmap(
        icon(state == State::Connected ? QStringLiteral("connected") : QStringLiteral("disconnected"), this));
}

} // namespace ecoute::ui
