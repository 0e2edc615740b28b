// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ecoute::mail {

/// Why a message must not be answered automatically (RFC 3834). When several apply, the first
/// of Bounce, AutoReplied, List, Bulk wins.
enum class Automatic {
    None,
    AutoReplied, // Auto-Submitted other than "no"
    Bulk, // Precedence: bulk, list or junk
    List, // List-Id or List-Unsubscribe
    Bounce, // a delivery status report, or MAILER-DAEMON/postmaster with an empty return path
};

/// What a delivery report says about the message it returns.
struct Bounce
{
    QString originalMessageId; // without <>; empty when the report does not say
    QString action; // "failed", "delayed", ... (lowercase); empty if absent
    QString status; // "5.1.1"; empty if absent
};

struct Attachment
{
    QString name; // sanitised: no path, no control characters, at most 100 characters
    QString contentType; // lowercase type/subtype
    qint64 size = 0; // decoded bytes, always data.size()
    QByteArray data; // decoded
};

struct ParsedMail
{
    QString messageId; // without <>
    QString inReplyTo; // without <>
    QStringList references; // without <>, oldest first
    QString fromAddress; // normalised (AddressNormaliser); empty if none or invalid
    bool returnPathEmpty = false; // Return-Path: <>
    QString subject; // decoded, one line
    QDateTime date; // UTC, or invalid
    Automatic automatic = Automatic::None;
    std::optional<Bounce> bounce; // set when automatic == Bounce
    QString text; // the readable body, LF line ends
    QList<Attachment> attachments; // every leaf part that is not the body, inline images included
    bool truncated = false; // the text or the parts were cut by ParseLimits
};

/// Bounds on what one message may cost. Past maxDepth or maxParts the walk stops (truncated). A
/// message whose raw text announces far more parts than maxParts, holds an address, reference or
/// subject field longer than maxFieldBytes, or more than maxHeaderLines fields is refused before
/// GMime sees it (ComplexityScan).
struct ParseLimits
{
    int maxDepth = 32;
    int maxParts = 500;
    qint64 maxTextChars = 200000;
    qint64 maxHtmlChars = 1000000; // libxml2 needs about 1 s a MB on the worst nestings
    qint64 maxAttachmentBytes = 16 * 1024 * 1024; // decoded, all attachments together
    qint64 maxFieldBytes = 64 * 1024; // one header field with its continuation lines
    qint64 maxHeaderLines = 50000; // header fields in the whole message, parts included
};

enum class ParseError {
    None,
    Malformed, // no header at all
    TooComplex, // far more parts or header fields than the limits allow
    Empty, // nothing but white space
    TooLarge, // over the parser process's --max-bytes (never returned by parseMail itself)
};

struct ParseResult
{
    bool ok = false;
    ParseError error = ParseError::None;
    ParsedMail mail;
};

/// Parses one raw RFC 5322 message. Safe on any input: never recurses with the message's depth,
/// never prints a header value (GMime's warnings are swallowed). Malformed MIME that GMime can still
/// read gives what can be read.
ParseResult parseMail(const QByteArray &raw, const ParseLimits &limits = {});

} // namespace ecoute::mail
