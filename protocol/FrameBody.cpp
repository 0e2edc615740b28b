// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/FrameBody.h"

#include <QJsonDocument>

namespace ecoute::protocol {

const QByteArray &FrameBody::json() const
{
    Shared &shared = *m_shared;
    std::call_once(shared.once,
                   [&shared] { shared.json = QJsonDocument(shared.object).toJson(QJsonDocument::Compact); });
    return shared.json;
}

} // namespace ecoute::protocol
