// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/phone/PhoneConfig.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QRegularExpression>

namespace ecoute::server {

namespace {
const QString kSipListen = QStringLiteral("sip-listen");
const QString kSipTlsPort = QStringLiteral("sip-tls-port");
const QString kRtpPorts = QStringLiteral("rtp-ports");
const QString kLanguage = QStringLiteral("phone-language");
const QString kMenu = QStringLiteral("phone-menu");
const QString kCallsPerCaller = QStringLiteral("calls-per-caller-per-hour");
const QString kVoiceBinary = QStringLiteral("voice-binary");
} // namespace

void PhoneConfig::addOptions(QCommandLineParser &parser)
{
    const PhoneConfig d;
    parser.addOption(QCommandLineOption(
        kSipListen,
        tr("Answer phone calls: where the SIP trunk or PBX reaches the bridge, as ADDRESS:PORT (UDP and "
           "TCP), e.g. 127.0.0.1:5060. Without it the line takes no calls."),
        tr("address:port")));
    parser.addOption(QCommandLineOption(
        kSipTlsPort,
        tr("Port of SIP over TLS for the workstations, on the --listen address (default %1).")
            .arg(d.sipTlsPort),
        tr("port"), QString::number(d.sipTlsPort)));
    parser.addOption(QCommandLineOption(
        kRtpPorts, tr("UDP ports for call audio (default %1).").arg(d.rtpPorts), tr("low-high"), d.rtpPorts));
    parser.addOption(QCommandLineOption(kLanguage,
                                        tr("The language queue calls join (default %1).").arg(d.language),
                                        tr("language"), d.language));
    parser.addOption(QCommandLineOption(
        kMenu,
        tr("A language menu for callers, e.g. fr,de,en: key 1 for the first language, 2 for the second... "
           "The call joins that language's queue (default: no menu)."),
        tr("languages")));
    parser.addOption(QCommandLineOption(
        kCallsPerCaller,
        tr("Calls one number may make in an hour before it is refused (default %1; 0: no limit).")
            .arg(d.callsPerCallerPerHour),
        tr("n"), QString::number(d.callsPerCallerPerHour)));
    QCommandLineOption binary(kVoiceBinary, QString(), tr("file"));
    binary.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(binary);
}

bool PhoneConfig::read(const QCommandLineParser &parser, QString *error)
{
    sipListen = parser.value(kSipListen);
    if (!sipListen.isEmpty()) {
        const qsizetype colon = sipListen.lastIndexOf(u':');
        bool portOk = false;
        const uint port = sipListen.mid(colon + 1).toUInt(&portOk);
        if (colon <= 0 || QHostAddress(sipListen.left(colon)).isNull() || !portOk || port > 65535) {
            *error = tr("Invalid --sip-listen: %1 (use ADDRESS:PORT, e.g. 127.0.0.1:5060).").arg(sipListen);
            return false;
        }
    }
    bool ok = false;
    sipTlsPort = parser.value(kSipTlsPort).toInt(&ok);
    if (!ok || sipTlsPort < 0 || sipTlsPort > 65535) {
        *error = tr("Invalid --sip-tls-port: %1.").arg(parser.value(kSipTlsPort));
        return false;
    }
    rtpPorts = parser.value(kRtpPorts);
    static const QRegularExpression range(QStringLiteral("^(\\d{4,5})-(\\d{4,5})$"));
    const auto match = range.match(rtpPorts);
    if (!match.hasMatch() || match.captured(1).toInt() + 10 > match.captured(2).toInt()
        || match.captured(2).toInt() > 65535) {
        *error = tr("Invalid --rtp-ports: %1 (use LOW-HIGH, at least 10 ports).").arg(rtpPorts);
        return false;
    }
    language = parser.value(kLanguage);
    menu.clear();
    if (parser.isSet(kMenu)) {
        menu = parser.value(kMenu).split(u',', Qt::SkipEmptyParts);
        for (QString &item : menu)
            item = item.trimmed();
        if (menu.size() < 2 || menu.size() > 9 || menu.removeDuplicates() > 0) {
            *error = tr("Invalid --phone-menu: %1 (2 to 9 different languages, e.g. fr,de,en).")
                         .arg(parser.value(kMenu));
            return false;
        }
    }
    callsPerCallerPerHour = parser.value(kCallsPerCaller).toInt(&ok);
    if (!ok || callsPerCallerPerHour < 0) {
        *error = tr("Invalid --calls-per-caller-per-hour: %1.").arg(parser.value(kCallsPerCaller));
        return false;
    }
    voiceBinary = parser.value(kVoiceBinary);
    return true;
}

} // namespace ecoute::server
