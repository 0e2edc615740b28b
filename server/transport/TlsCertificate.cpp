// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/transport/TlsCertificate.h"

#include "server/core/Logging.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace ecoute::server {

namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

constexpr long kValiditySecs = 2L * 365 * 24 * 60 * 60;

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool isSafeDnsName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'.')
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, permissions))
        return false;
    const bool ok = file.write(data) == data.size();
    file.close();
    return ok && file.setPermissions(permissions);
}

} // namespace

std::optional<TlsCertificate::Pem> TlsCertificate::generateSelfSigned(const QString &hostName)
{
    PKeyPtr key(EVP_EC_gen("P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert)
        return std::nullopt;

    X509_set_version(cert.get(), 2); // v3
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return std::nullopt;
    serial[0] &= 0x7f; // positive
    std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>> bn(BN_bin2bn(serial, sizeof serial, nullptr));
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get())))
        return std::nullopt;

    // Backdated an hour to tolerate clock skew between server and clients.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), kValiditySecs);
    X509_set_pubkey(cert.get(), key.get());

    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("ecoute-server"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);

    QByteArray san = "DNS:localhost,IP:127.0.0.1,IP:::1";
    if (isSafeDnsName(hostName) && hostName != QLatin1String("localhost"))
        san += ",DNS:" + hostName.toLatin1();
    if (!addExtension(cert.get(), NID_subject_alt_name, san)
        || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), NID_subject_key_identifier, "hash")) {
        return std::nullopt;
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return std::nullopt;

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return std::nullopt;
    }
    return Pem {bioContents(certBio.get()), bioContents(keyBio.get())};
}

bool TlsCertificate::keyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    BioPtr certBio(BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size())));
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size())));
    if (!certBio || !keyBio)
        return false;
    X509Ptr cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    PKeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    return cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
}

bool TlsCertificate::loadOrCreate(const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        m_error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString certPath = dir + QStringLiteral("/server.crt");
    const QString keyPath = dir + QStringLiteral("/server.key");

    if (!QFile::exists(certPath) || !QFile::exists(keyPath)) {
        const auto pem = generateSelfSigned(QHostInfo::localHostName());
        if (!pem) {
            m_error = QStringLiteral("could not generate a TLS certificate");
            return false;
        }
        if (!writeFile(keyPath, pem->privateKey, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || !writeFile(certPath, pem->certificate,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                              | QFileDevice::ReadOther)) {
            m_error = QStringLiteral("could not write the TLS certificate files");
            return false;
        }
        qCInfo(lcServer) << "generated a self-signed TLS certificate";
    }

    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read the TLS certificate files");
        return false;
    }
    const QByteArray certPem = certFile.readAll();
    const QByteArray keyPem = keyFile.readAll();
    const auto certs = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (certs.isEmpty()) {
        m_error = QStringLiteral("server.crt holds no certificate");
        return false;
    }
    m_certificate = certs.first();
    m_key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (m_key.isNull())
        m_key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (m_key.isNull() || !keyMatchesCertificate(certPem, keyPem)) {
        m_error = QStringLiteral("server.key is missing, unreadable or does not match server.crt");
        return false;
    }
    return true;
}

QString TlsCertificate::fingerprint() const
{
    return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

} // namespace ecoute::server
