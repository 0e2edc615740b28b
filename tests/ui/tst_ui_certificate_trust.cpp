// SPDX-License-Identifier: GPL-3.0-or-later
// The first thing a new volunteer does: log in over TLS, read the server's fingerprint
// slowly, trust it. The trust dialog used to run inside the socket's sslErrors signal and
// crashed when the socket went away meanwhile. Here a volunteer takes 2 s to confirm,
// eight times, while the server gives up on handshakes after 500 ms; every login succeeds.
#include "ServerProcess.h"
#include "UiTestSupport.h"
#include "models/workstation/Workstation.h"
#include "ui/connection/CertificateDialog.h"
#include "ui/connection/LoginDialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using ecoute::models::Workstation;
using ecoute::testing::ServerProcess;
using ecoute::ui::CertificateDialog;
using ecoute::ui::LoginDialog;

namespace {
constexpr int kIterations = 8;
constexpr int kReadingTimeMs = 2000;
constexpr int kTimeout = 15000;
} // namespace

class TestUiCertificateTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ServerProcess::Options options;
        options.tls = true;
        options.extraArgs = {QStringLiteral("--handshake-timeout-ms"), QStringLiteral("500")};
        QVERIFY2(m_server.start(options), "ecoute-server did not start with TLS");
    }

    void trustConfirmedSlowlyThenLoggedIn()
    {
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < kIterations; ++i) {
            QTemporaryDir dir; // a new volunteer's machine: nothing pinned yet
            QSettings settings(dir.filePath(QStringLiteral("ecoute.ini")), QSettings::IniFormat);
            Workstation workstation(settings);
            LoginDialog dialog(workstation);
            dialog.show();
            logInAsVolunteer(dialog);

            CertificateDialog *trust = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((trust = dialog.findChild<CertificateDialog *>()) && trust->isVisible(),
                                     kTimeout);
            auto *fingerprint = trust->findChild<QWidget *>(QStringLiteral("fingerprint"));
            QVERIFY(fingerprint);
            // The volunteer reads while the application keeps running (no nested event loop).
            QTest::qWait(kReadingTimeMs);
            QVERIFY(dialog.findChild<CertificateDialog *>() == trust);
            trust->findChild<QPushButton *>(QStringLiteral("trustButton"))->click();

            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), kTimeout);
            QVERIFY2(workstation.session().isLoggedIn(), qPrintable(dialog.statusText()));
            QVERIFY(!workstation.pins().pinned(workstation.connection().address().hostAndPort()).isEmpty());
        }
        qInfo() << kIterations << "slow confirmations in" << total.elapsed() << "ms";
    }

    void changedCertificateWarnsWithoutConnecting()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("ecoute.ini")), QSettings::IniFormat);
        Workstation workstation(settings);
        const ecoute::models::ServerAddress address =
            ecoute::models::ServerAddress::parse(m_server.staffUrl().toString());
        workstation.pins().pin(address.hostAndPort(), QByteArray(32, 'x'));
        LoginDialog dialog(workstation);
        dialog.show();
        logInAsVolunteer(dialog);

        CertificateDialog *warning = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((warning = dialog.findChild<CertificateDialog *>()) && warning->isVisible(),
                                 kTimeout);
        QVERIFY(warning->findChild<QWidget *>(QStringLiteral("certificateWarning")));
        QVERIFY(!warning->findChild<QPushButton *>(QStringLiteral("trustButton")));
        QTest::qWait(kReadingTimeMs);
        warning->reject();
        QTest::qWait(300);
        QVERIFY(!workstation.session().isLoggedIn());
        QVERIFY(dialog.result() != QDialog::Accepted);
    }

private:
    /// Fills the login form for the demo volunteer and presses Log in.
    void logInAsVolunteer(LoginDialog &dialog)
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("serverAddress"))
            ->setText(m_server.staffUrl().toString());
        dialog.findChild<QLineEdit *>(QStringLiteral("userName"))->setText(QStringLiteral("volunteer"));
        dialog.findChild<QLineEdit *>(QStringLiteral("password"))
            ->setText(m_server.demoPassword("volunteer"));
        dialog.findChild<QPushButton *>(QStringLiteral("loginButton"))->click();
    }

    ServerProcess m_server;
};

QTEST_MAIN(TestUiCertificateTrust)
#include "tst_ui_certificate_trust.moc"
