// SPDX-License-Identifier: GPL-3.0-or-later
// Handler tables replace the old chains of type comparisons; this checks what a chain's final
// "else" used to hide: every type the catalog accepts from a client has exactly one handler.
#include "server/channels/mail/MailLine.h"
#include "server/channels/mail/WebMailbox.h"
#include "server/channels/phone/PhoneLine.h"
#include "server/channels/webchat/SeekerSession.h"
#include "server/directory/DirectoryHandler.h"
#include "server/practice/Practice.h"
#include "server/reports/ReportDesk.h"
#include "server/staff/StaffSession.h"
#include "server/statistics/StatisticsHandler.h"
#include "server/supervision/Supervision.h"

#include "protocol/MessageCatalog.h"

#include <QTest>

using namespace ecoute;
using protocol::MessageType;

namespace {

QList<MessageType> acceptedOn(protocol::Route route)
{
    QList<MessageType> types;
    for (const protocol::MessageSpec &spec : protocol::MessageCatalog::instance().all()) {
        if (spec.routes.contains(route))
            types.append(spec.messageType);
    }
    return types;
}

/// Each type once: a type in two tables would be answered twice (or shadowed).
void verifyExactlyOnce(const QList<MessageType> &handled, const QList<MessageType> &accepted)
{
    for (const MessageType type : accepted)
        QVERIFY2(handled.count(type) == 1, qPrintable(protocol::toString(type)));
    for (const MessageType type : handled)
        QVERIFY2(accepted.contains(type), qPrintable(protocol::toString(type))); // no dead handler
}

} // namespace

class TestServerDispatch : public QObject
{
    Q_OBJECT

private slots:
    void everyStaffTypeHasOneHandler()
    {
        const QList<MessageType> handled = server::StaffSession::handledTypes()
            + server::Supervision::handledTypes() + server::Practice::handledTypes()
            + server::StatisticsHandler::handledTypes() + server::PhoneLine::handledTypes()
            + server::MailLine::handledTypes() + server::DirectoryHandler::handledTypes()
            + server::ReportDesk::handledTypes();
        verifyExactlyOnce(handled, acceptedOn(protocol::Route::StaffToServer));
    }

    void everySeekerTypeHasOneHandler()
    {
        verifyExactlyOnce(server::SeekerSession::handledTypes() + server::WebMailbox::handledTypes(),
                          acceptedOn(protocol::Route::SeekerToServer));
    }
};

QTEST_GUILESS_MAIN(TestServerDispatch)
#include "tst_server_dispatch.moc"
