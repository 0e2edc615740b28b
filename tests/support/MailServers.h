// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

/// Throw-away mail servers on loopback for the mail channel's tests: a Dovecot (IMAP over TLS and
/// STARTTLS, LMTP to deliver) and an aiosmtpd sink. Each lives in its own temporary directory with
/// its own self-signed certificate and log; nothing keeps running after stop() or the destructor.
namespace ecoute::testing {

/// A process in its own process group, so that stopping it stops all its children.
class GroupProcess
{
public:
    ~GroupProcess();
    /// NAME=value entries added to the environment of the next start().
    void setEnvironment(const QStringList &entries) { m_environment = entries; }
    bool start(const QString &program, const QStringList &arguments, const QString &logFile);
    bool isRunning() const;
    void stop(); ///< SIGTERM to the group, then SIGKILL
    void kill(); ///< SIGKILL to the group

private:
    std::unique_ptr<QProcess> m_process;
    qint64 m_pid = 0;
    QStringList m_environment;
};

class DovecotServer
{
public:
    DovecotServer();
    ~DovecotServer();
    DovecotServer(const DovecotServer &) = delete;
    DovecotServer &operator=(const DovecotServer &) = delete;

    /// Writes its configuration, starts /usr/sbin/dovecot -F (as nobody when root) and waits until
    /// IMAP answers. False (with error()) when it did not come up within a few seconds.
    bool start();
    void stop();
    void kill();

    QUrl imapsUrl() const; ///< imaps://127.0.0.1:PORT/INBOX
    QUrl imapUrl() const; ///< imap://127.0.0.1:PORT/INBOX (STARTTLS)
    quint16 lmtpPort() const { return m_lmtpPort; }
    QString user() const { return QStringLiteral("line"); }
    QByteArray password() const { return m_password; }
    QString caFile() const; ///< the self-signed certificate the server presents
    QString error() const { return m_error; }
    QString log() const; ///< Dovecot's log and its start-up output

    /// Delivers raw over LMTP (swaks); true on "250".
    bool deliver(const QByteArray &raw, const QString &from = QStringLiteral("writer@example.org"),
                 const QString &to = QStringLiteral("line@line.test"));
    /// Messages in the INBOX (files in Maildir/new and cur).
    int inboxCount() const;
    /// Messages in another folder (Maildir++ .folder).
    int folderCount(const QString &folder) const;

private:
    QString path(const QString &name) const;
    bool writeConfig();
    bool waitForImap();

    QTemporaryDir m_dir;
    GroupProcess m_process;
    QByteArray m_password;
    quint16 m_imapsPort = 0;
    quint16 m_imapPort = 0;
    quint16 m_lmtpPort = 0;
    QString m_error;
};

class SmtpSink
{
public:
    /// withTls false: no STARTTLS offered (a server we must refuse to send to).
    explicit SmtpSink(bool withTls = true);
    /// With TLS and credentials set (before start()), the sink requires AUTH with them; without, it
    /// offers AUTH but accepts no login.
    void setCredentials(const QString &user, const QByteArray &password)
    {
        m_user = user;
        m_password = password;
    }
    ~SmtpSink();
    SmtpSink(const SmtpSink &) = delete;
    SmtpSink &operator=(const SmtpSink &) = delete;

    bool start();
    void stop();

    quint16 port() const { return m_port; }
    QUrl smtpUrl() const; ///< smtp://127.0.0.1:PORT/line.test
    QString caFile() const;
    QString error() const { return m_error; }
    QString log() const;
    /// The messages received so far, oldest first, as aiosmtpd stored them (it adds X-Peer,
    /// X-MailFrom and X-RcptTo headers).
    QList<QByteArray> messages() const;
    /// Waits up to timeoutMs for at least count messages.
    bool waitForMessages(int count, int timeoutMs = 5000) const;

private:
    QString path(const QString &name) const;

    bool m_withTls;
    QString m_user;
    QByteArray m_password;
    QTemporaryDir m_dir;
    GroupProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

/// A port free now on 127.0.0.1.
quint16 freeLoopbackPort();
/// Writes cert.pem and key.pem (self-signed, CN localhost, for 127.0.0.1) into dir.
bool makeSelfSignedCertificate(const QString &dir, QString *error);

} // namespace ecoute::testing
