// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/ui/atspi/AtspiTree.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

class QLabel;
class QWidget;

/// What a screen reader user must be able to rely on, checked on the real AT-SPI
/// tree against the widgets that produced it. Each check returns its findings,
/// one readable sentence each; empty means the check passed.
namespace ecoute::testing::accessibility {

/// Roles a person operates: they must have a name.
const QStringList &controlRoles();
/// Text without mnemonic ampersands ("&&" stays one "&"), as Qt strips them.
QString withoutMnemonic(const QString &text);
/// The text a label shows, as plain text.
QString shownText(const QLabel *label);

/// (a) Every showing, focusable control has a non-empty accessible name.
QStringList unnamedControls(const AtspiTree &tree);
/// (b) Each visible button with text: accessible name == its text without '&' (WCAG 2.5.3).
QStringList buttonNameMismatches(const QList<QWidget *> &windows, const AtspiTree &tree);
/// (c) Each visible label's text can be read (accessible name or Text interface); `checked`
/// receives the objectNames of the labels looked at.
QStringList hiddenLabelTexts(const QList<QWidget *> &windows, const AtspiTree &tree, QStringList *checked);

/// (e) True if this event is one a screen reader speaks and it carries `needle`:
/// object:announcement, or a live change of an alert, notification or status bar: its
/// name, description or text, or its becoming shown with the text in it or in its children
/// (ui/accessibility/Announcer shows a notification whose child label holds the text).
bool isAnnouncement(const QJsonObject &event, const QString &needle);
/// One line per event, for failure messages.
QString summarise(const QList<QJsonObject> &events, int max = 40);

} // namespace ecoute::testing::accessibility
