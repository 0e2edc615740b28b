// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/mail/MailDrafts.h"

#include "models/mail/MailOutbox.h"
#include "models/notes/NotesWorkspace.h"
#include "models/vault/DraftStore.h"

#include <exception>

namespace ecoute::models {

MailDrafts::MailDrafts(QObject *parent) : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(750);
    connect(&m_debounce, &QTimer::timeout, this, &MailDrafts::flush);
}

MailDrafts::~MailDrafts()
{
    flush();
}

void MailDrafts::setWorkspace(NotesWorkspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (!workspace)
        return;
    connect(workspace, &NotesWorkspace::unlocked, this, [this] {
        flush(); // what was typed while locked
        purgeExpired();
        emit available();
    });
    if (isAvailable())
        emit available();
}

void MailDrafts::follow(MailOutbox &outbox)
{
    connect(&outbox, &MailOutbox::accepted, this, &MailDrafts::remove);
    connect(&outbox, &MailOutbox::textReturned, this,
            [this](const QString &contactId, const QString &text) { setDraft(contactId, text); });
}

void MailDrafts::purgeExpired()
{
    // A draft is kept no longer than a note: the organisation's retention applies to both.
    if (!isAvailable() || !m_workspace->vault())
        return;
    try {
        notes::DraftStore store(m_workspace->store()->database(), notes::DraftKind::MailAnswer);
        store.purgeOlderThan(m_workspace->vault()->retentionPolicy().cutoff(QDateTime::currentDateTimeUtc()));
    } catch (const std::exception &) {
        // Tried again at the next unlock.
    }
}

bool MailDrafts::isAvailable() const
{
    return m_workspace && m_workspace->store();
}

QString MailDrafts::draft(const QString &contactId) const
{
    if (m_pending.contains(contactId))
        return m_pending.value(contactId);
    if (!isAvailable())
        return {};
    try {
        notes::DraftStore store(m_workspace->store()->database(), notes::DraftKind::MailAnswer);
        const auto found = store.draft(contactId);
        return found ? found->text : QString();
    } catch (const std::exception &) {
        return {};
    }
}

void MailDrafts::setDraft(const QString &contactId, const QString &text)
{
    if (contactId.isEmpty())
        return;
    m_pending.insert(contactId, text);
    m_debounce.start(); // restarts: wait for a pause in typing
}

void MailDrafts::remove(const QString &contactId)
{
    m_pending.insert(contactId, QString());
    flush();
}

bool MailDrafts::flush()
{
    m_debounce.stop();
    if (m_pending.isEmpty())
        return true;
    if (!isAvailable())
        return false; // kept in memory until the vault unlocks
    bool allSaved = true;
    try {
        notes::DraftStore store(m_workspace->store()->database(), notes::DraftKind::MailAnswer);
        const QStringList ids = m_pending.keys();
        for (const QString &contactId : ids) {
            const QString text = m_pending.value(contactId);
            try {
                store.save(contactId, text);
                m_pending.remove(contactId);
                emit saved(contactId);
            } catch (const std::exception &) {
                allSaved = false;
                emit saveFailed(contactId);
            }
        }
    } catch (const std::exception &) {
        allSaved = false; // the table could not be created: try again at the next edit
    }
    return allSaved;
}

} // namespace ecoute::models
