// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connection/ConnectionBanner.h"

#include "models/connection/ErrorText.h"
#include "models/workstation/Workstation.h"
#include "ui/accessibility/Announcer.h"
#include "ui/style/Theme.h"

namespace ecoute::ui {

using models::Connection;
using models::ErrorText;
using models::Session;

ConnectionBanner::ConnectionBanner(models::Workstation &workstation, QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("connectionBanner"));
    // Live text: read as it is; the description gives the context.
    setAccessibleDescription(tr("Connection status"));
    setWordWrap(true);
    setMargin(6);
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
    const bool news = isHidden() || text != QLabel::text();
    m_reconnecting = !severe;
    setText(text);
    Theme::applyPanel(this, severe ? Theme::Role::Error : Theme::Role::Warning);
    show();
    // Once per problem, not at every reconnection attempt.
    if (news)
        Announcer::announce(this, text, Announcer::Politeness::Assertive);
}

void ConnectionBanner::hideProblem()
{
    const bool wasShown = !isHidden();
    m_reconnecting = false;
    QLabel::clear();
    hide();
    if (wasShown)
        Announcer::announce(this, tr("Connection to the server restored."));
}

} // namespace ecoute::ui
