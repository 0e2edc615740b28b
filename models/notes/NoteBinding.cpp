// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/notes/NoteBinding.h"

#include "models/inbox/Contact.h"
#include "models/notes/NotesWorkspace.h"
#include "models/vault/NotesStore.h"

namespace ecoute::models {

NoteBinding::NoteBinding(NotesWorkspace &workspace, QObject *parent) : QObject(parent), m_workspace(workspace)
{
    connect(&m_workspace, &NotesWorkspace::unlocked, this, [this] {
        resolve();
        if (m_bound)
            emit loaded();
    });
    connect(&m_workspace, &NotesWorkspace::locked, this, [this] {
        m_ownSavePending = false;
        setSaveState(SaveState::Idle);
        emit cleared();
    });
    connect(&m_workspace, &NotesWorkspace::noteSaved, this, [this](qint64 noteId) {
        if (!m_bound || noteId != m_noteId)
            return;
        if (m_ownSavePending) {
            m_ownSavePending = false;
            setSaveState(SaveState::Saved);
        } else {
            emit changedElsewhere();
        }
    });
    connect(&m_workspace, &NotesWorkspace::noteSaveFailed, this, [this](qint64 noteId) {
        if (m_bound && noteId == m_noteId)
            setSaveState(SaveState::Failed);
    });
}

notes::ContactRef NoteBinding::contactRef(const Contact &contact)
{
    return {contact.id, contact.pseudonym, contact.channel, contact.createdAt};
}

void NoteBinding::bindContact(const notes::ContactRef &contact)
{
    m_bound = true;
    m_contact = contact;
    m_noteId = 0;
    m_ownSavePending = false;
    setSaveState(SaveState::Idle);
    resolve();
    emit loaded();
}

void NoteBinding::bindNote(qint64 noteId)
{
    m_bound = true;
    m_contact.reset();
    m_noteId = noteId;
    m_ownSavePending = false;
    setSaveState(SaveState::Idle);
    resolve();
    emit loaded();
}

void NoteBinding::bindNewPersonalNote()
{
    m_bound = true;
    m_contact.reset();
    m_noteId = 0;
    setSaveState(SaveState::Idle);
    emit loaded();
}

void NoteBinding::unbind()
{
    m_bound = false;
    m_contact.reset();
    m_noteId = 0;
    setSaveState(SaveState::Idle);
    emit cleared();
}

bool NoteBinding::isAvailable() const
{
    return m_bound && m_workspace.isUnlocked();
}

void NoteBinding::resolve()
{
    notes::NotesStore *store = m_workspace.store();
    if (!store || !m_bound)
        return;
    try {
        if (m_noteId == 0 && m_contact) {
            const QList<notes::Note> found = store->notesForContact(m_contact->contactId);
            if (!found.isEmpty())
                m_noteId = found.first().id;
        } else if (m_noteId != 0 && !store->note(m_noteId)) {
            m_noteId = 0; // deleted meanwhile (retention)
            if (!m_contact)
                m_bound = false;
        }
    } catch (const notes::StorageError &) {
        setSaveState(SaveState::Failed);
    }
}

QString NoteBinding::body() const
{
    notes::NotesStore *store = m_workspace.store();
    if (!store || m_noteId == 0)
        return {};
    try {
        const std::optional<notes::Note> note = store->note(m_noteId);
        return note ? note->body : QString();
    } catch (const notes::StorageError &) {
        return {};
    }
}

QStringList NoteBinding::tags() const
{
    notes::NotesStore *store = m_workspace.store();
    if (!store || m_noteId == 0)
        return {};
    try {
        const std::optional<notes::Note> note = store->note(m_noteId);
        return note ? note->tags : QStringList();
    } catch (const notes::StorageError &) {
        return {};
    }
}

bool NoteBinding::isPinned() const
{
    notes::NotesStore *store = m_workspace.store();
    if (!store || m_noteId == 0)
        return false;
    try {
        const std::optional<notes::Note> note = store->note(m_noteId);
        return note && note->pinned;
    } catch (const notes::StorageError &) {
        return false;
    }
}

bool NoteBinding::pinningAllowed() const
{
    return m_workspace.vault() && m_workspace.vault()->retentionPolicy().allowsPinning();
}

int NoteBinding::pinnedRetentionDays() const
{
    return m_workspace.vault() ? m_workspace.vault()->retentionPolicy().pinnedRetentionDays : 0;
}

bool NoteBinding::setPinned(bool pinned)
{
    if (!isAvailable() || (pinned && !pinningAllowed()))
        return false;
    if (m_noteId == 0 && !createNote(QString()))
        return false;
    bool done = false;
    try {
        done = m_workspace.store()->setPinned(m_noteId, pinned, m_workspace.vault()->retentionPolicy());
    } catch (const notes::StorageError &) {
        setSaveState(SaveState::Failed);
        return false;
    }
    if (done)
        m_workspace.noteChanged(m_noteId);
    return done;
}

bool NoteBinding::createNote(const QString &body)
{
    notes::NotesStore *store = m_workspace.store();
    if (!store)
        return false;
    try {
        m_noteId = m_contact ? store->createContactNote(*m_contact, body) : store->createPersonalNote(body);
    } catch (const notes::StorageError &) {
        setSaveState(SaveState::Failed);
        return false;
    }
    setSaveState(SaveState::Saved);
    emit noteCreated(m_noteId);
    m_workspace.noteChanged(m_noteId);
    return true;
}

void NoteBinding::setBody(const QString &body)
{
    if (!isAvailable())
        return;
    if (m_noteId == 0) {
        if (!body.isEmpty())
            createNote(body);
        return;
    }
    m_ownSavePending = true;
    setSaveState(SaveState::Saving);
    m_workspace.autosaver()->textChanged(m_noteId, body);
}

void NoteBinding::setTags(const QStringList &tags)
{
    if (!isAvailable())
        return;
    if (m_noteId == 0 && !createNote(QString()))
        return;
    try {
        m_workspace.store()->setTags(m_noteId, tags);
    } catch (const notes::StorageError &) {
        setSaveState(SaveState::Failed);
        return;
    }
    setSaveState(SaveState::Saved);
    m_workspace.noteChanged(m_noteId);
}

QStringList NoteBinding::parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    return tags;
}

void NoteBinding::setSaveState(SaveState state)
{
    if (state == m_saveState)
        return;
    m_saveState = state;
    emit saveStateChanged(state);
}

} // namespace ecoute::models
