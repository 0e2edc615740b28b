// SPDX-License-Identifier: GPL-3.0-or-later
// One phone call's side as the router sees it (server/channels/phone/PhoneCall): what the router
// tells a help-seeker becomes an event for the phone line, and the call's legs become the audio
// table the bridge applies. A supervisor's leg is announced from the moment it is up (the
// volunteer was told before its credential went out), and a leg the bridge never expected stays
// out of the table.
#include "server/channels/phone/PhoneCall.h"

#include <QJsonObject>
#include <QTest>

using ecoute::server::PhoneCall;
using namespace ecoute::protocol;

class TestServerPhoneCall : public QObject
{
    Q_OBJECT

private:
    struct Seen
    {
        QList<int> positions;
        int answered = 0;
        int requeued = 0;
        int ended = 0;
    };

    static PhoneCall::Events record(Seen &seen)
    {
        PhoneCall::Events events;
        events.positionChanged = [&seen](PhoneCall &, int position) {
            seen.positions << position;
        };
        events.answered = [&seen](PhoneCall &) {
            ++seen.answered;
        };
        events.requeued = [&seen](PhoneCall &) {
            ++seen.requeued;
        };
        events.ended = [&seen](PhoneCall &) {
            ++seen.ended;
        };
        return events;
    }

private slots:
    void whatTheRouterSaysBecomesEvents()
    {
        Seen seen;
        PhoneCall call(QStringLiteral("v-1"), QStringLiteral("contact-1"), record(seen));
        QCOMPARE(call.channel(), Channel::Phone);
        call.push(QStringLiteral("queue.position"), {{QStringLiteral("position"), 3}});
        call.push(QStringLiteral("contact.state"), {{QStringLiteral("state"), QStringLiteral("active")}});
        call.push(QStringLiteral("contact.state"), {{QStringLiteral("state"), QStringLiteral("waiting")}});
        call.push(QStringLiteral("chat.message"), {{QStringLiteral("text"), QStringLiteral("ignored")}});
        call.push(QStringLiteral("contact.ended"), {{QStringLiteral("by"), QStringLiteral("volunteer")}});
        call.contactEnded(QStringLiteral("volunteer")); // told twice: ends once
        QCOMPARE(seen.positions, QList<int> {3});
        QCOMPARE(seen.answered, 1);
        QCOMPARE(seen.requeued, 1);
        QCOMPARE(seen.ended, 1);
        QVERIFY(call.isEnded());
    }

    void legsJoinTheTableOnlyOnceUp()
    {
        Seen seen;
        PhoneCall call(QStringLiteral("v-1"), QStringLiteral("contact-1"), record(seen));
        QCOMPARE(call.audio().legs.size(), 1); // the caller, whose leg id is the call's
        QCOMPARE(call.audio().legs[0].id, QStringLiteral("v-1"));
        QCOMPARE(call.audio().legs[0].role, CallAudio::LegRole::Caller);

        QVERIFY(!call.legUp(QStringLiteral("l-unknown")));
        call.expectLeg(QStringLiteral("l-vol"), 7, CallAudio::LegRole::Volunteer);
        call.expectLeg(QStringLiteral("l-sup"), 9, CallAudio::LegRole::Supervisor);
        QCOMPARE(call.audio().legs.size(), 1);
        QCOMPARE(call.legOf(7, CallAudio::LegRole::Volunteer), QStringLiteral("l-vol"));
        QVERIFY(call.legOf(7, CallAudio::LegRole::Supervisor).isEmpty());
        QVERIFY(!call.setMode(QStringLiteral("l-sup"), CallAudio::SupervisorMode::Whisper)); // not up yet

        QVERIFY(call.legUp(QStringLiteral("l-vol")));
        QVERIFY(!call.legUp(QStringLiteral("l-vol"))); // once
        QVERIFY(call.legUp(QStringLiteral("l-sup")));
        QCOMPARE(call.audio().legs.size(), 3);
        QVERIFY(call.audio().legs[2].announced);
        QCOMPARE(call.audio().legs[2].mode, CallAudio::SupervisorMode::Listen);
        QCOMPARE(call.ownerOf(QStringLiteral("l-sup")), 9);

        QVERIFY(!call.setMode(QStringLiteral("l-vol"), CallAudio::SupervisorMode::Barge)); // not a supervisor
        QVERIFY(call.setMode(QStringLiteral("l-sup"), CallAudio::SupervisorMode::Whisper));
        QVERIFY(call.setMuted(QStringLiteral("l-vol"), true));
        const auto routes = CallAudio::routes(call.audio());
        QVERIFY(!routes.contains(CallAudio::Route {QStringLiteral("v-1"), QStringLiteral("l-sup")}));
        QVERIFY(routes.contains(CallAudio::Route {QStringLiteral("l-vol"), QStringLiteral("l-sup")}));
        QVERIFY(!routes.contains(CallAudio::Route {QStringLiteral("v-1"), QStringLiteral("l-vol")})); // muted

        QVERIFY(call.legDown(QStringLiteral("l-sup")));
        QVERIFY(!call.legDown(QStringLiteral("l-sup")));
        QCOMPARE(call.audio().legs.size(), 2);
        QCOMPARE(call.staffLegs(), QList<QString> {QStringLiteral("l-vol")});
    }
};

QTEST_GUILESS_MAIN(TestServerPhoneCall)
#include "tst_server_phone_call.moc"
