// SPDX-License-Identifier: GPL-3.0-or-later
// A practice call in the bridge (issue 14): no trunk, answered from the start, and a caller leg
// that comes from the trainer's workstation like a staff leg, under the call's own id.
#include "voice/bridge/Call.h"
#include "voice/bridge/Graveyard.h"
#include "voice/bridge/StaffTokens.h"

#include <QTest>

using namespace ecoute::voice;
using ecoute::protocol::CallAudio::LegRole;

namespace {

struct Recorder : Call::Observer
{
    QStringList legsUp;
    QStringList legsDown;
    QList<Call::EndReason> ended;

    void staffLegUp(Call &, const QString &legId) override { legsUp << legId; }
    void staffLegDown(Call &, const QString &legId, Call::EndReason) override { legsDown << legId; }
    void callEnded(Call &, Call::EndReason reason) override { ended << reason; }
    void languageChosen(Call &, const QString &, CallerPrompts::Choice) override { }
};

ecoute::protocol::CallAudio::Call route(const QString &callerId, const QString &volunteerId)
{
    ecoute::protocol::CallAudio::Call table;
    table.legs.append({callerId, LegRole::Caller});
    table.legs.append({volunteerId, LegRole::Volunteer});
    return table;
}

} // namespace

class TestPracticeCall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCOMPARE(libre_init(), 0); }
    void cleanup() { Graveyard::clear(); }
    void cleanupTestCase() { libre_close(); }

    void aPracticeCallIsAnsweredFromTheStart()
    {
        Recorder recorder;
        Call call(QStringLiteral("p-abc"), recorder, Call::Origin::Practice);
        QCOMPARE(call.origin(), Call::Origin::Practice);
        QCOMPARE(call.phase(), Call::Phase::Answered);
        // Nothing to admit: a stray admit changes nothing.
        QVERIFY(!call.admit(0, {}));
        QCOMPARE(call.phase(), Call::Phase::Answered);
    }

    void itsCallerLegIsSecureAndComesOnce()
    {
        Recorder recorder;
        Call call(QStringLiteral("p-abc"), recorder, Call::Origin::Practice);
        CallLeg *leg = call.addPracticeCaller();
        QVERIFY(leg);
        QCOMPARE(leg->id(), QStringLiteral("p-abc"));
        QCOMPARE(leg->kind(), CallLeg::Kind::PracticeCaller);
        QVERIFY(leg->isCaller());
        QVERIFY(leg->isSecure());
        QVERIFY(!call.addPracticeCaller());
        // The call's id is never a staff leg's.
        QVERIFY(!call.addStaffLeg(QStringLiteral("p-abc")));
        // A refused INVITE frees the place for another try.
        call.removeLeg(*leg);
        QVERIFY(call.addPracticeCaller());
    }

    void aTrunkCallHasNoPracticeCaller()
    {
        Recorder recorder;
        Call call(QStringLiteral("v-abc"), recorder);
        QCOMPARE(call.origin(), Call::Origin::Trunk);
        QCOMPARE(call.phase(), Call::Phase::Ringing);
        QVERIFY(!call.addPracticeCaller());
        CallLeg &caller = call.callerLeg();
        QVERIFY(caller.isCaller());
        QVERIFY(!caller.isSecure());
        CallLeg *staff = call.addStaffLeg(QStringLiteral("l-1"));
        QVERIFY(staff && staff->isSecure() && !staff->isCaller());
    }

    void theRouteNamesThePracticeCallerByTheCallsId()
    {
        Recorder recorder;
        Call call(QStringLiteral("p-abc"), recorder, Call::Origin::Practice);
        QVERIFY(call.setRoute(route(QStringLiteral("p-abc"), QStringLiteral("l-1"))));
        QVERIFY(!call.setRoute(route(QStringLiteral("l-2"), QStringLiteral("l-1"))));
        QVERIFY(!call.setRoute(route(QStringLiteral("p-abc"), QStringLiteral("p-abc"))));
    }

    void anEndedPracticeCallTakesNoCaller()
    {
        Recorder recorder;
        Call call(QStringLiteral("p-abc"), recorder, Call::Origin::Practice);
        QVERIFY(call.addPracticeCaller());
        call.end(Call::EndReason::Dropped);
        call.end(Call::EndReason::HungUp);
        QCOMPARE(recorder.ended, QList<Call::EndReason> {Call::EndReason::Dropped});
        QCOMPARE(call.phase(), Call::Phase::Ended);
        QVERIFY(!call.addStaffLeg(QStringLiteral("l-1")));
    }

    void theTrainersCredentialWorksOnce()
    {
        StaffTokens tokens;
        QVERIFY(tokens.expect(QStringLiteral("t1"), {QStringLiteral("p-abc"), QStringLiteral("p-abc")}, 0));
        const auto leg = tokens.take(QStringLiteral("t1"), 10);
        QVERIFY(leg && leg->legId == leg->callId);
        QVERIFY(!tokens.take(QStringLiteral("t1"), 20));
    }
};

QTEST_GUILESS_MAIN(TestPracticeCall)
#include "tst_practicecall.moc"
