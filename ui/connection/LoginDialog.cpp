// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connection/LoginDialog.h"

#include "models/connection/ErrorText.h"
#include "models/connection/ServerAddress.h"
#include "models/workstation/Workstation.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/accessibility/Announcer.h"
#include "ui/connection/CertificateDialog.h"
#include "ui/style/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::Connection;
using models::ErrorText;
using models::ServerAddress;
using models::Session;

LoginDialog::LoginDialog(models::Workstation &workstation, QWidget *parent)
    : QDialog(parent), m_workstation(workstation), m_address(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_status(new QLabel(this)),
      m_login(nullptr)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Ecoute – Log in"));

    m_address->setObjectName(QStringLiteral("serverAddress"));
    // Wide enough for a full https://host:port address without scrolling.
    m_address->setMinimumWidth(m_address->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 34);
    m_address->setAccessibleName(tr("Server address"));
    m_address->setPlaceholderText(tr("ecoute.example.org:8443"));
    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_status->setObjectName(QStringLiteral("loginStatus"));
    // Live text (progress, the login result): read as it is, and announced.
    m_status->setAccessibleDescription(tr("Login status"));
    m_status->setWordWrap(true);
    m_status->setMargin(4);
    m_status->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_address);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    m_login = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(QStringLiteral("loginButton"));
    AccessibleNames::nameAfterText(m_login);
    m_login->setDefault(true); // Enter logs in
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    AccessibleNames::nameAfterText(cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::logIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    Session &session = m_workstation.session();
    connect(&session, &Session::loggedIn, this, [this] {
        setBusy(false);
        accept();
    });
    connect(&session, &Session::loginFailed, this, [this](const QString &message, int retryAfterMs) {
        setBusy(false);
        showStatus(message, true);
        m_password->setFocus();
        if (retryAfterMs > 0) {
            m_login->setEnabled(false);
            m_retryBlock.start(retryAfterMs);
        }
    });
    m_retryBlock.setSingleShot(true);
    connect(&m_retryBlock, &QTimer::timeout, this, [this] { m_login->setEnabled(true); });

    Connection &connection = m_workstation.connection();
    connect(&connection, &Connection::unreachable, this, [this, &session] {
        if (isVisible() && session.state() == Session::State::LoggingIn) {
            setBusy(false); // the address may be wrong; the login goes on if it is not
            showStatus(ErrorText::unreachable(), true);
        }
    });
    connect(&connection, &Connection::certificateNeedsTrust, this, &LoginDialog::onCertificateNeedsTrust);
    connect(&connection, &Connection::certificateChanged, this, &LoginDialog::onCertificateChanged);
}

void LoginDialog::setServerAddress(const QString &address)
{
    m_address->setText(address);
}

void LoginDialog::setUserName(const QString &user)
{
    m_user->setText(user);
    if (!user.isEmpty())
        m_password->setFocus();
}

QString LoginDialog::serverAddress() const
{
    return m_address->text().trimmed();
}

QString LoginDialog::userName() const
{
    return m_user->text().trimmed();
}

QString LoginDialog::statusText() const
{
    return m_status->text();
}

void LoginDialog::reject()
{
    if (m_certificateDialog)
        m_certificateDialog->close(); // its answer no longer matters
    m_workstation.session().cancelLogin();
    QDialog::reject();
}

void LoginDialog::logIn()
{
    const ServerAddress address = ServerAddress::parse(m_address->text());
    if (!address.isValid()) {
        showStatus(address.error(), true);
        m_address->setFocus();
        return;
    }
    if (userName().isEmpty()) {
        showStatus(tr("Enter your user name."), true);
        m_user->setFocus();
        return;
    }
    QString password = m_password->text();
    m_password->clear();
    if (password.isEmpty()) {
        showStatus(tr("Enter your password."), true);
        m_password->setFocus();
        return;
    }
    showStatus(tr("Connecting…"), false);
    setBusy(true);
    m_workstation.session().login(address, userName(), password); // overwrites password
}

void LoginDialog::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    if (isError) {
        Theme::applyPanel(m_status, Theme::Role::Error);
    } else {
        m_status->setPalette(QPalette());
        m_status->setAutoFillBackground(false);
    }
    m_status->show();
    // The focus stays in the form: the result is announced rather than moved to.
    Announcer::announce(this, text,
                        isError ? Announcer::Politeness::Assertive : Announcer::Politeness::Polite);
}

void LoginDialog::setBusy(bool busy)
{
    m_address->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_login->setEnabled(!busy && !m_retryBlock.isActive());
}

void LoginDialog::onCertificateNeedsTrust(const QByteArray &sha256, const QString &hostAndPort)
{
    if (!isVisible() || m_certificateDialog)
        return;
    // Window-modal without a nested event loop: the volunteer may take their time (a screen
    // reader reads a fingerprint slowly) while the application keeps running.
    auto *dialog =
        new CertificateDialog(CertificateDialog::Kind::FirstConnection, hostAndPort, sha256, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_certificateDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, sha256](int result) {
        if (result == QDialog::Accepted) {
            showStatus(tr("Connecting…"), false);
            m_workstation.connection().trustCertificate(sha256); // connects again
            return;
        }
        m_workstation.session().cancelLogin();
        setBusy(false);
        showStatus(tr("Not connected: the server's certificate was not trusted."), true);
    });
    dialog->open();
}

void LoginDialog::onCertificateChanged(const QByteArray &pinned, const QByteArray &presented,
                                       const QString &hostAndPort)
{
    if (!isVisible())
        return;
    m_workstation.session().cancelLogin();
    setBusy(false);
    showStatus(ErrorText::certificateChanged(hostAndPort), true);
    if (m_certificateDialog)
        return;
    auto *dialog =
        new CertificateDialog(CertificateDialog::Kind::Changed, hostAndPort, presented, pinned, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_certificateDialog = dialog;
    dialog->open();
}

} // namespace ecoute::ui
