// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/style/Theme.h"

#include <QApplication>
#include <QSettings>
#include <QWidget>

#include <cmath>

namespace ecoute::ui {

namespace {

double luminance(const QColor &color)
{
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

bool isPure(const QColor &color, int value)
{
    return color.red() == value && color.green() == value && color.blue() == value;
}

} // namespace

QString Theme::roleName(Role role)
{
    switch (role) {
    case Role::SeekerBubble:
        return QStringLiteral("SeekerBubble");
    case Role::OwnBubble:
        return QStringLiteral("OwnBubble");
    case Role::ColleagueBubble:
        return QStringLiteral("ColleagueBubble");
    case Role::Whisper:
        return QStringLiteral("Whisper");
    case Role::Notice:
        return QStringLiteral("Notice");
    case Role::Practice:
        return QStringLiteral("Practice");
    case Role::Urgent:
        return QStringLiteral("Urgent");
    case Role::Supervision:
        return QStringLiteral("Supervision");
    case Role::Handover:
        return QStringLiteral("Handover");
    case Role::Offer:
        return QStringLiteral("Offer");
    case Role::Wrapup:
        return QStringLiteral("Wrapup");
    case Role::Warning:
        return QStringLiteral("Warning");
    case Role::Error:
        return QStringLiteral("Error");
    case Role::Success:
        return QStringLiteral("Success");
    }
    return {};
}

Theme::Mode Theme::modeFor(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    if ((isPure(window, 0) && isPure(text, 255)) || (isPure(window, 255) && isPure(text, 0)))
        return Mode::HighContrast;
    return window.lightness() < 128 ? Mode::Dark : Mode::Light;
}

Theme::Mode Theme::mode()
{
    if (qEnvironmentVariableIntValue("ECOUTE_HIGH_CONTRAST") == 1)
        return Mode::HighContrast;
    return modeFor(QApplication::palette());
}

QColor Theme::tint(Mode mode, Role role, bool text)
{
    const QPalette palette = QApplication::palette();
    if (mode == Mode::HighContrast) {
        // The system's colours; the roles that must stand out use its highlight.
        const bool standOut = role == Role::Practice || role == Role::Urgent || role == Role::Error
            || role == Role::Supervision || role == Role::OwnBubble;
        if (standOut)
            return palette.color(text ? QPalette::HighlightedText : QPalette::Highlight);
        return palette.color(text ? QPalette::WindowText : QPalette::Window);
    }
    static const QSettings table(QStringLiteral(":/ecoute/style/theme.ini"), QSettings::IniFormat);
    const QString key =
        QStringLiteral("%1/%2/%3")
            .arg(mode == Mode::Dark ? QStringLiteral("dark") : QStringLiteral("light"), roleName(role),
                 text ? QStringLiteral("text") : QStringLiteral("background"));
    const QColor color(table.value(key).toString());
    if (color.isValid())
        return color;
    return palette.color(text ? QPalette::WindowText : QPalette::Window);
}

QColor Theme::background(Role role)
{
    return tint(mode(), role, false);
}

QColor Theme::text(Role role)
{
    return tint(mode(), role, true);
}

void Theme::applyPanel(QWidget *widget, Role role)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Window, background(role));
    palette.setColor(QPalette::WindowText, text(role));
    palette.setColor(QPalette::Text, text(role));
    widget->setPalette(palette);
    widget->setAutoFillBackground(true);
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace ecoute::ui
