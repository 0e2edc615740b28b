// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ecoute::ui {

/// Says something to the volunteer's screen reader without moving the focus: an offer arriving, a
/// status change, the connection lost or back, a new message in a background conversation.
///
/// Qt 6.4 has no announcement event (QAccessibleAnnouncementEvent is 6.8+) and its AT-SPI bridge
/// drops QAccessible::Alert, so each top-level window gets a live region: a 1×1, unfocusable,
/// unpainted child (objectName "ecouteAnnouncer") with the role "notification", named "Ecoute",
/// whose only child is a label holding the text. Announcing sets the label's text, then hides and
/// shows the region: the bridge sends object:state-changed:showing (1) for the notification, and
/// Orca speaks "notification Ecoute." and the text (checked with Orca 43 under Xvfb).
class Announcer
{
    Q_DECLARE_TR_FUNCTIONS(Announcer)

public:
    /// Polite waits for the screen reader to finish; Assertive may interrupt it. Orca (up to 47)
    /// presents both alike for desktop applications; the distinction is kept for Qt 6.8's
    /// announcement event.
    enum class Politeness { Polite, Assertive };

    static constexpr const char *regionObjectName = "ecouteAnnouncer";
    static constexpr const char *textObjectName = "ecouteAnnouncerText";

    /// Announces text in context's window. Nothing happens while that window is hidden (nobody
    /// could hear it, and it must not be read out later when the window appears).
    static void announce(QWidget *context, const QString &text, Politeness politeness = Politeness::Polite);
    /// The last text announced (or attempted) in context's window; empty if none.
    static QString lastAnnouncement(const QWidget *context);
};

} // namespace ecoute::ui
