// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/MailParser.h"

#include "mail/address/AddressNormaliser.h"
#include "mail/html/HtmlText.h"
#include "mail/mime/AttachmentName.h"
#include "mail/mime/ComplexityScan.h"
#include "mail/mime/DeliveryReport.h"
#include "mail/mime/Gmime.h"
#include "mail/mime/HeaderText.h"
#include "mail/mime/TextDecoding.h"

#include <QRegularExpression>
#include <QScopeGuard>

#include <vector>

namespace ecoute::mail {

namespace {

constexpr int kMaxReferences = 100;
constexpr qsizetype kMaxIdChars = 998;

QString utf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QString header(GMimeObject *object, const char *name)
{
    return utf8(g_mime_object_get_header(object, name));
}

/// A header's first word, lowercase, without comments or parameters: "Auto-Replied (vacation)".
QString headerKeyword(GMimeObject *object, const char *name)
{
    QString value = header(object, name).trimmed().toLower();
    static const QRegularExpression end(QStringLiteral("[\\s;(]"));
    const qsizetype cut = value.indexOf(end);
    return cut >= 0 ? value.left(cut) : value;
}

QString cleanId(const char *id)
{
    QString clean = cleanHeaderText(utf8(id));
    clean.remove(u'<');
    clean.remove(u'>');
    clean.remove(u' ');
    capText(clean, kMaxIdChars);
    return clean;
}

QStringList messageIds(GMimeParserOptions *options, GMimeObject *object, const char *name)
{
    QStringList ids;
    const char *value = g_mime_object_get_header(object, name);
    if (!value)
        return ids;
    GMimeReferences *references = g_mime_references_parse(options, value);
    if (!references)
        return ids;
    const int count = g_mime_references_length(references);
    for (int i = std::max(0, count - kMaxReferences); i < count; ++i) {
        const QString id = cleanId(g_mime_references_get_message_id(references, i));
        if (!id.isEmpty())
            ids.append(id);
    }
    g_mime_references_free(references);
    return ids;
}

QString firstMailbox(InternetAddressList *list)
{
    // Iterative over at most one group level: a group inside a group is not valid RFC 5322.
    if (!list)
        return {};
    for (int i = 0; i < internet_address_list_length(list); ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(address))
            return utf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)));
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            InternetAddressList *members =
                internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address));
            for (int j = 0; members && j < internet_address_list_length(members); ++j) {
                InternetAddress *member = internet_address_list_get_address(members, j);
                if (INTERNET_ADDRESS_IS_MAILBOX(member))
                    return utf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(member)));
            }
        }
    }
    return {};
}

QString mimeType(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (!type)
        return QStringLiteral("application/octet-stream");
    char *name = g_mime_content_type_get_mime_type(type);
    const QString result = utf8(name).toLower();
    g_free(name);
    return result;
}

QByteArray charsetOf(GMimeObject *object)
{
    const char *charset = g_mime_object_get_content_type_parameter(object, "charset");
    return charset ? QByteArray(charset) : QByteArray();
}

bool isAttachmentDisposition(GMimeObject *object)
{
    GMimeContentDisposition *disposition = g_mime_object_get_content_disposition(object);
    return disposition && g_mime_content_disposition_is_attachment(disposition);
}

/// One walk over the MIME tree, with an explicit stack and the limits' budget.
class TreeWalk
{
public:
    TreeWalk(const ParseLimits &limits, ParsedMail &mail) : m_limits(limits), m_mail(mail) { }

    void run(GMimeObject *root)
    {
        struct Frame
        {
            GMimeObject *object;
            int depth;
            bool inAlternative;
            bool inReport;
        };
        std::vector<Frame> stack;
        if (root)
            stack.push_back({root, 0, false, false});
        int parts = 0;
        while (!stack.empty()) {
            const Frame frame = stack.back();
            stack.pop_back();
            if (++parts > m_limits.maxParts || frame.depth > m_limits.maxDepth) {
                m_mail.truncated = true;
                if (parts > m_limits.maxParts)
                    break;
                continue;
            }
            if (GMIME_IS_MULTIPART(frame.object)) {
                GMimeMultipart *multipart = GMIME_MULTIPART(frame.object);
                const QString type = mimeType(frame.object);
                const bool alternative =
                    frame.inAlternative || type == QLatin1String("multipart/alternative");
                const bool report = frame.inReport || isDeliveryReport(frame.object, type);
                for (int i = g_mime_multipart_get_count(multipart) - 1; i >= 0; --i)
                    stack.push_back(
                        {g_mime_multipart_get_part(multipart, i), frame.depth + 1, alternative, report});
            } else {
                leaf(frame.object, frame.inAlternative, frame.inReport);
            }
        }
        finishText();
    }

    bool sawDeliveryReport() const { return m_report; }
    const Bounce &reportDetails() const { return m_bounce; }

private:
    bool isDeliveryReport(GMimeObject *object, const QString &type)
    {
        if (type != QLatin1String("multipart/report"))
            return false;
        const QString reportType =
            utf8(g_mime_object_get_content_type_parameter(object, "report-type")).trimmed().toLower();
        if (reportType != QLatin1String("delivery-status"))
            return false;
        m_report = true;
        return true;
    }

    void leaf(GMimeObject *object, bool inAlternative, bool inReport)
    {
        const QString type = mimeType(object);
        // The machine-readable half of a delivery report describes the bounce; it is no attachment
        // (it names the writer's address).
        if (inReport && reportPart(object, type))
            return;
        if (GMIME_IS_PART(object) && !isAttachmentDisposition(object)) {
            if (type == QLatin1String("text/plain")) {
                plain(GMIME_PART(object), inAlternative);
                return;
            }
            if (type == QLatin1String("text/html")) {
                if (m_html.isNull())
                    m_html = decodeCharset(gmime::decodedContent(GMIME_PART(object)), charsetOf(object));
                return;
            }
        }
        attachment(object, type);
    }

    bool reportPart(GMimeObject *object, const QString &type)
    {
        if (type == QLatin1String("message/delivery-status")
            || type == QLatin1String("message/global-delivery-status")) {
            const QByteArray body = GMIME_IS_PART(object) ? gmime::decodedContent(GMIME_PART(object))
                                                          : gmime::contentBytes(object);
            const DeliveryFields fields = readDeliveryStatus(body);
            if (m_bounce.action.isEmpty())
                m_bounce.action = fields.action;
            if (m_bounce.status.isEmpty())
                m_bounce.status = fields.status;
            return true;
        }
        if (GMIME_IS_MESSAGE_PART(object)) {
            GMimeMessage *original = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (original && m_bounce.originalMessageId.isEmpty())
                m_bounce.originalMessageId = cleanId(g_mime_message_get_message_id(original));
            return true;
        }
        if (type == QLatin1String("text/rfc822-headers") && GMIME_IS_PART(object)) {
            if (m_bounce.originalMessageId.isEmpty())
                m_bounce.originalMessageId = messageIdInHeaders(gmime::decodedContent(GMIME_PART(object)));
            return true;
        }
        return false;
    }

    void plain(GMimePart *part, bool inAlternative)
    {
        if (!m_plain.isNull() && inAlternative)
            return; // another rendering of what is already read
        const QString text = decodeCharset(gmime::decodedContent(part), charsetOf(GMIME_OBJECT(part)));
        if (m_plain.isNull()) {
            m_plain = text;
        } else if (m_plain.size() <= m_limits.maxTextChars) {
            // Text split around inline images (multipart/mixed): the rest of the letter.
            m_plain += QLatin1String("\n\n") + text;
        }
    }

    void attachment(GMimeObject *object, const QString &type)
    {
        Attachment file;
        file.contentType = type;
        if (GMIME_IS_PART(object)) {
            file.name = sanitiseAttachmentName(utf8(g_mime_part_get_filename(GMIME_PART(object))));
            file.data = gmime::decodedContent(GMIME_PART(object));
        } else if (GMIME_IS_MESSAGE_PART(object)) {
            file.name = sanitiseAttachmentName({});
            GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (inner)
                file.data = gmime::objectBytes(GMIME_OBJECT(inner));
        } else {
            return;
        }
        file.size = file.data.size();
        if (m_attachmentBytes + file.size > m_limits.maxAttachmentBytes) {
            m_mail.truncated = true;
            return;
        }
        m_attachmentBytes += file.size;
        m_mail.attachments.append(file);
    }

    void finishText()
    {
        if (m_plain.isNull() && capText(m_html, m_limits.maxHtmlChars)) {
            m_mail.truncated = true;
            const qsizetype open = m_html.lastIndexOf(u'<');
            if (open >= 0 && m_html.indexOf(u'>', open) < 0)
                m_html.truncate(open); // no half tag shown as text
        }
        QString text = !m_plain.isNull() ? cleanBodyText(m_plain)
                                         : (m_html.isNull() ? QString() : htmlToText(cleanBodyText(m_html)));
        while (!text.isEmpty() && text.back().isSpace())
            text.chop(1);
        if (capText(text, m_limits.maxTextChars))
            m_mail.truncated = true;
        m_mail.text = text;
    }

    const ParseLimits &m_limits;
    ParsedMail &m_mail;
    QString m_plain;
    QString m_html;
    qint64 m_attachmentBytes = 0;
    bool m_report = false;
    Bounce m_bounce;
};

bool fromMailerDaemon(const QString &address)
{
    const QString local = address.left(address.indexOf(u'@'));
    return local == QLatin1String("mailer-daemon") || local == QLatin1String("postmaster");
}

Automatic classify(GMimeObject *message, const ParsedMail &mail, bool deliveryReport)
{
    if (deliveryReport || (mail.returnPathEmpty && fromMailerDaemon(mail.fromAddress)))
        return Automatic::Bounce;
    const QString autoSubmitted = headerKeyword(message, "Auto-Submitted");
    if (!autoSubmitted.isEmpty() && autoSubmitted != QLatin1String("no"))
        return Automatic::AutoReplied;
    if (g_mime_object_get_header(message, "List-Id") || g_mime_object_get_header(message, "List-Unsubscribe"))
        return Automatic::List;
    const QString precedence = headerKeyword(message, "Precedence");
    if (precedence == QLatin1String("bulk") || precedence == QLatin1String("list")
        || precedence == QLatin1String("junk"))
        return Automatic::Bulk;
    return Automatic::None;
}

ParseResult failure(ParseError error)
{
    ParseResult result;
    result.ok = false;
    result.error = error;
    return result;
}

} // namespace

ParseResult parseMail(const QByteArray &raw, const ParseLimits &limits)
{
    if (raw.trimmed().isEmpty())
        return failure(ParseError::Empty);
    if (looksTooComplex(raw, limits))
        return failure(ParseError::TooComplex);

    gmime::ensureInitialised();
    GMimeParserOptions *options = gmime::quietParserOptions();
    const auto freeOptions = qScopeGuard([options] { g_mime_parser_options_free(options); });
    gmime::Ref<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), size_t(raw.size())));
    gmime::Ref<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    gmime::Ref<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    if (!message)
        return failure(ParseError::Malformed);
    GMimeObject *object = GMIME_OBJECT(message.get());
    GMimeHeaderList *headers = g_mime_object_get_header_list(object);
    if (!headers || g_mime_header_list_get_count(headers) == 0)
        return failure(ParseError::Malformed);

    ParseResult result;
    result.ok = true;
    ParsedMail &mail = result.mail;
    mail.messageId = cleanId(g_mime_message_get_message_id(message.get()));
    const QStringList inReplyTo = messageIds(options, object, "In-Reply-To");
    mail.inReplyTo = inReplyTo.isEmpty() ? QString() : inReplyTo.constFirst();
    mail.references = messageIds(options, object, "References");
    mail.fromAddress = normaliseAddress(firstMailbox(g_mime_message_get_from(message.get())));
    static const QRegularExpression space(QStringLiteral("\\s"));
    QString returnPath = header(object, "Return-Path");
    returnPath.remove(space);
    mail.returnPathEmpty =
        g_mime_object_get_header(object, "Return-Path") && returnPath == QLatin1String("<>");
    // Read from the raw bytes: GMime drops what an unknown charset's words hold.
    if (GMimeHeader *subject = g_mime_header_list_get_header(headers, "Subject"))
        mail.subject = cleanHeaderText(decodeHeaderText(QByteArray(g_mime_header_get_raw_value(subject))));
    if (GDateTime *date = g_mime_message_get_date(message.get()))
        mail.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);

    TreeWalk walk(limits, mail);
    walk.run(g_mime_message_get_mime_part(message.get()));
    mail.automatic = classify(object, mail, walk.sawDeliveryReport());
    if (mail.automatic == Automatic::Bounce) {
        Bounce bounce = walk.reportDetails();
        if (bounce.originalMessageId.isEmpty())
            bounce.originalMessageId = !mail.inReplyTo.isEmpty() ? mail.inReplyTo
                : mail.references.isEmpty()                      ? QString()
                                                                 : mail.references.constLast();
        mail.bounce = bounce;
    }
    return result;
}

} // namespace ecoute::mail
