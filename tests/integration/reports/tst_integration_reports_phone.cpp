// SPDX-License-Identifier: GPL-3.0-or-later
// A phone contact's report through the real server and its ecoute-voice bridge: the line knows a
// caller only by a keyed hash of the number, and report.pending pre-fills a second call from the
// same number as a repeat contact without the hash (or the number) reaching the workstation.
#include "PhoneLineSteps.h"
#include "ServerProcess.h"
#include "SipPeer.h"
#include "StaffSteps.h"
#include "TestClient.h"
#include "VoiceSteps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QWebSocket>

using namespace ecoute::testing;
using namespace ecoute::testing::phoneline;

namespace {

const QString kNumber = QStringLiteral("+352621987654");

QString historyOf(const std::optional<ecoute::protocol::Envelope> &pending, const QString &contactId)
{
    if (!pending)
        return {};
    for (const QJsonValue &c : pending->body.value(QLatin1String("contacts")).toArray()) {
        if (c.toObject().value(QLatin1String("contactId")).toString() == contactId)
            return c.toObject().value(QLatin1String("history")).toString();
    }
    return {};
}

} // namespace

class TestIntegrationReportsPhone : public QObject
{
    Q_OBJECT

private slots:
    void aSecondCallFromTheSameNumberIsARepeat()
    {
        const QString missing = voice::missingTool();
        QVERIFY2(missing.isEmpty(), qPrintable(missing + QStringLiteral(" is not installed")));
        const quint16 sipPort = freePort(true);
        ServerProcess server;
        ServerProcess::Options options;
        options.tls = true;
        options.extraArgs = QStringList {QStringLiteral("--wrapup-seconds"), QStringLiteral("0")}
            + phoneArguments(sipPort, QStringLiteral("35000-35999"));
        QVERIFY(server.start(options));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(server.dataDir() + QStringLiteral("/voice/caller-hash.key")),
                                 10000);

        TestClient volunteer;
        QVERIFY(logInStaff(volunteer, server, QStringLiteral("volunteer"), true));
        QStringList frames; // everything the workstation receives, raw
        QObject::connect(volunteer.socket(), &QWebSocket::textMessageReceived,
                         [&frames](const QString &frame) { frames.append(frame); });

        QStringList contacts;
        for (const char *name : {"first-call", "second-call"}) {
            SipPeer caller(voice::callerOptions(QLatin1String(name), kNumber));
            QVERIFY(caller.start());
            const QString id = ringAndAccept(caller, sipPort, volunteer);
            QVERIFY2(!id.isEmpty(), qPrintable(caller.output()));
            const auto ended =
                volunteer.request(QStringLiteral("contact.end"), {{QStringLiteral("contactId"), id}});
            QCOMPARE(ended->type, QStringLiteral("contact.ended"));
            contacts.append(id);
            caller.hangup();
        }
        const auto pending = volunteer.request(QStringLiteral("report.pending.get"));
        QCOMPARE(historyOf(pending, contacts.at(0)), QStringLiteral("first"));
        QCOMPARE(historyOf(pending, contacts.at(1)), QStringLiteral("repeat"));

        const auto saved =
            volunteer.request(QStringLiteral("report.submit"),
                              {{QStringLiteral("contactId"), contacts.at(1)},
                               {QStringLiteral("topics"), QJsonArray {QStringLiteral("bereavement")}},
                               {QStringLiteral("risk"), QStringLiteral("none")},
                               {QStringLiteral("age"), QStringLiteral("65plus")},
                               {QStringLiteral("gender"), QStringLiteral("woman")},
                               {QStringLiteral("history"), QStringLiteral("repeat")},
                               {QStringLiteral("outcomes"),
                                QJsonArray {QStringLiteral("listened"), QStringLiteral("information")}}});
        QCOMPARE(saved->type, QStringLiteral("report.saved"));

        // Neither the number nor its hash reaches the workstation.
        QVERIFY(!frames.isEmpty());
        for (const QString &frame : std::as_const(frames)) {
            QVERIFY(!frame.contains(QStringLiteral("621987654")));
            QVERIFY(!frame.contains(QRegularExpression(QStringLiteral("\"c[0-9a-f]{32}\""))));
        }
    }
};

QTEST_GUILESS_MAIN(TestIntegrationReportsPhone)
#include "tst_integration_reports_phone.moc"
