// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/ComplexityScan.h"

#include <QByteArrayView>

#include <algorithm>

namespace ecoute::mail {

namespace {

// Fields GMime parses into lists or decodes word by word when it builds a message.
constexpr QByteArrayView kWatchedFields[] = {
    "from",
    "to",
    "cc",
    "bcc",
    "reply-to",
    "sender",
    "resent-from",
    "resent-to",
    "resent-cc",
    "resent-bcc",
    "resent-sender",
    "references",
    "in-reply-to",
    "message-id",
    "subject",
    "content-type",
    "content-disposition",
};

/// The field name a header line starts with ("Content-Type :" included), or empty. RFC 5322
/// field names are printable ASCII without colon; white space may precede the colon.
QByteArrayView fieldName(QByteArrayView line)
{
    const qsizetype colon = line.first(std::min<qsizetype>(line.size(), 80)).indexOf(':');
    if (colon <= 0)
        return {};
    QByteArrayView name = line.first(colon);
    while (!name.isEmpty() && (name.back() == ' ' || name.back() == '\t'))
        name.chop(1);
    const bool printable = std::all_of(name.begin(), name.end(), [](char c) { return c > 32 && c < 127; });
    return printable ? name : QByteArrayView();
}

bool isWatched(QByteArrayView name)
{
    return std::any_of(std::begin(kWatchedFields), std::end(kWatchedFields), [&](QByteArrayView watched) {
        return name.compare(watched, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

bool looksTooComplex(const QByteArray &raw, const ParseLimits &limits)
{
    const qint64 allowedParts = qint64(std::max(limits.maxParts, 1)) * 4;
    qint64 boundaries = 0;
    qint64 contentTypes = 0;
    qint64 fields = 0;
    bool inWatchedField = false;
    qint64 fieldBytes = 0;
    qsizetype start = 0;
    while (start < raw.size()) {
        qsizetype end = raw.indexOf('\n', start);
        if (end < 0)
            end = raw.size();
        const QByteArrayView line(raw.constData() + start, end - start);
        start = end + 1;
        if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t')) {
            fieldBytes += line.size(); // a continuation of the field above
        } else {
            if (line.startsWith("--") && !line.startsWith("-- "))
                ++boundaries;
            const QByteArrayView name = fieldName(line);
            if (!name.isEmpty())
                ++fields;
            inWatchedField = !name.isEmpty() && isWatched(name);
            fieldBytes = line.size();
            if (inWatchedField && name.compare(QByteArrayView("content-type"), Qt::CaseInsensitive) == 0)
                ++contentTypes;
        }
        if (boundaries > allowedParts || contentTypes > allowedParts || fields > limits.maxHeaderLines
            || (inWatchedField && fieldBytes > limits.maxFieldBytes))
            return true;
    }
    return false;
}

} // namespace ecoute::mail
