// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/engine/SipTarget.h"

namespace ecoute::models::engine {

namespace {

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// RFC 3261's user: unreserved, escaped and user-unreserved characters.
bool isUserChar(char c)
{
    return isAlnum(c) || QByteArrayView("-_.!~*'()%&=+$,?/").contains(c);
}

bool isHostChar(char c)
{
    return isAlnum(c) || c == '-' || c == '.';
}

bool all(QByteArrayView text, bool (*allowed)(char))
{
    for (char c : text) {
        if (!allowed(c))
            return false;
    }
    return !text.isEmpty();
}

bool isIpv6Char(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.';
}

} // namespace

std::optional<SipTarget> SipTarget::parse(QByteArrayView uri)
{
    constexpr QByteArrayView scheme("sip:");
    constexpr QByteArrayView transport(";transport=tls");
    if (uri.size() <= scheme.size() + transport.size() || !uri.startsWith(scheme)
        || uri.last(transport.size()).compare(transport, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QByteArrayView rest = uri.sliced(scheme.size(), uri.size() - scheme.size() - transport.size());
    const qsizetype at = rest.indexOf('@');
    if (at <= 0)
        return std::nullopt;
    const QByteArrayView user = rest.first(at);
    const QByteArrayView hostPort = rest.sliced(at + 1);
    QByteArrayView host;
    QByteArrayView port;
    if (hostPort.startsWith('[')) {
        const qsizetype close = hostPort.indexOf(']');
        if (close < 0 || close + 1 >= hostPort.size() || hostPort[close + 1] != ':')
            return std::nullopt;
        host = hostPort.sliced(1, close - 1);
        port = hostPort.sliced(close + 2);
        if (!all(host, isIpv6Char))
            return std::nullopt;
    } else {
        const qsizetype colon = hostPort.lastIndexOf(':');
        if (colon <= 0)
            return std::nullopt;
        host = hostPort.first(colon);
        port = hostPort.sliced(colon + 1);
        if (!all(host, isHostChar))
            return std::nullopt;
    }
    bool ok = false;
    const uint number = port.toByteArray().toUInt(&ok);
    if (!ok || number == 0 || number > 65535 || !all(port, isAlnum) || !all(user, isUserChar))
        return std::nullopt;
    SipTarget target;
    target.user = user.toByteArray();
    target.host = host.toByteArray();
    target.port = quint16(number);
    return target;
}

QByteArray SipTarget::uriWithHost(const QByteArray &address) const
{
    const bool v6 = address.contains(':');
    QByteArray uri;
    uri.reserve(user.size() + address.size() + 40);
    uri += "sip:";
    uri += user;
    uri += '@';
    uri += v6 ? '[' + address + ']' : address;
    uri += ':';
    uri += QByteArray::number(port);
    uri += ";transport=tls";
    return uri;
}

void SipTarget::wipe()
{
    user.fill('\0');
    user.clear();
    host.clear();
    port = 0;
}

} // namespace ecoute::models::engine
