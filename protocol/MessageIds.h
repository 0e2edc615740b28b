// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ecoute::protocol {

/// Hands out envelope ids for one connection: "<prefix>-1", "<prefix>-2", ...
/// Ids only need to be unique per connection and sender, so a counter is enough.
class MessageIds
{
public:
    explicit MessageIds(QString prefix) : m_prefix(std::move(prefix)) { }
    QString next() { return m_prefix + u'-' + QString::number(++m_counter); }

private:
    QString m_prefix;
    quint64 m_counter = 0;
};

} // namespace ecoute::protocol
