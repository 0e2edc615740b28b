// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ecoute::models {

class MailOutbox;
class NotesWorkspace;

/// Unfinished e-mail answers, one per thread, saved a moment after the volunteer pauses (like
/// NoteAutosaver). They live in the encrypted notes vault (notes::DraftStore), not on the
/// server: a draft is the volunteer's unfinished words, it must survive the server being down, and
/// the server only ever holds what was sent or submitted for review. While the vault is locked (or
/// not set up) a draft waits in memory and is written when it unlocks. A draft goes once the server
/// holds the answer, and comes back with its text when the answer is returned or withdrawn.
class MailDrafts : public QObject
{
    Q_OBJECT

public:
    explicit MailDrafts(QObject *parent = nullptr);
    ~MailDrafts() override;

    /// Where drafts are kept (not owned; null: in memory only).
    void setWorkspace(NotesWorkspace *workspace);
    /// Drops a thread's draft when the server accepts its answer, keeps the text that comes back.
    void follow(MailOutbox &outbox);
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }

    /// The thread's draft: what waits to be written, else what the vault holds (empty while locked).
    QString draft(const QString &contactId) const;
    /// Called on every edit with the whole text; saved after a pause. Empty text removes the draft.
    void setDraft(const QString &contactId, const QString &text);
    void remove(const QString &contactId);
    /// Drafts can be read (the vault is unlocked).
    bool isAvailable() const;
    /// Not yet in the vault.
    bool hasUnsaved(const QString &contactId) const { return m_pending.contains(contactId); }

public slots:
    /// Writes what waits now (on contact end, quit); false if the vault is locked or a write failed.
    bool flush();

signals:
    void saved(const QString &contactId);
    /// The vault unlocked: drafts can be read again.
    void available();
    void saveFailed(const QString &contactId);

private:
    void purgeExpired();

    QPointer<NotesWorkspace> m_workspace;
    QHash<QString, QString> m_pending; ///< contact id -> text to write (empty: remove)
    QTimer m_debounce;
};

} // namespace ecoute::models
