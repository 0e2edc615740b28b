// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace ecoute::notes {

/// The contact a note is about, as the workstation knows it (never the help-seeker's identity).
struct ContactRef
{
    QString contactId;
    QString pseudonym;
    QString channel; ///< "chat", "email" or "phone"
    QDateTime startedAt;
    friend bool operator==(const ContactRef &, const ContactRef &) = default;
};

/// One note: attached to a contact, or personal when `contact` is empty.
struct Note
{
    qint64 id = 0;
    std::optional<ContactRef> contact;
    QString body;
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool pinned = false;
    qint64 revision = 0; ///< grows by one with every saved change of the body

    bool isPersonal() const { return !contact.has_value(); }
};

/// A search result. `snippet` is a short excerpt of the note; `highlights` are the
/// [start, length) ranges of `snippet` that matched, for the view to emphasise.
struct SearchHit
{
    qint64 noteId = 0;
    QString snippet;
    QList<std::pair<int, int>> highlights;
};

} // namespace ecoute::notes
