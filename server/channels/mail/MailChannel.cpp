// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/MailChannel.h"

#include "server/channels/mail/LmtpListener.h"
#include "server/channels/mail/MailIntake.h"
#include "server/channels/mail/MailLine.h"
#include "server/channels/mail/MailOutbox.h"
#include "server/channels/mail/MailParsing.h"
#include "server/channels/mail/MailStore.h"
#include "server/channels/mail/MailThreads.h"
#include "server/channels/mail/MailboxStore.h"
#include "server/channels/mail/ReplyStore.h"
#include "server/channels/mail/WebMailbox.h"
#include "server/channels/mail/WriterIdentity.h"
#include "server/channels/mail/net/CurlGlobal.h"
#include "server/channels/mail/net/MailNetwork.h"
#include "server/contacts/ContactStore.h"
#include "server/core/Logging.h"

namespace ecoute::server {

MailChannel::MailChannel(MailConfig config, Services services, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_services(services)
{
}

MailChannel::~MailChannel()
{
    // The network thread and the reader process report to the parts below: they stop first.
    m_lmtp.reset();
    m_intake.reset();
    m_network.reset();
    m_parsing.reset();
}

bool MailChannel::start(const QString &dataDir, bool limitLoopback, QString *error)
{
    m_identity = WriterIdentity::open(dataDir, error);
    if (!m_identity)
        return false;
    Database &db = m_services.contacts.database();
    m_store = std::make_unique<MailStore>(db);
    m_replies = std::make_unique<ReplyStore>(db);
    m_mailboxes = std::make_unique<MailboxStore>(db);
    m_threads =
        std::make_unique<MailThreads>(m_services.contacts, *m_store, m_services.accounts,
                                      m_services.pseudonyms, m_services.router, m_config, m_services.clock);
    m_outbox =
        std::make_unique<MailOutbox>(*m_replies, *m_store, *m_threads, m_services.contacts,
                                     m_services.accounts, m_services.audit, m_config, m_services.clock);
    m_outbox->useMailboxes(m_mailboxes.get());
    m_line =
        std::make_unique<MailLine>(*m_outbox, *m_store, *m_replies, m_services.contacts, m_services.accounts,
                                   m_services.router, m_services.audit, m_config, m_services.clock);

    if (m_config.imapEnabled() || m_config.smtpEnabled()) {
        mail::ensureCurl();
        mail::MailAccount account;
        account.imapUrl = m_config.imapUrl;
        account.smtpUrl = m_config.smtpUrl;
        account.user = m_config.user;
        account.caFile = m_config.caFile;
        if (!account.readPasswordFile(m_config.passwordFile, error))
            return false;
        mail::MailWorkerSettings settings;
        settings.keepFolder = m_config.keepFolder;
        m_network = std::make_unique<mail::MailNetwork>(std::move(account), settings);
        m_outbox->useNetwork(m_network.get());
    }
    if (m_config.imapEnabled() || m_config.lmtpEnabled()) {
        m_parsing = std::make_unique<MailParsing>(m_config.parserBinary, m_config.parseSeconds,
                                                  m_config.maxMessageBytes);
        // Without IMAP the intake has no mailbox to poll: mail reaches it by LMTP only.
        m_intake = std::make_unique<MailIntake>(m_config.imapEnabled() ? m_network.get() : nullptr,
                                                *m_parsing, *m_threads, *m_store, *m_identity, m_config);
        connect(m_intake.get(), &MailIntake::bounced, m_outbox.get(), &MailOutbox::bounced);
        connect(m_intake.get(), &MailIntake::acknowledgeable, m_outbox.get(), &MailOutbox::acknowledge);
    }
    if (m_config.lmtpEnabled()) {
        m_lmtp = std::make_unique<LmtpListener>(*m_intake, m_config);
        if (!m_lmtp->listen(m_config.lmtpAddress, m_config.lmtpPort, error))
            return false;
    }
    if (m_config.imapEnabled()) {
        m_intake->start();
        qCInfo(lcMail) << "reading the line's mailbox every" << m_config.pollSeconds << "s";
    }
    if (m_config.webMailbox) {
        m_webMailbox = std::make_unique<WebMailbox>(*m_mailboxes, *m_store, *m_threads, m_services.contacts,
                                                    *m_identity, m_services.hasher, m_services.verifier,
                                                    m_services.throttle, m_config, m_services.clock);
        m_webMailbox->setLimitLoopback(limitLoopback);
    }
    m_outbox->start();
    m_line->start();
    return true;
}

StaffRequests *MailChannel::staffRequests()
{
    return m_line.get();
}

SeekerRequests *MailChannel::seekerRequests()
{
    return m_webMailbox.get();
}

} // namespace ecoute::server
