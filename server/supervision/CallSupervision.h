// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/contacts/ContactStore.h"

namespace ecoute::server {

/// What supervision tells the phone channel, after the volunteer has been told
/// (supervision.presence): only then may a supervisor's audio connect (fail closed).
class CallSupervision
{
public:
    virtual void supervisorJoined(const ContactRecord &contact, qint64 supervisorId) = 0;
    virtual void supervisorLeft(const ContactRecord &contact, qint64 supervisorId) = 0;
    virtual void supervisorTookOver(const ContactRecord &contact, qint64 supervisorId,
                                    bool volunteerStays) = 0;

protected:
    ~CallSupervision() = default;
};

} // namespace ecoute::server
