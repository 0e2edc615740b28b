// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace ecoute::ui {

/// Shows a server certificate's SHA-256 fingerprint. For a first connection it
/// offers "Trust this server" / "Cancel"; for a changed certificate it only
/// warns: there is deliberately no way to connect from here. Shown with open(), never
/// exec(): no nested event loop while the volunteer reads the fingerprint.
class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { FirstConnection, Changed };

    CertificateDialog(Kind kind, const QString &hostAndPort, const QByteArray &presented,
                      const QByteArray &pinned = {}, QWidget *parent = nullptr);
};

} // namespace ecoute::ui
