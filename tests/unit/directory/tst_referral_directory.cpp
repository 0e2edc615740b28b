// SPDX-License-Identifier: GPL-3.0-or-later
// The workstation's referral directory: the model fed with the server's frames, what it sends,
// its errors, the accent-blind search and the sentence a volunteer inserts in a reply.
#include "models/directory/DirectoryFilter.h"
#include "models/directory/ReferralDirectory.h"
#include "models/directory/ReferralText.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using ecoute::models::DirectoryFilter;
using ecoute::models::ReferralDirectory;
using ecoute::models::ReferralService;
using ecoute::models::ReferralText;
using ecoute::protocol::Envelope;
using ecoute::protocol::MessageType;

namespace {
QJsonObject serviceJson(const QString &id, const QString &name, const QString &helpsWith,
                        const QStringList &languages, const QString &region)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("helpsWith"), helpsWith},
            {QStringLiteral("phone"), QStringLiteral("+33 1 99 00 12 34")},
            {QStringLiteral("web"), QStringLiteral("https://jeunes.example.org/")},
            {QStringLiteral("hours"), QStringLiteral("14 h – 22 h")},
            {QStringLiteral("languages"), QJsonArray::fromStringList(languages)},
            {QStringLiteral("region"), region},
            {QStringLiteral("example"), true}};
}

Envelope directoryFrame(const QString &re = {})
{
    const QJsonArray services {
        serviceJson(QStringLiteral("a1"), QStringLiteral("Beispiel — Schuldnerberatung"),
                    QStringLiteral("Schulden"), {QStringLiteral("de")}, QStringLiteral("Beispielstadt")),
        serviceJson(QStringLiteral("b2"), QStringLiteral("Exemple — Service d'écoute jeunes"),
                    QStringLiteral("Solitude, école"), {QStringLiteral("fr"), QStringLiteral("en")},
                    QStringLiteral("Région Nord")),
        QJsonObject {{QStringLiteral("name"), QStringLiteral("no id: left out")}}};
    return Envelope::make(MessageType::Directory, {{QStringLiteral("services"), services}}, re);
}

Envelope errorFrame(const QString &re, const QString &code, const QString &field = {})
{
    QJsonObject body {{QStringLiteral("code"), code}, {QStringLiteral("message"), QStringLiteral("no")}};
    if (!field.isEmpty())
        body.insert(QStringLiteral("field"), field);
    return Envelope::make(MessageType::Error, body, re);
}
} // namespace

class TestReferralDirectory : public QObject
{
    Q_OBJECT

private:
    QList<Envelope> m_sent;
    int m_next = 0;
    bool m_connected = true;

    ReferralDirectory::Sender sender()
    {
        return [this](const Envelope &e) -> QString {
            if (!m_connected)
                return {};
            m_sent.append(e);
            return QStringLiteral("c-%1").arg(++m_next);
        };
    }

private slots:
    void init()
    {
        m_sent.clear();
        m_next = 0;
        m_connected = true;
    }

    void loadsTheDirectory()
    {
        ReferralDirectory directory(sender());
        QSignalSpy changed(&directory, &ReferralDirectory::changed);
        QVERIFY(!directory.isLoaded());
        QVERIFY(directory.request());
        QCOMPARE(m_sent.last().messageType, MessageType::DirectoryGet);
        QVERIFY(directory.isLoading());
        QVERIFY(!directory.handle(Envelope::make(MessageType::Pong)));
        QVERIFY(directory.handle(directoryFrame(QStringLiteral("c-1"))));
        QVERIFY(directory.isLoaded());
        QVERIFY(!directory.isLoading());
        QCOMPARE(directory.rowCount(), 2);
        QCOMPARE(directory.services().at(1).languages,
                 (QStringList {QStringLiteral("fr"), QStringLiteral("en")}));
        QVERIFY(directory.services().at(0).example);
        QCOMPARE(directory.find(QStringLiteral("b2"))->region, QStringLiteral("Région Nord"));
        QVERIFY(!directory.find(QStringLiteral("zz")));
        QCOMPARE(directory.index(0, 0).data().toString(), QStringLiteral("Beispiel — Schuldnerberatung"));
        QCOMPARE(directory.index(1, 0).data(ReferralDirectory::IdRole).toString(), QStringLiteral("b2"));
        QVERIFY(directory.index(1, 0)
                    .data(Qt::AccessibleDescriptionRole)
                    .toString()
                    .contains(QLatin1String("Solitude")));
        QVERIFY(changed.count() >= 2);
    }

    void sendsChanges()
    {
        ReferralDirectory directory(sender());
        ReferralService fresh;
        fresh.name = QStringLiteral("Nouveau");
        fresh.languages = {QStringLiteral("fr")};
        QVERIFY(directory.save(fresh));
        const Envelope save = m_sent.last();
        QCOMPARE(save.messageType, MessageType::DirectorySave);
        const QJsonObject service = save.body.value(QLatin1String("service")).toObject();
        QVERIFY(!service.contains(QLatin1String("id"))); // a new one
        QCOMPARE(service.value(QLatin1String("name")).toString(), QStringLiteral("Nouveau"));
        QCOMPARE(service.value(QLatin1String("languages")).toArray().size(), 1);
        ReferralService unnamed;
        QVERIFY(!directory.save(unnamed));

        QSignalSpy accepted(&directory, &ReferralDirectory::changeAccepted);
        QVERIFY(directory.isChanging());
        QVERIFY(directory.handle(directoryFrame(QStringLiteral("c-1"))));
        QCOMPARE(accepted.count(), 1);
        QVERIFY(!directory.isChanging());

        QVERIFY(directory.remove(QStringLiteral("a1")));
        QCOMPARE(m_sent.last().messageType, MessageType::DirectoryRemove);
        QCOMPARE(m_sent.last().text("id"), QStringLiteral("a1"));
        QVERIFY(!directory.remove(QString()));

        // Round trip of a service as the server sends it.
        const auto parsed = ReferralService::fromJson(directory.services().at(1).toJson());
        QVERIFY(parsed);
        QCOMPARE(parsed->id, QStringLiteral("b2"));
        QCOMPARE(parsed->hours, QStringLiteral("14 h – 22 h"));
    }

    void saysWhatWentWrong()
    {
        ReferralDirectory directory(sender());
        QSignalSpy errors(&directory, &ReferralDirectory::errorMessage);
        QSignalSpy fields(&directory, &ReferralDirectory::invalidField);
        ReferralService s;
        s.name = QStringLiteral("x");
        QVERIFY(directory.save(s));
        QVERIFY(directory.handleError(errorFrame(QStringLiteral("c-1"), QStringLiteral("wrong_type"),
                                                 QStringLiteral("body.service.web"))));
        QCOMPARE(fields.count(), 1);
        QCOMPARE(fields.at(0).at(0).toString(), QStringLiteral("web"));
        QCOMPARE(errors.at(0).at(0).toString(), ReferralText::invalidField(QStringLiteral("web")));
        QVERIFY(!directory.handleError(errorFrame(QStringLiteral("c-1"), QStringLiteral("forbidden"))));
        QVERIFY(directory.remove(QStringLiteral("a1")));
        QVERIFY(directory.handleError(errorFrame(QStringLiteral("c-2"), QStringLiteral("forbidden"))));
        QCOMPARE(errors.count(), 2);
        QVERIFY(!errors.at(1).at(0).toString().isEmpty());

        m_connected = false;
        QVERIFY(!directory.request());
        QCOMPARE(errors.count(), 3);
        QVERIFY(!directory.isLoading());
    }

    void searchesWithoutCaseOrAccents_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("nothing") << QString() << QStringList {"a1", "b2"};
        QTest::newRow("accents") << "ECOUTE" << QStringList {"b2"};
        QTest::newRow("helps with") << "ecole" << QStringList {"b2"};
        QTest::newRow("region") << "region nord" << QStringList {"b2"};
        QTest::newRow("language code") << "de" << QStringList {"a1"}; // not "solitude": words start with it
        QTest::newRow("start of a word") << "schul" << QStringList {"a1"};
        QTest::newRow("language name") << "german" << QStringList {"a1"};
        QTest::newRow("every word") << "schulden french" << QStringList {};
        QTest::newRow("no match") << "zzz" << QStringList {};
    }

    void searchesWithoutCaseOrAccents()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, ids);
        ReferralDirectory directory(sender());
        directory.handle(directoryFrame());
        DirectoryFilter filter;
        filter.setSourceModel(&directory);
        filter.setSearch(search);
        QStringList found;
        for (int row = 0; row < filter.rowCount(); ++row)
            found << filter.index(row, 0).data(ReferralDirectory::IdRole).toString();
        QCOMPARE(found, ids);
    }

    void writesTheReplySentence()
    {
        ReferralService s;
        s.id = QStringLiteral("b2");
        s.name = QStringLiteral("Exemple — Service d'écoute jeunes");
        s.helpsWith = QStringLiteral("Solitude,\nécole.");
        s.phone = QStringLiteral("+33 1 99 00 12 34");
        s.web = QStringLiteral("https://jeunes.example.org/");
        s.hours = QStringLiteral("14 h – 22 h");
        const QString text = ReferralText::forReply(s);
        QCOMPARE(
            text,
            QStringLiteral("You could contact Exemple — Service d'écoute jeunes. They help with: Solitude, "
                           "école. Phone: +33 1 99 00 12 34. Website: https://jeunes.example.org/ "
                           "Hours: 14 h – 22 h."));
        ReferralService bare;
        bare.name = QStringLiteral("Nom");
        QCOMPARE(ReferralText::forReply(bare), QStringLiteral("You could contact Nom."));
        s.languages = {QStringLiteral("fr"), QStringLiteral("de")};
        s.example = true;
        const QString spoken = ReferralText::accessibleDescription(s);
        QVERIFY(spoken.contains(QLatin1String("French, German")));
        QVERIFY(spoken.contains(QLatin1String("example")));
    }
};

QTEST_GUILESS_MAIN(TestReferralDirectory)
#include "tst_referral_directory.moc"
