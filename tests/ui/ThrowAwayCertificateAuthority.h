// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

namespace ecoute::testing {

/// A certificate authority made up for one test with the openssl command line, and a
/// server certificate for 127.0.0.1 it signed: what a line's admin gets from a real CA.
class ThrowAwayCertificateAuthority
{
public:
    bool create()
    {
        if (!m_dir.isValid())
            return false;
        QFile extensions(m_dir.filePath(QStringLiteral("server.ext")));
        if (!extensions.open(QIODevice::WriteOnly))
            return false;
        extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                         "basicConstraints=critical,CA:FALSE\n"
                         "extendedKeyUsage=serverAuth\n");
        extensions.close();
        const QStringList ecKey {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                 QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        const bool made =
            run(QStringList {QStringLiteral("req"), QStringLiteral("-x509")} + ecKey
                + QStringList {QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                               QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                               QStringLiteral("-subj"), QStringLiteral("/CN=Ecoute throw-away test CA"),
                               QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                               QStringLiteral("-addext"),
                               QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")})
            && run(QStringList {QStringLiteral("req")} + ecKey
                   + QStringList {QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                  QStringLiteral("-out"), QStringLiteral("server.csr"),
                                  QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")})
            && run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")});
        if (!made)
            return false;
        m_ca = load(QStringLiteral("ca.pem"));
        m_server = load(QStringLiteral("server.pem"));
        QFile keyFile(m_dir.filePath(QStringLiteral("server.key")));
        if (!keyFile.open(QIODevice::ReadOnly))
            return false;
        m_key = QSslKey(keyFile.readAll(), QSsl::Ec);
        return !m_ca.isNull() && !m_server.isNull() && !m_key.isNull();
    }

    QSslCertificate authority() const { return m_ca; }
    QSslCertificate serverCertificate() const { return m_server; }
    QSslKey serverKey() const { return m_key; }

private:
    bool run(const QStringList &arguments)
    {
        QProcess openssl;
        openssl.setWorkingDirectory(m_dir.path());
        openssl.start(QStringLiteral("openssl"), arguments);
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            qWarning() << "openssl failed:" << arguments.first() << openssl.readAllStandardError();
            return false;
        }
        return true;
    }

    QSslCertificate load(const QString &name) const
    {
        const auto certificates = QSslCertificate::fromPath(m_dir.filePath(name));
        return certificates.isEmpty() ? QSslCertificate() : certificates.first();
    }

    QTemporaryDir m_dir;
    QSslCertificate m_ca;
    QSslCertificate m_server;
    QSslKey m_key;
};

} // namespace ecoute::testing
