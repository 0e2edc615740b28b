// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connection/ConnectionBanner.h"

#include "models/connection/ErrorText.h"
#include "models/workstation/Workstation.h"

namespace ecoute::ui {

using models::Connection;
using models::ErrorText;
using models::Session;

ConnectionBanner::ConnectionBanner(models::Workstation &workstation, QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAccessibleName(tr("Connection status"));
    setWordWrap(true);
    setMargin(6);
    setAutoFillBackground(true);
    hide();

    Session &session = workstation.session();
    connect(&workstation.connection(), &Connection::connectionLost, this, [this, &session] {
        if (session.state() == Session::State::Resuming)
            showProblem(ErrorText::connectionLost(), false);
    });
    connect(&workstation.connection(), &Connection::unreachable, this, [this, &session] {
        if (session.state() == Session::State::Resuming)
            showProblem(ErrorText::unreachable(), false);
    });
    connect(&workstation.connection(), &Connection::certificateChanged, this,
            [this](const QByteArray &, const QByteArray &, const QString &hostAndPort) {
                showProblem(ErrorText::certificateChanged(hostAndPort), true);
            });
    connect(&session, &Session::resumed, this, &ConnectionBanner::hideProblem);
    connect(&session, &Session::loggedIn, this, &ConnectionBanner::hideProblem);
    connect(&session, &Session::sessionExpired, this,
            [this](const QString &text) { showProblem(text, true); });
}

void ConnectionBanner::showProblem(const QString &text, bool severe)
{
    m_reconnecting = !severe;
    setText(text);
    QPalette p = palette();
    p.setColor(QPalette::Window, severe ? QColor(0xb7, 0x1c, 0x1c) : QColor(0xff, 0xe0, 0x82));
    p.setColor(QPalette::WindowText, severe ? Qt::white : Qt::black);
    setPalette(p);
    show();
}

void ConnectionBanner::hideProblem()
{
    m_reconnecting = false;
    QLabel::clear();
    hide();
}

} // namespace ecoute::ui
