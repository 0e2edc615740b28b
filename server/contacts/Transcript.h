// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/contacts/ContactStore.h"

#include <QList>
#include <QString>

namespace ecoute::server {

class ClientConnection;

/// Sends transcripts without ever building a frame over Limits::maxFrameBytes.
namespace transcript {
/// conversation.open with as many messages (from seq 1, in order) as fit in
/// one frame; any rest follows at once as chat.message frames (with contactId
/// and the same re), so the client still receives every seq once, in order.
/// extras go into the body beside contact and messages (staff only: a
/// transfer's handover note, a supervisor's listening mode).
void sendConversationOpen(ClientConnection &connection, const ContactRecord &contact,
                          const QList<MessageRecord> &messages, const QString &re = {},
                          const QJsonObject &extras = {});
/// A list of contacts for a snapshot, cut to what fits in one frame
/// (urgent and oldest come first, so the cut drops the least pressing).
QJsonArray contactsForSnapshot(const QList<ContactRecord> &contacts);
} // namespace transcript

} // namespace ecoute::server
