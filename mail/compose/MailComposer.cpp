// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/compose/MailComposer.h"

#include "mail/mime/Gmime.h"

#include <QRandomGenerator>

namespace ecoute::mail {

namespace {

QByteArray angle(const QString &id)
{
    return '<' + id.toUtf8() + '>';
}

/// Header values come from the server, but a line break in one would start a new header.
QByteArray oneLine(const QString &value)
{
    QString line = value;
    for (QChar &c : line)
        if (c.category() == QChar::Other_Control)
            c = u' ';
    return line.simplified().toUtf8();
}

void setHeader(GMimeObject *object, const char *name, const QByteArray &value)
{
    g_mime_object_set_header(object, name, value.constData(), "utf-8");
}

} // namespace

QByteArray compose(const OutgoingMail &mail)
{
    gmime::ensureInitialised();
    gmime::Ref<GMimeMessage> message(g_mime_message_new(TRUE));
    GMimeObject *object = GMIME_OBJECT(message.get());

    const QByteArray fromName = oneLine(mail.fromName);
    g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_FROM,
                               fromName.isEmpty() ? nullptr : fromName.constData(),
                               oneLine(mail.fromAddress).constData());
    g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_TO, nullptr,
                               oneLine(mail.toAddress).constData());
    g_mime_message_set_subject(message.get(), oneLine(mail.subject).constData(), "utf-8");

    const QDateTime when = (mail.date.isValid() ? mail.date : QDateTime::currentDateTimeUtc()).toUTC();
    GDateTime *date = g_date_time_new_from_unix_utc(when.toSecsSinceEpoch());
    g_mime_message_set_date(message.get(), date);
    g_date_time_unref(date);

    g_mime_message_set_message_id(message.get(), oneLine(mail.messageId).constData());
    if (!mail.inReplyTo.isEmpty())
        setHeader(object, "In-Reply-To", angle(QString::fromUtf8(oneLine(mail.inReplyTo))));
    if (!mail.references.isEmpty()) {
        QByteArrayList ids;
        for (const QString &id : mail.references)
            ids.append(angle(QString::fromUtf8(oneLine(id))));
        setHeader(object, "References", ids.join(' '));
    }
    // RFC 3834: an acknowledgement says it is automatic; a volunteer's answer says it is not.
    setHeader(object, "Auto-Submitted", mail.autoReplied ? "auto-replied" : "no");
    setHeader(object, "MIME-Version", "1.0");

    QString text = mail.text;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    const QByteArray body = text.toUtf8();
    // Content set by hand: g_mime_text_part_set_text() would pick ISO-8859-1 when it can.
    gmime::Ref<GMimeTextPart> part(g_mime_text_part_new_with_subtype("plain"));
    g_mime_object_set_content_type_parameter(GMIME_OBJECT(part.get()), "charset", "utf-8");
    gmime::Ref<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(body.constData(), size_t(body.size())));
    gmime::Ref<GMimeDataWrapper> content(
        g_mime_data_wrapper_new_with_stream(stream.get(), GMIME_CONTENT_ENCODING_DEFAULT));
    g_mime_part_set_content(GMIME_PART(part.get()), content.get());
    g_mime_part_set_content_encoding(
        GMIME_PART(part.get()),
        g_mime_part_get_best_content_encoding(GMIME_PART(part.get()), GMIME_ENCODING_CONSTRAINT_7BIT));
    g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(part.get()));

    GMimeFormatOptions *options = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    char *raw = g_mime_object_to_string(object, options);
    g_mime_format_options_free(options);
    const QByteArray result(raw);
    g_free(raw);
    return result;
}

QString newMessageId(QStringView domain)
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    return QString::fromLatin1(bytes.toHex()) + u'@' + domain.toString().trimmed().toLower();
}

} // namespace ecoute::mail
