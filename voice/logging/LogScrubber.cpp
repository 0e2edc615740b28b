// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/logging/LogScrubber.h"

#include <QRegularExpression>

// Every pattern runs on every library log line, so each is written to stay linear: matches may
// only start at a token boundary (a lookbehind), runs are possessive or atomic, and repetitions
// of alternatives are bounded. tst_logscrubber feeds 64 KiB lines of digits and colons through it.
// The passes run in order: a later pass never sees what an earlier one redacted, and "[redacted]"
// itself holds nothing a later pass would match (no digit, colon or '@').

namespace ecoute::voice {

namespace {

const QString kRedacted = QStringLiteral("[redacted]");

QRegularExpression compile(const char *pattern,
                           QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption)
{
    QRegularExpression re(QString::fromLatin1(pattern), options);
    re.optimize(); // compile (and JIT) now, so threads that log later only read it
    Q_ASSERT_X(re.isValid(), "LogScrubber", qPrintable(re.errorString()));
    return re;
}

// An IPv6 address: full, with an IPv4 tail, or compressed with "::" (needing at least one
// group, so C++'s "::" and a bare "::" separator survive). A time like 12:34:56 has neither
// eight groups nor "::".
#define ECOUTE_IPV6_CORE                                                                                     \
    "(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}"                                                            \
    "|(?:[0-9A-Fa-f]{1,4}:){6}(?:\\d{1,3}\\.){3}\\d{1,3}"                                                    \
    "|[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6}::"                                                          \
    "(?:(?:[0-9A-Fa-f]{1,4}:){0,5}(?:\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})?"   \
    "|::(?:(?:[0-9A-Fa-f]{1,4}:){0,5}(?:\\d{1,3}\\.){3}\\d{1,3}|[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,6})" \
    ")"                                                                                                      \
    "(?:%[\\w.-]+)?"

struct Patterns
{
    // Identity-bearing SIP headers (long and compact forms) at a line start or after whitespace:
    // their whole value goes, display name, tag and all. Lines of a multi-line message count
    // one by one. Authorization headers carry the account name and digest, Identity a signed number.
    const QRegularExpression header = compile(
        "(?:^|(?<=\\s))"
        "(P-Asserted-Identity|P-Preferred-Identity|P-Called-Party-ID|Remote-Party-ID|Diversion|History-Info"
        "|Referred-By|Refer-To|Reply-To|Record-Route|Service-Route|Route|Path|Call-ID|Contact|From|To|Via"
        "|Replaces|Identity|Proxy-Authorization|Authorization|[ftmvirby])"
        "[ \\t]*:[ \\t]*[^\\r\\n]*+",
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);

    // SDP origin (user name), URI, e-mail and phone fields.
    const QRegularExpression sdpField =
        compile("^([ \\t]*[oupe]=)[^\\r\\n]*+", QRegularExpression::MultilineOption);

    // SDES-SRTP keys are secrets, not identifiers, but have no business in a log either.
    const QRegularExpression srtpKey =
        compile("(inline:)[^\\s|]++", QRegularExpression::CaseInsensitiveOption);

    // A quoted display name just before a SIP or tel URI: `"Jean Dupont" <sip:...>`.
    const QRegularExpression displayName =
        compile("\"[^\"\\r\\n]*+\"(?=[ \\t]*<(?:sips?|tel):)", QRegularExpression::CaseInsensitiveOption);

    // A whole sip:, sips: or tel: URI with user, host, port and parameters; it ends at a bracket,
    // quote, comma or whitespace and does not take a trailing ':' or '.' of the sentence around it.
    const QRegularExpression uri =
        compile("\\b(?:sips?|tel):[^\\s<>\"',]*[^\\s<>\"',:.]", QRegularExpression::CaseInsensitiveOption);

    // user@host[:port], e.g. anonymous@anonymous.invalid or a Call-ID, starting at a token start.
    const QRegularExpression userAtHost = compile("(?<![^\\s<>\"'@:;,()\\[\\]])[^\\s<>\"'@:;,()\\[\\]]++@"
                                                  "(?:\\[[0-9A-Fa-f:.]++\\]|[A-Za-z0-9._-]++)(?::\\d{1,5})?");

    const QRegularExpression ipv6Bracketed = compile("\\[" ECOUTE_IPV6_CORE "\\](?::\\d{1,5}(?!\\d))?");
    const QRegularExpression ipv6 = compile("(?<![\\w:.])" ECOUTE_IPV6_CORE "(?![\\w:]|\\.\\d)");
    const QRegularExpression ipv4 =
        compile("(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?!\\d|\\.\\d)(?::\\d{1,5}(?!\\d))?");

    // hostname:port (a dotted name or localhost); a source location like call.c:123 survives.
    const QRegularExpression hostPort = compile(
        "(?<![\\w.-])(?:(?>(?:[A-Za-z0-9-]++\\.)+)(?!(?:c|cc|cpp|cxx|h|hh|hpp|m|mm)\\b)[A-Za-z][A-Za-z0-9-]*+"
        "|localhost):\\d{1,5}(?!\\d)",
        QRegularExpression::CaseInsensitiveOption);

    // Numbers, scanned in one pass so harmless ones are consumed before they can join a run:
    // 1: kept (an ISO date, a time with sub-second digits), 2: "+" and 6-15+ digits with
    // separators, 3: a run of digits with - . or space between groups of two or more (also glued
    // to letters, as in an account name "line0621123456"; not after '.', which is a fraction).
    const QRegularExpression numbers =
        compile("(\\b(?:19|20)\\d\\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?![-.]?\\d)"
                "|\\b\\d{1,2}:\\d{2}:\\d{2}[.,]\\d{1,9}(?![\\d.:]))"
                "|(\\+\\d(?:[-. /()]{0,2}\\d){5,}+)"
                "|((?<![\\d.])\\d++(?:[-. ]\\d{2,}+)*+)");
};

#undef ECOUTE_IPV6_CORE

const Patterns &patterns()
{
    static const Patterns p;
    return p;
}

int digitCount(QStringView text)
{
    int n = 0;
    for (QChar c : text)
        n += c.isDigit() ? 1 : 0;
    return n;
}

// Whether a run of digits (pattern group 3) looks like a phone number or another identifier:
// six digits or more, except a plain decimal (one '.', as in "1234.567 ms") whose integer part
// is shorter than that.
bool identifyingRun(QStringView run)
{
    if (digitCount(run) < 6)
        return false;
    const qsizetype dot = run.indexOf(u'.');
    const bool decimal = dot > 0 && run.count(u'.') == 1 && run.indexOf(u' ') < 0 && run.indexOf(u'-') < 0;
    return !decimal || dot >= 6;
}

QString scrubNumbers(const QString &text)
{
    QString out;
    qsizetype last = 0;
    auto it = patterns().numbers.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const bool redact =
            m.capturedLength(2) > 0 || (m.capturedLength(3) > 0 && identifyingRun(m.capturedView(3)));
        if (!redact)
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += kRedacted;
        last = m.capturedEnd();
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

// Nothing this class removes can be written without a digit, an '@' or a ':'.
bool mayHoldIdentifier(const QString &line)
{
    for (QChar c : line) {
        if (c.isDigit() || c == u'@' || c == u':')
            return true;
    }
    return false;
}

} // namespace

QString LogScrubber::scrub(const QString &line)
{
    if (!mayHoldIdentifier(line))
        return line;
    const Patterns &p = patterns();
    QString out = line;
    out.replace(p.header, QStringLiteral("\\1: ") + kRedacted);
    out.replace(p.sdpField, QStringLiteral("\\1") + kRedacted);
    out.replace(p.srtpKey, QStringLiteral("\\1") + kRedacted);
    out.replace(p.displayName, kRedacted);
    out.replace(p.uri, kRedacted);
    out.replace(p.userAtHost, kRedacted);
    out.replace(p.ipv6Bracketed, kRedacted);
    out.replace(p.ipv6, kRedacted);
    out.replace(p.ipv4, kRedacted);
    out.replace(p.hostPort, kRedacted);
    return scrubNumbers(out);
}

} // namespace ecoute::voice
