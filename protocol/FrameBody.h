// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <memory>
#include <mutex>

namespace ecoute::protocol {

/// A frame's body, serialised to JSON at most once however many connections it
/// is sent to, by whichever thread needs it first. Copies share the body and its
/// serialisation, so a fan-out builds one and hands it to every recipient.
class FrameBody
{
public:
    FrameBody() : FrameBody(QJsonObject {}) { }
    /// Implicit on purpose: a single recipient's send passes its object as before.
    FrameBody(QJsonObject body) : m_shared(std::make_shared<Shared>(std::move(body))) { }
    /// {{key, value}, ...} as for a QJsonObject.
    FrameBody(std::initializer_list<QPair<QString, QJsonValue>> members) : FrameBody(QJsonObject(members)) { }

    const QJsonObject &object() const { return m_shared->object; }
    /// The compact JSON text of object(), made on the first call.
    const QByteArray &json() const;

private:
    struct Shared
    {
        explicit Shared(QJsonObject o) : object(std::move(o)) { }
        const QJsonObject object;
        std::once_flag once;
        QByteArray json;
    };
    std::shared_ptr<Shared> m_shared;
};

} // namespace ecoute::protocol
