// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QString>

class QAbstractButton;
class QPushButton;
class QWidget;

namespace ecoute::ui {

/// Accessible names that agree with the visible text (WCAG 2.5.3 "label in name"): a screen
/// reader says what a sighted colleague reads on the button, and speech control finds it by
/// that text. Explanations go to the description and the tooltip, never to the name.
class AccessibleNames
{
    Q_DECLARE_TR_FUNCTIONS(AccessibleNames)

public:
    /// The text without its mnemonic marker: "&Accept" -> "Accept", "Save && close" -> "Save & close".
    static QString withoutMnemonic(const QString &text);
    /// Names the button after its visible text; a non-empty description becomes the accessible
    /// description (and the tooltip when the button has none). Call again after changing the text.
    static void nameAfterText(QAbstractButton *button, const QString &description = {});
    /// A push button named after its text, with `description` as accessible description and
    /// tooltip (plus its shortcut, if any). Never an auto-default button: Enter in a field of a
    /// dialog must not press it.
    static QPushButton *makeButton(const QString &text, const QString &objectName, const QString &description,
                                   QWidget *parent);
    static QPushButton *makeButton(const QString &text, const QString &objectName, const QString &description,
                                   const QKeySequence &keys, QWidget *parent);
};

} // namespace ecoute::ui
