// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/ScenarioFile.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ecoute::protocol;

namespace {
/// The exercises the line trains for; every one ships in French.
const QStringList kRequiredSlugs {
    QStringLiteral("addiction"),       QStringLiteral("breakup"),
    QStringLiteral("family-conflict"), QStringLiteral("loneliness-older-person"),
    QStringLiteral("panic-attack"),    QStringLiteral("repeat-contact"),
    QStringLiteral("silent-contact"),  QStringLiteral("suicidal-crisis")};

const char kValid[] = "# a comment\n"
                      "title = Essai\n"
                      "language = fr\n"
                      "channel = chat\n"
                      "risk = low\n"
                      "persona.age = 40\n"
                      "persona.situation = Une personne\n"
                      "  qui écrit le soir.\n"
                      "\n"
                      "[opening]\n"
                      "Bonjour.\n"
                      "\n"
                      "Je voulais parler.\n"
                      "[evolution]\n"
                      "1. Premier temps.\n"
                      "   # a comment inside a section\n"
                      "   → Si le bénévole se tait : attendre.\n"
                      "[guidance]\n"
                      "Jouer calmement.\n"
                      "[goals]\n"
                      "- Accueillir la personne\n"
                      "- Reformuler ce qu'elle vit,\n"
                      "  sans juger\n"
                      "- Conclure\n";

std::optional<Scenario> parseText(const QByteArray &text, QString *error)
{
    return ScenarioFile::parse(QStringLiteral("essai"), text, error);
}

QByteArray withLine(const QByteArray &from, const QByteArray &to)
{
    QByteArray text(kValid);
    Q_ASSERT(text.contains(from));
    return text.replace(from, to);
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

private slots:
    // ---- the shipped scenarios

    void shippedScenariosAllParse()
    {
        QStringList errors;
        const QList<Scenario> all =
            ScenarioFile::loadDirectory(QStringLiteral(ECOUTE_SOURCE_DIR "/scenarios"), &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        // Every file on disk was loaded (none skipped silently).
        int files = 0;
        QDir root(QStringLiteral(ECOUTE_SOURCE_DIR "/scenarios"));
        for (const QString &slug : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            files += QDir(root.filePath(slug)).entryList({QStringLiteral("*.scenario")}, QDir::Files).size();
        QCOMPARE(all.size(), files);
    }

    void problemsNameTheirLineApart()
    {
        ScenarioFile::Problem problem;
        QVERIFY(
            !ScenarioFile::parse(QStringLiteral("essai"), "title = T\nlanguage = fr\nbogus = 1\n", &problem));
        QCOMPARE(problem.line, 3);
        QVERIFY(problem.message.startsWith(QLatin1String("unknown key \"bogus\"")));
        QCOMPARE(problem.text(), QStringLiteral("line 3: ") + problem.message);
        QVERIFY(!ScenarioFile::parse(QStringLiteral("BAD slug"), "", &problem));
        QCOMPARE(problem.line, 0);
        QCOMPARE(problem.text(), problem.message);
    }

    void shippedScenariosCoverTheLine()
    {
        const QList<Scenario> all =
            ScenarioFile::loadDirectory(QStringLiteral(ECOUTE_SOURCE_DIR "/scenarios"), nullptr);
        QSet<QString> french, german, english;
        for (const Scenario &s : all) {
            if (s.language == QLatin1String("fr"))
                french.insert(s.slug);
            else if (s.language == QLatin1String("de"))
                german.insert(s.slug);
            else if (s.language == QLatin1String("en"))
                english.insert(s.slug);
        }
        QVERIFY2(french.size() >= 8, qPrintable(QString::number(french.size())));
        for (const QString &slug : kRequiredSlugs)
            QVERIFY2(french.contains(slug), qPrintable(slug));
        QVERIFY2((german & english).size() >= 2, "at least two scenarios in German and English");
        // A translation is always of a French original.
        QVERIFY((german | english).subtract(french).isEmpty());
    }

    void shippedScenariosAreComplete()
    {
        const QList<Scenario> all =
            ScenarioFile::loadDirectory(QStringLiteral(ECOUTE_SOURCE_DIR "/scenarios"), nullptr);
        QVERIFY(!all.isEmpty());
        int chat = 0;
        for (const Scenario &s : all) {
            const QByteArray where = (s.slug + u'/' + s.language).toUtf8();
            QVERIFY2(!s.title.isEmpty() && s.title.size() <= ScenarioFile::kMaxTitleChars, where.constData());
            QVERIFY2(!s.opening.isEmpty(), where.constData());
            QVERIFY2(!s.evolution.isEmpty(), where.constData());
            QVERIFY2(!s.guidance.isEmpty(), where.constData());
            QVERIFY2(!s.personaSituation.isEmpty(), where.constData());
            QVERIFY2(s.personaAge >= ScenarioFile::kMinAge && s.personaAge <= ScenarioFile::kMaxAge,
                     where.constData());
            QVERIFY2(s.goals.size() >= 3 && s.goals.size() <= 5, where.constData());
            QVERIFY2(ScenarioFile::risks().contains(s.risk), where.constData());
            QVERIFY2(QStringList({"chat", "email", "phone"}).contains(s.channel), where.constData());
            chat += s.channel == QLatin1String("chat");
            // Round trip: what the trainer console would show for editing parses back the same.
            QString error;
            const auto again = ScenarioFile::parse(s.slug, ScenarioFile::toText(s).toUtf8(), &error);
            QVERIFY2(again, qPrintable(error));
            QCOMPARE(again->opening, s.opening);
            QCOMPARE(again->evolution, s.evolution);
            QCOMPARE(again->guidance, s.guidance);
            QCOMPARE(again->goals, s.goals);
            QCOMPARE(again->personaSituation, s.personaSituation);
            // And through the wire form (the `scenario` object) the workstation edits.
            const Scenario wire = Scenario::fromJson(s.toJson());
            QCOMPARE(ScenarioFile::toText(wire), ScenarioFile::toText(s));
            QCOMPARE(wire.slug, s.slug);
            QVERIFY(!s.summaryJson().contains(QLatin1String("guidance")));
        }
        QVERIFY2(chat * 2 > all.size(), "most scenarios are chats");
    }

    void translationsMatchTheirOriginal()
    {
        const QList<Scenario> all =
            ScenarioFile::loadDirectory(QStringLiteral(ECOUTE_SOURCE_DIR "/scenarios"), nullptr);
        for (const Scenario &s : all) {
            if (s.language == QLatin1String("fr"))
                continue;
            const auto original = std::find_if(all.cbegin(), all.cend(), [&](const Scenario &o) {
                return o.slug == s.slug && o.language == QLatin1String("fr");
            });
            QVERIFY2(original != all.cend(), qPrintable(s.slug));
            const QByteArray where = (s.slug + u'/' + s.language).toUtf8();
            QCOMPARE(s.channel, original->channel);
            QCOMPARE(s.risk, original->risk);
            QCOMPARE(s.personaAge, original->personaAge);
            QVERIFY2(s.goals.size() == original->goals.size(), where.constData());
        }
    }

    void suicidalCrisisModelsTheLinesPractice()
    {
        const QList<Scenario> all =
            ScenarioFile::loadDirectory(QStringLiteral(ECOUTE_SOURCE_DIR "/scenarios"), nullptr);
        for (const Scenario &s : all) {
            if (s.slug != QLatin1String("suicidal-crisis"))
                continue;
            QCOMPARE(s.risk, QStringLiteral("high"));
            const QString text = s.evolution + s.guidance + s.goals.join(u' ');
            QVERIFY(text.contains(QLatin1String("112")));
            if (s.language == QLatin1String("fr")) {
                QVERIFY(text.contains(QLatin1String("suicide"), Qt::CaseInsensitive));
                QVERIFY(text.contains(QLatin1String("supervision"), Qt::CaseInsensitive));
            }
        }
    }

    void documentedExampleParses()
    {
        // docs/scenarios.md shows trainers a whole file: it must stay valid.
        QFile doc(QStringLiteral(ECOUTE_SOURCE_DIR "/docs/scenarios.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QByteArray text = doc.readAll();
        const qsizetype section = text.indexOf("## The format at a glance");
        QVERIFY(section >= 0);
        const qsizetype from = text.indexOf("```\n", section) + 4;
        const qsizetype to = text.indexOf("```", from);
        QVERIFY(from > 4 && to > from);
        QString error;
        const auto s = ScenarioFile::parse(QStringLiteral("panic-attack"), text.mid(from, to - from), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->goals.size(), 3);
    }

    // ---- the parser

    void parsesAValidText()
    {
        QString error;
        const auto s = parseText(kValid, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->slug, QStringLiteral("essai"));
        QCOMPARE(s->title, QStringLiteral("Essai"));
        QCOMPARE(s->language, QStringLiteral("fr"));
        QCOMPARE(s->channel, QStringLiteral("chat"));
        QCOMPARE(s->risk, QStringLiteral("low"));
        QCOMPARE(s->personaAge, 40);
        QCOMPARE(s->personaSituation, QStringLiteral("Une personne qui écrit le soir."));
        QCOMPARE(s->opening, QStringLiteral("Bonjour.\n\nJe voulais parler."));
        QCOMPARE(s->evolution, QStringLiteral("1. Premier temps.\n   → Si le bénévole se tait : attendre."));
        QCOMPARE(s->guidance, QStringLiteral("Jouer calmement."));
        QCOMPARE(s->goals,
                 QStringList({QStringLiteral("Accueillir la personne"),
                              QStringLiteral("Reformuler ce qu'elle vit, sans juger"),
                              QStringLiteral("Conclure")}));
    }

    void toleratesWindowsFilesAndCase()
    {
        QByteArray text(kValid);
        text.replace("\n", "\r\n");
        text.replace("channel = chat", "Channel = Chat");
        text.replace("[goals]", "[Goals]");
        text.prepend("\xEF\xBB\xBF"); // byte-order mark
        QString error;
        const auto s = parseText(text, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->channel, QStringLiteral("chat"));
        QCOMPARE(s->title, QStringLiteral("Essai"));
        QCOMPARE(s->goals.size(), 3);
        QVERIFY(!s->opening.contains(u'\r'));
    }

    void optionalSectionsMayBeLeftOut()
    {
        QByteArray text(kValid);
        const qsizetype from = text.indexOf("[evolution]");
        text.remove(from, text.indexOf("[goals]") - from);
        QString error;
        const auto s = parseText(text, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->evolution.isEmpty());
        QVERIFY(s->guidance.isEmpty());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");

        QTest::newRow("missing title")
            << withLine("title = Essai\n", "") << "missing required field \"title\"";
        QTest::newRow("missing age") << withLine("persona.age = 40\n", "")
                                     << "missing required field \"persona.age\"";
        QTest::newRow("empty title") << withLine("title = Essai", "title =") << "line 2: \"title\" is empty";
        QTest::newRow("unknown key") << withLine("risk = low", "risque = low")
                                     << "line 5: unknown key \"risque\"";
        QTest::newRow("twice") << withLine("risk = low", "risk = low\nrisk = high")
                               << "line 6: \"risk\" is given twice (first at line 5)";
        QTest::newRow("not a header line")
            << withLine("risk = low", "risk low") << "line 5: expected \"key = value\"";
        QTest::newRow("unknown section")
            << withLine("[guidance]", "[guidence]") << "line 18: unknown section [guidence]";
        QTest::newRow("section twice") << withLine("[guidance]", "[opening]")
                                       << "line 18: section [opening] appears twice (first at line 10)";
        QTest::newRow("bad channel") << withLine("channel = chat", "channel = sms")
                                     << "line 4: unknown channel \"sms\"; use one of chat, email, phone";
        QTest::newRow("bad risk") << withLine("risk = low", "risk = severe")
                                  << "line 5: unknown risk \"severe\"; use one of low, medium, high";
        QTest::newRow("bad language") << withLine("language = fr", "language = it")
                                      << "line 3: unknown language \"it\"; use one of fr, de, en, lb, pt";
        QTest::newRow("age not a number") << withLine("persona.age = 40", "persona.age = quarante")
                                          << "line 6: persona.age must be a whole number";
        QTest::newRow("age out of range") << withLine("persona.age = 40", "persona.age = 300")
                                          << "line 6: persona.age must be a whole number";
        QTest::newRow("no opening") << withLine("[opening]\nBonjour.\n\nJe voulais parler.\n", "")
                                    << "the [opening] section is missing or empty";
        QTest::newRow("empty opening") << withLine("Bonjour.\n\nJe voulais parler.\n", "\n# rien\n")
                                       << "the [opening] section is missing or empty";
        QTest::newRow("no goals") << withLine(
            "- Accueillir la personne\n- Reformuler ce qu'elle vit,\n  sans juger\n- "
            "Conclure\n",
            "") << "the [goals] section needs at least one goal";
        QTest::newRow("goal without dash")
            << withLine("- Conclure", "Conclure") << "line 24: each goal starts with \"- \"";
        QTest::newRow("empty goal") << withLine("- Conclure", "- ") << "line 24: empty goal";
        QTest::newRow("goal twice") << withLine("- Conclure", "- Accueillir la personne")
                                    << "line 24: this goal is already listed";
        QTest::newRow("long title") << withLine("title = Essai", "title = " + QByteArray(121, 'x'))
                                    << "line 2: the title has 121 characters; at most 120";
        QTest::newRow("long section") << withLine("Jouer calmement.", QByteArray(8001, 'x'))
                                      << "line 18: section [guidance] has 8001 characters; at most 8000";
        QByteArray many;
        for (int i = 1; i <= 13; ++i)
            many += "- But " + QByteArray::number(i) + "\n";
        QTest::newRow("13 goals") << withLine("- Conclure\n", many) << "line 34: 15 goals; at most 12";
        QTest::newRow("long goal") << withLine("- Conclure", "- " + QByteArray(301, 'x'))
                                   << "line 24: this goal has 301 characters; at most 300";
        QTest::newRow("not utf-8") << withLine("Essai", "Essai \xE9t\xE9") << "the text is not valid UTF-8";
        QTest::newRow("section again at the end") << QByteArray(kValid) + "[opening]\n"
                                                  << "line 25: section [opening] appears twice";
    }

    void rejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!parseText(text, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void rejectsBadSlugs()
    {
        QString error;
        QVERIFY(!ScenarioFile::parse(QStringLiteral("../etc"), kValid, &error));
        QVERIFY(error.contains(QLatin1String("lowercase")));
        QVERIFY(!ScenarioFile::parse(QString(), kValid,
                                     static_cast<QString *>(nullptr))); // a null error pointer is fine
        QVERIFY(
            ScenarioFile::parse(QStringLiteral("panic-attack-2"), kValid, static_cast<QString *>(nullptr)));
    }

    void loadDirectoryReportsWhatItSkips()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray valid(kValid);
        write(dir.filePath(QStringLiteral("good/fr.scenario")), valid);
        write(dir.filePath(QStringLiteral("good/de.scenario")), QByteArray(valid).replace("= fr", "= de"));
        write(dir.filePath(QStringLiteral("good/notes.txt")), "not a scenario");
        write(dir.filePath(QStringLiteral("mismatch/en.scenario")), valid);
        write(dir.filePath(QStringLiteral("broken/fr.scenario")),
              QByteArray(valid).replace("risk = low", ""));
        write(dir.filePath(QStringLiteral("Bad Name/fr.scenario")), valid);
        write(dir.filePath(QStringLiteral("good/it.scenario")), valid);
        write(dir.filePath(QStringLiteral("stray.scenario")), valid);

        QStringList errors;
        const QList<Scenario> loaded = ScenarioFile::loadDirectory(dir.path(), &errors);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).slug, QStringLiteral("good"));
        QCOMPARE(loaded.at(0).language, QStringLiteral("de"));
        QCOMPARE(loaded.at(1).language, QStringLiteral("fr"));
        QCOMPARE(errors.size(), 5);
        const QString text = errors.join(u'\n');
        QVERIFY2(text.contains(QLatin1String("mismatch/en.scenario: the file says language = fr")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("broken/fr.scenario: missing required field \"risk\"")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Bad Name: ")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("good/it.scenario: ")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("stray.scenario: ")), qPrintable(text));

        errors.clear();
        QVERIFY(ScenarioFile::loadDirectory(dir.filePath(QStringLiteral("none")), &errors).isEmpty());
        QCOMPARE(errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
