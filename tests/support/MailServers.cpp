// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailServers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace ecoute::testing {

namespace {

constexpr uid_t kNobody = 65534; // nobody/nogroup on Debian: Dovecot refuses to run as root here
constexpr int kStartMs = 10000;

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

/// Hands the directory tree to nobody (Dovecot as root runs as nobody).
void giveToNobody(const QString &dir)
{
    ::chown(QFile::encodeName(dir).constData(), kNobody, kNobody);
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        ::chown(QFile::encodeName(it.next()).constData(), kNobody, kNobody);
}

/// Waits until something on port sends a greeting starting with prefix.
bool waitForGreeting(quint16 port, const QByteArray &prefix, const std::function<bool()> &alive)
{
    QDeadlineTimer deadline(kStartMs);
    while (!deadline.hasExpired()) {
        if (!alive())
            return false;
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(500)) {
            QByteArray greeting;
            while (!greeting.contains('\n') && socket.waitForReadyRead(1000))
                greeting += socket.readAll();
            if (greeting.startsWith(prefix))
                return true;
        }
        QTest::qWait(50);
    }
    return false;
}

/// An SMTP sink on aiosmtpd: STARTTLS required when a certificate is given, AUTH PLAIN/LOGIN checked
/// against SINK_USER and SINK_PASSWORD (and then required), messages stored in a Maildir.
const QByteArray kSinkScript = R"(import asyncio, os, ssl, sys
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

host, port, maildir, cert, key = sys.argv[1:6]
user = os.environ.get("SINK_USER", "").encode()
password = os.environ.get("SINK_PASSWORD", "").encode()

def authenticator(server, session, envelope, mechanism, data):
    ok = bool(user) and isinstance(data, LoginPassword) and data.login == user and data.password == password
    return AuthResult(success=ok, handled=False)  # handled=True would send no reply

context = None
if cert:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
handler = Mailbox(maildir)
loop = asyncio.new_event_loop()
loop.run_until_complete(loop.create_server(
    lambda: SMTP(handler, hostname="sink.test", tls_context=context, require_starttls=context is not None,
                 authenticator=authenticator, auth_required=bool(user) and context is not None,
                 auth_require_tls=True),
    host, int(port)))
print("listening", flush=True)
loop.run_forever()
)";

int countFiles(const QString &maildir)
{
    int count = 0;
    for (const char *sub : {"new", "cur"})
        count += int(QDir(maildir + QLatin1Char('/') + QLatin1String(sub)).entryList(QDir::Files).size());
    return count;
}

} // namespace

quint16 freeLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool makeSelfSignedCertificate(const QString &dir, QString *error)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), dir + QStringLiteral("/key.pem"), QStringLiteral("-out"),
                   dir + QStringLiteral("/cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    if (!openssl.waitForFinished(15000) || openssl.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl req failed: ") + QString::fromUtf8(openssl.readAll());
        return false;
    }
    return true;
}

// --- GroupProcess ---

GroupProcess::~GroupProcess()
{
    stop();
}

bool GroupProcess::start(const QString &program, const QStringList &arguments, const QString &logFile)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logFile, QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    if (!m_environment.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &entry : m_environment)
            environment.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        m_process->setProcessEnvironment(environment);
    }
    // Its own process group: stop() reaches the children (Dovecot's imap, lmtp, auth processes).
    m_process->setChildProcessModifier([] { ::setsid(); });
    m_process->start(program, arguments);
    if (!m_process->waitForStarted(5000))
        return false;
    m_pid = m_process->processId();
    return true;
}

bool GroupProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void GroupProcess::stop()
{
    if (!m_process)
        return;
    if (isRunning()) {
        ::kill(pid_t(-m_pid), SIGTERM);
        if (!m_process->waitForFinished(3000)) {
            ::kill(pid_t(-m_pid), SIGKILL);
            m_process->waitForFinished(3000);
        }
    }
    ::kill(pid_t(-m_pid), SIGKILL); // whatever of the group outlived its leader
    m_process.reset();
    m_pid = 0;
}

void GroupProcess::kill()
{
    if (!m_process)
        return;
    ::kill(pid_t(-m_pid), SIGKILL);
    m_process->waitForFinished(3000);
    m_process.reset();
    m_pid = 0;
}

// --- DovecotServer ---

DovecotServer::DovecotServer() : m_dir(QDir::tempPath() + QStringLiteral("/ecoute-dovecot-XXXXXX")) { }

DovecotServer::~DovecotServer()
{
    stop();
}

QString DovecotServer::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QString DovecotServer::caFile() const
{
    return path(QStringLiteral("cert.pem"));
}

QString DovecotServer::log() const
{
    return readFile(path(QStringLiteral("dovecot.log"))) + readFile(path(QStringLiteral("console.log")));
}

QUrl DovecotServer::imapsUrl() const
{
    return QUrl(QStringLiteral("imaps://127.0.0.1:%1/INBOX").arg(m_imapsPort));
}

QUrl DovecotServer::imapUrl() const
{
    return QUrl(QStringLiteral("imap://127.0.0.1:%1/INBOX").arg(m_imapPort));
}

bool DovecotServer::writeConfig()
{
    QString loginUser = QStringLiteral("nobody");
    QString loginGroup = QStringLiteral("nogroup");
    uid_t uid = kNobody;
    gid_t gid = kNobody;
    if (!runningAsRoot()) {
        uid = ::geteuid();
        gid = ::getegid();
        const passwd *pw = ::getpwuid(uid);
        const group *gr = ::getgrgid(gid);
        if (!pw || !gr) {
            m_error = QStringLiteral("cannot name the current user or group");
            return false;
        }
        loginUser = QString::fromLocal8Bit(pw->pw_name);
        loginGroup = QString::fromLocal8Bit(gr->gr_name);
    }
    const QString d = m_dir.path();
    QDir().mkpath(path(QStringLiteral("home")));
    const QByteArray passwd = user().toUtf8() + ":{PLAIN}" + m_password + "::::::\n";
    const QString config =
        QStringLiteral(R"(base_dir = %1/run
state_dir = %1/state
log_path = %1/dovecot.log
default_login_user = %2
default_internal_user = %2
default_internal_group = %3
protocols = imap lmtp
listen = 127.0.0.1
ssl = yes
ssl_cert = <%1/cert.pem
ssl_key = <%1/key.pem
auth_mechanisms = plain login
auth_failure_delay = 0
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%n %1/passwd
}
userdb {
  driver = static
  args = uid=%4 gid=%5 home=%1/home/%n
}
mail_location = maildir:~/Maildir
mail_uid = %4
mail_gid = %5
first_valid_uid = 1
first_valid_gid = 1
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = %6
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = %7
    ssl = yes
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = %8
  }
}
service anvil {
  chroot =
}
protocol lmtp {
  postmaster_address = postmaster@line.test
}
)")
            .arg(d, loginUser, loginGroup, QString::number(uid), QString::number(gid),
                 QString::number(m_imapPort), QString::number(m_imapsPort), QString::number(m_lmtpPort));
    return writeFile(path(QStringLiteral("passwd")), passwd)
        && writeFile(path(QStringLiteral("dovecot.conf")), config.toUtf8());
}

bool DovecotServer::start()
{
    stop();
    m_error.clear();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (m_password.isEmpty())
        m_password = QByteArray::number(QRandomGenerator::global()->generate64(), 36)
            + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    if (!QFile::exists(caFile()) && !makeSelfSignedCertificate(m_dir.path(), &m_error))
        return false;
    m_imapsPort = freeLoopbackPort();
    m_imapPort = freeLoopbackPort();
    m_lmtpPort = freeLoopbackPort();
    if (!writeConfig())
        return false;
    const QString dovecot = QStringLiteral("/usr/sbin/dovecot");
    const QStringList args {QStringLiteral("-F"), QStringLiteral("-c"), path(QStringLiteral("dovecot.conf"))};
    bool started = false;
    if (runningAsRoot()) {
        giveToNobody(m_dir.path());
        started =
            m_process.start(QStringLiteral("setpriv"),
                            QStringList {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                         QStringLiteral("--clear-groups"), dovecot}
                                + args,
                            path(QStringLiteral("console.log")));
    } else {
        started = m_process.start(dovecot, args, path(QStringLiteral("console.log")));
    }
    if (!started || !waitForImap()) {
        m_error = QStringLiteral("dovecot did not start:\n") + log();
        stop();
        return false;
    }
    return true;
}

bool DovecotServer::waitForImap()
{
    // The master binds every listener before it forks: the IMAP greeting means LMTP is up too.
    return waitForGreeting(m_imapPort, "* OK", [this] { return m_process.isRunning(); });
}

void DovecotServer::stop()
{
    m_process.stop();
}

void DovecotServer::kill()
{
    m_process.kill();
}

bool DovecotServer::deliver(const QByteArray &raw, const QString &from, const QString &to)
{
    static int serial = 0;
    const QString file = path(QStringLiteral("deliver-%1.eml").arg(++serial));
    if (!writeFile(file, raw))
        return false;
    QProcess swaks;
    swaks.setProcessChannelMode(QProcess::MergedChannels);
    swaks.start(QStringLiteral("swaks"),
                {QStringLiteral("--protocol"), QStringLiteral("LMTP"), QStringLiteral("--server"),
                 QStringLiteral("127.0.0.1:%1").arg(m_lmtpPort), QStringLiteral("--from"), from,
                 QStringLiteral("--to"), to, QStringLiteral("--data"), QLatin1Char('@') + file,
                 QStringLiteral("--suppress-data")});
    const bool finished = swaks.waitForFinished(15000);
    const QByteArray output = swaks.readAll();
    QFile::remove(file);
    if (!finished || swaks.exitCode() != 0 || !output.contains("\n<-  250")) {
        m_error = QStringLiteral("swaks failed:\n") + QString::fromUtf8(output);
        return false;
    }
    return true;
}

int DovecotServer::inboxCount() const
{
    return countFiles(path(QStringLiteral("home/%1/Maildir").arg(user())));
}

int DovecotServer::folderCount(const QString &folder) const
{
    return countFiles(path(QStringLiteral("home/%1/Maildir/.%2").arg(user(), folder)));
}

// --- SmtpSink ---

SmtpSink::SmtpSink(bool withTls)
    : m_withTls(withTls), m_dir(QDir::tempPath() + QStringLiteral("/ecoute-smtp-XXXXXX"))
{
}

SmtpSink::~SmtpSink()
{
    stop();
}

QString SmtpSink::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QString SmtpSink::caFile() const
{
    return path(QStringLiteral("cert.pem"));
}

QString SmtpSink::log() const
{
    return readFile(path(QStringLiteral("aiosmtpd.log")));
}

QUrl SmtpSink::smtpUrl() const
{
    return QUrl(QStringLiteral("smtp://127.0.0.1:%1/line.test").arg(m_port));
}

bool SmtpSink::start()
{
    stop();
    m_error.clear();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (!QFile::exists(caFile()) && !makeSelfSignedCertificate(m_dir.path(), &m_error))
        return false;
    m_port = freeLoopbackPort();
    // aiosmtpd's command line cannot check logins: a few lines of Python around its SMTP class can.
    if (!writeFile(path(QStringLiteral("sink.py")), kSinkScript))
        return false;
    const QStringList args {
        path(QStringLiteral("sink.py")),  QStringLiteral("127.0.0.1"),
        QString::number(m_port),          path(QStringLiteral("Maildir")),
        m_withTls ? caFile() : QString(), m_withTls ? path(QStringLiteral("key.pem")) : QString()};
    m_process.setEnvironment({QStringLiteral("SINK_USER=") + m_user,
                              QStringLiteral("SINK_PASSWORD=") + QString::fromUtf8(m_password)});
    // Debian's python3-aiosmtpd, by the interpreter's full path (a python3 shim may come first on PATH).
    if (!m_process.start(QStringLiteral("/usr/bin/python3"), args, path(QStringLiteral("aiosmtpd.log")))
        || !waitForGreeting(m_port, "220", [this] { return m_process.isRunning(); })) {
        m_error = QStringLiteral("aiosmtpd did not start:\n") + log();
        stop();
        return false;
    }
    return true;
}

void SmtpSink::stop()
{
    m_process.stop();
}

QList<QByteArray> SmtpSink::messages() const
{
    // Python's mailbox names a message "<seconds>.M<microseconds>P<pid>Q<n>.<host>": the microseconds
    // are not zero-padded, so the names do not sort by arrival; the per-process counter n does.
    static const QRegularExpression counter(QStringLiteral("Q(\\d+)\\."));
    QList<std::pair<qint64, QString>> files;
    for (const char *sub : {"new", "cur"}) {
        QDir dir(path(QStringLiteral("Maildir/") + QLatin1String(sub)));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const QRegularExpressionMatch match = counter.match(name);
            files.append({match.hasMatch() ? match.captured(1).toLongLong() : -1, dir.filePath(name)});
        }
    }
    std::stable_sort(files.begin(), files.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QByteArray> out;
    for (const auto &[order, filePath] : files) {
        QFile file(filePath);
        if (file.open(QIODevice::ReadOnly))
            out.append(file.readAll());
    }
    return out;
}

bool SmtpSink::waitForMessages(int count, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (messages().size() < count) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace ecoute::testing
