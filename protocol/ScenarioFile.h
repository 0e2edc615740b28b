// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ecoute::protocol {

/// One practice scenario in one language: what the trainer plays (persona,
/// opening, evolution), how to play it (guidance) and what the feedback form
/// asks about (goals). The same slug in several languages is the same exercise.
struct Scenario
{
    QString slug; ///< the folder name, e.g. "panic-attack"; shared by the translations
    QString language; ///< fr, de, en, lb, pt
    QString title;
    QString channel; ///< chat, email, phone
    QString risk; ///< low, medium, high
    int personaAge = 0;
    QString personaSituation;
    QString opening; ///< the help-seeker's first message, sent as is
    QString evolution;
    QString guidance;
    QStringList goals; ///< one feedback item each

    /// {slug, language, title, channel, risk}: what every staff member may list.
    QJsonObject summaryJson() const;
    /// Everything, guidance included: for trainers (the `scenario` object of docs/protocol.md).
    QJsonObject toJson() const;
    /// The inverse of toJson(); missing fields stay empty.
    static Scenario fromJson(const QJsonObject &o);
};

/// The text format trainers write by hand (docs/scenarios.md): "key = value"
/// header lines, then [opening], [evolution], [guidance] and [goals] sections;
/// "#" starts a comment line. Stored as files (scenarios/<slug>/<lang>.scenario)
/// and, once a trainer edits one, as text in the database.
class ScenarioFile
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile) // the parser's messages are shown to trainers

public:
    static constexpr int kMaxTitleChars = 120;
    static constexpr int kMaxSituationChars = 1000;
    static constexpr int kMaxSectionChars =
        8000; ///< also the longest chat message: the opening is sent as one
    static constexpr int kMaxGoals = 12;
    static constexpr int kMaxGoalChars = 300;
    static constexpr int kMinAge = 10;
    static constexpr int kMaxAge = 110;
    static constexpr qint64 kMaxFileBytes = qint64 {256} * 1024;

    static const QStringList &risks();

    /// Why a text does not parse: a translated message, and the line it is about (0: the
    /// whole text), kept apart so that an editor can point at the field.
    struct Problem
    {
        int line = 0;
        QString message;
        /// "line N: message" (translated), or the message alone.
        QString text() const;
    };

    /// The scenario in utf8, or nullopt with the problem in *problem (may be null).
    /// slug is not in the text: it names the folder (or the database row) the text comes from.
    static std::optional<Scenario> parse(const QString &slug, const QByteArray &utf8, Problem *problem);
    /// The same with the problem as one message (line number first when there is one).
    static std::optional<Scenario> parse(const QString &slug, const QByteArray &utf8, QString *error);

    /// Every <dir>/<slug>/<lang>.scenario that parses and whose language
    /// line matches its file name, sorted by slug then language. Each file
    /// skipped adds "<slug>/<file>: <reason>" to *errors (may be null).
    static QList<Scenario> loadDirectory(const QString &dir, QStringList *errors);

    /// The text form of s (without comments); parse(s.slug, toText(s)) gives s back.
    static QString toText(const Scenario &s);

    static bool isValidSlug(const QString &slug);
};

} // namespace ecoute::protocol
