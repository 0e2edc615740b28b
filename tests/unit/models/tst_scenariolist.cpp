// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario library as the workstation lists it (scenarios.snapshot): order,
// lookup, a saved scenario shown at once, filtering by language and text.

#include "models/practice/ScenarioListModel.h"
#include "models/workstation/VocabularyText.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using ecoute::models::ScenarioFilterModel;
using ecoute::models::ScenarioListModel;
using ecoute::protocol::Scenario;

namespace {
QJsonObject entry(const QString &slug, const QString &language, const QString &title,
                  const QString &channel = "chat", const QString &risk = "low")
{
    return {{"slug", slug}, {"language", language}, {"title", title}, {"channel", channel}, {"risk", risk}};
}

QJsonArray snapshot()
{
    return {entry("panic-attack", "fr", "Crise de panique", "chat", "medium"),
            entry("panic-attack", "de", "Panikattacke", "chat", "medium"),
            entry("panic-attack", "en", "Panic attack", "chat", "medium"),
            entry("suicidal-crisis", "fr", "Crise suicidaire aiguë", "chat", "high"),
            entry("loneliness-older-person", "fr", "Solitude d'une personne âgée", "phone"),
            entry("family-conflict", "fr", "Conflit familial avec un adolescent", "email")};
}

QStringList titles(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data().toString());
    return result;
}
} // namespace

class TestScenarioList : public QObject
{
    Q_OBJECT

private slots:
    void snapshotSortedByTitleThenLanguage()
    {
        ScenarioListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &ScenarioListModel::loaded);
        QVERIFY(!model.isLoaded());
        QJsonArray scenarios = snapshot();
        scenarios.append(entry("breakup", "fr", "Crise de panique")); // same title: then language, slug
        scenarios.append(entry("breakup", "de", "Crise de panique"));
        model.reset(scenarios);
        QVERIFY(model.isLoaded());
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(
            titles(model),
            (QStringList {"Conflit familial avec un adolescent (FR)", "Crise de panique (DE)",
                          "Crise de panique (FR)", "Crise de panique (FR)", "Crise suicidaire aiguë (FR)",
                          "Panic attack (EN)", "Panikattacke (DE)", "Solitude d'une personne âgée (FR)"}));
        QCOMPARE(model.summary(2).slug, QString("breakup"));
        QCOMPARE(model.summary(3).slug, QString("panic-attack"));
    }

    void accentsAndCaseDoNotSendATitleToTheEnd()
    {
        ScenarioListModel model;
        model.reset(
            {entry("b", "fr", "zèbre"), entry("a", "fr", "Écoute active"), entry("c", "fr", "Deuil")});
        QCOMPARE(titles(model), (QStringList {"Deuil (FR)", "Écoute active (FR)", "zèbre (FR)"}));
    }

    void summaryRolesAndLookup()
    {
        ScenarioListModel model;
        model.reset(snapshot());
        const int row = model.indexOf("suicidal-crisis", "fr");
        QVERIFY(row >= 0);
        const Scenario s = model.summary(row);
        QCOMPARE(s.slug, QString("suicidal-crisis"));
        QCOMPARE(s.language, QString("fr"));
        QCOMPARE(s.title, QString("Crise suicidaire aiguë"));
        QCOMPARE(s.channel, QString("chat"));
        QCOMPARE(s.risk, QString("high"));
        QVERIFY(s.goals.isEmpty());
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(index.data(ScenarioListModel::SlugRole).toString(), QString("suicidal-crisis"));
        QCOMPARE(index.data(ScenarioListModel::LanguageRole).toString(), QString("fr"));
        QCOMPARE(index.data(ScenarioListModel::TitleRole).toString(), QString("Crise suicidaire aiguë"));
        QCOMPARE(index.data(ScenarioListModel::ChannelRole).toString(), QString("chat"));
        QCOMPARE(index.data(ScenarioListModel::RiskRole).toString(), QString("high"));
        QCOMPARE(index.data(ScenarioListModel::SearchTextRole).toString(),
                 QString("crise suicidaire aigue suicidal-crisis"));
        const QString spoken = index.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains("French") && spoken.contains("chat") && spoken.contains("high"),
                 qPrintable(spoken));
        QCOMPARE(model.indexOf("suicidal-crisis", "de"), -1);
        QCOMPARE(model.indexOf("nothing", "fr"), -1);
        QCOMPARE(model.summary(99).slug, QString());
        QVERIFY(model.roleNames().values().contains("language"));
    }

    void invalidAndDuplicateEntries()
    {
        ScenarioListModel model;
        model.reset({entry("Bad Slug", "fr", "Bad"), entry("ok", "", "No language"), "not an object",
                     entry("ok", "fr", "First"), entry("ok", "fr", "Second")});
        QCOMPARE(titles(model), QStringList {"Second (FR)"});
        model.reset({});
        QVERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 0);
        model.clear();
        QVERIFY(!model.isLoaded());
    }

    void upsertShowsASavedScenarioAtOnce()
    {
        ScenarioListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(snapshot());
        const int before = model.rowCount();

        // A new scenario (the full one, as scenario.save answers): inserted at its place, summary only.
        Scenario fresh;
        fresh.slug = "exam-stress";
        fresh.language = "fr";
        fresh.title = "Angoisse avant un examen";
        fresh.channel = "chat";
        fresh.risk = "low";
        fresh.personaAge = 19;
        fresh.goals = QStringList {"Écouter"};
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.upsert(fresh);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.indexOf("exam-stress", "fr"), 0);
        QCOMPARE(model.summary(0).personaAge, 0);
        QVERIFY(model.summary(0).goals.isEmpty());

        // An edit that keeps its place: data changes, nothing moves.
        Scenario edited = model.summary(model.indexOf("suicidal-crisis", "fr"));
        edited.risk = "medium";
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        const int row = model.indexOf("suicidal-crisis", "fr");
        model.upsert(edited);
        QCOMPARE(model.indexOf("suicidal-crisis", "fr"), row);
        QCOMPARE(model.summary(row).risk, QString("medium"));
        QCOMPARE(moved.count(), 0);
        QCOMPARE(changed.count(), 1);

        // A new title moves the row, keeping persistent indexes on it.
        const QPersistentModelIndex persistent = model.index(model.indexOf("panic-attack", "en"), 0);
        Scenario renamed = model.summary(persistent.row());
        renamed.title = "Acute panic";
        model.upsert(renamed);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(model.indexOf("panic-attack", "en"), 0);
        QCOMPARE(persistent.row(), 0);
        QCOMPARE(persistent.data().toString(), QString("Acute panic (EN)"));
        QCOMPARE(model.rowCount(), before + 1);

        // ... and to the end.
        renamed.title = "Zz last";
        model.upsert(renamed);
        QCOMPARE(model.indexOf("panic-attack", "en"), model.rowCount() - 1);
        QCOMPARE(persistent.row(), model.rowCount() - 1);

        // Something that cannot be listed is ignored.
        Scenario invalid;
        invalid.slug = "No Good";
        invalid.language = "fr";
        model.upsert(invalid);
        QCOMPARE(model.rowCount(), before + 1);
    }

    void vocabularyNames()
    {
        QCOMPARE(ecoute::models::VocabularyText::language("fr"), QString("French"));
        QCOMPARE(ecoute::models::VocabularyText::language("lb"), QString("Luxembourgish"));
        QCOMPARE(ecoute::models::VocabularyText::language("xx"), QString("xx"));
        QCOMPARE(ecoute::models::VocabularyText::channel("phone"), QString("phone"));
        QCOMPARE(ecoute::models::VocabularyText::risk("high"), QString("high"));
        QCOMPARE(ScenarioListModel::folded("Âgée ÉCOUTE"), QString("agee ecoute"));
    }

    void filterByLanguageAndText()
    {
        ScenarioListModel model;
        model.reset(snapshot());
        ScenarioFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), model.rowCount());

        filter.setLanguage("fr");
        QCOMPARE(filter.rowCount(), 4);
        filter.setText("crise");
        QCOMPARE(titles(filter), (QStringList {"Crise de panique (FR)", "Crise suicidaire aiguë (FR)"}));
        filter.setText("AIGUE");
        QCOMPARE(titles(filter), QStringList {"Crise suicidaire aiguë (FR)"});
        filter.setText("  panic  crise "); // every word, in title or slug
        QCOMPARE(titles(filter), QStringList {"Crise de panique (FR)"});
        filter.setLanguage({});
        QCOMPARE(titles(filter), QStringList {"Crise de panique (FR)"});
        filter.setText("panic");
        QCOMPARE(filter.rowCount(), 3);
        filter.setLanguage("de");
        QCOMPARE(titles(filter), QStringList {"Panikattacke (DE)"});
        filter.setLanguage("pt");
        QCOMPARE(filter.rowCount(), 0);
        filter.setLanguage({});
        filter.setText({});
        QCOMPARE(filter.rowCount(), model.rowCount());

        // Rows added later are filtered too.
        filter.setLanguage("de");
        Scenario s;
        s.slug = "breakup";
        s.language = "de";
        s.title = "Trennung";
        model.upsert(s);
        QCOMPARE(titles(filter), (QStringList {"Panikattacke (DE)", "Trennung (DE)"}));
    }
};

QTEST_GUILESS_MAIN(TestScenarioList)
#include "tst_scenariolist.moc"
