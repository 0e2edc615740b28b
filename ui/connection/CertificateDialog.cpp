// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connection/CertificateDialog.h"

#include "models/connection/CertificatePins.h"
#include "models/connection/ErrorText.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::CertificatePins;
using models::ErrorText;

namespace {
QLabel *fingerprintLabel(const QByteArray &sha256, QWidget *parent)
{
    auto *label = new QLabel(CertificatePins::formatFingerprint(sha256), parent);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

CertificateDialog::CertificateDialog(Kind kind, const QString &hostAndPort, const QByteArray &presented,
                                     const QByteArray &pinned, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("certificateDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QDialogButtonBox(this);

    if (kind == Kind::FirstConnection) {
        setWindowTitle(tr("New server certificate"));
        auto *intro = new QLabel(ErrorText::certificateUnknown(hostAndPort), this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        layout->addWidget(new QLabel(tr("SHA-256 fingerprint:"), this));
        QLabel *fp = fingerprintLabel(presented, this);
        fp->setObjectName(QStringLiteral("fingerprint"));
        fp->setAccessibleName(tr("Certificate fingerprint"));
        layout->addWidget(fp);
        QPushButton *trust = buttons->addButton(tr("&Trust this server"), QDialogButtonBox::AcceptRole);
        trust->setObjectName(QStringLiteral("trustButton"));
        trust->setAccessibleName(tr("Trust this server"));
        QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
        cancel->setAccessibleName(tr("Cancel"));
        cancel->setDefault(true); // trusting must be a deliberate choice
    } else {
        setWindowTitle(tr("Security warning"));
        auto *warning = new QLabel(ErrorText::certificateChanged(hostAndPort), this);
        warning->setObjectName(QStringLiteral("certificateWarning"));
        warning->setWordWrap(true);
        QFont bold = warning->font();
        bold.setBold(true);
        warning->setFont(bold);
        warning->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        layout->addWidget(warning);
        layout->addWidget(new QLabel(tr("Certificate you trusted:"), this));
        layout->addWidget(fingerprintLabel(pinned, this));
        layout->addWidget(new QLabel(tr("Certificate presented now:"), this));
        layout->addWidget(fingerprintLabel(presented, this));
        QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
        close->setAccessibleName(tr("Close"));
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace ecoute::ui
