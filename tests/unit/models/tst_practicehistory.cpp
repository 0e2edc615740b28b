// SPDX-License-Identifier: GPL-3.0-or-later
// A trainee's practice history on the workstation (practice.history.result),
// fed with synthetic bodies: parsing, the server's order kept (newest first),
// feedback that arrives later attached to its entry, and what each column shows.

#include "models/practice/PracticeHistoryModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QtTest>

using ecoute::models::GoalAssessment;
using ecoute::models::PracticeFeedback;
using ecoute::models::PracticeHistoryEntry;
using ecoute::models::PracticeHistoryModel;

namespace {
const QDateTime kNewest = QDateTime(QDate(2026, 3, 2), QTime(14, 30), Qt::UTC);
const QDateTime kOlder = QDateTime(QDate(2026, 2, 20), QTime(9, 5), Qt::UTC);
const QDateTime kOldest = QDateTime(QDate(2026, 1, 15), QTime(18, 0), Qt::UTC);

QJsonObject feedbackJson(const QString &contactId, const QList<int> &ratings, const QString &text = {})
{
    QJsonArray goals;
    int n = 0;
    for (int rating : ratings)
        goals.append(QJsonObject {
            {"goal", QStringLiteral("Goal %1").arg(++n)}, {"rating", rating}, {"comment", "ok"}});
    return {{"contactId", contactId}, {"slug", "panic-attack"},
            {"language", "fr"},       {"title", "Crise de panique"},
            {"trainer", "trainer"},   {"goals", goals},
            {"text", text},           {"at", kNewest.addSecs(600).toString(Qt::ISODateWithMs)}};
}

QJsonObject entryJson(const QString &contactId, const QDateTime &at, const QString &title,
                      const QString &language, const QJsonObject &feedback = {})
{
    QJsonObject e {{"contactId", contactId},
                   {"at", at.toString(Qt::ISODateWithMs)},
                   {"slug", "slug-" + contactId},
                   {"language", language},
                   {"title", title},
                   {"trainer", "trainer"}};
    if (!feedback.isEmpty())
        e.insert("feedback", feedback);
    return e;
}

/// The body of practice.history.result, newest first as the server sends it.
QJsonObject resultBody()
{
    return {{"user", "trainee"},
            {"entries",
             QJsonArray {entryJson("p3", kNewest, "Crise de panique", "fr"),
                         entryJson("p2", kOlder, "Einsamkeit", "de", feedbackJson("p2", {3, 4}, "Gut")),
                         entryJson("p1", kOldest, "Isolement", "fr",
                                   feedbackJson("p1", {}, "Merci pour l'écoute"))}}};
}
} // namespace

class TestPracticeHistory : public QObject
{
    Q_OBJECT

private slots:
    void parsesAResultBody()
    {
        const QList<PracticeHistoryEntry> entries =
            PracticeHistoryModel::fromJson(resultBody().value("entries").toArray());
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).contactId, QStringLiteral("p3"));
        QCOMPARE(entries.at(0).at, kNewest);
        QCOMPARE(entries.at(0).slug, QStringLiteral("slug-p3"));
        QCOMPARE(entries.at(0).language, QStringLiteral("fr"));
        QCOMPARE(entries.at(0).title, QStringLiteral("Crise de panique"));
        QCOMPARE(entries.at(0).trainer, QStringLiteral("trainer"));
        QVERIFY(!entries.at(0).feedback.has_value());
        QVERIFY(entries.at(1).feedback.has_value());
        QCOMPARE(entries.at(1).feedback->goals.size(), 2);
        QCOMPARE(entries.at(1).feedback->goals.at(1).rating, 4);
        QCOMPARE(entries.at(1).feedback->text, QStringLiteral("Gut"));
        QCOMPARE(entries.at(2).feedback->text, QStringLiteral("Merci pour l'écoute"));

        // Entries without a contact are not entries.
        QJsonArray broken {QJsonObject {{"title", "nothing"}}, QJsonValue("text"),
                           entryJson("p9", kOlder, "Ok", "pt")};
        const auto kept = PracticeHistoryModel::fromJson(broken);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().contactId, QStringLiteral("p9"));
    }

    void keepsTheServersOrder()
    {
        PracticeHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.isLoaded());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFromResult(resultBody());
        QCOMPARE(reset.size(), 1);
        QVERIFY(model.isLoaded());
        QCOMPARE(model.user(), QStringLiteral("trainee"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(PracticeHistoryModel::ColumnCount));
        QCOMPARE(model.entry(0).contactId, QStringLiteral("p3"));
        QCOMPARE(model.entry(1).contactId, QStringLiteral("p2"));
        QCOMPARE(model.entry(2).contactId, QStringLiteral("p1"));
        QCOMPARE(model.rowOf("p1"), 2);
        QCOMPARE(model.rowOf("nope"), -1);
        QVERIFY(model.entry(7).contactId.isEmpty());

        // The order given is kept, even when it is not by date.
        auto entries = model.entries();
        std::swap(entries[0], entries[2]);
        model.setEntries("other", entries);
        QCOMPARE(model.user(), QStringLiteral("other"));
        QCOMPARE(model.entry(0).contactId, QStringLiteral("p1"));

        // An empty history is loaded, and empty.
        model.setEntries("newcomer", {});
        QVERIFY(model.isLoaded());
        QVERIFY(model.isEmpty());
        model.clear();
        QVERIFY(!model.isLoaded());
        QVERIFY(model.user().isEmpty());
    }

    void attachesFeedbackArrivingLater()
    {
        PracticeHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFromResult(resultBody());
        QVERIFY(!model.index(0, 0).data(PracticeHistoryModel::HasFeedbackRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const PracticeFeedback late = PracticeFeedback::fromJson(feedbackJson("p3", {1, 2, 2}, "Continue"));
        QVERIFY(model.updateFeedback(late));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().column(), PracticeHistoryModel::ColumnCount - 1);
        QVERIFY(model.entry(0).feedback.has_value());
        QCOMPARE(model.entry(0).feedback->text, QStringLiteral("Continue"));
        QCOMPARE(model.entry(0).feedback->goals.size(), 3);
        QVERIFY(model.index(0, 0).data(PracticeHistoryModel::HasFeedbackRole).toBool());
        QCOMPARE(model.index(0, 0).data(PracticeHistoryModel::AverageRatingRole).toDouble(), 5.0 / 3);

        // Corrected feedback replaces the older one; the other rows do not move.
        QVERIFY(model.updateFeedback(PracticeFeedback::fromJson(feedbackJson("p3", {4}, "Bravo"))));
        QCOMPARE(model.entry(0).feedback->text, QStringLiteral("Bravo"));
        QCOMPARE(model.entry(1).contactId, QStringLiteral("p2"));

        // Feedback on a contact that is not in this history changes nothing.
        QVERIFY(!model.updateFeedback(PracticeFeedback::fromJson(feedbackJson("elsewhere", {2}))));
        QVERIFY(!model.updateFeedback(PracticeFeedback {}));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.rowCount(), 3);
    }

    void showsEachColumn()
    {
        PracticeHistoryModel model;
        model.setFromResult(resultBody());
        auto text = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };

        QCOMPARE(text(0, PracticeHistoryModel::DateColumn),
                 QLocale().toString(kNewest.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.index(0, 0).data(PracticeHistoryModel::AtRole).toDateTime(), kNewest);
        QCOMPARE(text(0, PracticeHistoryModel::TitleColumn), QStringLiteral("Crise de panique"));
        QCOMPARE(text(0, PracticeHistoryModel::LanguageColumn), QStringLiteral("French"));
        QCOMPARE(text(1, PracticeHistoryModel::LanguageColumn), QStringLiteral("German"));
        QCOMPARE(model.index(1, PracticeHistoryModel::LanguageColumn)
                     .data(PracticeHistoryModel::LanguageCodeRole)
                     .toString(),
                 QStringLiteral("de"));
        QCOMPARE(text(0, PracticeHistoryModel::TrainerColumn), QStringLiteral("trainer"));
        QCOMPARE(text(0, PracticeHistoryModel::FeedbackColumn), QStringLiteral("No feedback yet"));
        QCOMPARE(text(1, PracticeHistoryModel::FeedbackColumn),
                 QStringLiteral("Feedback given, average %1 / 4").arg(QLocale().toString(3.5, 'f', 1)));
        // Feedback with text only has no average.
        QCOMPARE(text(2, PracticeHistoryModel::FeedbackColumn), QStringLiteral("Feedback given"));
        QVERIFY(!model.index(2, 0).data(PracticeHistoryModel::AverageRatingRole).isValid());
        QCOMPARE(model.index(2, 3).data(PracticeHistoryModel::ContactIdRole).toString(),
                 QStringLiteral("p1"));
        QCOMPARE(model.index(2, 3).data(PracticeHistoryModel::SlugRole).toString(),
                 QStringLiteral("slug-p1"));
        // Screen readers read the same as the screen shows.
        QCOMPARE(model.index(1, PracticeHistoryModel::FeedbackColumn).data(Qt::AccessibleTextRole),
                 model.index(1, PracticeHistoryModel::FeedbackColumn).data());

        for (int column = 0; column < PracticeHistoryModel::ColumnCount; ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(model.headerData(PracticeHistoryModel::TitleColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Scenario"));

        // An unknown language shows its code; an entry without a title its slug; no date, no text.
        model.setEntries("trainee",
                         {PracticeHistoryEntry {"x1", {}, "my-slug", "xx", {}, "t", std::nullopt}});
        QCOMPARE(text(0, PracticeHistoryModel::LanguageColumn), QStringLiteral("xx"));
        QCOMPARE(text(0, PracticeHistoryModel::TitleColumn), QStringLiteral("my-slug"));
        QVERIFY(text(0, PracticeHistoryModel::DateColumn).isEmpty());
    }

    void averagesRatedGoalsOnly()
    {
        PracticeFeedback f;
        QCOMPARE(PracticeHistoryModel::averageRating(f), -1.0);
        f.goals = {GoalAssessment {"a", 2, {}}, GoalAssessment {"b", 0, {}}, GoalAssessment {"c", 4, {}}};
        QCOMPARE(PracticeHistoryModel::averageRating(f), 3.0);
        QCOMPARE(PracticeHistoryModel::feedbackSummary(std::nullopt), QStringLiteral("No feedback yet"));
    }
};

QTEST_GUILESS_MAIN(TestPracticeHistory)
#include "tst_practicehistory.moc"
