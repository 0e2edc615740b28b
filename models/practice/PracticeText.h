// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ecoute::models {

class Conversation;

/// Translated marks of practice contacts (training exercises played by a trainer), so
/// that no view of one can be taken for a real person: inbox rows, conversations,
/// tabs, the window title, offers.
class PracticeText
{
    Q_DECLARE_TR_FUNCTIONS(PracticeText)

public:
    /// text with the practice mark in front ("PRACTICE · text").
    static QString mark(const QString &text);
    /// text marked when practice is true, unchanged otherwise.
    static QString markIf(bool practice, const QString &text) { return practice ? mark(text) : text; }
    /// The banner of a practice conversation.
    static QString banner();
    /// The main window's title: appTitle, marked with the pseudonym while the current
    /// conversation (may be null) is a practice one.
    static QString windowTitle(const QString &appTitle, const Conversation *current);
    /// Why a practice request (its message type) was refused with an error code.
    static QString failed(const QString &action, const QString &code);
};

} // namespace ecoute::models
