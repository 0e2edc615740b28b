// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/contacts/ContactStore.h"

namespace ecoute::server {

/// What practice tells the phone channel: a practice contact on the phone waits for its trainee.
/// The trainer's workstation becomes the caller's line (a call with no trunk behind it).
class PracticeCalls
{
public:
    virtual void practiceCallWaiting(const ContactRecord &contact) = 0;

protected:
    ~PracticeCalls() = default;
};

} // namespace ecoute::server
