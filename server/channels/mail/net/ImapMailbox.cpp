// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/net/ImapMailbox.h"

#include <QRegularExpression>

namespace ecoute::server::mail {

namespace {

/// Untagged replies to one command are small (about 40 bytes a message); this bounds a hostile server.
constexpr qsizetype kMaxReplyBytes = 16 * 1024 * 1024;

struct Sink
{
    QByteArray data;
    qint64 limit = kMaxReplyBytes;
    bool tooLarge = false;
    CURL *curl = nullptr;

    static size_t write(char *ptr, size_t size, size_t count, void *user)
    {
        auto *sink = static_cast<Sink *>(user);
        const auto bytes = static_cast<qint64>(size * count);
        if (sink->curl && sink->data.isEmpty()) {
            // IMAP announces a literal's size before its bytes: refuse a large message at once.
            curl_off_t announced = -1;
            if (curl_easy_getinfo(sink->curl, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &announced) == CURLE_OK
                && announced > sink->limit) {
                sink->tooLarge = true;
                return 0;
            }
        }
        if (sink->data.size() + bytes > sink->limit) {
            sink->tooLarge = true;
            return 0; // aborts the transfer (CURLE_WRITE_ERROR); curl closes that connection
        }
        sink->data.append(ptr, static_cast<qsizetype>(bytes));
        return size * count;
    }
};

/// An IMAP quoted string. Only names without '%' (curl URL-decodes custom commands), quotes,
/// backslashes, wildcards or control characters are accepted, so nothing needs escaping.
std::optional<QByteArray> quotedMailbox(const QString &name)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9 ._/-]{1,100}$"));
    if (!safe.match(name).hasMatch())
        return std::nullopt;
    return '"' + name.toLatin1() + '"';
}

QList<QByteArray> replyLines(const QByteArray &reply)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : reply.split('\n')) {
        const QByteArray trimmed = line.endsWith('\r') ? line.chopped(1) : line;
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

std::optional<quint32> numberAfter(const QByteArray &line, const QRegularExpression &pattern)
{
    const auto match = pattern.match(QString::fromLatin1(line));
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const quint32 value = match.captured(1).toUInt(&ok);
    return ok ? std::optional<quint32>(value) : std::nullopt;
}

} // namespace

ImapMailbox::ImapMailbox(MailAccount account) : m_account(std::move(account)), m_curl(m_account, "imap,imaps")
{
    m_mailbox = m_account.imapUrl.path().mid(1);
    if (m_mailbox.isEmpty())
        m_mailbox = QStringLiteral("INBOX");
}

QByteArray ImapMailbox::mailboxUrl() const
{
    const QUrl &url = m_account.imapUrl;
    QByteArray out = url.scheme().toLatin1() + "://" + QUrl::toAce(url.host());
    if (url.host().contains(QLatin1Char(':')))
        out = url.scheme().toLatin1() + "://[" + url.host().toLatin1() + ']';
    if (url.port() > 0)
        out += ':' + QByteArray::number(url.port());
    return out + '/' + QUrl::toPercentEncoding(m_mailbox);
}

std::optional<QByteArray> ImapMailbox::command(const QByteArray &command, const char *what)
{
    CURL *curl = m_curl.get();
    if (!curl)
        return std::nullopt;
    Sink sink;
    const QByteArray url = mailboxUrl();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, command.constData());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &Sink::write);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    const CURLcode code = m_curl.perform(what);
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, nullptr);
    if (code != CURLE_OK) {
        if (sink.tooLarge)
            m_curl.setLastError(
                QStringLiteral("%1: the server's reply is too large").arg(QLatin1String(what)));
        return std::nullopt;
    }
    return sink.data;
}

std::optional<quint32> ImapMailbox::selectUidValidity(qint64 *exists)
{
    const auto mailbox = quotedMailbox(m_mailbox);
    if (!mailbox) {
        m_curl.setLastError(QStringLiteral("the mailbox name is not supported"));
        return std::nullopt;
    }
    // curl keeps a SELECT's reply to itself; the same SELECT as a custom command hands it over.
    const auto reply = command("SELECT " + *mailbox, "select");
    if (!reply)
        return std::nullopt;
    static const QRegularExpression validity(QStringLiteral("^\\* OK \\[UIDVALIDITY (\\d+)\\]"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression existsLine(QStringLiteral("^\\* (\\d+) EXISTS"),
                                               QRegularExpression::CaseInsensitiveOption);
    std::optional<quint32> uidValidity;
    for (const QByteArray &line : replyLines(*reply)) {
        if (const auto value = numberAfter(line, validity))
            uidValidity = value;
        else if (const auto count = numberAfter(line, existsLine); count && exists)
            *exists = *count;
    }
    if (!uidValidity || *uidValidity == 0) {
        m_curl.setLastError(QStringLiteral("select: the server sent no UIDVALIDITY"));
        return std::nullopt;
    }
    return uidValidity;
}

std::optional<ImapMailbox::Listing> ImapMailbox::list()
{
    qint64 exists = -1;
    const auto uidValidity = selectUidValidity(&exists);
    if (!uidValidity)
        return std::nullopt;
    Listing listing;
    listing.uidValidity = *uidValidity;
    if (exists == 0)
        return listing; // some servers answer "1:*" on an empty mailbox with BAD
    const auto reply = command("UID FETCH 1:* (RFC822.SIZE)", "list");
    if (!reply)
        return std::nullopt;
    static const QRegularExpression fetchLine(QStringLiteral("^\\* \\d+ FETCH \\((.*)\\)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression uidItem(QStringLiteral("(?:^|\\s)UID (\\d+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sizeItem(QStringLiteral("(?:^|\\s)RFC822\\.SIZE (\\d+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray &line : replyLines(*reply)) {
        const auto match = fetchLine.match(QString::fromLatin1(line));
        if (!match.hasMatch())
            continue;
        const QString items = match.captured(1);
        const auto uid = uidItem.match(items);
        const auto size = sizeItem.match(items);
        if (!uid.hasMatch() || !size.hasMatch())
            continue; // e.g. an unsolicited FLAGS update
        Entry entry;
        entry.uid = uid.captured(1).toUInt();
        entry.size = size.captured(1).toLongLong();
        if (entry.uid != 0)
            listing.messages.append(entry);
    }
    std::sort(listing.messages.begin(), listing.messages.end(),
              [](const Entry &a, const Entry &b) { return a.uid < b.uid; });
    return listing;
}

std::optional<QByteArray> ImapMailbox::fetch(quint32 uidValidity, quint32 uid, qint64 maxBytes)
{
    m_foundNothing = false;
    CURL *curl = m_curl.get();
    if (!curl)
        return std::nullopt;
    // curl checks the UIDVALIDITY when it selects the mailbox, and re-selects when it differs from the
    // one it saw; it then fetches with UID FETCH n BODY[].
    const QByteArray url =
        mailboxUrl() + ";UIDVALIDITY=" + QByteArray::number(uidValidity) + "/;UID=" + QByteArray::number(uid);
    Sink sink;
    sink.limit = std::max<qint64>(0, maxBytes);
    sink.curl = curl;
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, nullptr);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &Sink::write);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
    const CURLcode code = m_curl.perform("fetch");
    if (sink.tooLarge) {
        m_curl.setLastError(QStringLiteral("fetch: the message is larger than %1 bytes").arg(maxBytes));
        return std::nullopt;
    }
    if (code == CURLE_REMOTE_FILE_NOT_FOUND) {
        m_foundNothing = true;
        m_curl.setLastError(
            QStringLiteral("fetch: no such message (deleted, or the mailbox was renumbered)"));
        return std::nullopt;
    }
    if (code != CURLE_OK)
        return std::nullopt;
    return sink.data;
}

bool ImapMailbox::sameUidValidity(quint32 uidValidity)
{
    const auto current = selectUidValidity();
    if (!current)
        return false;
    if (*current != uidValidity) {
        m_curl.setLastError(QStringLiteral("the mailbox was renumbered (UIDVALIDITY changed)"));
        return false;
    }
    return true;
}

bool ImapMailbox::remove(quint32 uidValidity, quint32 uid)
{
    if (uid == 0 || !sameUidValidity(uidValidity))
        return false;
    const QByteArray number = QByteArray::number(uid);
    return command("UID STORE " + number + " +FLAGS.SILENT (\\Deleted)", "remove")
        && command("UID EXPUNGE " + number, "expunge");
}

bool ImapMailbox::moveTo(quint32 uidValidity, quint32 uid, const QString &folder)
{
    const auto target = quotedMailbox(folder);
    if (!target) {
        m_curl.setLastError(QStringLiteral("move: the folder name is not supported"));
        return false;
    }
    if (uid == 0 || !sameUidValidity(uidValidity))
        return false;
    const QByteArray move = "UID MOVE " + QByteArray::number(uid) + ' ' + *target;
    if (command(move, "move"))
        return true;
    // A NO reply (e.g. [TRYCREATE]) is CURLE_QUOTE_ERROR for a custom command: create once, retry.
    const QString moveError = lastError();
    if (!command("CREATE " + *target, "create")) {
        m_curl.setLastError(moveError);
        return false;
    }
    return command(move, "move").has_value();
}

} // namespace ecoute::server::mail
