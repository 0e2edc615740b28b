// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/PendingReports.h"

#include "models/connection/ErrorText.h"
#include "models/notes/NotesWorkspace.h"
#include "models/report/ReportText.h"
#include "models/vault/DraftStore.h"
#include "models/workstation/VocabularyText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <exception>

namespace ecoute::models {

using protocol::Envelope;
using protocol::MessageType;

PendingContact PendingContact::fromJson(const QJsonObject &json)
{
    PendingContact contact;
    contact.contactId = json.value(QLatin1String("contactId")).toString();
    contact.channel = json.value(QLatin1String("channel")).toString();
    contact.pseudonym = json.value(QLatin1String("pseudonym")).toString();
    contact.endedAt =
        QDateTime::fromString(json.value(QLatin1String("endedAt")).toString(), Qt::ISODateWithMs);
    contact.durationSeconds = json.value(QLatin1String("durationSeconds")).toInt();
    contact.history =
        protocol::fromString<protocol::ContactHistory>(json.value(QLatin1String("history")).toString())
            .value_or(protocol::ContactHistory::Unknown);
    contact.practice = json.value(QLatin1String("practice")).toBool();
    contact.urgent = json.value(QLatin1String("urgent")).toBool();
    return contact;
}

PendingReports::PendingReports(Sender send, QObject *parent)
    : QAbstractListModel(parent), m_send(std::move(send))
{
}

PendingReports::~PendingReports()
{
    flush();
}

int PendingReports::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

QVariant PendingReports::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_contacts.size())
        return {};
    const PendingContact &contact = m_contacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return ReportText::pendingRow(contact.pseudonym, VocabularyText::channel(contact.channel),
                                      contact.endedAt, contact.durationSeconds, contact.practice);
    case ContactIdRole:
        return contact.contactId;
    case ChannelRole:
        return contact.channel;
    case DurationRole:
        return contact.durationSeconds;
    case PracticeRole:
        return contact.practice;
    default:
        return {};
    }
}

std::optional<PendingContact> PendingReports::find(const QString &contactId) const
{
    for (const PendingContact &contact : m_contacts) {
        if (contact.contactId == contactId)
            return contact;
    }
    return std::nullopt;
}

bool PendingReports::request()
{
    return !m_send(Envelope::make(MessageType::ReportPendingGet)).isEmpty();
}

bool PendingReports::submit(const QString &contactId, const ReportDraft &draft)
{
    setDraft(contactId, draft); // kept until the server has it
    const QString id = m_send(Envelope::make(MessageType::ReportSubmit, draft.toSubmit(contactId)));
    if (id.isEmpty()) {
        const QString message = ErrorText::connectionLost();
        emit submitFailed(contactId, message);
        emit errorMessage(message);
        return false;
    }
    m_submits.insert(id, contactId);
    return true;
}

bool PendingReports::isSubmitting(const QString &contactId) const
{
    for (auto it = m_submits.begin(); it != m_submits.end(); ++it) {
        if (it.value() == contactId)
            return true;
    }
    return false;
}

bool PendingReports::isAvailable() const
{
    return m_workspace && m_workspace->store();
}

ReportDraft PendingReports::draft(const QString &contactId) const
{
    if (auto it = m_drafts.constFind(contactId); it != m_drafts.constEnd())
        return *it;
    if (isAvailable()) {
        try {
            notes::DraftStore store(m_workspace->store()->database(), notes::DraftKind::Report);
            if (const auto found = store.draft(contactId)) {
                const ReportDraft stored =
                    ReportDraft::fromJson(QJsonDocument::fromJson(found->text.toUtf8()).object());
                m_drafts.insert(contactId, stored);
                return stored;
            }
        } catch (const std::exception &) {
            // Read again next time: the defaults meanwhile.
        }
    }
    ReportDraft fresh;
    if (const auto contact = find(contactId))
        fresh.history = contact->history; // what the channel knows of the person
    return fresh;
}

bool PendingReports::hasDraft(const QString &contactId) const
{
    if (m_drafts.contains(contactId))
        return true;
    if (!isAvailable())
        return false;
    try {
        notes::DraftStore store(m_workspace->store()->database(), notes::DraftKind::Report);
        return store.draft(contactId).has_value();
    } catch (const std::exception &) {
        return false;
    }
}

void PendingReports::setDraft(const QString &contactId, const ReportDraft &draft)
{
    if (contactId.isEmpty())
        return;
    m_drafts.insert(contactId, draft);
    m_unsaved.insert(contactId);
    flush(); // a few ticks, not typing: written at once
}

void PendingReports::forget(const QString &contactId)
{
    m_drafts.remove(contactId);
    m_unsaved.insert(contactId); // removed from the vault too
    flush();
}

void PendingReports::setWorkspace(NotesWorkspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (!workspace)
        return;
    connect(workspace, &NotesWorkspace::unlocked, this, [this] {
        flush(); // what was ticked while locked
        purgeExpired();
        emit changed(); // drafts can be read again
    });
}

void PendingReports::purgeExpired()
{
    // A draft is kept no longer than a note: the organisation's retention applies to both.
    if (!isAvailable() || !m_workspace->vault())
        return;
    try {
        notes::DraftStore store(m_workspace->store()->database(), notes::DraftKind::Report);
        store.purgeOlderThan(m_workspace->vault()->retentionPolicy().cutoff(QDateTime::currentDateTimeUtc()));
    } catch (const std::exception &) {
        // Tried again at the next unlock.
    }
}

bool PendingReports::flush()
{
    if (m_unsaved.isEmpty())
        return true;
    if (!isAvailable())
        return false; // kept in memory until the vault unlocks
    bool allSaved = true;
    try {
        notes::DraftStore store(m_workspace->store()->database(), notes::DraftKind::Report);
        const QList<QString> ids = m_unsaved.values();
        for (const QString &contactId : ids) {
            try {
                const auto it = m_drafts.constFind(contactId);
                if (it == m_drafts.constEnd())
                    store.remove(contactId);
                else
                    store.save(contactId,
                               QString::fromUtf8(QJsonDocument(it->toJson()).toJson(QJsonDocument::Compact)));
                m_unsaved.remove(contactId);
            } catch (const std::exception &) {
                allSaved = false;
            }
        }
    } catch (const std::exception &) {
        allSaved = false;
    }
    return allSaved;
}

int PendingReports::remind()
{
    if (!m_contacts.isEmpty())
        emit unreportedLeft(count());
    return count();
}

bool PendingReports::handle(const Envelope &envelope)
{
    switch (envelope.messageType) {
    case MessageType::ReportPending:
        reset(envelope.body.value(QLatin1String("contacts")).toArray());
        return true;
    case MessageType::ReportSaved: {
        const QString contactId = envelope.body.value(QLatin1String("contactId")).toString();
        m_submits.removeIf([&](const auto &it) { return it.value() == contactId; });
        forget(contactId);
        const auto row = std::find_if(m_contacts.begin(), m_contacts.end(),
                                      [&](const PendingContact &c) { return c.contactId == contactId; });
        if (row != m_contacts.end()) {
            const int index = int(row - m_contacts.begin());
            beginRemoveRows({}, index, index);
            m_contacts.removeAt(index);
            endRemoveRows();
            emit changed();
        }
        emit saved(contactId);
        return true;
    }
    default:
        return false;
    }
}

bool PendingReports::handleError(const Envelope &envelope)
{
    const QString contactId = m_submits.take(envelope.re);
    if (contactId.isEmpty())
        return false;
    const QString code = envelope.body.value(QLatin1String("code")).toString();
    const QString message =
        ReportText::submitError(code, envelope.body.value(QLatin1String("field")).toString());
    if (protocol::errorCodeFromName(code) == protocol::ErrorCode::InvalidState) {
        forget(contactId); // reported already: the first report stands
        request();
    }
    emit submitFailed(contactId, message);
    emit errorMessage(message);
    return true;
}

void PendingReports::reset(const QJsonArray &contacts)
{
    beginResetModel();
    m_contacts.clear();
    for (const QJsonValue &value : contacts) {
        const PendingContact contact = PendingContact::fromJson(value.toObject());
        if (!contact.contactId.isEmpty())
            m_contacts.append(contact);
    }
    m_loaded = true;
    endResetModel();
    emit changed();
}

} // namespace ecoute::models
