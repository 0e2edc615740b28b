// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace ecoute::ui {

/// The workstation's colours, in one place: tints for the kinds of things a volunteer must tell
/// apart at a glance (whose message, internal whisper, practice, urgent, a supervisor present),
/// read from resources/style/theme.ini for light and dark desktop palettes. Under a high-contrast
/// palette every role uses the palette's own colours so the system's choice wins.
class Theme
{
public:
    enum class Role {
        SeekerBubble,
        OwnBubble,
        ColleagueBubble,
        Whisper,
        Notice,
        Practice,
        Urgent,
        Supervision,
        Handover,
        Offer,
        Wrapup,
        Warning,
        Error,
        Success,
    };
    enum class Mode { Light, Dark, HighContrast };

    static QColor background(Role role);
    static QColor text(Role role);
    /// Light or dark from the application palette; high contrast when the palette is pure black on
    /// white or white on black, or when ECOUTE_HIGH_CONTRAST=1.
    static Mode mode();
    static Mode modeFor(const QPalette &palette);
    /// Colours a panel (a banner, a bar) for `role`: filled background, text colour.
    static void applyPanel(QWidget *widget, Role role);
    /// WCAG contrast ratio of two opaque colours (1–21).
    static double contrastRatio(const QColor &a, const QColor &b);
    static QString roleName(Role role);
    static QColor tint(Mode mode, Role role, bool text);
};

} // namespace ecoute::ui
