// SPDX-License-Identifier: GPL-3.0-or-later
// End-of-contact reports, the imminent-risk workflow and shift summaries on the server, over a real
// database and router with a clock moved by hand: the rules of report.submit (once, by its volunteer,
// closed sets only), what report.pending pre-fills, who may act on a risk case and who hears the
// location, and what a shift held.
#include "server/accounts/AccountStore.h"
#include "server/contacts/ContactStore.h"
#include "server/reports/ReportDesk.h"
#include "server/reports/ReportStore.h"
#include "server/reports/RiskCases.h"
#include "server/reports/RiskStore.h"
#include "server/reports/ShiftLedger.h"
#include "server/reports/TopicTaxonomy.h"
#include "server/routing/Recipients.h"
#include "server/routing/Router.h"
#include "server/storage/AuditLog.h"
#include "server/storage/Database.h"
#include "server/storage/TranscriptRetention.h"
#include "tests/mock/ManualClock.h"

#include "protocol/Envelope.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ecoute::server;
using ecoute::protocol::Envelope;
using ecoute::protocol::ErrorCode;
using ecoute::protocol::MessageType;
using ecoute::protocol::PresenceState;
using ecoute::tests::ManualClock;

namespace {

struct Frame
{
    QString type;
    QJsonObject body;
    QString re;
};

class FakeStaff final : public StaffRecipient
{
public:
    explicit FakeStaff(Account account) : m_account(std::move(account)) { }
    qint64 userId() const override { return m_account.id; }
    const Account *account() const override { return &m_account; }
    bool canTakeContacts() const override { return m_account.takesContacts(); }
    bool revalidate() override { return true; }
    const ClientConnection *connectionKey() const override { return nullptr; }
    ClientConnection *requestConnection() override { return nullptr; }
    void push(const QString &type, const ecoute::protocol::FrameBody &body, const QString &re) override
    {
        frames.append({type, body.object(), re});
    }
    void pushError(ErrorCode code, const QString &, const QString &re, qint64, const QString &field) override
    {
        frames.append({QStringLiteral("error"),
                       {{QStringLiteral("code"), ecoute::protocol::errorCodeName(code)},
                        {QStringLiteral("field"), field}},
                       re});
    }
    void openConversation(const ContactRecord &, const QList<MessageRecord> &, const QJsonObject &,
                          const QString &) override
    {
    }
    /// The last frame of this type (empty body if none).
    Frame last(const QString &type) const
    {
        for (auto it = frames.crbegin(); it != frames.crend(); ++it) {
            if (it->type == type)
                return *it;
        }
        return {};
    }
    QString lastErrorCode() const
    {
        return last(QStringLiteral("error")).body.value(QLatin1String("code")).toString();
    }
    QString lastErrorField() const
    {
        return last(QStringLiteral("error")).body.value(QLatin1String("field")).toString();
    }

    QList<Frame> frames;

private:
    Account m_account;
};

QJsonObject goodReport(const QString &contactId)
{
    return {{QStringLiteral("contactId"), contactId},
            {QStringLiteral("topics"), QJsonArray {QStringLiteral("loneliness"), QStringLiteral("family")}},
            {QStringLiteral("risk"), QStringLiteral("low")},
            {QStringLiteral("asked"), QJsonArray {QStringLiteral("thoughts")}},
            {QStringLiteral("age"), QStringLiteral("unsaid")},
            {QStringLiteral("gender"), QStringLiteral("unsaid")},
            {QStringLiteral("history"), QStringLiteral("first")},
            {QStringLiteral("outcomes"), QJsonArray {QStringLiteral("listened")}}};
}

/// Everything the reports part uses, over a fresh database.
struct Desk
{
    QTemporaryDir dir;
    Database db;
    ManualClock clock {QDateTime::currentDateTimeUtc()};
    RoutingConfig config;
    std::unique_ptr<AccountStore> accounts;
    std::unique_ptr<ContactStore> contacts;
    std::unique_ptr<Router> router;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<ReportStore> reports;
    std::unique_ptr<RiskStore> riskStore;
    std::unique_ptr<RiskCases> risks;
    TopicTaxonomy topics = TopicTaxonomy::shippedDefault();
    std::unique_ptr<ReportDesk> desk;
    std::unique_ptr<ShiftLedger> ledger;
    int envelopes = 0;

    Desk()
    {
        if (!db.open(dir.filePath(QStringLiteral("db.sqlite"))))
            qFatal("cannot open the test database");
        accounts = std::make_unique<AccountStore>(db);
        contacts = std::make_unique<ContactStore>(db);
        router = std::make_unique<Router>(*contacts, *accounts, config, clock);
        audit = std::make_unique<AuditLog>(db);
        reports = std::make_unique<ReportStore>(db);
        riskStore = std::make_unique<RiskStore>(db);
        risks = std::make_unique<RiskCases>(
            RiskCases::Services {*accounts, *contacts, *riskStore, *audit, *router, clock});
        desk = std::make_unique<ReportDesk>(
            ReportDesk::Services {*contacts, *reports, *risks, *audit, *router, topics, clock});
        ledger = std::make_unique<ShiftLedger>(*reports, *router, clock);
        router->onPresenceChosen([this](qint64 user, PresenceState before, PresenceState after) {
            ledger->presenceChanged(user, before, after);
        });
    }

    std::unique_ptr<FakeStaff> staff(const QString &name, const QString &role, const QString &centre = {})
    {
        accounts->add(name, role, QStringLiteral("hash"));
        if (!centre.isEmpty())
            accounts->setCentre(name, centre);
        auto window = std::make_unique<FakeStaff>(*accounts->findByName(name));
        router->addStaff(window.get());
        return window;
    }

    void sql(const QString &statement, const QVariantList &values)
    {
        QSqlQuery q(db.handle());
        q.prepare(statement);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("test SQL failed");
    }

    /// A contact this volunteer accepted and that ended endedMinutesAgo, after lasting minutes.
    QString ended(const FakeStaff &volunteer, int minutes = 10, int endedMinutesAgo = 1,
                  const QString &hash = {}, bool practice = false)
    {
        const auto c = contacts->create(QStringLiteral("Pseudo"), QStringLiteral("fr"), false, QString());
        const QDateTime end = clock.now().addSecs(-endedMinutesAgo * 60);
        sql(QStringLiteral(
                "UPDATE contacts SET state = 'ended', volunteer_id = ?, accepted_at = ?, ended_at = ?, "
                "created_at = ?, source_hash = ?, practice = ? WHERE id = ?"),
            {volunteer.userId(), ReportStore::timestamp(end.addSecs(-minutes * 60)),
             ReportStore::timestamp(end), ReportStore::timestamp(end.addSecs(-minutes * 60 - 30)),
             hash.isEmpty() ? QVariant() : QVariant(hash), practice ? 1 : 0, c->id});
        return c->id;
    }

    QString active(const FakeStaff &volunteer)
    {
        const auto c = contacts->create(QStringLiteral("Active"), QStringLiteral("fr"), false, QString());
        contacts->assign(c->id, volunteer.userId());
        return c->id;
    }

    void send(FakeStaff &s, MessageType type, const QJsonObject &body)
    {
        Envelope e = Envelope::make(type, body, {});
        e.id = QStringLiteral("r%1").arg(++envelopes);
        QVERIFY(desk->handle(s, e));
    }

    int count(const QString &sqlText)
    {
        QSqlQuery q(db.handle());
        return q.exec(sqlText) && q.next() ? q.value(0).toInt() : -1;
    }

    QStringList auditActions()
    {
        QStringList actions;
        const QJsonArray entries = audit->latest(100);
        for (qsizetype i = entries.size() - 1; i >= 0; --i) // newest first: turned around
            actions.append(entries.at(i).toObject().value(QLatin1String("action")).toString());
        return actions;
    }
};

} // namespace

class TestReportsServer : public QObject
{
    Q_OBJECT

private slots:
    void defaultTaxonomyIsComplete()
    {
        QString error;
        const auto taxonomy = TopicTaxonomy::load({}, &error);
        QVERIFY2(taxonomy, qPrintable(error));
        QVERIFY(taxonomy->topics().size() >= 12);
        for (const char *id : {"loneliness", "suicidality", "mental_health", "violence", "other"})
            QVERIFY2(taxonomy->contains(QLatin1String(id)), id);
        for (const ReportTopic &t : taxonomy->topics())
            QVERIFY(!t.fr.isEmpty() && !t.de.isEmpty() && !t.en.isEmpty());
        const QJsonObject first = taxonomy->toJson().first().toObject();
        QCOMPARE(first.value(QLatin1String("labels")).toObject().size(), 3);
    }

    void badTaxonomiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QByteArray labels = R"("labels": {"fr": "a", "de": "b", "en": "c"})";
        QTest::newRow("duplicate") << QByteArray(R"({"topics": [{"id": "x", )" + labels + R"(}, {"id": "x", )"
                                                 + labels + "}]}")
                                   << QStringLiteral("twice");
        QTest::newRow("bad id") << QByteArray(R"({"topics": [{"id": "Bad Id", )" + labels + "}]}")
                                << QStringLiteral("id");
        QTest::newRow("missing label")
            << QByteArray(R"({"topics": [{"id": "x", "labels": {"fr": "a", "en": "c"}}]})")
            << QStringLiteral("\"de\"");
        QTest::newRow("empty") << QByteArray(R"({"topics": []})") << QStringLiteral("topics");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("JSON");
    }

    void badTaxonomiesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!TopicTaxonomy::fromJson(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void taxonomyFromAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("topics.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"topics": [{"id": "debt", "labels": {"fr": "Dettes", "de": "Schulden", "en": "Debt"}}]})");
        file.close();
        QString error;
        const auto taxonomy = TopicTaxonomy::load(path, &error);
        QVERIFY2(taxonomy, qPrintable(error));
        QVERIFY(taxonomy->contains(QStringLiteral("debt")));
        QVERIFY(!taxonomy->contains(QStringLiteral("loneliness")));
        QVERIFY(!TopicTaxonomy::load(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY2(error.contains(QLatin1String("missing.json")), qPrintable(error));
    }

    void reportIsStoredOnceByItsVolunteer()
    {
        Desk d;
        auto volunteer = d.staff(QStringLiteral("vol"), QStringLiteral("volunteer"));
        auto other = d.staff(QStringLiteral("vol2"), QStringLiteral("volunteer"));
        const QString id = d.ended(*volunteer, 12);

        d.send(*other, MessageType::ReportSubmit, goodReport(id));
        QCOMPARE(other->lastErrorCode(), QStringLiteral("not_found"));
        d.send(*volunteer, MessageType::ReportSubmit, goodReport(QStringLiteral("nosuchcontact")));
        QCOMPARE(volunteer->lastErrorCode(), QStringLiteral("not_found"));

        d.send(*volunteer, MessageType::ReportSubmit, goodReport(id));
        QCOMPARE(
            volunteer->last(QStringLiteral("report.saved")).body.value(QLatin1String("contactId")).toString(),
            id);
        QVERIFY(volunteer->last(QStringLiteral("report.pending"))
                    .body.value(QLatin1String("contacts"))
                    .toArray()
                    .isEmpty());
        QCOMPARE(d.count(QStringLiteral("SELECT duration_seconds FROM reports")), 12 * 60);
        QCOMPARE(d.count(QStringLiteral("SELECT COUNT(*) FROM reports WHERE topics = 'loneliness,family' "
                                        "AND outcomes = 'listened' AND practice = 0")),
                 1);
        QVERIFY(d.auditActions().contains(QStringLiteral("report.saved")));

        // A second report: refused, the first one stands.
        QJsonObject again = goodReport(id);
        again.insert(QStringLiteral("risk"), QStringLiteral("high"));
        d.send(*volunteer, MessageType::ReportSubmit, again);
        QCOMPARE(volunteer->lastErrorCode(), QStringLiteral("invalid_state"));
        QCOMPARE(d.count(QStringLiteral("SELECT COUNT(*) FROM reports WHERE risk = 'low'")), 1);
        ReportRecord racing;
        racing.contactId = id;
        racing.authorId = volunteer->userId();
        QCOMPARE(d.reports->insert(racing, d.clock.now()), ReportStore::Insert::Duplicate);
    }

    void onlyEndedContactsAreReported()
    {
        Desk d;
        auto volunteer = d.staff(QStringLiteral("vol"), QStringLiteral("volunteer"));
        const QString id = d.active(*volunteer);
        d.send(*volunteer, MessageType::ReportSubmit, goodReport(id));
        QCOMPARE(volunteer->lastErrorCode(), QStringLiteral("invalid_state"));
        QCOMPARE(d.count(QStringLiteral("SELECT COUNT(*) FROM reports")), 0);
    }

    void badFieldsNameTheirField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown topic")
            << "topics" << QJsonValue(QJsonArray {QStringLiteral("astrology")}) << "body.topics";
        QTest::newRow("topic not a string") << "topics" << QJsonValue(QJsonArray {3}) << "body.topics";
        QTest::newRow("unknown question")
            << "asked" << QJsonValue(QJsonArray {QStringLiteral("mood")}) << "body.asked";
        QTest::newRow("no outcome") << "outcomes" << QJsonValue(QJsonArray {}) << "body.outcomes";
        QTest::newRow("unknown outcome")
            << "outcomes" << QJsonValue(QJsonArray {QStringLiteral("cured")}) << "body.outcomes";
        QTest::newRow("referred without service")
            << "outcomes" << QJsonValue(QJsonArray {QStringLiteral("referred")}) << "body.referrals";
        QTest::newRow("unknown service")
            << "referrals" << QJsonValue(QJsonArray {QStringLiteral("nope")}) << "body.referrals";
    }

    void badFieldsNameTheirField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        Desk d;
        auto volunteer = d.staff(QStringLiteral("vol"), QStringLiteral("volunteer"));
        const QString id = d.ended(*volunteer);
        QJsonObject body = goodReport(id);
        body.insert(key, value);
        d.send(*volunteer, MessageType::ReportSubmit, body);
        QCOMPARE(volunteer->lastErrorCode(), QStringLiteral("wrong_type"));
        QCOMPARE(volunteer->lastErrorField(), field);
        QCOMPARE(d.count(QStringLiteral("SELECT COUNT(*) FROM reports")), 0);
    }

    void referralsAndDuplicates()
    {
        Desk d;
        auto volunteer = d.staff(QStringLiteral("vol"), QStringLiteral("volunteer"));
        d.sql(QStringLiteral(
                  "INSERT INTO directory_services (id, name, updated_at) VALUES ('svc1', 'Service', 'x')"),
              {});
        const QString id = d.ended(*volunteer);
        QJsonObject body = goodReport(id);
        body.insert(QStringLiteral("topics"),
                    QJsonArray {QStringLiteral("family"), QStringLiteral("family")});
        body.insert(QStringLiteral("outcomes"),
                    QJsonArray {QStringLiteral("referred"), QStringLiteral("listened")});
        body.insert(QStringLiteral("referrals"), QJsonArray {QStringLiteral("svc1"), QStringLiteral("svc1")});
        d.send(*volunteer, MessageType::ReportSubmit, body);
        QVERIFY(!volunteer->last(QStringLiteral("report.saved")).type.isEmpty());
        QCOMPARE(d.count(QStringLiteral(
                     "SELECT COUNT(*) FROM reports WHERE topics = 'family' AND referrals = 'svc1' "
                     "AND outcomes = 'referred,listened'")),
                 1);
    }

    void practiceReportsAreKeptApart()
    {
        Desk d;
        auto volunteer = d.staff(QStringLiteral("vol"), QStringLiteral("volunteer"));
        const QString id = d.ended(*volunteer, 5, 1, {}, true);
        d.send(*volunteer, MessageType::ReportSubmit, goodReport(id));
        QCOMPARE(d.count(QStringLiteral("SELECT practice FROM reports")), 1);
        QCOMPARE(d.reports->unreportedCount(volunteer->userId(), d.clock.now().addDays(-1)), 0);
    }

    void pendingPrefillsTheHistory()
    {
        Desk d;
        auto volunteer = d.staff(QStringLiteral("vol"), QStringLiteral("volunteer"));
        const QString first = d.ended(*volunteer, 5, 50, QStringLiteral("c0123"));
        const QString repeat = d.ended(*volunteer, 5, 20, QStringLiteral("c0123"));
        const QString unknown = d.ended(*volunteer, 5, 10);
        const QString tooOld = d.ended(*volunteer, 5, 31 * 24 * 60);
        Q_UNUSED(tooOld)
        d.send(*volunteer, MessageType::ReportPendingGet, {});
        const QJsonArray pending =
            volunteer->last(QStringLiteral("report.pending")).body.value(QLatin1String("contacts")).toArray();
        QCOMPARE(pending.size(), 3);
        QCOMPARE(pending.at(0).toObject().value(QLatin1String("contactId")).toString(), first);
        QCOMPARE(pending.at(0).toObject().value(QLatin1String("history")).toString(),
                 QStringLiteral("first"));
        QCOMPARE(pending.at(1).toObject().value(QLatin1String("contactId")).toString(), repeat);
        QCOMPARE(pending.at(1).toObject().value(QLatin1String("history")).toString(),
                 QStringLiteral("repeat"));
        QCOMPARE(pending.at(2).toObject().value(QLatin1String("contactId")).toString(), unknown);
        QCOMPARE(pending.at(2).toObject().value(QLatin1String("history")).toString(),
                 QStringLiteral("unknown"));
        QCOMPARE(pending.at(0).toObject().value(QLatin1String("durationSeconds")).toInt(), 300);
        for (const QJsonValue &p : pending)
            QVERIFY(!p.toObject().contains(QLatin1String("sourceHash")));
    }

    void sessionReadySendsFormPendingAndCases()
    {
        Desk d;
        auto volunteer = d.staff(QStringLiteral("vol"), QStringLiteral("volunteer"));
        d.ended(*volunteer);
        d.desk->sessionReady(*volunteer);
        QCOMPARE(volunteer->last(QStringLiteral("report.form"))
                     .body.value(QLatin1String("topics"))
                     .toArray()
                     .size(),
                 d.topics.topics().size());
        QCOMPARE(volunteer->last(QStringLiteral("report.pending"))
                     .body.value(QLatin1String("contacts"))
                     .toArray()
                     .size(),
                 1);
        QVERIFY(!volunteer->last(QStringLiteral("risk.cases")).type.isEmpty());
    }

    void riskStepsAndWhoHearsTheLocation()
    {
        Desk d;
        auto volunteer = d.staff(QStringLiteral("vol"), QStringLiteral("volunteer"));
        auto supervisor = d.staff(QStringLiteral("sup"), QStringLiteral("supervisor"));
        auto elsewhere =
            d.staff(QStringLiteral("sup2"), QStringLiteral("supervisor"), QStringLiteral("elsewhere"));
        auto trainer = d.staff(QStringLiteral("trainer"), QStringLiteral("trainer"));
        auto other = d.staff(QStringLiteral("vol2"), QStringLiteral("volunteer"));
        const QString id = d.active(*volunteer);
        const auto step = [&](FakeStaff &s, const char *name) {
            d.send(s, MessageType::RiskStep,
                   {{QStringLiteral("contactId"), id}, {QStringLiteral("step"), QLatin1String(name)}});
        };

        step(*volunteer, "engage");
        QCOMPARE(volunteer->lastErrorCode(), QStringLiteral("invalid_state")); // no open case yet
        step(*volunteer, "opened");
        step(*volunteer, "engage");
        const QJsonObject volunteerCase =
            volunteer->last(QStringLiteral("risk.update")).body.value(QLatin1String("case")).toObject();
        QVERIFY(volunteerCase.value(QLatin1String("open")).toBool());
        QCOMPARE(volunteerCase.value(QLatin1String("steps")).toArray().size(), 2);
        QCOMPARE(volunteerCase.value(QLatin1String("volunteer")).toString(), QStringLiteral("vol"));
        QVERIFY(!supervisor->last(QStringLiteral("risk.update")).type.isEmpty());
        QVERIFY(elsewhere->last(QStringLiteral("risk.update")).type.isEmpty());

        // Only the volunteer and supervisors of the centre act on it.
        step(*elsewhere, "consult");
        QCOMPARE(elsewhere->lastErrorCode(), QStringLiteral("not_found"));
        step(*other, "consult");
        QCOMPARE(other->lastErrorCode(), QStringLiteral("not_found"));
        step(*trainer, "consult");
        QCOMPARE(trainer->lastErrorCode(), QStringLiteral("forbidden"));
        step(*supervisor, "consult");
        QCOMPARE(supervisor->last(QStringLiteral("risk.update"))
                     .body.value(QLatin1String("case"))
                     .toObject()
                     .value(QLatin1String("steps"))
                     .toArray()
                     .size(),
                 3);

        const QString place = QStringLiteral("Gare centrale, quai 3");
        d.send(*volunteer, MessageType::RiskLocation,
               {{QStringLiteral("contactId"), id}, {QStringLiteral("text"), place}});
        QCOMPARE(supervisor->last(QStringLiteral("risk.update"))
                     .body.value(QLatin1String("case"))
                     .toObject()
                     .value(QLatin1String("location"))
                     .toString(),
                 place);
        for (const Frame &f : volunteer->frames)
            QVERIFY2(!QJsonDocument(f.body).toJson().contains("Gare centrale"), qPrintable(f.type));
        // Sealed at rest.
        QSqlQuery raw(d.db.handle());
        QVERIFY(raw.exec(QStringLiteral("SELECT location FROM risk_cases")) && raw.next());
        QVERIFY(!raw.value(0).toByteArray().contains("Gare"));

        step(*volunteer, "closed");
        step(*volunteer, "follow_up");
        QCOMPARE(volunteer->lastErrorCode(), QStringLiteral("invalid_state"));
        const QStringList actions = d.auditActions();
        const QStringList expected {QStringLiteral("risk.opened"), QStringLiteral("risk.engage"),
                                    QStringLiteral("risk.consult"), QStringLiteral("risk.location"),
                                    QStringLiteral("risk.closed")};
        QStringList risky;
        for (const QString &a : actions) {
            if (a.startsWith(QLatin1String("risk.")) && !a.endsWith(QLatin1String(".refused")))
                risky.append(a);
        }
        QCOMPARE(risky, expected);
        QVERIFY(actions.contains(QStringLiteral("risk.step.refused")));
    }

    void locationGoesWithTheTranscript()
    {
        Desk d;
        auto volunteer = d.staff(QStringLiteral("vol"), QStringLiteral("volunteer"));
        const QString id = d.ended(*volunteer, 5, 40 * 24 * 60);
        QCOMPARE(
            d.riskStore->addStep(id, ecoute::protocol::RiskStep::Opened, volunteer->userId(), d.clock.now()),
            RiskStore::Result::Done);
        QCOMPARE(d.riskStore->setLocation(id, QStringLiteral("au bord du lac")), RiskStore::Result::Done);
        QCOMPARE(d.riskStore->find(id)->location, QStringLiteral("au bord du lac"));
        TranscriptRetention retention(d.db, 30);
        retention.setClock(d.clock);
        QCOMPARE(retention.runNow(), 1);
        const auto after = d.riskStore->find(id);
        QVERIFY(after);
        QVERIFY(after->location.isEmpty());
        QCOMPARE(after->steps.size(), 1); // the case and its steps stay, without the place
        QCOMPARE(d.count(QStringLiteral("SELECT COUNT(*) FROM risk_cases WHERE location IS NOT NULL")), 0);
    }

    void casesAtLogin()
    {
        Desk d;
        auto volunteer = d.staff(QStringLiteral("vol"), QStringLiteral("volunteer"));
        auto supervisor = d.staff(QStringLiteral("sup"), QStringLiteral("supervisor"));
        auto elsewhere =
            d.staff(QStringLiteral("sup2"), QStringLiteral("supervisor"), QStringLiteral("elsewhere"));
        const QString id = d.active(*volunteer);
        d.riskStore->addStep(id, ecoute::protocol::RiskStep::Opened, volunteer->userId(), d.clock.now());
        d.riskStore->setLocation(id, QStringLiteral("chez elle"));
        for (FakeStaff *s : {volunteer.get(), supervisor.get(), elsewhere.get()})
            d.risks->sessionReady(*s);
        const auto cases = [](const FakeStaff &s) {
            return s.last(QStringLiteral("risk.cases")).body.value(QLatin1String("cases")).toArray();
        };
        QCOMPARE(cases(*volunteer).size(), 1);
        QVERIFY(!cases(*volunteer).first().toObject().contains(QLatin1String("location")));
        QCOMPARE(cases(*supervisor).first().toObject().value(QLatin1String("location")).toString(),
                 QStringLiteral("chez elle"));
        QVERIFY(cases(*elsewhere).isEmpty());
    }

    void shiftSummaryAndBoardCounts()
    {
        Desk d;
        auto volunteer = d.staff(QStringLiteral("vol"), QStringLiteral("volunteer"));
        d.ended(*volunteer, 5, 60 * 30); // a month ago-ish: before the shift
        d.router->setPresence(*volunteer, PresenceState::Available, {}, {});
        d.clock.advanceSeconds(3600);
        const QString hard = d.ended(*volunteer, 5, 20);
        d.contacts->markHard(hard);
        const QString imminent = d.ended(*volunteer, 5, 10);
        d.riskStore->addStep(imminent, ecoute::protocol::RiskStep::Opened, volunteer->userId(),
                             d.clock.now());
        const QString reportedHigh = d.ended(*volunteer, 5, 5);
        QJsonObject body = goodReport(reportedHigh);
        body.insert(QStringLiteral("risk"), QStringLiteral("high"));
        d.send(*volunteer, MessageType::ReportSubmit, body);
        d.ended(*volunteer, 5, 2, {}, true); // practice: never counted

        const QJsonObject counts = d.ledger->memberCounts(volunteer->userId());
        QCOMPARE(counts.value(QLatin1String("unreported")).toInt(), 3);
        QCOMPARE(counts.value(QLatin1String("hard")).toInt(), 3);

        d.router->setPresence(*volunteer, PresenceState::Pause, {}, {});
        QVERIFY(
            volunteer->last(QStringLiteral("shift.summary")).type.isEmpty()); // a pause is still the shift
        d.router->setPresence(*volunteer, PresenceState::Off, {}, {});
        const QJsonObject summary = volunteer->last(QStringLiteral("shift.summary")).body;
        QCOMPARE(summary.value(QLatin1String("contacts")).toInt(), 3);
        QCOMPARE(summary.value(QLatin1String("hard")).toInt(), 3);
        QCOMPARE(summary.value(QLatin1String("imminent")).toInt(), 1);
        QCOMPARE(summary.value(QLatin1String("since")).toString(),
                 ReportStore::timestamp(d.clock.now().addSecs(-3600)));
    }
};

QTEST_GUILESS_MAIN(TestReportsServer)
#include "tst_reports_server.moc"
