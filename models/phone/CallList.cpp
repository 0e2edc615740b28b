// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/CallList.h"

#include "models/workstation/Preferences.h"

#include <utility>

namespace ecoute::models {

using protocol::Envelope;

CallList::CallList(CallSession::Sender send, Server server, QObject *parent)
    : QObject(parent), m_send(std::move(send)), m_server(std::move(server))
{
}

CallList::~CallList()
{
    hangUpAll();
}

void CallList::setSoftphone(Softphone *softphone, Preferences *headset)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_phoneConnections))
        disconnect(connection);
    m_phoneConnections.clear();
    if (m_onLine)
        m_onLine->hangUp(CallEnd::NoEngine);
    m_phone = softphone;
    if (!softphone)
        return;
    // The engine's signals belong to whichever session holds it now.
    m_phoneConnections = {
        connect(softphone, &Softphone::ringing, this,
                [this] {
                    if (m_onLine)
                        m_onLine->engineRinging();
                }),
        connect(softphone, &Softphone::established, this,
                [this] {
                    if (m_onLine)
                        m_onLine->engineEstablished();
                }),
        connect(softphone, &Softphone::ended, this,
                [this](Softphone::EndReason reason) {
                    if (m_onLine)
                        m_onLine->engineEnded(reason);
                }),
        connect(softphone, &Softphone::levels, this,
                [this](float inputDb, float outputDb) {
                    if (m_onLine)
                        m_onLine->engineLevels(inputDb, outputDb);
                }),
    };
    if (!headset)
        return;
    softphone->setInputDevice(headset->inputDevice());
    softphone->setOutputDevice(headset->outputDevice());
    m_phoneConnections << connect(headset, &Preferences::inputDeviceChanged, softphone,
                                  &Softphone::setInputDevice)
                       << connect(headset, &Preferences::outputDeviceChanged, softphone,
                                  &Softphone::setOutputDevice);
}

CallSession *CallList::obtain(const QString &contactId)
{
    if (CallSession *session = m_sessions.value(contactId))
        return session;
    auto *session = new CallSession(contactId, m_send, m_clock, this);
    m_sessions.insert(contactId, session);
    connect(session, &CallSession::errorMessage, this, &CallList::errorMessage);
    connect(session, &CallSession::stateChanged, this, [this, session](CallSession::State state) {
        if (state == CallSession::State::Ended && m_onLine == session)
            m_onLine = nullptr;
    });
    emit added(session);
    return session;
}

void CallList::handleConnect(const Envelope &envelope)
{
    const QString contactId = envelope.text("contactId");
    if (contactId.isEmpty())
        return;
    CallSession *session = obtain(contactId);
    if (m_onLine && m_onLine != session)
        m_onLine->hangUp(CallEnd::OtherCall); // one engine, one call
    // Our own copy of the one-time token, overwritten by the session once dialled.
    QString token = envelope.text("token");
    const int port = envelope.body.value(QLatin1String("sipTlsPort")).toInt();
    m_onLine = m_phone ? session : nullptr;
    session->connectCall(m_phone, token, m_server.host ? m_server.host() : QString(), port,
                         m_server.pinnedCertificateDer ? m_server.pinnedCertificateDer() : QByteArray());
    if (session->isEnded() && m_onLine == session)
        m_onLine = nullptr; // ended inside dial()
}

void CallList::handleState(const Envelope &envelope)
{
    CallSession *session = find(envelope.text("contactId"));
    const auto state = protocol::fromString<protocol::CallState>(envelope.text("state"));
    if (!session || !state)
        return; // a leg this workstation never dialled
    const QString reason = envelope.text("reason");
    session->applyState(
        *state, reason.isEmpty() ? std::nullopt : protocol::fromString<protocol::CallEndReason>(reason),
        envelope.re);
}

bool CallList::handleError(const Envelope &envelope)
{
    if (envelope.re.isEmpty())
        return false;
    const QString code = envelope.text("code");
    for (CallSession *session : std::as_const(m_sessions)) {
        if (session->handleError(envelope.re, code))
            return true;
    }
    return false;
}

void CallList::contactClosed(const QString &contactId)
{
    if (CallSession *session = find(contactId))
        session->hangUp(CallEnd::ContactClosed);
}

void CallList::remove(const QString &contactId)
{
    CallSession *session = m_sessions.take(contactId);
    if (!session)
        return;
    session->hangUp(CallEnd::ContactClosed);
    if (m_onLine == session)
        m_onLine = nullptr;
    session->deleteLater(); // a pane may still be reading it in this event
}

void CallList::hangUpAll()
{
    for (CallSession *session : std::as_const(m_sessions))
        session->hangUp(CallEnd::ContactClosed);
    m_onLine = nullptr;
}

} // namespace ecoute::models
