// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/practice/PracticeStyle.h"

#include "ui/style/Theme.h"

#include <QLabel>

namespace ecoute::ui {

void PracticeStyle::applyBanner(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(6);
    label->setAutoFillBackground(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    Theme::applyPanel(label, Theme::Role::Practice);
}

QColor PracticeStyle::text()
{
    return Theme::background(Theme::Role::Practice);
}

QColor PracticeStyle::rowBackground()
{
    // A light wash of the practice colour over the list's own background.
    const QColor accent = text();
    const QColor base = QPalette().color(QPalette::Base);
    const auto mix = [](int a, int b) {
        return (a * 18 + b * 82) / 100;
    };
    return QColor(mix(accent.red(), base.red()), mix(accent.green(), base.green()),
                  mix(accent.blue(), base.blue()));
}

} // namespace ecoute::ui
