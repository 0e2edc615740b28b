// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

namespace ecoute::ui {

/// One choice of an exclusive QButtonGroup drawn as a push button (the shift states), exposed to
/// assistive technology as a radio button (AT-SPI "radio button", checked state) named after its
/// text. The arrow keys, Home and End only move the focus between the group's choices: unlike a
/// QRadioButton they never change the choice, so a stray arrow key cannot change what the button
/// stands for (the volunteer's status). Space, Enter and the button's shortcut choose. Tab
/// stops at the checked choice only, as in any radio group.
class ChoiceButton : public QPushButton
{
    Q_OBJECT

public:
    explicit ChoiceButton(const QString &text, QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void moveFocus(int key);
};

} // namespace ecoute::ui
