// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/vault/Note.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace ecoute::models {

struct Contact;
class NotesWorkspace;

/// Binds one editor to one note: a contact's note (found again by contact id, created
/// on the first word typed), an existing note, or a new personal note. Edits go through
/// the vault's autosaver. It keeps no note text itself: editors ask body() when the
/// notes are unlocked and must drop their copy on cleared().
class NoteBinding : public QObject
{
    Q_OBJECT

public:
    enum class SaveState { Idle, Saving, Saved, Failed };
    Q_ENUM(SaveState)

    explicit NoteBinding(NotesWorkspace &workspace, QObject *parent = nullptr);

    static notes::ContactRef contactRef(const Contact &contact);

    /// The newest note about this contact, or a new one once something is typed.
    void bindContact(const notes::ContactRef &contact);
    void bindNote(qint64 noteId);
    /// A personal note (about no contact), created once something is typed.
    void bindNewPersonalNote();
    void unbind();

    bool isBound() const { return m_bound; }
    /// 0 until the note exists.
    qint64 noteId() const { return m_noteId; }
    std::optional<notes::ContactRef> contact() const { return m_contact; }
    bool isAvailable() const;

    /// The note's text and tags from the store (empty while locked).
    QString body() const;
    QStringList tags() const;

    /// Called on every edit with the whole text.
    void setBody(const QString &body);
    void setTags(const QStringList &tags);
    /// Pinning keeps a note past the usual retention, up to the organisation's limit.
    bool isPinned() const;
    /// Whether the organisation's policy allows pinning at all (and for how many days).
    bool pinningAllowed() const;
    int pinnedRetentionDays() const;
    /// Refused (returns false) when the policy does not allow pinning.
    bool setPinned(bool pinned);
    /// "chien, suivi" -> {"chien", "suivi"}
    static QStringList parseTags(const QString &text);

    SaveState saveState() const { return m_saveState; }

signals:
    /// The notes are unlocked (or the binding changed): editors load body() and tags().
    void loaded();
    /// The notes locked: editors must drop the text they show.
    void cleared();
    void saveStateChanged(ecoute::models::NoteBinding::SaveState state);
    void noteCreated(qint64 noteId);
    /// Another editor saved this note: an editor not being typed in should reload it.
    void changedElsewhere();

private:
    void resolve();
    void setSaveState(SaveState state);
    bool createNote(const QString &body);

    NotesWorkspace &m_workspace;
    bool m_bound = false;
    qint64 m_noteId = 0;
    std::optional<notes::ContactRef> m_contact;
    SaveState m_saveState = SaveState::Idle;
    bool m_ownSavePending = false;
};

} // namespace ecoute::models
