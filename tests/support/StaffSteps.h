// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerProcess.h"
#include "TestClient.h"

#include <QJsonArray>
#include <QStringList>

namespace ecoute::testing {

/// Logs an account in on the staff endpoint with this password (up to its
/// conversations.snapshot); goes available if asked.
inline bool logInStaff(TestClient &client, const ServerProcess &server, const QString &user,
                       const QString &password, bool available)
{
    if (!client.open(server.staffUrl()) || !client.login(user, password)
        || !client.waitFor(QStringLiteral("conversations.snapshot")))
        return false;
    return !available
        || str(client.request(QStringLiteral("presence.set"),
                              {{QStringLiteral("state"), QStringLiteral("available")}}),
               "state")
        == QLatin1String("available");
}

/// The same for a demo account, with the password the server printed.
inline bool logInStaff(TestClient &client, const ServerProcess &server, const QString &user,
                       bool available = false)
{
    return logInStaff(client, server, user, server.demoPassword(user), available);
}

/// A trainer starts a practice session on the first scenario listed; the answer
/// (practice.session, or an error).
inline std::optional<protocol::Envelope> startPractice(TestClient &trainer, const QStringList &trainees)
{
    const auto list = trainer.request(QStringLiteral("scenario.list"));
    if (!list)
        return std::nullopt;
    const QJsonObject scenario = list->body.value(QLatin1String("scenarios")).toArray().first().toObject();
    return trainer.request(QStringLiteral("practice.start"),
                           {{QStringLiteral("slug"), scenario.value(QLatin1String("slug"))},
                            {QStringLiteral("language"), scenario.value(QLatin1String("language"))},
                            {QStringLiteral("trainees"), QJsonArray::fromStringList(trainees)}});
}

/// The contact id of the first trainee of a practice.session (empty if none).
inline QString firstPracticeContact(const std::optional<protocol::Envelope> &session)
{
    if (!session)
        return {};
    return session->body.value(QLatin1String("contacts"))
        .toArray()
        .first()
        .toObject()
        .value(QLatin1String("contactId"))
        .toString();
}

} // namespace ecoute::testing
