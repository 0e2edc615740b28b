// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractButton;

namespace ecoute::ui {

/// Accessible names that agree with the visible text (WCAG 2.5.3 "label in name"): a screen
/// reader says what a sighted colleague reads on the button, and speech control finds it by
/// that text. Explanations go to the description and the tooltip, never to the name.
class AccessibleNames
{
public:
    /// The text without its mnemonic marker: "&Accept" -> "Accept", "Save && close" -> "Save & close".
    static QString withoutMnemonic(const QString &text);
    /// Names the button after its visible text; a non-empty description becomes the accessible
    /// description (and the tooltip when the button has none). Call again after changing the text.
    static void nameAfterText(QAbstractButton *button, const QString &description = {});
};

} // namespace ecoute::ui
