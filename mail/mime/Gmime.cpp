// SPDX-License-Identifier: GPL-3.0-or-later
#include "mail/mime/Gmime.h"

#include <mutex>

namespace ecoute::mail::gmime {

namespace {

void swallowWarning(gint64, GMimeParserWarning, const gchar *, gpointer)
{
    // GMime's warnings quote header values; nothing of a message may reach a log.
}

QByteArray takeBytes(GMimeStream *stream)
{
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    if (!array || array->len == 0)
        return {};
    return QByteArray(reinterpret_cast<const char *>(array->data), qsizetype(array->len));
}

} // namespace

void ensureInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

GMimeParserOptions *quietParserOptions()
{
    ensureInitialised();
    GMimeParserOptions *options = g_mime_parser_options_new();
    g_mime_parser_options_set_warning_callback(options, swallowWarning, nullptr);
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    static const char *fallback[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallback);
    return options;
}

QByteArray objectBytes(GMimeObject *object)
{
    Ref<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_object_write_to_stream(object, nullptr, stream.get());
    return takeBytes(stream.get());
}

QByteArray contentBytes(GMimeObject *object)
{
    Ref<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_object_write_content_to_stream(object, nullptr, stream.get());
    return takeBytes(stream.get());
}

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    Ref<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    return takeBytes(stream.get());
}

} // namespace ecoute::mail::gmime
