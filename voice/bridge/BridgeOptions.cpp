// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/BridgeOptions.h"

#include <QCommandLineParser>

namespace ecoute::voice {

namespace {

std::optional<ListenAddress> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535 || host.isEmpty())
        return std::nullopt;
    return ListenAddress {host.toLatin1(), std::uint16_t(port)};
}

std::optional<PortRange> parseRange(const QString &text)
{
    const QStringList parts = text.split(u'-');
    bool okLow = false;
    bool okHigh = false;
    const uint low = parts.value(0).toUInt(&okLow);
    const uint high = parts.value(1).toUInt(&okHigh);
    // libre binds RTP to an even port and RTCP to the next one; it needs room for both.
    if (parts.size() != 2 || !okLow || !okHigh || low < 1024 || high > 65535 || high < low + 3)
        return std::nullopt;
    return PortRange {std::uint16_t(low), std::uint16_t(high)};
}

std::optional<int> parseInt(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<BridgeOptions> BridgeOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data directory."),
                                     QStringLiteral("dir"));
    const QCommandLineOption sip(QStringLiteral("sip-listen"), QStringLiteral("SIP UDP/TCP address."),
                                 QStringLiteral("ip:port"));
    const QCommandLineOption tls(QStringLiteral("sip-tls-listen"), QStringLiteral("SIP TLS address."),
                                 QStringLiteral("ip:port"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), QStringLiteral("TLS certificate (PEM)."),
                                  QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("TLS private key (PEM)."),
                                 QStringLiteral("file"));
    const QCommandLineOption rtp(QStringLiteral("rtp-ports"), QStringLiteral("RTP port range."),
                                 QStringLiteral("low-high"));
    const QCommandLineOption answer(QStringLiteral("answer-timeout-ms"),
                                    QStringLiteral("Wait for admit/refuse."), QStringLiteral("ms"));
    const QCommandLineOption silence(QStringLiteral("rtp-timeout-ms"),
                                     QStringLiteral("End a leg without RTP."), QStringLiteral("ms"));
    const QCommandLineOption country(QStringLiteral("country-code"), QStringLiteral("Default country code."),
                                     QStringLiteral("digits"));
    const QCommandLineOption debug(QStringLiteral("libre-debug-level"),
                                   QStringLiteral("libre's log level, 0-7."), QStringLiteral("level"));
    parser.addOptions({dataDir, sip, tls, cert, key, rtp, answer, silence, country, debug});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected arguments");
        return std::nullopt;
    }
    for (const QCommandLineOption *required : {&dataDir, &sip, &tls, &cert, &key}) {
        if (parser.value(*required).isEmpty()) {
            *error = QStringLiteral("--%1 is required").arg(required->names().constFirst());
            return std::nullopt;
        }
    }
    BridgeOptions options;
    options.dataDir = parser.value(dataDir);
    options.tlsCertificate = parser.value(cert);
    options.tlsKey = parser.value(key);
    const auto sipAddress = parseListen(parser.value(sip));
    const auto tlsAddress = parseListen(parser.value(tls));
    if (!sipAddress || !tlsAddress) {
        *error = QStringLiteral("--sip-listen and --sip-tls-listen take IP:PORT");
        return std::nullopt;
    }
    options.sip = *sipAddress;
    options.sipTls = *tlsAddress;
    if (parser.isSet(rtp)) {
        const auto range = parseRange(parser.value(rtp));
        if (!range) {
            *error = QStringLiteral("--rtp-ports takes LOW-HIGH (1024-65535, at least 4 ports)");
            return std::nullopt;
        }
        options.rtpPorts = *range;
    }
    const struct
    {
        const QCommandLineOption &option;
        int *value;
        int min;
        int max;
    } numbers[] = {{answer, &options.answerTimeoutMs, 1, 600'000},
                   {silence, &options.rtpTimeoutMs, 100, 3'600'000},
                   {debug, &options.libreDebugLevel, 0, 7}};
    for (const auto &number : numbers) {
        if (!parser.isSet(number.option))
            continue;
        const auto value = parseInt(parser.value(number.option), number.min, number.max);
        if (!value) {
            *error = QStringLiteral("--%1 must be a number from %2 to %3")
                         .arg(number.option.names().constFirst())
                         .arg(number.min)
                         .arg(number.max);
            return std::nullopt;
        }
        *number.value = *value;
    }
    if (parser.isSet(country)) {
        options.countryCode = parser.value(country);
        const bool digits = !options.countryCode.isEmpty() && options.countryCode.size() <= 3
            && std::all_of(options.countryCode.cbegin(), options.countryCode.cend(),
                           [](QChar c) { return c.isDigit(); });
        if (!digits) {
            *error = QStringLiteral("--country-code takes 1-3 digits");
            return std::nullopt;
        }
    }
    return options;
}

} // namespace ecoute::voice
