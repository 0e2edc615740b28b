// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accessibility/AccessibleNames.h"

#include <QPushButton>

#include <QAbstractButton>

namespace ecoute::ui {

QString AccessibleNames::withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                plain.append(QLatin1Char('&')); // "&&" is a literal ampersand
            ++i;
            if (i < text.size() && text.at(i) != QLatin1Char('&'))
                plain.append(text.at(i));
            continue;
        }
        plain.append(text.at(i));
    }
    return plain;
}

void AccessibleNames::nameAfterText(QAbstractButton *button, const QString &description)
{
    button->setAccessibleName(withoutMnemonic(button->text()));
    if (description.isEmpty())
        return;
    button->setAccessibleDescription(description);
    if (button->toolTip().isEmpty())
        button->setToolTip(description);
}

QPushButton *AccessibleNames::makeButton(const QString &text, const QString &objectName,
                                         const QString &description, QWidget *parent)
{
    return makeButton(text, objectName, description, QKeySequence(), parent);
}

QPushButton *AccessibleNames::makeButton(const QString &text, const QString &objectName,
                                         const QString &description, const QKeySequence &keys,
                                         QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    if (!keys.isEmpty()) {
        button->setShortcut(keys);
        button->setToolTip(tr("%1 (%2)").arg(description, keys.toString(QKeySequence::NativeText)));
    }
    nameAfterText(button, description);
    return button;
}

} // namespace ecoute::ui
