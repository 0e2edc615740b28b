// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/routing/Recipients.h"

#include "protocol/Envelope.h"

namespace ecoute::server {

/// A part of the server that answers some help-seeker requests of its own (the web mailbox's
/// mailbox.*), reached by SeekerSession through ServerContext without webchat/ depending on it.
class SeekerRequests
{
public:
    /// True if the type is one of this part's (then it was answered on session).
    virtual bool handle(SeekerRecipient &session, const protocol::Envelope &e) = 0;

protected:
    ~SeekerRequests() = default;
};

} // namespace ecoute::server
