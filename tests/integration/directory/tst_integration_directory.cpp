// SPDX-License-Identifier: GPL-3.0-or-later
// The referral directory through the real server over TLS: a demo starts with the invented
// directory, every staff member reads it, only admins change it (the others are refused and
// audited), bad fields are named, and `ecoute-server directory` changes what workstations read.
#include "ServerProcess.h"
#include "StaffSteps.h"
#include "TestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using ecoute::protocol::Envelope;
using ecoute::testing::logInStaff;
using ecoute::testing::ServerProcess;
using ecoute::testing::str;
using ecoute::testing::TestClient;

namespace {
QJsonArray servicesOf(const std::optional<Envelope> &answer)
{
    return answer && answer->type == QLatin1String("directory")
        ? answer->body.value(QLatin1String("services")).toArray()
        : QJsonArray();
}

QJsonObject byName(const QJsonArray &services, const QString &name)
{
    for (const QJsonValue &service : services) {
        if (service.toObject().value(QLatin1String("name")).toString() == name)
            return service.toObject();
    }
    return {};
}

QJsonObject newService(const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("helpsWith"), QStringLiteral("Tests")},
            {QStringLiteral("phone"), QStringLiteral("+44 20 7946 0999")},
            {QStringLiteral("web"), QStringLiteral("https://tests.example.org/")},
            {QStringLiteral("hours"), QStringLiteral("Always")},
            {QStringLiteral("languages"), QJsonArray {QStringLiteral("en"), QStringLiteral("lb")}},
            {QStringLiteral("region"), QStringLiteral("Testland")}};
}
} // namespace

class TestIntegrationDirectory : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    int m_examples = 0;

    QJsonArray directory(TestClient &client)
    {
        return servicesOf(client.request(QStringLiteral("directory.get")));
    }

    std::optional<Envelope> save(TestClient &client, const QJsonObject &service)
    {
        return client.request(QStringLiteral("directory.save"), {{QStringLiteral("service"), service}});
    }

    QString cliOut(const QStringList &args, int expectedExit = 0)
    {
        const auto result = m_server.runCli(args);
        if (result.exitCode != expectedExit)
            qWarning() << args << "exited" << result.exitCode << result.err;
        return result.exitCode == expectedExit ? QString::fromUtf8(result.out)
                                               : QStringLiteral("<exit %1>").arg(result.exitCode);
    }

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.tls = true;
        QVERIFY(m_server.start(options));
        QVERIFY(!m_server.tlsFingerprint().isEmpty());
    }

    void aDemoStartsWithTheExampleDirectory()
    {
        QVERIFY(m_server.standardOutput().contains(QLatin1String("demo referral directory loaded")));
        TestClient volunteer;
        QVERIFY(logInStaff(volunteer, m_server, QStringLiteral("volunteer")));
        const QJsonArray services = directory(volunteer);
        QVERIFY(services.size() >= 6 && services.size() <= 8);
        m_examples = int(services.size());
        QStringList names;
        for (const QJsonValue &value : services) {
            const QJsonObject service = value.toObject();
            QVERIFY(service.value(QLatin1String("example")).toBool());
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$"))
                        .match(service.value(QLatin1String("id")).toString())
                        .hasMatch());
            QVERIFY(service.value(QLatin1String("languages")).isArray());
            names << service.value(QLatin1String("name")).toString();
        }
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        QCOMPARE(names, sorted);

        // A restart does not load it again over an admin's directory.
        m_server.stop();
        QVERIFY(m_server.restart());
        QVERIFY(!m_server.standardOutput().contains(QLatin1String("demo referral directory loaded")));
    }

    void adminSavesAndRemoves()
    {
        TestClient admin, volunteer;
        QVERIFY(logInStaff(admin, m_server, QStringLiteral("admin")));
        QVERIFY(logInStaff(volunteer, m_server, QStringLiteral("volunteer")));

        const QJsonArray afterAdd = servicesOf(save(admin, newService(QStringLiteral("Added by the test"))));
        QCOMPARE(afterAdd.size(), m_examples + 1);
        const QJsonObject added = byName(afterAdd, QStringLiteral("Added by the test"));
        const QString id = added.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(!added.value(QLatin1String("example")).toBool());
        QCOMPARE(added.value(QLatin1String("languages")).toArray(),
                 (QJsonArray {QStringLiteral("en"), QStringLiteral("lb")}));
        QCOMPARE(byName(directory(volunteer), QStringLiteral("Added by the test"))
                     .value(QLatin1String("id"))
                     .toString(),
                 id);

        QJsonObject changed = newService(QStringLiteral("Added by the test"));
        changed.insert(QStringLiteral("id"), id);
        changed.insert(QStringLiteral("phone"), QStringLiteral("+44 20 7946 0998"));
        const QJsonArray afterChange = servicesOf(save(admin, changed));
        QCOMPARE(afterChange.size(), m_examples + 1);
        QCOMPARE(
            byName(afterChange, QStringLiteral("Added by the test")).value(QLatin1String("phone")).toString(),
            QStringLiteral("+44 20 7946 0998"));

        changed.insert(QStringLiteral("id"), QStringLiteral("0123456789abcdef"));
        const auto unknown = save(admin, changed);
        QVERIFY(unknown && unknown->type == QLatin1String("error"));
        QCOMPARE(str(unknown, "code"), QStringLiteral("not_found"));

        const auto removed = admin.request(QStringLiteral("directory.remove"), {{QStringLiteral("id"), id}});
        QCOMPARE(servicesOf(removed).size(), m_examples);
        QVERIFY(byName(directory(volunteer), QStringLiteral("Added by the test")).isEmpty());
        const auto again = admin.request(QStringLiteral("directory.remove"), {{QStringLiteral("id"), id}});
        QCOMPARE(str(again, "code"), QStringLiteral("not_found"));

        const QString audit = cliOut({QStringLiteral("audit")});
        QVERIFY(audit.contains(QLatin1String("directory.save")));
        QVERIFY(audit.contains(QLatin1String("directory.remove")));
    }

    void onlyAdminsChangeIt_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("volunteer") << QStringLiteral("volunteer");
        QTest::newRow("supervisor") << QStringLiteral("supervisor");
        QTest::newRow("trainer") << QStringLiteral("trainer");
    }

    void onlyAdminsChangeIt()
    {
        QFETCH(QString, user);
        TestClient client;
        QVERIFY(logInStaff(client, m_server, user));
        const QJsonArray before = directory(client);
        QCOMPARE(before.size(), m_examples);
        const auto saved = save(client, newService(QStringLiteral("Not allowed")));
        QCOMPARE(str(saved, "code"), QStringLiteral("forbidden"));
        const QString someId = before.first().toObject().value(QLatin1String("id")).toString();
        const auto removed =
            client.request(QStringLiteral("directory.remove"), {{QStringLiteral("id"), someId}});
        QCOMPARE(str(removed, "code"), QStringLiteral("forbidden"));
        QCOMPARE(directory(client), before);

        const QStringList audit = cliOut({QStringLiteral("audit")}).split(u'\n');
        const auto refusedBy = [&](const QString &action) {
            return std::any_of(audit.cbegin(), audit.cend(), [&](const QString &line) {
                return line.contains(action) && line.split(u'\t').contains(user);
            });
        };
        QVERIFY(refusedBy(QStringLiteral("directory.save.refused")));
        QVERIFY(refusedBy(QStringLiteral("directory.remove.refused")));
    }

    void badFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("empty name") << QStringLiteral("name") << QJsonValue(QString());
        QTest::newRow("121-char name") << QStringLiteral("name") << QJsonValue(QString(121, u'n'));
        QTest::newRow("javascript: web")
            << QStringLiteral("web") << QJsonValue(QStringLiteral("javascript:alert(1)"));
        QTest::newRow("unknown language")
            << QStringLiteral("languages")
            << QJsonValue(QJsonArray {QStringLiteral("fr"), QStringLiteral("klingon")});
        QTest::newRow("501-char helpsWith") << QStringLiteral("helpsWith") << QJsonValue(QString(501, u'h'));
        QTest::newRow("name not a string") << QStringLiteral("name") << QJsonValue(7);
    }

    void badFieldsAreNamed()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        TestClient admin;
        QVERIFY(logInStaff(admin, m_server, QStringLiteral("admin")));
        QJsonObject service = newService(QStringLiteral("Bad"));
        service.insert(key, value);
        const auto answer = save(admin, service);
        QVERIFY(answer && answer->type == QLatin1String("error"));
        QCOMPARE(str(answer, "code"), QStringLiteral("wrong_type"));
        QCOMPARE(str(answer, "field"), QStringLiteral("body.service.") + key);
        QCOMPARE(directory(admin).size(), m_examples);
    }

    void theConsoleKeepsTheDirectory()
    {
        TestClient volunteer;
        QVERIFY(logInStaff(volunteer, m_server, QStringLiteral("volunteer")));

        QCOMPARE(cliOut({QStringLiteral("directory"), QStringLiteral("list")}).trimmed().split(u'\n').size(),
                 m_examples);
        const QString id =
            cliOut({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("Beratung am Telefon"), QStringLiteral("--helps-with"),
                    QStringLiteral("Alles"), QStringLiteral("--phone"), QStringLiteral("+49 30 23125 000"),
                    QStringLiteral("--web"), QStringLiteral("https://beratung.example.org/"),
                    QStringLiteral("--hours"), QStringLiteral("Mo–Fr"), QStringLiteral("--languages"),
                    QStringLiteral("de,fr"), QStringLiteral("--region"), QStringLiteral("Berlin")})
                .trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(id).hasMatch(), qPrintable(id));
        const QJsonObject added = byName(directory(volunteer), QStringLiteral("Beratung am Telefon"));
        QCOMPARE(added.value(QLatin1String("id")).toString(), id);
        QCOMPARE(added.value(QLatin1String("languages")).toArray(),
                 (QJsonArray {QStringLiteral("de"), QStringLiteral("fr")}));
        QVERIFY(cliOut({QStringLiteral("directory"), QStringLiteral("list")}).contains(id + u'\t'));

        // The same checks as directory.save: nothing is added.
        QCOMPARE(
            m_server
                .runCli({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("x"), QStringLiteral("--web"), QStringLiteral("javascript:alert(1)")})
                .exitCode,
            2);
        QCOMPARE(m_server
                     .runCli({QStringLiteral("directory"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("x"), QStringLiteral("--languages"), QStringLiteral("fr,xx")})
                     .exitCode,
                 2);
        QCOMPARE(directory(volunteer).size(), m_examples + 1);

        QVERIFY(cliOut({QStringLiteral("directory"), QStringLiteral("remove"), id}).contains(id));
        QVERIFY(byName(directory(volunteer), QStringLiteral("Beratung am Telefon")).isEmpty());
        QCOMPARE(m_server.runCli({QStringLiteral("directory"), QStringLiteral("remove"), id}).exitCode, 1);

        // export, then import: the same services, not twice; a bad file changes nothing.
        const QByteArray exported = cliOut({QStringLiteral("directory"), QStringLiteral("export")}).toUtf8();
        const QJsonArray exportedServices =
            QJsonDocument::fromJson(exported).object().value(QLatin1String("services")).toArray();
        QCOMPARE(exportedServices.size(), m_examples);
        QTemporaryDir files;
        QVERIFY(files.isValid());
        QFile roundTrip(files.filePath(QStringLiteral("export.json")));
        QVERIFY(roundTrip.open(QIODevice::WriteOnly));
        roundTrip.write(exported);
        roundTrip.close();
        QVERIFY(cliOut({QStringLiteral("directory"), QStringLiteral("import"), roundTrip.fileName()})
                    .contains(QLatin1String("imported")));
        QCOMPARE(directory(volunteer).size(), m_examples);

        QFile extra(files.filePath(QStringLiteral("extra.json")));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write(QJsonDocument(QJsonArray {newService(QStringLiteral("Imported one")),
                                              newService(QStringLiteral("Imported two"))})
                        .toJson());
        extra.close();
        QVERIFY(cliOut({QStringLiteral("directory"), QStringLiteral("import"), extra.fileName()})
                    .contains(QLatin1String("2")));
        QCOMPARE(directory(volunteer).size(), m_examples + 2);

        QFile bad(files.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        QJsonObject badService = newService(QStringLiteral("Bad one"));
        badService.insert(QStringLiteral("web"), QStringLiteral("file:///etc/passwd"));
        bad.write(QJsonDocument(QJsonArray {newService(QStringLiteral("Fine one")), badService}).toJson());
        bad.close();
        const auto refused =
            m_server.runCli({QStringLiteral("directory"), QStringLiteral("import"), bad.fileName()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("services[1].web"));
        QCOMPARE(directory(volunteer).size(), m_examples + 2);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationDirectory)
#include "tst_integration_directory.moc"
