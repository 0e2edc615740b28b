// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QLabel;

namespace ecoute::ui {

/// The colours of practice contacts (training exercises): the Theme's practice blue, apart from
/// the urgent red, the ringing yellow and the supervision orange.
struct PracticeStyle
{
    /// Rows and tab titles of practice contacts.
    static QColor text();
    static QColor rowBackground();
    /// The banner: the practice colours of ui/style/Theme, bold, framed.
    static void applyBanner(QLabel *label);
};

} // namespace ecoute::ui
