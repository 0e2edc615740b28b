// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/storage/KeyRing.h"

#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace ecoute::server {

namespace {
constexpr char kMagic[8] = {'E', 'C', 'T', 'K', 'E', 'Y', 'S', '1'};
constexpr std::size_t kRecordBytes = 4 + KeyRing::kKeyBytes;
constexpr int kMaxKeys = 256;

bool ensureSodium()
{
    return sodium_init() >= 0; // idempotent and thread-safe
}

/// A sodium_malloc'd buffer, wiped and freed when it goes.
class LockedBuffer
{
public:
    explicit LockedBuffer(std::size_t size)
        : m_data(static_cast<unsigned char *>(sodium_malloc(size))), m_size(size)
    {
    }
    ~LockedBuffer()
    {
        if (m_data)
            sodium_free(m_data); // zeroes before freeing
    }
    LockedBuffer(const LockedBuffer &) = delete;
    LockedBuffer &operator=(const LockedBuffer &) = delete;
    unsigned char *data() { return m_data; }
    unsigned char *release() { return std::exchange(m_data, nullptr); }
    std::size_t size() const { return m_size; }

private:
    unsigned char *m_data;
    std::size_t m_size;
};

quint32 readId(const unsigned char *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

void writeId(unsigned char *p, quint32 id)
{
    p[0] = static_cast<unsigned char>(id >> 24);
    p[1] = static_cast<unsigned char>(id >> 16);
    p[2] = static_cast<unsigned char>(id >> 8);
    p[3] = static_cast<unsigned char>(id);
}

QString systemError(const char *what, const QString &path)
{
    return QStringLiteral("%1 %2: %3")
        .arg(QLatin1String(what), path, QString::fromLocal8Bit(std::strerror(errno)));
}

bool readAll(int fd, unsigned char *out, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, out + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

/// Writes content to path through a temporary file (0600), fsync'd, renamed over path.
bool writeAtomically(const QString &path, const unsigned char *content, std::size_t size, bool mayReplace,
                     QString *error)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".new";
    ::unlink(temporary.constData());
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = systemError("cannot create the key file", path);
        return false;
    }
    std::size_t done = 0;
    bool ok = true;
    while (ok && done < size) {
        const ssize_t n = ::write(fd, content + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        if (ok)
            done += static_cast<std::size_t>(n);
    }
    ok = ok && ::fsync(fd) == 0;
    ::close(fd);
    if (ok && !mayReplace && ::access(target.constData(), F_OK) == 0) {
        ::unlink(temporary.constData());
        *error = QStringLiteral("the key file %1 already exists").arg(path);
        return false;
    }
    if (!ok || ::rename(temporary.constData(), target.constData()) != 0) {
        *error = systemError("cannot write the key file", path);
        ::unlink(temporary.constData());
        return false;
    }
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    if (const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dirFd >= 0) {
        ::fsync(dirFd); // the rename itself is durable
        ::close(dirFd);
    }
    return true;
}
} // namespace

KeyRing::~KeyRing()
{
    if (m_keys)
        sodium_free(m_keys);
}

std::unique_ptr<KeyRing> KeyRing::load(const QString &path, QString *error)
{
    if (!ensureSodium()) {
        *error = QStringLiteral("libsodium could not be initialised");
        return nullptr;
    }
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        *error = systemError("cannot open the transcript key file", path);
        return nullptr;
    }
    struct stat st
    {
    };
    const bool statOk = ::fstat(fd, &st) == 0;
    const auto fail = [&](const QString &why) {
        ::close(fd);
        *error = why;
        return nullptr;
    };
    if (!statOk || !S_ISREG(st.st_mode))
        return fail(QStringLiteral("the transcript key file %1 is not a regular file").arg(path));
    if ((st.st_mode & 0077) != 0) {
        return fail(QStringLiteral("the transcript key file %1 has mode %2: anyone but its owner may reach "
                                   "it; make it 0600 (chmod 600) or 0400")
                        .arg(path)
                        .arg(st.st_mode & 0777, 4, 8, QLatin1Char('0')));
    }
    const auto size = static_cast<std::size_t>(st.st_size);
    const std::size_t count = size >= sizeof kMagic ? (size - sizeof kMagic) / kRecordBytes : 0;
    if (size < sizeof kMagic + kRecordBytes || (size - sizeof kMagic) % kRecordBytes != 0 || count > kMaxKeys)
        return fail(QStringLiteral("the transcript key file %1 is malformed (wrong size)").arg(path));
    LockedBuffer content(size);
    if (!content.data() || !readAll(fd, content.data(), size))
        return fail(QStringLiteral("cannot read the transcript key file %1").arg(path));
    ::close(fd);
    if (std::memcmp(content.data(), kMagic, sizeof kMagic) != 0) {
        *error = QStringLiteral("the transcript key file %1 is malformed (not an Ecoute key file)").arg(path);
        return nullptr;
    }
    std::unique_ptr<KeyRing> ring(new KeyRing);
    LockedBuffer keys(count * kKeyBytes);
    if (!keys.data()) {
        *error = QStringLiteral("cannot allocate locked memory for the transcript keys");
        return nullptr;
    }
    for (std::size_t i = 0; i < count; ++i) {
        const unsigned char *record = content.data() + sizeof kMagic + i * kRecordBytes;
        const quint32 id = readId(record);
        if (id == 0 || ring->m_ids.contains(id)) {
            *error = QStringLiteral("the transcript key file %1 is malformed (key ids)").arg(path);
            return nullptr;
        }
        ring->m_ids.append(id);
        std::memcpy(keys.data() + i * kKeyBytes, record + 4, kKeyBytes);
    }
    ring->m_keys = keys.release();
    sodium_mprotect_readonly(ring->m_keys);
    return ring;
}

bool KeyRing::create(const QString &path, QString *error)
{
    if (!ensureSodium()) {
        *error = QStringLiteral("libsodium could not be initialised");
        return false;
    }
    LockedBuffer content(sizeof kMagic + kRecordBytes);
    std::memcpy(content.data(), kMagic, sizeof kMagic);
    writeId(content.data() + sizeof kMagic, 1);
    randombytes_buf(content.data() + sizeof kMagic + 4, kKeyBytes);
    return writeAtomically(path, content.data(), content.size(), false, error);
}

bool KeyRing::addKey(const QString &path, quint32 *newId, QString *error)
{
    const auto ring = load(path, error);
    if (!ring)
        return false;
    if (ring->size() >= kMaxKeys) {
        *error = QStringLiteral("the transcript key file holds %1 keys already").arg(kMaxKeys);
        return false;
    }
    const auto count = static_cast<std::size_t>(ring->size());
    LockedBuffer content(sizeof kMagic + (count + 1) * kRecordBytes);
    std::memcpy(content.data(), kMagic, sizeof kMagic);
    quint32 highest = 0;
    for (std::size_t i = 0; i < count; ++i) {
        unsigned char *record = content.data() + sizeof kMagic + i * kRecordBytes;
        writeId(record, ring->m_ids.at(static_cast<qsizetype>(i)));
        std::memcpy(record + 4, ring->m_keys + i * kKeyBytes, kKeyBytes);
        highest = std::max(highest, ring->m_ids.at(static_cast<qsizetype>(i)));
    }
    *newId = highest + 1;
    unsigned char *record = content.data() + sizeof kMagic + count * kRecordBytes;
    writeId(record, *newId);
    randombytes_buf(record + 4, kKeyBytes);
    return writeAtomically(path, content.data(), content.size(), true, error);
}

std::unique_ptr<KeyRing> KeyRing::ephemeral()
{
    if (!ensureSodium())
        return nullptr;
    std::unique_ptr<KeyRing> ring(new KeyRing);
    ring->m_keys = static_cast<unsigned char *>(sodium_malloc(kKeyBytes));
    if (!ring->m_keys)
        return nullptr;
    randombytes_buf(ring->m_keys, kKeyBytes);
    sodium_mprotect_readonly(ring->m_keys);
    ring->m_ids.append(1);
    return ring;
}

const unsigned char *KeyRing::key(quint32 id) const
{
    const qsizetype index = m_ids.indexOf(id);
    return index < 0 ? nullptr : m_keys + static_cast<std::size_t>(index) * kKeyBytes;
}

} // namespace ecoute::server
