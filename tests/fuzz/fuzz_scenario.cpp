// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: ScenarioFile::parse must never crash, leak or hit undefined behaviour on any
// text a trainer (or an attacker with a trainer's account) saves, and a scenario that parses must
// come back unchanged from toText() and parse().
#include "protocol/ScenarioFile.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace ecoute::protocol;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString slug = QStringLiteral("fuzz");
    ScenarioFile::Problem problem;
    const auto scenario = ScenarioFile::parse(slug, text, &problem);
    if (!scenario) {
        (void)problem.text();
        return 0;
    }
    const QByteArray again = ScenarioFile::toText(*scenario).toUtf8();
    const auto reparsed = ScenarioFile::parse(slug, again, &problem);
    if (!reparsed) {
        std::fprintf(stderr, "fuzz_scenario: toText() of a parsed scenario does not parse: %s\n%s\n",
                     qPrintable(problem.text()), again.constData());
        std::abort();
    }
    if (reparsed->toJson() != scenario->toJson()) {
        std::fprintf(stderr, "fuzz_scenario: parse(toText(s)) differs from s\nfirst: %s\nagain: %s\n",
                     QJsonDocument(scenario->toJson()).toJson().constData(),
                     QJsonDocument(reparsed->toJson()).toJson().constData());
        std::abort();
    }
    return 0;
}
