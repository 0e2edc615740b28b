// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accessibility/ChoiceButton.h"

#include "ui/accessibility/AccessibleFactory.h"
#include "ui/accessibility/AccessibleNames.h"

#include <QAccessibleWidget>
#include <QButtonGroup>
#include <QKeyEvent>

namespace ecoute::ui {

namespace {

/// A radio button for assistive technology: role, checkable/checked states, press action.
class AccessibleChoice : public QAccessibleWidget
{
public:
    explicit AccessibleChoice(QWidget *widget) : QAccessibleWidget(widget, QAccessible::RadioButton) { }

    QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Name:
            if (const QString name = widget()->accessibleName(); !name.isEmpty())
                return name;
            return AccessibleNames::withoutMnemonic(button()->text());
        case QAccessible::Accelerator:
            return button()->shortcut().toString(QKeySequence::NativeText);
        default:
            return QAccessibleWidget::text(t);
        }
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.checkable = true;
        s.checked = button()->isChecked();
        return s;
    }

    QStringList actionNames() const override
    {
        QStringList names;
        if (widget()->isEnabled())
            names << pressAction();
        return names + QAccessibleWidget::actionNames();
    }

    void doAction(const QString &action) override
    {
        if (action == pressAction()) {
            if (widget()->isEnabled())
                button()->click();
            return;
        }
        QAccessibleWidget::doAction(action);
    }

    QStringList keyBindingsForAction(const QString &action) const override
    {
        if (action == pressAction() && !button()->shortcut().isEmpty())
            return {button()->shortcut().toString(QKeySequence::NativeText)};
        return {};
    }

private:
    QAbstractButton *button() const { return static_cast<QAbstractButton *>(widget()); }
};

} // namespace

ChoiceButton::ChoiceButton(const QString &text, QWidget *parent) : QPushButton(parent)
{
    // Before setText: it sends the first accessibility event, which creates the interface.
    AccessibleFactory::attach(
        this, staticMetaObject, QAccessible::RadioButton,
        [](QWidget *widget) -> QAccessibleInterface * { return new AccessibleChoice(widget); });
    setCheckable(true);
    setText(text);
    // Qt makes one choice of an exclusive group its Tab stop (the last focused); a radio group's
    // Tab stop is the checked choice, so that Tab lands on the volunteer's status.
    connect(this, &QAbstractButton::toggled, this, [this](bool checked) {
        if (!checked || !group() || !group()->exclusive())
            return;
        const QList<QAbstractButton *> all = group()->buttons();
        for (QAbstractButton *b : all) {
            const int policy =
                b == this ? (b->focusPolicy() | Qt::TabFocus) : (b->focusPolicy() & ~Qt::TabFocus);
            b->setFocusPolicy(Qt::FocusPolicy(policy));
        }
    });
}

void ChoiceButton::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
        if (group() && event->modifiers() == Qt::NoModifier) {
            moveFocus(event->key());
            event->accept();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!event->isAutoRepeat())
            click();
        event->accept();
        return;
    default:
        break;
    }
    QPushButton::keyPressEvent(event);
}

void ChoiceButton::moveFocus(int key)
{
    QList<QAbstractButton *> choices;
    const QList<QAbstractButton *> all = group()->buttons();
    for (QAbstractButton *b : all) {
        if (b == this || (b->isVisible() && b->isEnabled()))
            choices.append(b);
    }
    const qsizetype at = choices.indexOf(this);
    if (at < 0 || choices.size() < 2)
        return;
    qsizetype next = at;
    switch (key) {
    case Qt::Key_Home:
        next = 0;
        break;
    case Qt::Key_End:
        next = choices.size() - 1;
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        next = (at + choices.size() - 1) % choices.size();
        break;
    default:
        next = (at + 1) % choices.size();
        break;
    }
    const bool backwards = key == Qt::Key_Left || key == Qt::Key_Up || key == Qt::Key_Home;
    choices.at(next)->setFocus(backwards ? Qt::BacktabFocusReason : Qt::TabFocusReason);
}

} // namespace ecoute::ui
