// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/DeliveryReport.h"

#include "mail/mime/Gmime.h"
#include "mail/mime/TextDecoding.h"

#include <QRegularExpression>

namespace ecoute::mail {

namespace {

QByteArray fieldValue(const QByteArray &line, const QByteArray &name)
{
    if (line.size() <= name.size() || !line.startsWith(name))
        return {};
    return line.mid(name.size()).trimmed();
}

QByteArray firstToken(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    qsizetype end = 0;
    while (end < trimmed.size() && trimmed.at(end) != ' ' && trimmed.at(end) != '\t' && trimmed.at(end) != '('
           && trimmed.at(end) != ';')
        ++end;
    return trimmed.left(end);
}

} // namespace

DeliveryFields readDeliveryStatus(const QByteArray &body)
{
    static const QRegularExpression statusPattern(QStringLiteral(R"(^[245]\.\d{1,3}\.\d{1,3}$)"));
    static const QStringList actions {QStringLiteral("failed"), QStringLiteral("delayed"),
                                      QStringLiteral("delivered"), QStringLiteral("relayed"),
                                      QStringLiteral("expanded")};
    DeliveryFields fields;
    for (const QByteArray &rawLine : body.split('\n')) {
        const QByteArray line = rawLine.trimmed().toLower();
        if (fields.action.isEmpty()) {
            const QString action = QString::fromLatin1(firstToken(fieldValue(line, "action:")));
            if (actions.contains(action))
                fields.action = action;
        }
        if (fields.status.isEmpty()) {
            const QString status = QString::fromLatin1(firstToken(fieldValue(line, "status:")));
            if (statusPattern.match(status).hasMatch())
                fields.status = status;
        }
        if (!fields.action.isEmpty() && !fields.status.isEmpty())
            break;
    }
    return fields;
}

QString messageIdInHeaders(const QByteArray &headers)
{
    QByteArray block = headers;
    block.append("\n\n"); // headers alone: an empty body after them
    gmime::Ref<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(block.constData(), size_t(block.size())));
    gmime::Ref<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GMimeParserOptions *options = gmime::quietParserOptions();
    gmime::Ref<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    g_mime_parser_options_free(options);
    if (!message || !g_mime_message_get_message_id(message.get()))
        return {};
    return cleanHeaderText(QString::fromUtf8(g_mime_message_get_message_id(message.get())));
}

} // namespace ecoute::mail
