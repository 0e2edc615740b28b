// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QSettings;
class QSslCertificate;

namespace ecoute::models {

/// Trust on first use: remembers, per "host:port", the SHA-256 fingerprint of
/// the server certificate the volunteer accepted. A later, different
/// certificate is refused, never silently accepted.
class CertificatePins
{
public:
    enum class Verdict { Unknown, Match, Mismatch };

    /// settings must outlive this object.
    explicit CertificatePins(QSettings &settings);

    Verdict check(const QString &hostAndPort, const QByteArray &sha256) const;
    QByteArray pinned(const QString &hostAndPort) const;
    void pin(const QString &hostAndPort, const QByteArray &sha256);
    void forget(const QString &hostAndPort);

    static QByteArray fingerprint(const QSslCertificate &certificate);
    /// "AB:CD:..." for display, so a volunteer can compare it with the admin's.
    static QString formatFingerprint(const QByteArray &sha256);

private:
    static QString keyFor(const QString &hostAndPort);
    QSettings &m_settings;
};

} // namespace ecoute::models
