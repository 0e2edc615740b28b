// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/HttpRequestHead.h"

#include <http_parser.h>

namespace ecoute::server {

namespace {
struct ParseState
{
    HttpRequestHead *head = nullptr;
    int maxHeaders = 0;
    bool inValue = false;
    bool complete = false;
};

ParseState &stateOf(http_parser *parser)
{
    return *static_cast<ParseState *>(parser->data);
}

int onUrl(http_parser *parser, const char *at, size_t length)
{
    stateOf(parser).head->target.append(at, static_cast<qsizetype>(length));
    return 0;
}

int onHeaderField(http_parser *parser, const char *at, size_t length)
{
    ParseState &state = stateOf(parser);
    auto &headers = state.head->headers;
    if (state.inValue || headers.isEmpty()) {
        if (headers.size() >= state.maxHeaders) {
            state.head->problem = HttpRequestHead::Problem::TooManyHeaders;
            return 1;
        }
        headers.append(QPair<QByteArray, QByteArray>());
        state.inValue = false;
    }
    headers.last().first.append(QByteArray(at, static_cast<qsizetype>(length)).toLower());
    return 0;
}

int onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    ParseState &state = stateOf(parser);
    state.inValue = true;
    if (!state.head->headers.isEmpty())
        state.head->headers.last().second.append(at, static_cast<qsizetype>(length));
    return 0;
}

int onHeadersComplete(http_parser *parser)
{
    ParseState &state = stateOf(parser);
    state.complete = true;
    HttpRequestHead &head = *state.head;
    head.method = parser->method == HTTP_GET ? HttpRequestHead::Method::Get
        : parser->method == HTTP_HEAD        ? HttpRequestHead::Method::Head
                                             : HttpRequestHead::Method::Other;
    head.versionMinor = parser->http_minor;
    head.keepAlive = http_should_keep_alive(parser) != 0;
    head.upgrade = parser->upgrade != 0;
    const bool declaresBody = (parser->flags & F_CONTENTLENGTH) && parser->content_length > 0;
    const bool transferEncoded = (parser->flags & F_CHUNKED) || !head.value("transfer-encoding").isEmpty();
    if (declaresBody || transferEncoded)
        head.problem = HttpRequestHead::Problem::HasBody;
    // 1: "no body follows": the parser stops at the end of the head.
    return 1;
}
} // namespace

QByteArray HttpRequestHead::value(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value.trimmed();
    }
    return {};
}

bool HttpRequestHead::isWebSocketUpgrade() const
{
    return method == Method::Get && versionMinor >= 1
        && value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

QByteArray HttpRequestHead::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

std::optional<qsizetype> HttpRequestHead::headLength(QByteArrayView data)
{
    const qsizetype end = data.indexOf(QByteArrayView("\r\n\r\n"));
    if (end < 0)
        return std::nullopt;
    return end + 4;
}

HttpRequestHead HttpRequestHead::parse(QByteArrayView bytes, int maxHeaders)
{
    HttpRequestHead head;
    ParseState state {&head, maxHeaders};
    http_parser parser;
    http_parser_init(&parser, HTTP_REQUEST);
    parser.data = &state;
    http_parser_settings settings;
    http_parser_settings_init(&settings);
    settings.on_url = onUrl;
    settings.on_header_field = onHeaderField;
    settings.on_header_value = onHeaderValue;
    settings.on_headers_complete = onHeadersComplete;
    http_parser_execute(&parser, &settings, bytes.data(), static_cast<size_t>(bytes.size()));
    if (head.problem != Problem::None)
        return head;
    const auto error = static_cast<http_errno>(parser.http_errno);
    if (!state.complete || (error != HPE_OK && error != HPE_CB_headers_complete) || head.target.isEmpty()
        || parser.http_major != 1)
        head.problem = Problem::Malformed;
    return head;
}

} // namespace ecoute::server
