// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/Envelope.h"
#include "protocol/HandlerTable.h"

#include <QTest>

using namespace ecoute::protocol;

namespace {

/// An endpoint with two handlers, as StaffSession or Workstation have dozens.
class Endpoint
{
public:
    bool handle(const Envelope &e)
    {
        static constexpr HandlerTable<Endpoint, const Envelope &> table {
            {MessageType::Ping, &Endpoint::onPing},
            {MessageType::ChatSend, &Endpoint::onChat},
            {MessageType::ChatSync, &Endpoint::onChat},
        };
        return table.dispatch(*this, e.messageType, e);
    }

    static QList<MessageType> handledTypes()
    {
        static constexpr HandlerTable<Endpoint, const Envelope &> table {
            {MessageType::Ping, &Endpoint::onPing}};
        return table.types();
    }

    QStringList calls;

private:
    void onPing(const Envelope &) { calls.append(QStringLiteral("ping")); }
    void onChat(const Envelope &e) { calls.append(e.type); }
};

} // namespace

class TestHandlerTable : public QObject
{
    Q_OBJECT

private slots:
    void dispatchesByType()
    {
        Endpoint endpoint;
        QVERIFY(endpoint.handle(Envelope::make(MessageType::ChatSync)));
        QVERIFY(endpoint.handle(Envelope::make(MessageType::Ping)));
        QCOMPARE(endpoint.calls, QStringList({"chat.sync", "ping"}));
    }

    void unhandledTypesCallNothing()
    {
        Endpoint endpoint;
        QVERIFY(!endpoint.handle(Envelope::make(MessageType::AuthLogin)));
        QVERIFY(!endpoint.handle(Envelope::make(QStringLiteral("no.such.type"))));
        QVERIFY(endpoint.calls.isEmpty());
    }

    void listsItsTypes() { QCOMPARE(Endpoint::handledTypes(), QList<MessageType>({MessageType::Ping})); }
};

QTEST_GUILESS_MAIN(TestHandlerTable)
#include "tst_handlertable.moc"
