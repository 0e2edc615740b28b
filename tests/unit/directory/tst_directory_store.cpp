// SPDX-License-Identifier: GPL-3.0-or-later
// The referral directory's store: every field checked as docs/protocol.md says (directory.save),
// ids made by the server, order by name, all-or-nothing import, the shipped example directory.
#include "server/directory/DirectoryStore.h"
#include "server/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using ecoute::server::Database;
using ecoute::server::DirectoryService;
using ecoute::server::DirectoryStore;

namespace {
QJsonObject valid()
{
    return {{QStringLiteral("name"), QStringLiteral("Service d'écoute")},
            {QStringLiteral("helpsWith"), QStringLiteral("Solitude")},
            {QStringLiteral("phone"), QStringLiteral("+33 1 99 00 00 01")},
            {QStringLiteral("web"), QStringLiteral("https://ecoute.example.org/")},
            {QStringLiteral("hours"), QStringLiteral("24/7")},
            {QStringLiteral("languages"), QJsonArray {QStringLiteral("fr"), QStringLiteral("de")}},
            {QStringLiteral("region"), QStringLiteral("Nord")}};
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

/// The field a refusal names, empty when the object is accepted.
QString refusedField(const QJsonObject &object)
{
    const auto parsed = DirectoryStore::parse(object);
    const auto *invalid = std::get_if<DirectoryStore::Invalid>(&parsed);
    return invalid ? invalid->field : QString();
}

DirectoryService service(const QString &name)
{
    DirectoryService s;
    s.name = name;
    return s;
}
} // namespace

class TestDirectoryStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("ecoute.sqlite"))));
    }

    void init()
    {
        QSqlQuery clear(m_db.handle());
        QVERIFY(clear.exec(QStringLiteral("DELETE FROM directory_services")));
    }

    void acceptsAValidService()
    {
        const auto parsed = DirectoryStore::parse(valid());
        QVERIFY(std::holds_alternative<DirectoryService>(parsed));
        const DirectoryService s = std::get<DirectoryService>(parsed);
        QCOMPARE(s.name, QStringLiteral("Service d'écoute"));
        QCOMPARE(s.languages, (QStringList {QStringLiteral("fr"), QStringLiteral("de")}));
        QVERIFY(s.id.isEmpty());
        QVERIFY(!s.example);
        // Only the name is required; text is trimmed.
        const auto minimal = DirectoryStore::parse({{QStringLiteral("name"), QStringLiteral("  Nom  ")}});
        QCOMPARE(std::get<DirectoryService>(minimal).name, QStringLiteral("Nom"));
    }

    void refusesEachBadField_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::addColumn<QString>("field");
        const QJsonObject ok = valid();
        QJsonObject noName = ok;
        noName.remove(QStringLiteral("name"));
        QTest::newRow("no name") << noName << "name";
        QTest::newRow("empty name") << with(ok, QStringLiteral("name"), QStringLiteral("   ")) << "name";
        QTest::newRow("121-char name") << with(ok, QStringLiteral("name"), QString(121, u'n')) << "name";
        QTest::newRow("name not a string") << with(ok, QStringLiteral("name"), 12) << "name";
        QTest::newRow("line break in name")
            << with(ok, QStringLiteral("name"), QStringLiteral("a\nb")) << "name";
        QTest::newRow("501-char helpsWith")
            << with(ok, QStringLiteral("helpsWith"), QString(501, u'h')) << "helpsWith";
        QTest::newRow("41-char phone") << with(ok, QStringLiteral("phone"), QString(41, u'1')) << "phone";
        QTest::newRow("javascript: web")
            << with(ok, QStringLiteral("web"), QStringLiteral("javascript:alert(1)")) << "web";
        QTest::newRow("ftp web") << with(ok, QStringLiteral("web"), QStringLiteral("ftp://example.org/"))
                                 << "web";
        QTest::newRow("web without host")
            << with(ok, QStringLiteral("web"), QStringLiteral("https://")) << "web";
        QTest::newRow("web with space")
            << with(ok, QStringLiteral("web"), QStringLiteral("https://a b.org")) << "web";
        QTest::newRow("201-char web")
            << with(ok, QStringLiteral("web"), QStringLiteral("https://example.org/") + QString(181, u'x'))
            << "web";
        QTest::newRow("201-char hours") << with(ok, QStringLiteral("hours"), QString(201, u'h')) << "hours";
        QTest::newRow("121-char region")
            << with(ok, QStringLiteral("region"), QString(121, u'r')) << "region";
        QTest::newRow("unknown language")
            << with(ok, QStringLiteral("languages"), QJsonArray {QStringLiteral("fr"), QStringLiteral("xx")})
            << "languages";
        QTest::newRow("languages not an array")
            << with(ok, QStringLiteral("languages"), QStringLiteral("fr")) << "languages";
        QTest::newRow("language not a string")
            << with(ok, QStringLiteral("languages"), QJsonArray {1}) << "languages";
        QTest::newRow("example not a bool")
            << with(ok, QStringLiteral("example"), QStringLiteral("yes")) << "example";
        QTest::newRow("bad id") << with(ok, QStringLiteral("id"), QStringLiteral("a/b")) << "id";
        QTest::newRow("bidi override")
            << with(ok, QStringLiteral("region"), QStringLiteral("a\u202Eb")) << "region";
    }

    void refusesEachBadField()
    {
        QFETCH(QJsonObject, object);
        QFETCH(QString, field);
        QCOMPARE(refusedField(object), field);
    }

    void acceptsTheLimits()
    {
        QJsonObject object = valid();
        object.insert(QStringLiteral("name"), QString(120, u'n'));
        object.insert(QStringLiteral("helpsWith"), QString(500, u'h').replace(10, 1, u'\n'));
        object.insert(QStringLiteral("phone"), QString(40, u'1'));
        object.insert(QStringLiteral("web"), QStringLiteral("http://example.org/") + QString(181, u'x'));
        object.insert(QStringLiteral("languages"),
                      QJsonArray {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("en"),
                                  QStringLiteral("lb"), QStringLiteral("pt"), QStringLiteral("fr")});
        QCOMPARE(refusedField(object), QString());
        QCOMPARE(std::get<DirectoryService>(DirectoryStore::parse(object)).languages.size(), 5);
    }

    void savesWithServerIds()
    {
        DirectoryStore store(m_db);
        DirectoryService zeta = service(QStringLiteral("zeta"));
        QCOMPARE(store.save(zeta), DirectoryStore::SaveResult::Added);
        QCOMPARE(zeta.id.size(), 16);
        QVERIFY(QByteArray::fromHex(zeta.id.toLatin1()).size() == 8);
        DirectoryService alpha = service(QStringLiteral("Alpha"));
        alpha.languages = {QStringLiteral("de"), QStringLiteral("en")};
        alpha.example = true;
        QCOMPARE(store.save(alpha), DirectoryStore::SaveResult::Added);
        QVERIFY(alpha.id != zeta.id);
        DirectoryService ecoute = service(QStringLiteral("Écoute"));
        QCOMPARE(store.save(ecoute), DirectoryStore::SaveResult::Added);

        const QList<DirectoryService> all = store.all();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).name, QStringLiteral("Alpha")); // by name, whatever the case or accents
        QCOMPARE(all.at(1).name, QStringLiteral("Écoute"));
        QCOMPARE(all.at(0).languages, alpha.languages);
        QVERIFY(all.at(0).example);
        QCOMPARE(all.at(2).helpsWith, QString()); // absent text stored as ''
        QCOMPARE(store.toJson().at(0).toObject().value(QLatin1String("languages")).toArray().size(), 2);

        zeta.phone = QStringLiteral("123");
        QCOMPARE(store.save(zeta), DirectoryStore::SaveResult::Updated);
        QCOMPARE(store.find(zeta.id)->phone, QStringLiteral("123"));

        DirectoryService ghost = service(QStringLiteral("ghost"));
        ghost.id = QStringLiteral("0000000000000000");
        QCOMPARE(store.save(ghost), DirectoryStore::SaveResult::NotFound);
        QCOMPARE(store.count(), 3);

        QVERIFY(store.remove(zeta.id));
        QVERIFY(!store.remove(zeta.id));
        QCOMPARE(store.count(), 2);
    }

    void importsAllOrNothing()
    {
        DirectoryStore store(m_db);
        const QByteArray bad = R"json([{"name": "ok"}, {"name": "x", "web": "javascript:alert(1)"}])json";
        const auto refused = DirectoryStore::parseList(bad);
        QVERIFY(std::holds_alternative<DirectoryStore::Invalid>(refused));
        QCOMPARE(std::get<DirectoryStore::Invalid>(refused).field, QStringLiteral("services[1].web"));
        QVERIFY(std::holds_alternative<DirectoryStore::Invalid>(DirectoryStore::parseList("not json")));

        const QByteArray good =
            R"({"services": [{"id": "kept-id", "name": "B"}, {"name": "A", "languages": ["pt"]}]})";
        const auto parsed = DirectoryStore::parseList(good);
        QVERIFY(std::holds_alternative<QList<DirectoryService>>(parsed));
        QVERIFY(store.importAll(std::get<QList<DirectoryService>>(parsed)));
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.find(QStringLiteral("kept-id"))->name, QStringLiteral("B"));
        // Importing an export again replaces by id rather than doubling.
        const QByteArray exported =
            QJsonDocument(QJsonObject {{QStringLiteral("services"), store.toJson()}}).toJson();
        QVERIFY(store.importAll(std::get<QList<DirectoryService>>(DirectoryStore::parseList(exported))));
        QCOMPARE(store.count(), 2);
    }

    void staysSmallEnoughForOneFrame()
    {
        DirectoryStore store(m_db);
        const auto big = [](int i) {
            DirectoryService s;
            s.name = QStringLiteral("Service %1").arg(i);
            s.helpsWith = QString(DirectoryStore::kMaxHelpsWith, u'h');
            s.hours = QString(DirectoryStore::kMaxHours, u'o');
            return s;
        };
        int added = 0;
        DirectoryStore::SaveResult result = DirectoryStore::SaveResult::Added;
        while (result == DirectoryStore::SaveResult::Added && added < 1000) {
            DirectoryService s = big(added);
            result = store.save(s);
            if (result == DirectoryStore::SaveResult::Added)
                ++added;
        }
        QCOMPARE(result, DirectoryStore::SaveResult::TooBig);
        QVERIFY(added > 40);
        QCOMPARE(store.count(), added);
        QVERIFY(DirectoryStore::fits(store.all()));
        // An import that would not fit changes nothing.
        QString error;
        QVERIFY(!store.importAll({big(2000), big(2001)}, &error));
        QVERIFY(error.contains(QLatin1String("bytes")));
        QCOMPARE(store.count(), added);
    }

    void shipsAnInventedExampleDirectory()
    {
        const QList<DirectoryService> examples = DirectoryStore::exampleServices();
        QVERIFY(examples.size() >= 6 && examples.size() <= 8);
        QSet<QString> languages;
        for (const DirectoryService &s : examples) {
            QVERIFY2(s.example, qPrintable(s.name));
            QVERIFY2(s.web.contains(QLatin1String(".example.org")), qPrintable(s.web));
            QVERIFY2(s.name.startsWith(QStringLiteral("Exemple — "))
                         || s.name.startsWith(QStringLiteral("Beispiel — "))
                         || s.name.startsWith(QStringLiteral("Example — ")),
                     qPrintable(s.name));
            for (const QString &language : s.languages)
                languages.insert(language);
        }
        QVERIFY(languages.contains(QStringLiteral("fr")) && languages.contains(QStringLiteral("de"))
                && languages.contains(QStringLiteral("en")));

        DirectoryStore store(m_db);
        QCOMPARE(store.loadExampleIfEmpty(), int(examples.size()));
        QCOMPARE(store.loadExampleIfEmpty(), 0); // never over a directory that has services
        QCOMPARE(store.count(), int(examples.size()));
    }
};

QTEST_GUILESS_MAIN(TestDirectoryStore)
#include "tst_directory_store.moc"
