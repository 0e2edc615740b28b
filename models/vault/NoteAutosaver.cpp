// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/vault/NoteAutosaver.h"

#include "models/vault/Secret.h"

#include <exception>

namespace ecoute::notes {

NoteAutosaver::NoteAutosaver(SaveFunction save, QObject *parent) : QObject(parent), m_save(std::move(save))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(750);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(5000);
    connect(&m_debounce, &QTimer::timeout, this, &NoteAutosaver::flush);
    connect(&m_deadline, &QTimer::timeout, this, &NoteAutosaver::flush);
}

NoteAutosaver::~NoteAutosaver()
{
    discardPending();
}

void NoteAutosaver::setDebounceInterval(int ms)
{
    m_debounce.setInterval(ms);
}

void NoteAutosaver::setMaximumDelay(int ms)
{
    m_deadline.setInterval(ms);
}

void NoteAutosaver::textChanged(qint64 noteId, const QString &body)
{
    m_pending.insert(noteId, body);
    m_debounce.start(); // restarts: wait for a pause in typing
    if (!m_deadline.isActive())
        m_deadline.start(); // not restarted: continuous typing is still saved regularly
}

bool NoteAutosaver::flush()
{
    m_debounce.stop();
    m_deadline.stop();
    bool allSaved = true;
    const QList<qint64> ids = m_pending.keys();
    for (qint64 noteId : ids) {
        QString body = m_pending.value(noteId);
        try {
            const qint64 revision = m_save(noteId, body);
            // Only forget the text if nothing newer arrived during the save.
            if (m_pending.value(noteId) == body) {
                m_pending.remove(noteId);
                wipe(body);
            }
            emit saved(noteId, revision);
        } catch (const std::exception &error) {
            allSaved = false;
            emit saveFailed(noteId, QString::fromUtf8(error.what()));
        }
    }
    if (!allSaved)
        m_deadline.start(); // try again later; the text stays in memory meanwhile
    return allSaved;
}

void NoteAutosaver::discardPending()
{
    m_debounce.stop();
    m_deadline.stop();
    for (QString &body : m_pending)
        wipe(body);
    m_pending.clear();
}

} // namespace ecoute::notes
