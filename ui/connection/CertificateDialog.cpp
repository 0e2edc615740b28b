// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/connection/CertificateDialog.h"

#include "models/connection/CertificatePins.h"
#include "models/connection/ErrorText.h"
#include "ui/accessibility/AccessibleNames.h"
#include "ui/style/Theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::CertificatePins;
using models::ErrorText;

namespace {
QLabel *fingerprintLabel(const QByteArray &sha256, const QString &description, QWidget *parent)
{
    auto *label = new QLabel(CertificatePins::formatFingerprint(sha256), parent);
    // The fingerprint itself is what a screen reader must read; the caption is context.
    label->setAccessibleDescription(description);
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
        const QString caption = tr("SHA-256 fingerprint:");
        layout->addWidget(new QLabel(caption, this));
        QLabel *fp = fingerprintLabel(presented, caption, this);
        fp->setObjectName(QStringLiteral("fingerprint"));
        layout->addWidget(fp);
        QPushButton *trust = buttons->addButton(tr("&Trust this server"), QDialogButtonBox::AcceptRole);
        trust->setObjectName(QStringLiteral("trustButton"));
        AccessibleNames::nameAfterText(trust);
        QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
        AccessibleNames::nameAfterText(cancel);
        cancel->setDefault(true); // trusting must be a deliberate choice
    } else {
        setWindowTitle(tr("Security warning"));
        auto *warning = new QLabel(ErrorText::certificateChanged(hostAndPort), this);
        warning->setObjectName(QStringLiteral("certificateWarning"));
        warning->setWordWrap(true);
        QFont bold = warning->font();
        bold.setBold(true);
        warning->setFont(bold);
        warning->setMargin(6);
        Theme::applyPanel(warning, Theme::Role::Error);
        layout->addWidget(warning);
        const QString trusted = tr("Certificate you trusted:");
        layout->addWidget(new QLabel(trusted, this));
        layout->addWidget(fingerprintLabel(pinned, trusted, this));
        const QString now = tr("Certificate presented now:");
        layout->addWidget(new QLabel(now, this));
        layout->addWidget(fingerprintLabel(presented, now, this));
        QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
        AccessibleNames::nameAfterText(close);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace ecoute::ui
