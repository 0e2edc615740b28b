// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QLabel;

namespace ecoute::ui {

/// The colours of practice contacts (training exercises): blue, apart from the
/// urgent red, the ringing yellow and the supervision orange.
struct PracticeStyle
{
    /// Rows and tab titles of practice contacts.
    static QColor text() { return QColor(0x0d, 0x47, 0xa1); }
    static QColor rowBackground() { return QColor(0xd6, 0xea, 0xf8); }
    /// The banner: white on blue, bold, framed.
    static void applyBanner(QLabel *label);
};

} // namespace ecoute::ui
