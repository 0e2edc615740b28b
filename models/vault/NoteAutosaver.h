// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace ecoute::notes {

/// Saves what the volunteer types a moment after they pause (debounce), and at the
/// latest after `maximumDelay` of continuous typing, so little is ever unsaved.
/// `saved` is emitted only once the store has committed.
class NoteAutosaver : public QObject
{
    Q_OBJECT

public:
    /// Stores the body and returns the note's new revision; throws on failure.
    using SaveFunction = std::function<qint64(qint64 noteId, const QString &body)>;

    explicit NoteAutosaver(SaveFunction save, QObject *parent = nullptr);
    ~NoteAutosaver() override;

    void setDebounceInterval(int ms);
    void setMaximumDelay(int ms);
    int debounceInterval() const { return m_debounce.interval(); }

    bool hasPendingChanges() const { return !m_pending.isEmpty(); }

public slots:
    /// Called on every edit with the note's whole text.
    void textChanged(qint64 noteId, const QString &body);
    /// Saves everything pending now. Returns false if a save failed (the text stays pending).
    bool flush();
    /// Forgets (and wipes) unsaved text, e.g. when locking after a failed flush.
    void discardPending();

signals:
    void saved(qint64 noteId, qint64 revision);
    void saveFailed(qint64 noteId, const QString &reason);

private:
    SaveFunction m_save;
    QHash<qint64, QString> m_pending;
    QTimer m_debounce;
    QTimer m_deadline;
};

} // namespace ecoute::notes
