// SPDX-License-Identifier: GPL-3.0-or-later
// The end-of-contact report at the workstation, headless: the draft's JSON and report.submit body,
// the contacts left to report (report.pending, report.saved, errors), the imminent-risk cases (open
// first, steps sent), the report form's labels, the shift summary, and drafts that survive a
// restart in the encrypted notes vault (notes::DraftStore).
#include "models/inbox/TeamBoardModel.h"
#include "models/notes/NotesWorkspace.h"
#include "models/report/PendingReports.h"
#include "models/report/ReportForm.h"
#include "models/report/RiskCaseList.h"
#include "models/report/Wellbeing.h"
#include "models/vault/DraftStore.h"
#include "protocol/Codec.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using ecoute::models::NotesWorkspace;
using ecoute::models::PendingReports;
using ecoute::models::ReportDraft;
using ecoute::models::ReportForm;
using ecoute::models::RiskCaseList;
using ecoute::models::Wellbeing;
using ecoute::protocol::Envelope;
using ecoute::protocol::MessageType;
namespace protocol = ecoute::protocol;

namespace {

/// Records what a model sends, as the connection would (a fresh id each time).
struct Recorder
{
    QList<Envelope> sent;
    bool online = true;
    std::function<QString(const Envelope &)> sender()
    {
        return [this](const Envelope &envelope) {
            if (!online)
                return QString();
            Envelope copy = envelope;
            copy.id = QStringLiteral("c%1").arg(sent.size() + 1);
            sent << copy;
            return copy.id;
        };
    }
};

QJsonObject pendingJson(const QString &id, const QString &history = "unknown", int seconds = 300)
{
    return {{"contactId", id},
            {"channel", "chat"},
            {"pseudonym", "Colibri " + id},
            {"endedAt", "2026-01-05T09:00:00Z"},
            {"durationSeconds", seconds},
            {"history", history},
            {"practice", false},
            {"urgent", false}};
}

Envelope pending(const QJsonArray &contacts)
{
    return Envelope::make(MessageType::ReportPending, {{"contacts", contacts}});
}

QJsonObject caseJson(const QString &id, bool open, const QString &openedAt, const QJsonArray &steps = {})
{
    return {{"contactId", id},         {"pseudonym", "P " + id}, {"channel", "chat"}, {"volunteer", "claire"},
            {"displayName", "Claire"}, {"openedAt", openedAt},   {"open", open},      {"steps", steps}};
}

NotesWorkspace::Options cheapOptions(const QString &directory)
{
    NotesWorkspace::Options options;
    options.directory = directory;
    options.vault.kdf = ecoute::notes::KdfParameters::floor();
    return options;
}

const QString passphrase = QStringLiteral("correct horse battery");

} // namespace

class TestWorkstationReports : public QObject
{
    Q_OBJECT

private slots:
    void draftDefaultsAndSubmitBody()
    {
        const ReportDraft draft;
        QCOMPARE(draft.risk, protocol::RiskLevel::None);
        QCOMPARE(draft.age, protocol::AgeBracket::Unsaid);
        QCOMPARE(draft.gender, protocol::Gender::Unsaid);
        QCOMPARE(draft.outcomes, QList {protocol::ReportOutcome::Listened});
        const QJsonObject body = draft.toSubmit("k1");
        QCOMPARE(body.value("contactId").toString(), QString("k1"));
        QCOMPARE(body.value("risk").toString(), QString("none"));
        QCOMPARE(body.value("age").toString(), QString("unsaid"));
        QCOMPARE(body.value("gender").toString(), QString("unsaid"));
        QCOMPARE(body.value("history").toString(), QString("unknown"));
        QCOMPARE(body.value("outcomes").toArray(), QJsonArray {"listened"});
        QVERIFY(!body.contains("asked")); // optional fields left out when empty
        QVERIFY(!body.contains("referrals"));
        // The body passes the catalog's checks for report.submit.
        const Envelope envelope = Envelope::make(MessageType::ReportSubmit, body, {});
        Envelope withId = envelope;
        withId.id = "c1";
        const auto decoded =
            protocol::Codec::decode(protocol::Codec::encode(withId), protocol::Route::StaffToServer);
        QVERIFY(!protocol::Codec::isError(decoded));
    }

    void draftJsonRoundTrip()
    {
        ReportDraft draft;
        QVERIFY(draft.setTopic("loneliness", true));
        QVERIFY(draft.setTopic("mental_health", true));
        draft.risk = protocol::RiskLevel::High;
        draft.setAsked(protocol::RiskQuestion::Plan, true);
        draft.setAsked(protocol::RiskQuestion::Thoughts, true);
        draft.age = protocol::AgeBracket::From18To24;
        draft.gender = protocol::Gender::Woman;
        draft.history = protocol::ContactHistory::Repeat;
        draft.addReferral("svc-1");
        QVERIFY(draft.hasOutcome(protocol::ReportOutcome::Referred));
        QVERIFY(draft.isComplete());
        QCOMPARE(ReportDraft::fromJson(draft.toJson()), draft);
        const QJsonObject body = draft.toSubmit("k2");
        QCOMPARE(body.value("asked").toArray(), (QJsonArray {"thoughts", "plan"})); // vocabulary order
        QCOMPARE(body.value("outcomes").toArray(), (QJsonArray {"listened", "referred"}));
        QCOMPARE(body.value("referrals").toArray(), QJsonArray {"svc-1"});

        // Unknown names from another version fall back to the defaults.
        const ReportDraft odd =
            ReportDraft::fromJson({{"risk", "extreme"}, {"age", "old"}, {"topics", QJsonArray {"a"}}});
        QCOMPARE(odd.risk, protocol::RiskLevel::None);
        QCOMPARE(odd.age, protocol::AgeBracket::Unsaid);
        QCOMPARE(odd.topics, QStringList {"a"});

        ReportDraft full;
        for (int i = 0; i < ReportDraft::maxTopics; ++i)
            QVERIFY(full.setTopic(QString::number(i), true));
        QVERIFY(!full.setTopic("one more", true));
        ReportDraft referred;
        referred.setOutcome(protocol::ReportOutcome::Referred, true);
        QVERIFY(!referred.isComplete()); // referred needs a service
    }

    void pendingListSubmitAndSaved()
    {
        Recorder recorder;
        PendingReports reports(recorder.sender());
        QVERIFY(reports.request());
        QCOMPARE(recorder.sent.last().messageType, MessageType::ReportPendingGet);
        reports.handle(pending({pendingJson("k1", "repeat", 125), pendingJson("k2")}));
        QCOMPARE(reports.count(), 2);
        QCOMPARE(reports.rowCount(), 2);
        QVERIFY(reports.index(0).data().toString().contains("Colibri k1"));
        QCOMPARE(reports.index(1).data(PendingReports::ContactIdRole).toString(), QString("k2"));
        // The draft starts from what the server knows of the person.
        QCOMPARE(reports.draft("k1").history, protocol::ContactHistory::Repeat);

        ReportDraft draft = reports.draft("k1");
        draft.setTopic("loneliness", true);
        QVERIFY(reports.submit("k1", draft));
        QVERIFY(reports.isSubmitting("k1"));
        QCOMPARE(recorder.sent.last().messageType, MessageType::ReportSubmit);
        QCOMPARE(recorder.sent.last().body.value("topics").toArray(), QJsonArray {"loneliness"});
        QCOMPARE(recorder.sent.last().body.value("history").toString(), QString("repeat"));
        QVERIFY(reports.hasDraft("k1")); // kept until the server has it

        QSignalSpy saved(&reports, &PendingReports::saved);
        reports.handle(
            Envelope::make(MessageType::ReportSaved, {{"contactId", "k1"}}, recorder.sent.last().id));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(reports.count(), 1);
        QVERIFY(!reports.hasDraft("k1"));
        QVERIFY(!reports.isSubmitting("k1"));

        QSignalSpy left(&reports, &PendingReports::unreportedLeft);
        QCOMPARE(reports.remind(), 1);
        QCOMPARE(left.count(), 1);
        QCOMPARE(left.first().first().toInt(), 1);
    }

    void submitErrorsAreTranslated()
    {
        Recorder recorder;
        PendingReports reports(recorder.sender());
        reports.handle(pending({pendingJson("k1")}));
        QVERIFY(reports.submit("k1", ReportDraft {}));
        QSignalSpy failed(&reports, &PendingReports::submitFailed);
        const QString id = recorder.sent.last().id;
        QVERIFY(reports.handleError(Envelope::make(
            MessageType::Error, {{"code", "wrong_type"}, {"field", "body.topics"}, {"message", "x"}}, id)));
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().at(1).toString().contains("topic"));
        QVERIFY(!reports.handleError(Envelope::make(MessageType::Error, {{"code", "internal"}}, "other")));

        // A second report: the first stands, the draft goes and the list is asked again.
        QVERIFY(reports.submit("k1", ReportDraft {}));
        QVERIFY(reports.handleError(
            Envelope::make(MessageType::Error, {{"code", "invalid_state"}}, recorder.sent.last().id)));
        QVERIFY(!reports.hasDraft("k1"));
        QCOMPARE(recorder.sent.last().messageType, MessageType::ReportPendingGet);

        recorder.online = false;
        QVERIFY(!reports.submit("k1", ReportDraft {}));
        QVERIFY(reports.hasDraft("k1")); // kept for when the connection is back
    }

    void riskCasesOpenFirstAndSteps()
    {
        Recorder recorder;
        RiskCaseList cases(recorder.sender());
        cases.handle(Envelope::make(MessageType::RiskCases,
                                    {{"cases",
                                      QJsonArray {caseJson("a", false, "2026-01-05T10:00:00Z"),
                                                  caseJson("b", true, "2026-01-05T08:00:00Z"),
                                                  caseJson("c", true, "2026-01-05T09:00:00Z")}}}));
        QCOMPARE(cases.rowCount(), 3);
        QCOMPARE(cases.index(0).data(RiskCaseList::ContactIdRole).toString(), QString("c")); // open, newest
        QCOMPARE(cases.index(1).data(RiskCaseList::ContactIdRole).toString(), QString("b"));
        QCOMPARE(cases.index(2).data(RiskCaseList::ContactIdRole).toString(), QString("a")); // closed last
        QCOMPARE(cases.openCount(), 2);

        QVERIFY(cases.step("a", protocol::RiskStep::Opened));
        QCOMPARE(recorder.sent.last().messageType, MessageType::RiskStep);
        QCOMPARE(recorder.sent.last().body.value("step").toString(), QString("opened"));
        // The answer: "a" opened again comes first, with its steps and (for supervisors) the location.
        QJsonObject reopened =
            caseJson("a", true, "2026-01-05T11:00:00Z",
                     {QJsonObject {{"step", "opened"}, {"at", "2026-01-05T11:00:00Z"}, {"by", "claire"}},
                      QJsonObject {{"step", "engage"}, {"at", "2026-01-05T11:01:00Z"}, {"by", "claire"}}});
        reopened.insert("location", "Gare de Lausanne");
        QSignalSpy changed(&cases, &RiskCaseList::caseChanged);
        cases.handle(Envelope::make(MessageType::RiskUpdate, {{"case", reopened}}, recorder.sent.last().id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cases.rowCount(), 3);
        QCOMPARE(cases.index(0).data(RiskCaseList::ContactIdRole).toString(), QString("a"));
        const auto a = cases.find("a");
        QVERIFY(a && a->open);
        QVERIFY(a->hasStep(protocol::RiskStep::Engage));
        QVERIFY(!a->hasStep(protocol::RiskStep::Assess));
        QCOMPARE(a->location, QString("Gare de Lausanne"));

        // Closing "c" moves it after the open ones.
        cases.handle(Envelope::make(MessageType::RiskUpdate,
                                    {{"case", caseJson("c", false, "2026-01-05T09:00:00Z")}}));
        QCOMPARE(cases.index(2).data(RiskCaseList::ContactIdRole).toString(), QString("c"));
        QCOMPARE(cases.index(1).data(RiskCaseList::ContactIdRole).toString(), QString("b"));

        QVERIFY(cases.location("a", QString(600, 'x')));
        QCOMPARE(recorder.sent.last().messageType, MessageType::RiskLocation);
        QCOMPARE(recorder.sent.last().body.value("text").toString().size(), 500);
        QSignalSpy errors(&cases, &RiskCaseList::errorMessage);
        QVERIFY(cases.handleError(
            Envelope::make(MessageType::Error, {{"code", "forbidden"}}, recorder.sent.last().id)));
        QCOMPARE(errors.count(), 1);
    }

    void formLabelsFallBack()
    {
        ReportForm form;
        form.setLanguage("de");
        form.handle(Envelope::make(
            MessageType::ReportForm,
            {{"topics",
              QJsonArray {
                  QJsonObject {
                      {"id", "loneliness"},
                      {"labels",
                       QJsonObject {{"fr", "Solitude"}, {"de", "Einsamkeit"}, {"en", "Loneliness"}}}},
                  QJsonObject {{"id", "violence"},
                               {"labels", QJsonObject {{"fr", "Violence"}, {"en", "Violence (en)"}}}},
                  QJsonObject {{"id", "addiction"}, {"labels", QJsonObject {{"fr", "Dépendances"}}}}}}}));
        QCOMPARE(form.topics().size(), 3);
        QCOMPARE(form.label("loneliness"), QString("Einsamkeit"));
        QCOMPARE(form.label("violence"), QString("Violence (en)")); // no German: English
        QCOMPARE(form.label("addiction"), QString("Dépendances")); // any language rather than nothing
        QCOMPARE(form.label("unknown"), QString("unknown"));
        QCOMPARE(form.label("loneliness", "fr"), QString("Solitude"));
    }

    void teamBoardShowsCountsOnly()
    {
        // A supervisor's board: who has contacts left to report, who had a hard shift. Counts only.
        ecoute::models::TeamBoardModel board;
        board.reset(QJsonArray {QJsonObject {{QStringLiteral("user"), QStringLiteral("v1")},
                                             {QStringLiteral("role"), QStringLiteral("volunteer")},
                                             {QStringLiteral("state"), QStringLiteral("available")},
                                             {QStringLiteral("conversations"), 1},
                                             {QStringLiteral("unreported"), 2},
                                             {QStringLiteral("hard"), 1}},
                                QJsonObject {{QStringLiteral("user"), QStringLiteral("v2")},
                                             {QStringLiteral("role"), QStringLiteral("volunteer")},
                                             {QStringLiteral("state"), QStringLiteral("pause")}}});
        using Board = ecoute::models::TeamBoardModel;
        QCOMPARE(board.data(board.index(0, Board::UnreportedColumn)).toInt(), 2);
        QCOMPARE(board.data(board.index(0, Board::HardColumn)).toInt(), 1);
        QCOMPARE(board.data(board.index(1, Board::UnreportedColumn)).toInt(), 0);
        const QString spoken = board.data(board.index(0, 0), Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(QLatin1String("2 contact(s) to report")), qPrintable(spoken));
        QVERIFY2(spoken.contains(QLatin1String("1 hard contact(s)")), qPrintable(spoken));
        QVERIFY(!board.data(board.index(1, 0), Qt::AccessibleTextRole).toString().contains(u"report"));
    }

    void shiftSummarySignal()
    {
        Wellbeing wellbeing;
        QSignalSpy spy(&wellbeing, &Wellbeing::shiftSummary);
        QVERIFY(wellbeing.handle(Envelope::make(
            MessageType::ShiftSummary,
            {{"since", "2026-01-05T08:00:00Z"}, {"contacts", 7}, {"hard", 2}, {"imminent", 1}})));
        QCOMPARE(spy.count(), 1);
        const auto summary = spy.first().first().value<ecoute::models::ShiftSummary>();
        QCOMPARE(summary.contacts, 7);
        QCOMPARE(summary.hard, 2);
        QCOMPARE(summary.imminent, 1);
        QVERIFY(!wellbeing.handle(Envelope::make(MessageType::ReportSaved, {{"contactId", "k"}})));
    }

    void draftsSurviveARestart()
    {
        QTemporaryDir dir;
        ReportDraft draft;
        draft.setTopic("bereavement", true);
        draft.risk = protocol::RiskLevel::Moderate;
        {
            NotesWorkspace workspace(cheapOptions(dir.path()));
            workspace.setAccount("127.0.0.1:8443", "claire");
            QString first = passphrase, second = passphrase;
            QVERIFY(workspace.setUp(first, second).ok);
            Recorder recorder;
            PendingReports reports(recorder.sender());
            reports.setWorkspace(&workspace);
            reports.setDraft("k1", draft);
            QVERIFY(reports.flush());
            workspace.lock();
        }
        // A restart: a new workspace on the same files, locked until the passphrase.
        NotesWorkspace workspace(cheapOptions(dir.path()));
        workspace.setAccount("127.0.0.1:8443", "claire");
        Recorder recorder;
        PendingReports reports(recorder.sender());
        reports.setWorkspace(&workspace);
        QCOMPARE(reports.draft("k1"), ReportDraft {}); // locked: the defaults
        // Ticked while locked: waits in memory, written as the vault unlocks.
        ReportDraft other;
        other.gender = protocol::Gender::Man;
        reports.setDraft("k2", other);
        QVERIFY(!reports.flush());
        QString copy = passphrase;
        QVERIFY(workspace.unlock(copy).ok);
        PendingReports fresh(recorder.sender()); // nothing cached: read from the vault
        fresh.setWorkspace(&workspace);
        QCOMPARE(fresh.draft("k1"), draft);
        QCOMPARE(fresh.draft("k2"), other);
        ecoute::notes::DraftStore store(workspace.store()->database(), ecoute::notes::DraftKind::Report);
        QCOMPARE(store.contactIds(), (QStringList {"k1", "k2"}));
        // Saved on the server: gone from the vault.
        fresh.handle(Envelope::make(MessageType::ReportSaved, {{"contactId", "k1"}}));
        QCOMPARE(store.contactIds(), QStringList {"k2"});
    }
};

QTEST_GUILESS_MAIN(TestWorkstationReports)
#include "tst_workstation_reports.moc"
