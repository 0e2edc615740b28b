// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/ScenarioFile.h"

#include "protocol/MessageCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace ecoute::protocol {

namespace {
const QString kTitle = QStringLiteral("title");
const QString kLanguage = QStringLiteral("language");
const QString kChannel = QStringLiteral("channel");
const QString kRisk = QStringLiteral("risk");
const QString kAge = QStringLiteral("persona.age");
const QString kSituation = QStringLiteral("persona.situation");
const QStringList kKeys {kTitle, kLanguage, kChannel, kRisk, kAge, kSituation};

const QString kOpening = QStringLiteral("opening");
const QString kEvolution = QStringLiteral("evolution");
const QString kGuidance = QStringLiteral("guidance");
const QString kGoals = QStringLiteral("goals");
const QStringList kSections {kOpening, kEvolution, kGuidance, kGoals};

struct Value
{
    QString text;
    int line = 0;
};

struct Section
{
    QStringList lines;
    int line = 0;
};

ScenarioFile::Problem atLine(int line, const QString &message)
{
    return {line, message};
}

QString quotedList(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

/// "[name]" alone on its line. Bracketed text that does not look like a word
/// ("[...]", "[1]") stays ordinary text; a word that is not a section is an
/// error, so that a misspelt "[guidence]" is not silently swallowed.
std::optional<QString> sectionName(const QString &trimmed)
{
    static const QRegularExpression pattern(QStringLiteral("^\\[\\s*([A-Za-z][A-Za-z0-9 ._-]*?)\\s*\\]$"));
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLower();
}

/// Blank lines around a section are layout, not content.
QString sectionText(QStringList lines)
{
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

bool fail(ScenarioFile::Problem *problem, const ScenarioFile::Problem &what)
{
    if (problem)
        *problem = what;
    return false;
}

bool fail(ScenarioFile::Problem *problem, const QString &message)
{
    return fail(problem, ScenarioFile::Problem {0, message});
}

} // namespace

const QStringList &ScenarioFile::risks()
{
    static const QStringList values {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
    return values;
}

bool ScenarioFile::isValidSlug(const QString &slug)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]{1,64}$"));
    return pattern.match(slug).hasMatch();
}

QString ScenarioFile::Problem::text() const
{
    return line > 0
        ? QCoreApplication::translate("ScenarioFile", "line %1: %2").arg(QString::number(line), message)
        : message;
}

std::optional<Scenario> ScenarioFile::parse(const QString &slug, const QByteArray &utf8, QString *error)
{
    Problem problem;
    auto scenario = parse(slug, utf8, &problem);
    if (!scenario && error)
        *error = problem.text();
    return scenario;
}

std::optional<Scenario> ScenarioFile::parse(const QString &slug, const QByteArray &utf8, Problem *error)
{
    if (!isValidSlug(slug)) {
        fail(error, tr("a scenario's name uses 1-64 lowercase letters, digits and '-'"));
        return std::nullopt;
    }
    if (utf8.size() > kMaxFileBytes) {
        fail(error, tr("the text is longer than %1 bytes").arg(kMaxFileBytes));
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8); // drops a leading byte-order mark
    const QString text = decoder(utf8);
    if (decoder.hasError()) {
        fail(error, tr("the text is not valid UTF-8 (save the file as UTF-8)"));
        return std::nullopt;
    }

    QHash<QString, Value> header;
    QHash<QString, Section> sections;
    QList<Value> goals;
    QString current; // section being read; empty while in the header
    QString lastKey; // header key an indented line continues

    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QString line = lines.at(i);
        while (!line.isEmpty() && line.back().isSpace()) // also the \r of Windows line ends
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'#'))
            continue;

        if (const auto name = sectionName(trimmed)) {
            if (!kSections.contains(*name)) {
                fail(error,
                     atLine(lineNo,
                            tr("unknown section [%1]; the sections are [opening], "
                               "[evolution], [guidance] and [goals]")
                                .arg(*name)));
                return std::nullopt;
            }
            if (sections.contains(*name)) {
                fail(error,
                     atLine(lineNo,
                            tr("section [%1] appears twice (first at line %2)")
                                .arg(*name)
                                .arg(sections.value(*name).line)));
                return std::nullopt;
            }
            current = *name;
            sections[current].line = lineNo;
            continue;
        }

        if (current.isEmpty()) {
            if (trimmed.isEmpty()) {
                lastKey.clear();
                continue;
            }
            // A long value goes on over indented lines.
            if (line.front().isSpace() && !lastKey.isEmpty()) {
                // "key =" alone then the value on indented lines: no leading space (found by fuzz_scenario).
                QString &value = header[lastKey].text;
                value = value.isEmpty() ? trimmed : value + u' ' + trimmed;
                continue;
            }
            const qsizetype eq = line.indexOf(u'=');
            if (eq < 0) {
                fail(error,
                     atLine(lineNo,
                            tr("expected \"key = value\" or a section line such "
                               "as [opening]")));
                return std::nullopt;
            }
            const QString key = line.left(eq).trimmed().toLower();
            if (!kKeys.contains(key)) {
                fail(error,
                     atLine(lineNo, tr("unknown key \"%1\"; the keys are %2").arg(key, quotedList(kKeys))));
                return std::nullopt;
            }
            if (header.contains(key)) {
                fail(
                    error,
                    atLine(
                        lineNo,
                        tr("\"%1\" is given twice (first at line %2)").arg(key).arg(header.value(key).line)));
                return std::nullopt;
            }
            header.insert(key, {line.mid(eq + 1).trimmed(), lineNo});
            lastKey = key;
            continue;
        }

        if (current == kGoals) {
            if (trimmed.isEmpty())
                continue;
            if (trimmed == QLatin1String("-") || trimmed.startsWith(QLatin1String("- "))) {
                const QString goal = trimmed.mid(1).trimmed();
                if (goal.isEmpty()) {
                    fail(error, atLine(lineNo, tr("empty goal")));
                    return std::nullopt;
                }
                goals.append({goal, lineNo});
            } else if (line.front().isSpace() && !goals.isEmpty()) {
                goals.last().text += u' ' + trimmed;
            } else {
                fail(error,
                     atLine(lineNo,
                            tr("each goal starts with \"- \" (a long goal goes on "
                               "over indented lines)")));
                return std::nullopt;
            }
            continue;
        }
        sections[current].lines.append(line);
    }

    for (const QString &key : kKeys) {
        if (!header.contains(key)) {
            fail(error,
                 tr("missing required field \"%1\" (a line \"%1 = ...\" before the first "
                    "section)")
                     .arg(key));
            return std::nullopt;
        }
        if (header.value(key).text.isEmpty()) {
            fail(error, atLine(header.value(key).line, tr("\"%1\" is empty").arg(key)));
            return std::nullopt;
        }
    }

    Scenario s;
    s.slug = slug;
    const Value title = header.value(kTitle);
    if (title.text.size() > kMaxTitleChars) {
        fail(
            error,
            atLine(title.line,
                   tr("the title has %1 characters; at most %2").arg(title.text.size()).arg(kMaxTitleChars)));
        return std::nullopt;
    }
    s.title = title.text;

    // Vocabulary values are case-insensitive ("Chat" is chat) and stored in lower case.
    const auto choice = [&](const QString &key, const QStringList &allowed, QString *out) {
        const Value v = header.value(key);
        const QString value = v.text.toLower();
        if (!allowed.contains(value))
            return fail(
                error,
                atLine(v.line, tr("unknown %1 \"%2\"; use one of %3").arg(key, v.text, quotedList(allowed))));
        *out = value;
        return true;
    };
    if (!choice(kLanguage, protocol::vocab::languages, &s.language)
        || !choice(kChannel, protocol::vocab::channels, &s.channel) || !choice(kRisk, risks(), &s.risk))
        return std::nullopt;

    const Value age = header.value(kAge);
    bool ok = false;
    s.personaAge = age.text.toInt(&ok);
    if (!ok || s.personaAge < kMinAge || s.personaAge > kMaxAge) {
        fail(error,
             atLine(age.line,
                    tr("persona.age must be a whole number from %1 to %2, not "
                       "\"%3\"")
                        .arg(kMinAge)
                        .arg(kMaxAge)
                        .arg(age.text)));
        return std::nullopt;
    }
    const Value situation = header.value(kSituation);
    if (situation.text.size() > kMaxSituationChars) {
        fail(error,
             atLine(situation.line,
                    tr("persona.situation has %1 characters; at most %2")
                        .arg(situation.text.size())
                        .arg(kMaxSituationChars)));
        return std::nullopt;
    }
    s.personaSituation = situation.text;

    for (const QString &name : {kOpening, kEvolution, kGuidance}) {
        const QString body = sectionText(sections.value(name).lines);
        if (body.size() > kMaxSectionChars) {
            fail(error,
                 atLine(sections.value(name).line,
                        tr("section [%1] has %2 characters; at most %3")
                            .arg(name)
                            .arg(body.size())
                            .arg(kMaxSectionChars)));
            return std::nullopt;
        }
        (name == kOpening ? s.opening : name == kEvolution ? s.evolution : s.guidance) = body;
    }
    if (s.opening.isEmpty()) {
        fail(error,
             tr("the [opening] section is missing or empty: it holds the help-seeker's "
                "first message"));
        return std::nullopt;
    }

    if (goals.isEmpty()) {
        fail(error, tr("the [goals] section needs at least one goal (a line starting with \"- \")"));
        return std::nullopt;
    }
    if (goals.size() > kMaxGoals) {
        fail(error,
             atLine(goals.at(kMaxGoals).line, tr("%1 goals; at most %2").arg(goals.size()).arg(kMaxGoals)));
        return std::nullopt;
    }
    for (const Value &goal : std::as_const(goals)) {
        // Each goal becomes one item of the feedback form: short, and never twice.
        if (goal.text.size() > kMaxGoalChars) {
            fail(error,
                 atLine(
                     goal.line,
                     tr("this goal has %1 characters; at most %2").arg(goal.text.size()).arg(kMaxGoalChars)));
            return std::nullopt;
        }
        if (s.goals.contains(goal.text)) {
            fail(error, atLine(goal.line, tr("this goal is already listed")));
            return std::nullopt;
        }
        s.goals.append(goal.text);
    }
    return s;
}

QList<Scenario> ScenarioFile::loadDirectory(const QString &dir, QStringList *errors)
{
    QStringList ignored;
    if (!errors)
        errors = &ignored;
    QList<Scenario> result;
    const QDir root(dir);
    if (!root.exists()) {
        errors->append(QStringLiteral("%1: no such directory").arg(dir));
        return result;
    }
    const QString suffix = QStringLiteral(".scenario");
    for (const QString &stray : root.entryList({QStringLiteral("*.scenario")}, QDir::Files, QDir::Name))
        errors->append(QStringLiteral("%1: put it in a folder named after the scenario (<slug>/<language>%2)")
                           .arg(stray, suffix));

    for (const QString &slug : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!isValidSlug(slug)) {
            errors->append(QStringLiteral("%1: a scenario folder's name uses 1-64 lowercase letters, digits "
                                          "and '-'")
                               .arg(slug));
            continue;
        }
        const QDir folder(root.filePath(slug));
        for (const QString &name :
             folder.entryList({QStringLiteral("*.scenario")}, QDir::Files, QDir::Name)) {
            const QString where = slug + u'/' + name;
            const QString language = name.chopped(suffix.size());
            if (!protocol::vocab::languages.contains(language)) {
                errors->append(QStringLiteral("%1: the file is named after its language, one of %2")
                                   .arg(where, quotedList(protocol::vocab::languages)));
                continue;
            }
            QFile file(folder.filePath(name));
            if (file.size() > kMaxFileBytes) {
                errors->append(QStringLiteral("%1: larger than %2 bytes").arg(where).arg(kMaxFileBytes));
                continue;
            }
            if (!file.open(QIODevice::ReadOnly)) {
                errors->append(QStringLiteral("%1: cannot read: %2").arg(where, file.errorString()));
                continue;
            }
            QString error;
            auto scenario = parse(slug, file.readAll(), &error);
            if (!scenario) {
                errors->append(where + QStringLiteral(": ") + error);
                continue;
            }
            if (scenario->language != language) {
                errors->append(
                    QStringLiteral("%1: the file says language = %2").arg(where, scenario->language));
                continue;
            }
            result.append(*scenario);
        }
    }
    std::sort(result.begin(), result.end(), [](const Scenario &a, const Scenario &b) {
        return a.slug == b.slug ? a.language < b.language : a.slug < b.slug;
    });
    return result;
}

QString ScenarioFile::toText(const Scenario &s)
{
    QString text;
    text += kTitle + QStringLiteral(" = ") + s.title + u'\n';
    text += kLanguage + QStringLiteral(" = ") + s.language + u'\n';
    text += kChannel + QStringLiteral(" = ") + s.channel + u'\n';
    text += kRisk + QStringLiteral(" = ") + s.risk + u'\n';
    text += kAge + QStringLiteral(" = ") + QString::number(s.personaAge) + u'\n';
    text += kSituation + QStringLiteral(" = ") + s.personaSituation + u'\n';
    const auto section = [&](const QString &name, const QString &body) {
        if (!body.isEmpty())
            text += QStringLiteral("\n[%1]\n%2\n").arg(name, body);
    };
    section(kOpening, s.opening);
    section(kEvolution, s.evolution);
    section(kGuidance, s.guidance);
    text += QStringLiteral("\n[goals]\n");
    for (const QString &goal : s.goals)
        text += QStringLiteral("- ") + goal + u'\n';
    return text;
}

QJsonObject Scenario::summaryJson() const
{
    return {{QStringLiteral("slug"), slug},
            {QStringLiteral("language"), language},
            {QStringLiteral("title"), title},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("risk"), risk}};
}

QJsonObject Scenario::toJson() const
{
    QJsonObject o = summaryJson();
    o.insert(QStringLiteral("personaAge"), personaAge);
    o.insert(QStringLiteral("personaSituation"), personaSituation);
    o.insert(QStringLiteral("opening"), opening);
    o.insert(QStringLiteral("evolution"), evolution);
    o.insert(QStringLiteral("guidance"), guidance);
    o.insert(QStringLiteral("goals"), QJsonArray::fromStringList(goals));
    return o;
}

Scenario Scenario::fromJson(const QJsonObject &o)
{
    Scenario s;
    s.slug = o.value(QLatin1String("slug")).toString();
    s.language = o.value(QLatin1String("language")).toString();
    s.title = o.value(QLatin1String("title")).toString();
    s.channel = o.value(QLatin1String("channel")).toString();
    s.risk = o.value(QLatin1String("risk")).toString();
    s.personaAge = o.value(QLatin1String("personaAge")).toInt();
    s.personaSituation = o.value(QLatin1String("personaSituation")).toString();
    s.opening = o.value(QLatin1String("opening")).toString();
    s.evolution = o.value(QLatin1String("evolution")).toString();
    s.guidance = o.value(QLatin1String("guidance")).toString();
    for (const auto &goal : o.value(QLatin1String("goals")).toArray())
        s.goals.append(goal.toString());
    return s;
}

} // namespace ecoute::protocol
