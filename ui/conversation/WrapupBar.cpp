// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/WrapupBar.h"

#include "models/connection/Session.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/style/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ecoute::ui {

using models::Presence;

WrapupBar::WrapupBar(models::Session &session, QWidget *parent)
    : Panel(parent), m_session(session), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("wrapupBar"));
    setAccessibleName(tr("Wrap-up"));
    setFrameShape(QFrame::StyledPanel);
    Theme::applyPanel(this, Theme::Role::Wrapup);

    m_label->setObjectName(QStringLiteral("wrapupLabel"));
    // Live text (the time left): read as it is.
    m_label->setAccessibleDescription(tr("Wrap-up time left"));
    m_label->setWordWrap(true);
    m_end = AccessibleNames::makeButton(tr("End wrap-up"), QStringLiteral("endWrapupButton"),
                                        tr("End the wrap-up now and receive contacts again"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), this);
    m_extend = AccessibleNames::makeButton(tr("+2 min"), QStringLiteral("extendWrapupButton"),
                                           tr("Two more minutes of wrap-up"),
                                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_extend);
    layout->addWidget(m_end);

    connect(m_end, &QPushButton::clicked, &m_session, &models::Session::endWrapup);
    connect(m_extend, &QPushButton::clicked, this, [this] { m_session.extendWrapup(extensionSeconds); });
    connect(&m_session, &models::Session::presenceStatusChanged, this, &WrapupBar::refresh);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &WrapupBar::refresh);
    refresh();
}

QString WrapupBar::text() const
{
    return m_label->text();
}

void WrapupBar::refresh()
{
    const models::PresenceStatus status = m_session.presenceStatus();
    const bool wrapup = status.state == Presence::Wrapup;
    setVisible(wrapup);
    if (!wrapup) {
        m_tick.stop();
        return;
    }
    if (!m_tick.isActive())
        m_tick.start();
    m_label->setText(
        tr("Wrap-up after your contact: %1 left. No new contact is offered to you until then.")
            .arg(models::formatCountdown(status.wrapupSecondsLeft(QDateTime::currentDateTimeUtc()))));
}

} // namespace ecoute::ui
