// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/routing/Recipients.h"

#include "protocol/Envelope.h"

namespace ecoute::server {

/// A part of the server that answers some staff requests of its own (the phone line's call.*),
/// reached by StaffSession through ServerContext without staff/ depending on it.
class StaffRequests
{
public:
    /// True if the type is one of this part's (then it was answered).
    virtual bool handle(StaffRecipient &session, const protocol::Envelope &e) = 0;
    /// A window logged in or resumed: what this part keeps for its user is sent again.
    virtual void sessionReady(StaffRecipient &session) { Q_UNUSED(session) }

protected:
    ~StaffRequests() = default;
};

} // namespace ecoute::server
