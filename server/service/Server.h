// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/abuse/SeekerGuard.h"
#include "server/accounts/AccountStore.h"
#include "server/accounts/LoginThrottle.h"
#include "server/accounts/PasswordHasher.h"
#include "server/accounts/PasswordVerifier.h"
#include "server/accounts/SessionTokens.h"
#include "server/accounts/StaffAuthorizations.h"
#include "server/channels/mail/MailChannel.h"
#include "server/channels/phone/PhoneLine.h"
#include "server/contacts/ChatCommitter.h"
#include "server/contacts/ChatService.h"
#include "server/contacts/ContactStore.h"
#include "server/contacts/PseudonymGenerator.h"
#include "server/core/Clock.h"
#include "server/directory/DirectoryHandler.h"
#include "server/directory/DirectoryStore.h"
#include "server/practice/Practice.h"
#include "server/practice/PracticeStore.h"
#include "server/practice/ScenarioLibrary.h"
#include "server/reports/ReportDesk.h"
#include "server/reports/ReportStore.h"
#include "server/reports/RiskCases.h"
#include "server/reports/RiskStore.h"
#include "server/reports/ShiftLedger.h"
#include "server/reports/TopicTaxonomy.h"
#include "server/routing/Router.h"
#include "server/service/ControlSocket.h"
#include "server/service/ServerConfig.h"
#include "server/service/ServerContext.h"
#include "server/statistics/Statistics.h"
#include "server/statistics/StatisticsHandler.h"
#include "server/storage/AuditLog.h"
#include "server/storage/Database.h"
#include "server/storage/TranscriptVault.h"
#include "server/supervision/Supervision.h"
#include "server/supervision/SupervisionStore.h"
#include "server/transport/WebSocketGateway.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <memory>

namespace ecoute::server {

class FrontListener;
class IoThreads;

/// Composition root of the running server: owns the services, opens the
/// database, sets up TLS, listens, and prints the stdout contract lines.
class Server : public QObject
{
    Q_OBJECT

public:
    explicit Server(ServerConfig config, QObject *parent = nullptr);
    ~Server() override;

    /// Returns false (with error()) if the server cannot run.
    bool start();
    QString error() const { return m_error; }

private:
    bool prepareDataDir();
    QUrl listeningUrl(quint16 port) const;
    /// Gives an accepted connection the session of its endpoint.
    void startSession(WebSocketGateway::Endpoint endpoint, ClientConnection *connection,
                      const ServerContext &context);
    void onControlCommand(control::Command command);
    /// The phone line and its bridge, when --sip-listen asks for one.
    bool startPhone();
    /// The e-mail channel: the web mailbox, and the line's mailbox when --imap-url names it.
    bool startMail();

    ServerConfig m_config;
    Database m_db;
    AccountStore m_accounts {m_db};
    SessionTokens m_tokens {m_db};
    StaffAuthorizations m_authorizations {m_accounts, m_tokens, Clock::system()};
    ContactStore m_contacts {m_db};
    TranscriptVault m_transcripts; ///< keys, sealing of old clear text, retention
    PasswordHasher m_hasher;
    LoginThrottle m_throttle;
    PseudonymGenerator m_pseudonyms;
    Router m_router {m_contacts, m_accounts, m_config.routing};
    SeekerGuard m_seekerGuard {m_config.seekerLimits, m_contacts, m_router};
    ChatCommitter m_committer {m_contacts};
    ChatService m_chat {m_committer, [this](const ContactRecord &contact, const MessageRecord &message) {
                            m_router.deliver(contact, message);
                        }};
    SupervisionStore m_supervisionStore {m_db};
    AuditLog m_audit {m_db};
    Supervision m_supervision {m_accounts, m_contacts, m_supervisionStore,
                               m_audit,    m_router,   m_config.supervisorJoin};
    ScenarioLibrary m_scenarios {m_db};
    PracticeStore m_practiceStore {m_db};
    Practice m_practice {
        {m_accounts, m_contacts, m_scenarios, m_router, m_chat, m_pseudonyms, m_audit, m_practiceStore}};
    QTimer m_practicePurge; ///< practice transcripts go after their retention
    Statistics m_statistics {m_db};
    StatisticsHandler m_statisticsHandler {m_statistics, m_audit, m_config.statsMinCount};
    DirectoryStore m_directory {m_db}; ///< the referral directory (issue 16)
    DirectoryHandler m_directoryHandler {m_directory, m_audit};
    // End-of-contact reports, the imminent-risk workflow and shift summaries (issue 16).
    TopicTaxonomy m_topics; ///< --report-topics, read in start()
    ReportStore m_reportStore {m_db};
    RiskStore m_riskStore {m_db};
    RiskCases m_riskCases {{m_accounts, m_contacts, m_riskStore, m_audit, m_router, Clock::system()}};
    ReportDesk m_reportDesk {
        {m_contacts, m_reportStore, m_riskCases, m_audit, m_router, m_topics, Clock::system()}};
    ShiftLedger m_shiftLedger {m_reportStore, m_router, Clock::system()};
    /// Declared after everything its workers and pending results use, so it goes first.
    PasswordVerifier m_verifier {m_hasher};
    std::unique_ptr<PhoneLine> m_phone;
    std::unique_ptr<MailChannel> m_mail;
    /// Parent of the sessions (each lives as long as its connection); they go first.
    std::unique_ptr<QObject> m_sessions;
    std::unique_ptr<IoThreads> m_io;
    std::unique_ptr<FrontListener> m_front;
    /// The admin CLI's account changes reach m_authorizations through it.
    ControlSocket m_control {[this](control::Command command) {
        onControlCommand(command);
    }};
    QString m_error;
};

} // namespace ecoute::server
