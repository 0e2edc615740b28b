// SPDX-License-Identifier: GPL-3.0-or-later
// ChatService: a message from any channel is committed, then fanned out with
// its contact as it stood in the commit (not as the sender saw it before).
#include "server/accounts/AccountStore.h"
#include "server/contacts/ChatCommitter.h"
#include "server/contacts/ChatService.h"
#include "server/contacts/ContactStore.h"
#include "server/storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ecoute::server;

class TestServerChatService : public QObject
{
    Q_OBJECT

private slots:
    void fanOutCarriesTheContactAsCommitted()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("db.sqlite"))));
        ContactStore contacts(db);
        const auto waiting =
            contacts.create(QStringLiteral("A"), QStringLiteral("fr"), false, QStringLiteral("t"));
        QVERIFY(waiting);
        ChatCommitter committer(contacts);
        QList<ContactRecord> fannedOut;
        QList<MessageRecord> messages;
        ChatService chat(committer, [&](const ContactRecord &contact, const MessageRecord &message) {
            fannedOut.append(contact);
            messages.append(message);
        });

        // Accepted after the help-seeker's page looked it up, before the commit:
        // the volunteer must hear of the message.
        const qint64 volunteer =
            AccountStore(db).add(QStringLiteral("vol"), QStringLiteral("volunteer"), QStringLiteral("x"));
        QVERIFY(contacts.assign(waiting->id, volunteer));
        chat.send({*waiting,
                   QStringLiteral("seeker"),
                   QStringLiteral("bonjour"),
                   QStringLiteral("m1"),
                   nullptr,
                   {},
                   ChatMessageIn::Ack::Plain});
        QVERIFY(fannedOut.isEmpty()); // nothing before the commit
        committer.flush();
        QCOMPARE(fannedOut.size(), 1);
        QCOMPARE(fannedOut.first().volunteerId, volunteer);
        QCOMPARE(fannedOut.first().state, ecoute::protocol::ContactState::Active);
        QCOMPARE(fannedOut.first().pseudonym, QStringLiteral("A"));
        QCOMPARE(messages.first().text, QStringLiteral("bonjour"));

        // A resent message is stored once and heard once.
        chat.send({*waiting,
                   QStringLiteral("seeker"),
                   QStringLiteral("bonjour"),
                   QStringLiteral("m1"),
                   nullptr,
                   {},
                   ChatMessageIn::Ack::Plain});
        committer.flush();
        QCOMPARE(fannedOut.size(), 1);
        QCOMPARE(contacts.messagesAfter(waiting->id, 0).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerChatService)
#include "tst_server_chat_service.moc"
