// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/service/Server.h"

#include "server/accounts/DemoAccounts.h"
#include "server/channels/webchat/SeekerSession.h"
#include "server/cli/Console.h"
#include "server/core/Logging.h"
#include "server/staff/StaffSession.h"
#include "server/transport/ClientConnection.h"
#include "server/transport/DescriptorLimit.h"
#include "server/transport/FrontListener.h"
#include "server/transport/IoThreads.h"
#include "server/transport/OriginPolicy.h"
#include "server/transport/TlsCertificate.h"
#include "server/transport/TlsPolicy.h"
#include "server/transport/WebSocketGateway.h"

#include <QDir>
#include <QFile>
#include <QSslSocket>

namespace ecoute::server {

namespace {
/// A helper program installed next to ecoute-server, or in its own folder of the build tree
/// (build/voice/ecoute-voice beside build/server/ecoute-server).
QString siblingProgram(const QString &name, const QString &buildFolder)
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QString installed = here.filePath(name);
    const QString built = here.filePath(QStringLiteral("../%1/%2").arg(buildFolder, name));
    return QFile::exists(installed) || !QFile::exists(built) ? installed : QDir::cleanPath(built);
}
} // namespace

Server::Server(ServerConfig config, QObject *parent) : QObject(parent), m_config(std::move(config)) { }

Server::~Server()
{
    // Sessions refer to the router and stores: they go first, then the port, then the I/O
    // threads (which close the sockets still open there).
    m_sessions.reset();
    m_front.reset();
    m_io.reset();
    m_phone.reset();
    m_mail.reset();
}

bool Server::startMail()
{
    if (!m_config.mail.enabled())
        return true;
    MailConfig config = m_config.mail;
    config.emergencyNumbers = m_config.routing.emergencyNumbers;
    if (config.parserBinary.isEmpty())
        config.parserBinary = siblingProgram(QStringLiteral("ecoute-mailparse"), QStringLiteral("mail"));
    m_mail = std::make_unique<MailChannel>(config,
                                           MailChannel::Services {m_contacts, m_accounts, m_pseudonyms,
                                                                  m_router, m_audit, m_hasher, m_verifier,
                                                                  m_throttle, Clock::system()});
    if (!m_mail->start(m_config.dataDir, m_config.frontLimits.limitLoopback, &m_error))
        return false;
    if (config.imapEnabled())
        console::out(
            QStringLiteral("mail: reading %1 every %2 s").arg(config.imapUrl.host()).arg(config.pollSeconds));
    if (config.webMailbox)
        console::out(QStringLiteral("mail: web mailbox at /mailbox.html"));
    return true;
}

bool Server::startPhone()
{
    if (!m_config.phone.enabled())
        return true;
    // Staff call the bridge over SIP/TLS with the server's own certificate, which the workstations
    // pinned, even when the WebSocket side runs without TLS on loopback (tests).
    const QString tlsDir = QDir(m_config.dataDir).filePath(QStringLiteral("tls"));
    TlsCertificate tls;
    if (!tls.loadOrCreate(tlsDir)) {
        m_error = tls.error();
        return false;
    }
    const QString voiceDir = QDir(m_config.dataDir).filePath(QStringLiteral("voice"));
    QDir().mkpath(voiceDir);
    QFile::setPermissions(voiceDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString program = m_config.phone.voiceBinary.isEmpty()
        ? siblingProgram(QStringLiteral("ecoute-voice"), QStringLiteral("voice"))
        : m_config.phone.voiceBinary;
    const QStringList arguments {
        QStringLiteral("--data-dir"),
        voiceDir,
        QStringLiteral("--sip-listen"),
        m_config.phone.sipListen,
        QStringLiteral("--sip-tls-listen"),
        QStringLiteral("%1:%2").arg(m_config.listenAddress.toString()).arg(m_config.phone.sipTlsPort),
        QStringLiteral("--tls-cert"),
        QDir(tlsDir).filePath(QStringLiteral("server.crt")),
        QStringLiteral("--tls-key"),
        QDir(tlsDir).filePath(QStringLiteral("server.key")),
        QStringLiteral("--rtp-ports"),
        m_config.phone.rtpPorts};
    m_phone =
        std::make_unique<PhoneLine>(m_config.phone, arguments, m_contacts, m_pseudonyms, m_router, m_audit);
    m_supervision.useCalls(*m_phone);
    m_practice.useCalls(*m_phone);
    m_phone->start();
    console::out(QStringLiteral("phone line: SIP on %1").arg(m_config.phone.sipListen));
    return true;
}

bool Server::prepareDataDir()
{
    if (m_config.dataDir.isEmpty() || !QDir().mkpath(m_config.dataDir)) {
        m_error = QStringLiteral("cannot create the data directory %1").arg(m_config.dataDir);
        return false;
    }
    QFile::setPermissions(m_config.dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

QUrl Server::listeningUrl(quint16 port) const
{
    QUrl url;
    url.setScheme(m_config.tls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_config.listenAddress.toString());
    url.setPort(port);
    return url;
}

void Server::onControlCommand(control::Command command)
{
    switch (command) {
    case control::Command::AccountsChanged:
        // The next push or frame of every window reads its account and token again.
        qCInfo(lcAuth) << "accounts changed by the admin: authorizations read again";
        m_authorizations.forgetAll();
        return;
    }
}

bool Server::start()
{
    if (!prepareDataDir())
        return false;
    if (!m_db.open(QDir(m_config.dataDir).filePath(QStringLiteral("ecoute.sqlite")))) {
        m_error = QStringLiteral("cannot open the database: %1").arg(m_db.lastError());
        return false;
    }
    if (!m_transcripts.open(m_db, m_config.dataDir, m_config.transcriptRetentionDays, &m_error))
        return false;
    if (auto topics = TopicTaxonomy::load(m_config.reportTopics, &m_error))
        m_topics = std::move(*topics);
    else
        return false;
    m_statistics.setSettings({m_config.timeZone, m_topics.ids()});
    m_tokens.purgeExpired();
    m_throttle.setLimitLoopback(m_config.frontLimits.limitLoopback);
    m_verifier.setLimitLoopback(m_config.frontLimits.limitLoopback);
    m_router.start();
    m_router.useAuthorizations(m_authorizations);
    m_router.onPresenceChosen(
        [this](qint64 userId, protocol::PresenceState before, protocol::PresenceState after) {
            m_shiftLedger.presenceChanged(userId, before, after);
        });
    m_router.useMemberCounts([this](qint64 userId) { return m_shiftLedger.memberCounts(userId); });
    m_control.listen(m_config.dataDir);
    m_seekerGuard.start();
    const auto purgePractice = [this] {
        if (const int removed = m_contacts.purgePractice(m_config.practiceRetentionDays))
            qCInfo(lcServer) << removed << "practice contacts past their retention deleted";
    };
    purgePractice();
    m_practicePurge.setInterval(std::chrono::hours(24));
    connect(&m_practicePurge, &QTimer::timeout, this, purgePractice);
    m_practicePurge.start();

    if (m_config.demoAccounts) {
        const auto created = demo::ensureAccounts(m_accounts, m_hasher);
        for (const auto &[user, password] : created)
            console::out(QStringLiteral("demo account created: %1 / %2").arg(user, password));
        // A new demo gets the invented referral directory; what an admin changes later stays.
        const int examples = created.isEmpty() ? 0 : m_directory.loadExampleIfEmpty();
        if (examples > 0)
            console::out(
                QStringLiteral("demo referral directory loaded: %1 invented services").arg(examples));
    }

    if (!startPhone() || !startMail())
        return false;

    std::optional<QSslConfiguration> tlsConfiguration;
    if (m_config.tls()) {
        if (!QSslSocket::supportsSsl()) {
            m_error = QStringLiteral("TLS is not available (no OpenSSL backend)");
            return false;
        }
        TlsCertificate tls;
        if (!tls.loadOrCreate(QDir(m_config.dataDir).filePath(QStringLiteral("tls")))) {
            m_error = tls.error();
            return false;
        }
        tlsConfiguration = tls_policy::serverConfiguration(tls.certificate(), tls.privateKey());
        console::out(QStringLiteral("TLS certificate SHA-256: %1").arg(tls.fingerprint()));
    }

    QList<QUrl> extraOrigins = m_config.allowedOrigins;
    if (m_config.publicUrl.isValid())
        extraOrigins.append(m_config.publicUrl);
    ServerContext context {m_accounts,           m_tokens,      m_contacts,       m_hasher,
                           m_throttle,           m_pseudonyms,  m_router,         m_verifier,
                           m_config.notesPolicy, m_chat,        m_supervision,    m_practice,
                           m_statisticsHandler,  m_seekerGuard, m_authorizations, m_phone.get()};
    context.directory = &m_directoryHandler;
    context.reports = &m_reportDesk;
    if (m_mail) {
        context.mail = m_mail->staffRequests();
        context.mailbox = m_mail->seekerRequests();
    }
    FrontLimits front = m_config.frontLimits;
    const int descriptors = descriptor_limit::raiseToHardLimit();
    front.maxConnections = descriptor_limit::connectionCap(front.maxConnections, descriptors);
    if (m_config.frontLimits.maxConnections > front.maxConnections)
        qCWarning(lcServer) << "--max-connections lowered to" << front.maxConnections << "to stay under the"
                            << descriptors << "open files this process may have (raise LimitNOFILE)";
    const bool tls = tlsConfiguration.has_value();
    m_sessions = std::make_unique<QObject>();
    m_io = std::make_unique<IoThreads>(m_config.ioThreads,
                                       IoSettings {front, std::move(tlsConfiguration),
                                                   OriginPolicy(m_config.tls(), extraOrigins),
                                                   m_config.connectionLimits});
    connect(m_io.get(), &IoThreads::connectionAccepted, this,
            [this, context](WebSocketGateway::Endpoint endpoint, ClientConnection *connection) {
                startSession(endpoint, connection, context);
            });
    m_front = std::make_unique<FrontListener>(front, tls, *m_io);
    const quint16 port = m_front->listen(m_config.listenAddress, m_config.port) ? m_front->serverPort() : 0;
    if (port == 0) {
        m_error = QStringLiteral("cannot listen on port %1").arg(m_config.port);
        return false;
    }
    const QUrl url = listeningUrl(port);
    qCInfo(lcServer) << "serving" << (m_config.tls() ? "with TLS" : "without TLS (loopback only)") << "on"
                     << m_config.ioThreads << "I/O threads";
    console::out(QStringLiteral("listening: %1").arg(url.toString()));
    QUrl page = m_config.publicUrl.isValid() ? m_config.publicUrl : url;
    if (page.path().isEmpty())
        page.setPath(QStringLiteral("/"));
    console::out(QStringLiteral("help-seeker chat page: %1").arg(page.toString()));
    return true;
}

void Server::startSession(WebSocketGateway::Endpoint endpoint, ClientConnection *connection,
                          const ServerContext &context)
{
    // Sessions live as long as their connection; the gateway only parents them.
    if (endpoint == WebSocketGateway::Endpoint::Staff) {
        auto *staff = new StaffSession(connection, context, m_sessions.get());
        connect(staff, &StaffSession::finished, staff, &QObject::deleteLater);
    } else {
        auto *seeker = new SeekerSession(connection, context, m_sessions.get());
        connect(seeker, &SeekerSession::finished, seeker, &QObject::deleteLater);
    }
}

} // namespace ecoute::server
