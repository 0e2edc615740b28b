// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/PassphraseDialog.h"

#include "models/notes/NotesWorkspace.h"
#include "models/vault/Secret.h"
#include "ui/accessibility/AccessibleNames.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecoute::ui {

using models::NotesWorkspace;

namespace {

QLineEdit *passphraseField(QWidget *parent, const char *name, const QString &accessibleName)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QLatin1String(name));
    field->setAccessibleName(accessibleName);
    field->setEchoMode(QLineEdit::Password);
    field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return field;
}

/// Shows a busy cursor while the key is derived (Argon2 takes about half a second).
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

PassphraseDialog::PassphraseDialog(NotesWorkspace &workspace, Mode mode, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_mode(mode), m_intro(new QLabel(this)),
      m_currentLabel(new QLabel(this)),
      m_current(passphraseField(this, "currentPassphrase", tr("Current notes passphrase"))),
      m_newLabel(new QLabel(this)), m_new(passphraseField(this, "newPassphrase", tr("New notes passphrase"))),
      m_confirmLabel(new QLabel(tr("&Repeat it:"), this)),
      m_confirm(passphraseField(this, "confirmPassphrase", tr("Repeat the new notes passphrase"))),
      m_warning(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    m_intro->setWordWrap(true);
    m_intro->setObjectName(QStringLiteral("passphraseIntro"));
    m_warning->setObjectName(QStringLiteral("forgottenWarning"));
    m_warning->setWordWrap(true);
    m_warning->setText(tr("<b>Remember this passphrase.</b> Nobody can recover it: if you forget it, "
                          "your notes on this computer are gone for good. It is not your server password "
                          "and should be different from it."));
    m_error->setObjectName(QStringLiteral("passphraseError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_currentLabel->setBuddy(m_current);
    m_newLabel->setBuddy(m_new);
    m_confirmLabel->setBuddy(m_confirm);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("passphraseOk"));
    AccessibleNames::nameAfterText(m_buttons->button(QDialogButtonBox::Cancel));

    auto *form = new QFormLayout;
    form->addRow(m_currentLabel, m_current);
    form->addRow(m_newLabel, m_new);
    form->addRow(m_confirmLabel, m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    m_wait.setInterval(1000);
    connect(&m_wait, &QTimer::timeout, this, &PassphraseDialog::tick);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);
    connect(this, &QDialog::finished, this, &PassphraseDialog::clearFields);
    connect(&m_workspace, &NotesWorkspace::unlockFinished, this, &PassphraseDialog::onUnlockFinished);
    setMode(mode);
}

void PassphraseDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool needsCurrent = mode != Mode::SetUp;
    const bool choosesNew = mode != Mode::Unlock;
    m_currentLabel->setVisible(needsCurrent);
    m_current->setVisible(needsCurrent);
    m_newLabel->setVisible(choosesNew);
    m_new->setVisible(choosesNew);
    m_confirmLabel->setVisible(choosesNew);
    m_confirm->setVisible(choosesNew);
    m_warning->setVisible(choosesNew);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    switch (mode) {
    case Mode::SetUp:
        setWindowTitle(tr("Set up your notes"));
        m_intro->setText(tr("Your notes are encrypted on this computer with a passphrase of your choice "
                            "(at least %n characters). You will type it to unlock them.",
                            "", models::NotesWorkspace::minimumPassphraseLength()));
        m_newLabel->setText(tr("&Notes passphrase:"));
        ok->setText(tr("&Set up"));
        AccessibleNames::nameAfterText(ok, tr("Set up the notes"));
        m_new->setFocus();
        break;
    case Mode::Unlock:
        setWindowTitle(tr("Unlock your notes"));
        m_intro->setText(tr("Your notes are locked. Type your notes passphrase to unlock them."));
        m_currentLabel->setText(tr("&Notes passphrase:"));
        ok->setText(tr("&Unlock"));
        AccessibleNames::nameAfterText(ok, tr("Unlock the notes"));
        m_current->setFocus();
        break;
    case Mode::Change:
        setWindowTitle(tr("Change the notes passphrase"));
        m_intro->setText(tr("Your notes will be encrypted again with the new passphrase."));
        m_currentLabel->setText(tr("C&urrent passphrase:"));
        m_newLabel->setText(tr("&New passphrase:"));
        ok->setText(tr("C&hange"));
        AccessibleNames::nameAfterText(ok, tr("Change the notes passphrase"));
        m_current->setFocus();
        break;
    }
}

QString PassphraseDialog::errorText() const
{
    return m_error->text();
}

void PassphraseDialog::showError(const QString &message)
{
    m_error->setText(message);
}

void PassphraseDialog::accept()
{
    if (m_waitSeconds > 0 || m_workspace.isUnlocking())
        return; // waiting out a delay, or a second press while unlocking
    // The fields' texts are handed over as the only copies and wiped by the workspace.
    QString current = m_current->text();
    QString next = m_new->text();
    QString confirmation = m_confirm->text();
    clearFields();
    if (m_mode == Mode::Unlock) {
        // Argon2id runs on a worker: the window stays responsive; the answer comes in onUnlockFinished.
        notes::wipe(next);
        notes::wipe(confirmation);
        setBusy(true);
        showError(tr("Unlocking…"));
        if (!m_workspace.unlockInBackground(current))
            setBusy(false);
        return;
    }
    showError(tr("Preparing the encryption key…"));
    m_error->repaint();
    NotesWorkspace::Attempt attempt;
    {
        // Setting up calibrates Argon2 and changing re-encrypts: both still run here.
        const BusyCursor busy;
        attempt = m_mode == Mode::SetUp ? m_workspace.setUp(next, confirmation)
                                        : m_workspace.changePassphrase(current, next, confirmation);
    }
    notes::wipe(current);
    notes::wipe(next);
    notes::wipe(confirmation);
    showAttempt(attempt);
}

void PassphraseDialog::reject()
{
    // Closing while unlocking abandons it: the derived key is wiped unused.
    const bool wasBusy = m_busy;
    setBusy(false);
    if (wasBusy)
        m_workspace.cancelUnlock();
    QDialog::reject();
}

void PassphraseDialog::onUnlockFinished(const NotesWorkspace::Attempt &attempt)
{
    if (!m_busy)
        return; // someone else's unlock
    setBusy(false);
    showAttempt(attempt);
}

void PassphraseDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_current->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && m_waitSeconds <= 0);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void PassphraseDialog::showAttempt(const NotesWorkspace::Attempt &attempt)
{
    if (attempt.ok) {
        m_outcome = attempt.message;
        showError(QString());
        QDialog::accept();
        return;
    }
    showError(attempt.message);
    // A damaged file was set aside: nothing is set up any more, so offer to start afresh.
    if (m_mode == Mode::Unlock && m_workspace.state() == NotesWorkspace::State::NotSetUp)
        setMode(Mode::SetUp);
    if (attempt.retryAfter.count() > 0)
        startWaiting(int(attempt.retryAfter.count()));
    (m_mode == Mode::SetUp ? m_new : m_current)->setFocus();
}

void PassphraseDialog::startWaiting(int seconds)
{
    m_waitSeconds = seconds;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_wait.start();
}

void PassphraseDialog::tick()
{
    --m_waitSeconds;
    if (m_waitSeconds > 0) {
        m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Wait %n second(s)", "", m_waitSeconds));
        return;
    }
    m_wait.stop();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(QString());
}

void PassphraseDialog::clearFields()
{
    // setText() also drops the undo history of the fields.
    m_current->setText(QString());
    m_new->setText(QString());
    m_confirm->setText(QString());
}

} // namespace ecoute::ui
