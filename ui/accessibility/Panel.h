// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

namespace ecoute::ui {

/// A frame that assistive technology sees as a panel (AT-SPI "panel", QAccessible::Pane) named
/// by its accessible name. A plain QFrame is exposed as QAccessible::Border, which AT-SPI maps to
/// "frame", the role of top-level windows: Orca then announced the offer and wrap-up bars as
/// windows of their own.
class Panel : public QFrame
{
    Q_OBJECT

public:
    explicit Panel(QWidget *parent = nullptr);
};

} // namespace ecoute::ui
