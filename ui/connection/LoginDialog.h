// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ecoute::models {
class Workstation;
}

namespace ecoute::ui {

class CertificateDialog;

/// Server address, user name, password. Enter logs in; errors are shown in the
/// dialog, translated. The password field is emptied as soon as it is read.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(models::Workstation &workstation, QWidget *parent = nullptr);

    void setServerAddress(const QString &address);
    void setUserName(const QString &user);
    QString serverAddress() const;
    QString userName() const;
    /// The error or progress line shown under the form.
    QString statusText() const;

    void reject() override;

private:
    void logIn();
    void showStatus(const QString &text, bool isError);
    void setBusy(bool busy);
    void onCertificateNeedsTrust(const QByteArray &sha256, const QString &hostAndPort);
    void onCertificateChanged(const QByteArray &pinned, const QByteArray &presented,
                              const QString &hostAndPort);

    models::Workstation &m_workstation;
    QLineEdit *m_address;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_status;
    QPushButton *m_login;
    QTimer m_retryBlock;
    QPointer<CertificateDialog> m_certificateDialog; ///< the open one, if any
};

} // namespace ecoute::ui
