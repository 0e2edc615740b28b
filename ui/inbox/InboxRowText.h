// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QModelIndex;

namespace ecoute::ui {

/// The words of one inbox row (an InboxModel index), shared by what the delegate draws and what
/// a screen reader reads, so that both always say the same thing.
class InboxRowText
{
    Q_DECLARE_TR_FUNCTIONS(InboxRowText)

public:
    enum class Badge { Offered, Urgent, Practice };

    static QString pseudonym(const QModelIndex &index);
    /// "Chat", "Email", "Phone".
    static QString channel(const QModelIndex &index);
    /// "French" (in the interface language).
    static QString language(const QModelIndex &index);
    /// "less than a minute", "2 minutes", "1 h 05 min": how long, in words (read aloud).
    static QString waitingTime(const QModelIndex &index);
    /// "waiting 2 min": the third piece of the row's second line (short, for a narrow inbox).
    static QString waiting(const QModelIndex &index);
    /// E-mail threads: "answer within 5 h" or "overdue by 2 h" (empty without a deadline).
    static QString deadline(const QModelIndex &index);
    /// E-mail threads: "3 letters" (empty for other channels).
    static QString threadLength(const QModelIndex &index);
    /// The non-empty ones of deadline and threadLength, in that order.
    static QStringList mailDetails(const QModelIndex &index);
    /// In the order drawn: offered to this volunteer, urgent, practice.
    static QList<Badge> badges(const QModelIndex &index);
    static QString badgeText(Badge badge);
    /// The row as a screen reader reads it: "Chat from Lotus 81, French, waiting 2 minutes, urgent".
    static QString sentence(const QModelIndex &index);
};

} // namespace ecoute::ui
