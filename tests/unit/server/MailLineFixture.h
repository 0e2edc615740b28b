// SPDX-License-Identifier: GPL-3.0-or-later
// The e-mail channel's threads over a fresh database with a manual clock and no server process,
// shared by the mail unit tests: a staff window that records what the router pushes, and the
// stores, router and MailThreads of one line. Each test adds the parts it exercises.
#pragma once

#include "server/accounts/AccountStore.h"
#include "server/channels/mail/MailConfig.h"
#include "server/channels/mail/MailStore.h"
#include "server/channels/mail/MailThreads.h"
#include "server/contacts/ContactStore.h"
#include "server/contacts/PseudonymGenerator.h"
#include "server/routing/Recipients.h"
#include "server/routing/Router.h"
#include "server/routing/RoutingConfig.h"
#include "server/storage/Database.h"
#include "tests/mock/ManualClock.h"

#include "protocol/Errors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace ecoute::tests {

struct Frame
{
    QString type;
    QJsonObject body;
    QString re;
};

/// A staff window that records what the router pushes to it (errors and opened conversations too).
class FakeStaff final : public server::StaffRecipient
{
public:
    explicit FakeStaff(server::Account account) : m_account(std::move(account)) { }

    qint64 userId() const override { return m_account.id; }
    const server::Account *account() const override { return &m_account; }
    bool canTakeContacts() const override { return m_account.takesContacts(); }
    bool revalidate() override { return true; }
    const server::ClientConnection *connectionKey() const override { return nullptr; }
    server::ClientConnection *requestConnection() override { return nullptr; }
    void push(const QString &type, const protocol::FrameBody &body, const QString &re) override
    {
        frames.append({type, body.object(), re});
    }
    void pushError(protocol::ErrorCode code, const QString &, const QString &re, qint64,
                   const QString &) override
    {
        frames.append(
            {QStringLiteral("error"), {{QStringLiteral("code"), protocol::errorCodeName(code)}}, re});
    }
    void openConversation(const server::ContactRecord &contact, const QList<server::MessageRecord> &,
                          const QJsonObject &, const QString &) override
    {
        frames.append({QStringLiteral("conversation.open"), {{QStringLiteral("contactId"), contact.id}}, {}});
    }
    QList<Frame> ofType(const char *type) const
    {
        QList<Frame> list;
        for (const Frame &f : frames) {
            if (f.type == QLatin1String(type))
                list.append(f);
        }
        return list;
    }
    /// The states of the replies this window heard of (mail.outbox), in order.
    QStringList outboxStates() const
    {
        QStringList states;
        for (const Frame &f : ofType("mail.outbox"))
            states.append(
                f.body.value(QLatin1String("reply")).toObject().value(QLatin1String("state")).toString());
        return states;
    }
    /// How many reviews and overdue threads the last mail.desk push showed.
    QPair<int, int> lastDesk() const
    {
        const auto desks = ofType("mail.desk");
        if (desks.isEmpty())
            return {-1, -1};
        const QJsonObject desk = desks.last().body;
        return {int(desk.value(QLatin1String("reviews")).toArray().size()),
                int(desk.value(QLatin1String("overdue")).toArray().size())};
    }

    QList<Frame> frames;

private:
    server::Account m_account;
};

/// The threads over a fresh database; the clock starts at the wall clock's now because the
/// stores date rows (creation, ending) with the real time.
struct MailLineFixture
{
    QTemporaryDir dir;
    server::Database db;
    server::AccountStore accounts {db};
    server::ContactStore contacts {db};
    server::MailStore store {db};
    server::RoutingConfig routing;
    server::MailConfig config;
    ManualClock clock {QDateTime::currentDateTimeUtc()};
    server::PseudonymGenerator pseudonyms;
    std::unique_ptr<server::Router> router;
    std::unique_ptr<server::MailThreads> threads;

    MailLineFixture()
    {
        if (!db.open(dir.filePath(QStringLiteral("db.sqlite"))))
            qFatal("cannot open the test database");
        router = std::make_unique<server::Router>(contacts, accounts, routing, clock);
        router->start();
        threads = std::make_unique<server::MailThreads>(contacts, store, accounts, pseudonyms, *router,
                                                        config, clock);
        settle();
    }
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    }
    /// A window of this user, connected but not available (no offers get in the way).
    std::unique_ptr<FakeStaff> window(const server::Account &a)
    {
        auto w = std::make_unique<FakeStaff>(a);
        router->addStaff(w.get(), protocol::PresenceState::Off);
        settle();
        return w;
    }
    std::unique_ptr<FakeStaff> window(qint64 userId) { return window(*accounts.findById(userId)); }
    QList<server::MessageRecord> messages(const QString &contactId) const
    {
        return contacts.messagesAfter(contactId, 0);
    }
};

} // namespace ecoute::tests
