// SPDX-License-Identifier: GPL-3.0-or-later
// The call audio table: the cases the spike measured, then every combination of a caller, a
// volunteer and two supervisors (each mode, announced or not, muted or not, call on hold or not)
// against the rules that must never break.
#include "protocol/CallAudio.h"

#include <QJsonObject>
#include <QTest>

using namespace ecoute::protocol::CallAudio;

namespace {

const QList<SupervisorMode> kModes {SupervisorMode::Listen, SupervisorMode::Whisper, SupervisorMode::Barge,
                                    SupervisorMode::TakeOver};

Leg caller()
{
    return {QStringLiteral("caller"), LegRole::Caller, SupervisorMode::Listen, false, false};
}

Leg volunteer(bool muted = false)
{
    return {QStringLiteral("volunteer"), LegRole::Volunteer, SupervisorMode::Listen, false, muted};
}

Leg supervisor(const QString &id, SupervisorMode mode, bool announced = true, bool muted = false)
{
    return {id, LegRole::Supervisor, mode, announced, muted};
}

/// Who `listener` hears, as ids.
QStringList heardBy(const Call &call, const QString &listener)
{
    QStringList heard;
    for (const Route &route : routes(call)) {
        if (route.listener == listener)
            heard << route.speaker;
    }
    heard.sort();
    return heard;
}

const QString kCaller = QStringLiteral("caller");
const QString kVolunteer = QStringLiteral("volunteer");
const QString kSupervisor = QStringLiteral("s1");

} // namespace

class TestCallAudio : public QObject
{
    Q_OBJECT

private slots:
    void callerAndVolunteerHearEachOther()
    {
        const Call call {{caller(), volunteer()}};
        QCOMPARE(heardBy(call, kCaller), QStringList {kVolunteer});
        QCOMPARE(heardBy(call, kVolunteer), QStringList {kCaller});
    }

    void aListeningSupervisorHearsBothAndIsHeardByNobody()
    {
        const Call call {{caller(), volunteer(), supervisor(kSupervisor, SupervisorMode::Listen)}};
        QCOMPARE(heardBy(call, kCaller), QStringList {kVolunteer});
        QCOMPARE(heardBy(call, kVolunteer), QStringList {kCaller});
        QCOMPARE(heardBy(call, kSupervisor), QStringList({kCaller, kVolunteer}));
    }

    void aWhisperReachesTheVolunteerOnly()
    {
        const Call call {{caller(), volunteer(), supervisor(kSupervisor, SupervisorMode::Whisper)}};
        QCOMPARE(heardBy(call, kCaller), QStringList {kVolunteer});
        QCOMPARE(heardBy(call, kVolunteer), QStringList({kCaller, kSupervisor}));
        QCOMPARE(heardBy(call, kSupervisor), QStringList({kCaller, kVolunteer}));
    }

    void bargingInSpeaksToBoth()
    {
        const Call call {{caller(), volunteer(), supervisor(kSupervisor, SupervisorMode::Barge)}};
        QCOMPARE(heardBy(call, kCaller), QStringList({kSupervisor, kVolunteer}));
        QCOMPARE(heardBy(call, kVolunteer), QStringList({kCaller, kSupervisor}));
    }

    void takingOverSilencesTheVolunteerTowardsTheCaller()
    {
        const Call call {{caller(), volunteer(), supervisor(kSupervisor, SupervisorMode::TakeOver)}};
        QCOMPARE(heardBy(call, kCaller), QStringList {kSupervisor});
        QCOMPARE(heardBy(call, kVolunteer), QStringList({kCaller, kSupervisor})); // keeps listening
        QCOMPARE(heardBy(call, kSupervisor), QStringList({kCaller, kVolunteer}));
    }

    void aSupervisorNotYetAnnouncedIsConnectedToNothing()
    {
        for (SupervisorMode mode : kModes) {
            const Call call {{caller(), volunteer(), supervisor(kSupervisor, mode, false)}};
            QVERIFY(heardBy(call, kSupervisor).isEmpty());
            QCOMPARE(heardBy(call, kCaller), QStringList {kVolunteer});
            QCOMPARE(heardBy(call, kVolunteer), QStringList {kCaller});
        }
    }

    void onHoldTheCallerAndStaffAreApart()
    {
        const Call call {{caller(), volunteer(), supervisor(kSupervisor, SupervisorMode::Whisper)}, true};
        QVERIFY(heardBy(call, kCaller).isEmpty());
        QCOMPARE(heardBy(call, kVolunteer), QStringList {kSupervisor}); // staff can still talk
    }

    void muteSilencesTheVolunteerForEveryone()
    {
        const Call call {{caller(), volunteer(true), supervisor(kSupervisor, SupervisorMode::Listen)}};
        QVERIFY(heardBy(call, kCaller).isEmpty());
        QCOMPARE(heardBy(call, kSupervisor), QStringList {kCaller});
    }

    /// Every combination against the rules that must hold whatever happens.
    void legsTravelAsJsonAndBack()
    {
        const QList<Leg> legs {caller(), volunteer(true),
                               supervisor(QStringLiteral("s1"), SupervisorMode::Whisper)};
        const auto back = legsFromJson(legsToJson(legs));
        QVERIFY(back);
        QCOMPARE(back->size(), 3);
        for (int i = 0; i < legs.size(); ++i) {
            QCOMPARE(back->at(i).id, legs[i].id);
            QCOMPARE(back->at(i).role, legs[i].role);
            QCOMPARE(back->at(i).mode, legs[i].mode);
            QCOMPARE(back->at(i).announced, legs[i].announced);
            QCOMPARE(back->at(i).muted, legs[i].muted);
        }
    }

    void legsFromJsonRefusesAnythingElse()
    {
        const QJsonObject good =
            legsToJson({supervisor(QStringLiteral("s1"), SupervisorMode::Listen)})[0].toObject();
        const auto with = [&](const char *key, const QJsonValue &value) {
            QJsonObject leg = good;
            leg.insert(QLatin1String(key), value);
            return QJsonArray {leg};
        };
        QVERIFY(legsFromJson(QJsonArray {good}));
        QVERIFY(!legsFromJson(with("role", QStringLiteral("admin"))));
        QVERIFY(!legsFromJson(with("mode", QStringLiteral("spy"))));
        QVERIFY(!legsFromJson(with("announced", QStringLiteral("yes"))));
        QVERIFY(!legsFromJson(with("legId", QString())));
        QVERIFY(!legsFromJson(with("legId", QString(65, QLatin1Char('x')))));
        QVERIFY(!legsFromJson(with("extra", 1)));
        QVERIFY(!legsFromJson(QJsonArray {good, good})); // the same leg twice
        QVERIFY(!legsFromJson(QJsonArray {QStringLiteral("not an object")}));
        QVERIFY(!legsFromJson(legsToJson({caller(), caller()}))); // two callers
        QJsonObject missing = good;
        missing.remove(QStringLiteral("muted"));
        QVERIFY(!legsFromJson(QJsonArray {missing}));
    }

    void invariantsHoldInEveryCombination()
    {
        int combinations = 0;
        for (bool onHold : {false, true})
            for (bool volunteerMuted : {false, true})
                for (SupervisorMode m1 : kModes)
                    for (SupervisorMode m2 : kModes)
                        for (bool a1 : {false, true})
                            for (bool a2 : {false, true})
                                for (bool mute1 : {false, true}) {
                                    ++combinations;
                                    const Leg s1 = supervisor(QStringLiteral("s1"), m1, a1, mute1);
                                    const Leg s2 = supervisor(QStringLiteral("s2"), m2, a2);
                                    const Call call {{caller(), volunteer(volunteerMuted), s1, s2}, onHold};
                                    checkInvariants(call);
                                }
        QCOMPARE(combinations, 2 * 2 * 4 * 4 * 2 * 2 * 2);
    }

private:
    static void checkInvariants(const Call &call)
    {
        for (const Leg &listener : call.legs) {
            for (const Leg &speaker : call.legs) {
                const bool heard = hears(call, listener, speaker);
                const QByteArray where = (listener.id + QStringLiteral(" hears ") + speaker.id).toUtf8();
                // Nobody hears themselves; a muted leg is heard by nobody.
                if (listener.id == speaker.id || speaker.muted)
                    QVERIFY2(!heard, where.constData());
                // Fail closed: a supervisor the volunteer has not been told about hears nothing
                // and is heard by nobody.
                if ((listener.role == LegRole::Supervisor && !listener.announced)
                    || (speaker.role == LegRole::Supervisor && !speaker.announced))
                    QVERIFY2(!heard, where.constData());
                // A listener is silent; the caller never hears a whisper.
                if (speaker.role == LegRole::Supervisor && speaker.mode == SupervisorMode::Listen)
                    QVERIFY2(!heard, where.constData());
                if (listener.role == LegRole::Caller && speaker.role == LegRole::Supervisor
                    && speaker.mode == SupervisorMode::Whisper)
                    QVERIFY2(!heard, where.constData());
                // On hold, the caller and staff are apart both ways.
                if (call.onHold && (listener.role == LegRole::Caller || speaker.role == LegRole::Caller))
                    QVERIFY2(!heard, where.constData());
                // The caller hears the volunteer unless on hold, muted or taken over.
                if (listener.role == LegRole::Caller && speaker.role == LegRole::Volunteer) {
                    bool takenOver = false;
                    for (const Leg &leg : call.legs)
                        takenOver = takenOver
                            || (leg.role == LegRole::Supervisor && leg.announced
                                && leg.mode == SupervisorMode::TakeOver);
                    QCOMPARE(heard, !call.onHold && !speaker.muted && !takenOver);
                }
                // An announced supervisor hears the caller (not on hold) and the volunteer (not muted).
                if (listener.role == LegRole::Supervisor && listener.announced && !speaker.muted) {
                    if (speaker.role == LegRole::Caller && !call.onHold)
                        QVERIFY2(heard, where.constData());
                    if (speaker.role == LegRole::Volunteer)
                        QVERIFY2(heard, where.constData());
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCallAudio)
#include "tst_callaudio.moc"
