// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/engine/PinnedTls.h"

#include <openssl/crypto.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <mutex>

// In libre 1.1's re_tls.h only when its own build's USE_OPENSSL is defined.
extern "C" SSL_CTX *tls_openssl_context(const struct tls *tls);

namespace ecoute::models::engine {

namespace {

/// The pin lives as long as the SSL_CTX (libre keeps the context while connections use it).
int pinIndex()
{
    static int index = -1;
    static std::once_flag once;
    std::call_once(once, [] {
        index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr,
                                         [](void *, void *pin, CRYPTO_EX_DATA *, int, long, void *) {
                                             delete static_cast<QByteArray *>(pin);
                                         });
    });
    return index;
}

/// Replaces OpenSSL's verification of the whole chain: the leaf is the pin, or nothing is.
int verifyPinned(X509_STORE_CTX *store, void *arg)
{
    const auto *pin = static_cast<const QByteArray *>(arg);
    X509 *leaf = X509_STORE_CTX_get0_cert(store);
    unsigned char *der = nullptr;
    const int length = leaf ? i2d_X509(leaf, &der) : -1;
    const bool same = der && PinnedTls::matches(*pin, der, length);
    OPENSSL_free(der);
    X509_STORE_CTX_set_error(store, same ? X509_V_OK : X509_V_ERR_CERT_REJECTED);
    return same ? 1 : 0;
}

} // namespace

bool PinnedTls::matches(const QByteArray &pinnedDer, const unsigned char *der, int length)
{
    return length > 0 && length == pinnedDer.size()
        && CRYPTO_memcmp(der, pinnedDer.constData(), std::size_t(length)) == 0;
}

telephony::LibreRef<tls> PinnedTls::create(const QByteArray &pinnedDer, int *error)
{
    telephony::LibreRef<tls> context;
    *error = tls_alloc(context.out(), TLS_METHOD_SSLV23, nullptr, nullptr);
    if (*error) {
        context.release(); // libre freed it
        return {};
    }
    SSL_CTX *ssl = tls_openssl_context(context.get());
    if (!ssl || SSL_CTX_set_min_proto_version(ssl, TLS1_2_VERSION) != 1) {
        *error = EPROTO;
        return {};
    }
    if (pinnedDer.isEmpty()) {
        SSL_CTX_set_verify(ssl, SSL_VERIFY_NONE, nullptr); // the loopback demo only (see above)
        return context;
    }
    auto *pin = new QByteArray(pinnedDer);
    if (pinIndex() < 0 || SSL_CTX_set_ex_data(ssl, pinIndex(), pin) != 1) {
        delete pin;
        *error = ENOMEM;
        return {};
    }
    SSL_CTX_set_verify(ssl, SSL_VERIFY_PEER, nullptr);
    SSL_CTX_set_cert_verify_callback(ssl, verifyPinned, pin);
    return context;
}

} // namespace ecoute::models::engine
