// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Envelope.h"
#include "protocol/Errors.h"
#include "protocol/MessageCatalog.h"
#include "protocol/MessageIds.h"

#include <QObject>
#include <QQueue>
#include <QWebSocket>

#include <memory>

namespace ecoute::server {

/// One WebSocket peer, spoken to in envelopes: decodes every frame with the
/// Codec (text and binary alike), answers bad ones with an error frame, and
/// closes the peer with 1008 after too many errors in the error window.
class Connection : public QObject
{
    Q_OBJECT

public:
    Connection(std::unique_ptr<QWebSocket> socket, protocol::Route inbound, QObject *parent = nullptr);
    ~Connection() override;

    /// Sends a push (or, with re, an answer).
    void send(const QString &type, const QJsonObject &body = {}, const QString &re = {});
    /// Sends an error frame answering `re` and counts it against the peer.
    void sendError(protocol::ErrorCode code, const QString &detail, const QString &re,
                   qint64 retryAfterMs = -1, const QString &field = {});
    void close(QWebSocketProtocol::CloseCode code, const QString &reason = {});
    bool isOpen() const;

Q_SIGNALS:
    void envelopeReceived(const ecoute::protocol::Envelope &envelope);
    void disconnected();

private:
    void receive(QByteArrayView frame);
    void countError();

    std::unique_ptr<QWebSocket> m_socket;
    protocol::Route m_inbound;
    protocol::MessageIds m_ids {QStringLiteral("s")};
    QQueue<qint64> m_errorTimes; ///< monotonic ms of recent errors
    bool m_closing = false;
};

} // namespace ecoute::server
