// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/directory/DirectoryHandler.h"

#include "server/directory/DirectoryStore.h"
#include "server/routing/Recipients.h"
#include "server/storage/AuditLog.h"

namespace ecoute::server {

using protocol::ErrorCode;
using protocol::MessageType;

bool DirectoryHandler::handle(StaffRecipient &s, const protocol::Envelope &e)
{
    return handlers().dispatch(*this, e.messageType, s, e);
}

const DirectoryHandler::Handlers &DirectoryHandler::handlers()
{
    static constexpr Handlers table {
        {MessageType::DirectoryGet, &DirectoryHandler::get},
        {MessageType::DirectorySave, &DirectoryHandler::save},
        {MessageType::DirectoryRemove, &DirectoryHandler::remove},
    };
    return table;
}

QList<MessageType> DirectoryHandler::handledTypes()
{
    return handlers().types();
}

void DirectoryHandler::audit(StaffRecipient &s, const QString &action, const QString &serviceId)
{
    const Account *me = s.account();
    // The service id goes where the audit log names what was acted on; never the service's text.
    m_audit.record({me ? me->name : QStringLiteral("-"), action, {}, {}, serviceId});
}

bool DirectoryHandler::admin(StaffRecipient &s, const protocol::Envelope &e)
{
    const Account *me = s.account();
    if (me && me->role == protocol::Role::Admin)
        return true;
    audit(s, e.type + QStringLiteral(".refused"));
    s.pushError(ErrorCode::Forbidden, QStringLiteral("only admins change the referral directory"), e.id);
    return false;
}

void DirectoryHandler::answer(StaffRecipient &s, const protocol::Envelope &e)
{
    s.push(protocol::toString(MessageType::Directory), {{QStringLiteral("services"), m_store.toJson()}},
           e.id);
}

void DirectoryHandler::get(StaffRecipient &s, const protocol::Envelope &e)
{
    answer(s, e);
}

void DirectoryHandler::save(StaffRecipient &s, const protocol::Envelope &e)
{
    if (!admin(s, e))
        return;
    DirectoryStore::Parsed parsed = DirectoryStore::parse(e.body.value(QLatin1String("service")).toObject());
    if (const auto *invalid = std::get_if<DirectoryStore::Invalid>(&parsed)) {
        s.pushError(ErrorCode::WrongType, invalid->message, e.id, -1,
                    QStringLiteral("body.service.") + invalid->field);
        return;
    }
    DirectoryService service = std::get<DirectoryService>(std::move(parsed));
    switch (m_store.save(service)) {
    case DirectoryStore::SaveResult::Added:
    case DirectoryStore::SaveResult::Updated:
        audit(s, QStringLiteral("directory.save"), service.id);
        answer(s, e);
        return;
    case DirectoryStore::SaveResult::NotFound:
        s.pushError(ErrorCode::NotFound, QStringLiteral("no such service"), e.id, -1,
                    QStringLiteral("body.service.id"));
        return;
    case DirectoryStore::SaveResult::TooBig:
        // The whole directory travels in one frame (docs/protocol.md: "it is small").
        s.pushError(ErrorCode::InvalidState, QStringLiteral("the directory is full: remove a service first"),
                    e.id);
        return;
    case DirectoryStore::SaveResult::Failed:
        break;
    }
    s.pushError(ErrorCode::Internal, QStringLiteral("could not store the service"), e.id);
}

void DirectoryHandler::remove(StaffRecipient &s, const protocol::Envelope &e)
{
    if (!admin(s, e))
        return;
    const QString id = e.text("id");
    if (!m_store.remove(id)) {
        s.pushError(ErrorCode::NotFound, QStringLiteral("no such service"), e.id, -1,
                    QStringLiteral("body.id"));
        return;
    }
    audit(s, QStringLiteral("directory.remove"), id);
    answer(s, e);
}

} // namespace ecoute::server
