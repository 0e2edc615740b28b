// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences/PreferencesDialog.h"

#include "models/workstation/Preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ecoute::ui {

using models::Preferences;

namespace {
/// A control's accessible name is the visible text of its label (without '&' and the colon).
QString visibleName(const QString &text)
{
    QString name = QString(text).remove(QLatin1Char('&')).trimmed();
    while (name.endsWith(QLatin1Char(':')))
        name = name.chopped(1).trimmed();
    return name;
}

QCheckBox *makeCheck(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *check = new QCheckBox(text, parent);
    check->setObjectName(objectName);
    check->setAccessibleName(visibleName(text));
    return check;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *hint = new QLabel(text, parent);
    hint->setWordWrap(true);
    return hint;
}

/// The system's default first, then the engine's devices; a saved device that is not plugged in
/// stays chosen (and is said to be missing) rather than being silently replaced.
void fillDevices(QComboBox *combo, const QList<models::AudioDevice> &devices, const QByteArray &chosen)
{
    combo->clear();
    combo->addItem(PreferencesDialog::tr("Same as the system"), QByteArray());
    for (const models::AudioDevice &device : devices)
        combo->addItem(device.description, device.id);
    if (!chosen.isEmpty() && combo->findData(chosen) < 0)
        combo->addItem(PreferencesDialog::tr("The device chosen before (not connected)"), chosen);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}
} // namespace

PreferencesDialog::PreferencesDialog(models::Preferences &preferences, QWidget *parent)
    : QDialog(parent), m_preferences(preferences), m_language(new QComboBox(this)),
      m_fontSize(new QComboBox(this)), m_idleLock(new QSpinBox(this)),
      m_offerSound(makeCheck(tr("Play a &sound when a contact is offered to me"),
                             QStringLiteral("offerSoundCheck"), this)),
      m_messageSound(
          makeCheck(tr("Play a sound when a &message arrives"), QStringLiteral("messageSoundCheck"), this)),
      m_notifications(
          makeCheck(tr("Show &desktop notifications"), QStringLiteral("notificationsCheck"), this)),
      m_microphone(new QComboBox(this)), m_speaker(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    setAccessibleName(windowTitle());

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Same as the system"), int(Preferences::Language::System));
    // Each language in its own words, whatever the interface language.
    m_language->addItem(QStringLiteral("Français"), int(Preferences::Language::French));
    m_language->addItem(QStringLiteral("Deutsch"), int(Preferences::Language::German));
    m_language->addItem(QStringLiteral("English"), int(Preferences::Language::English));
    const QString languageHint = tr("The new language shows the next time you start Ecoute.");
    m_language->setAccessibleDescription(languageHint);

    m_fontSize->setObjectName(QStringLiteral("fontSizeCombo"));
    const int systemSize = QFontDatabase::systemFont(QFontDatabase::GeneralFont).pointSize();
    m_fontSize->addItem(systemSize > 0 ? tr("System size (%1 pt)").arg(systemSize) : tr("System size"),
                        Preferences::kSystemFontSize);
    for (int points = Preferences::kMinFontPointSize; points <= Preferences::kMaxFontPointSize; ++points)
        m_fontSize->addItem(tr("%1 pt").arg(points), points);

    m_idleLock->setObjectName(QStringLiteral("idleLockSpin"));
    m_idleLock->setRange(Preferences::kMinIdleLockMinutes, Preferences::kMaxIdleLockMinutes);
    //: Suffix of the idle-lock minutes: "5 min".
    m_idleLock->setSuffix(tr(" min"));
    const QString lockHint = tr("Minutes without using the keyboard or mouse. The notes also lock when "
                                "the screen locks.");
    m_idleLock->setAccessibleDescription(lockHint);

    m_offerSound->setAccessibleDescription(tr("Rings again every few seconds until you answer"));
    m_notifications->setAccessibleDescription(tr("A message from the desktop when a contact is offered"));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto addRow = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        field->setAccessibleName(visibleName(text));
        form->addRow(label, field);
    };
    addRow(tr("Interface &language:"), m_language);
    form->addRow(QString(), hintLabel(languageHint, this));
    addRow(tr("&Font size:"), m_fontSize);
    addRow(tr("Lock the &notes after:"), m_idleLock);
    form->addRow(QString(), hintLabel(lockHint, this));
    auto *sounds = new QVBoxLayout;
    sounds->addWidget(m_offerSound);
    sounds->addWidget(m_messageSound);
    sounds->addWidget(m_notifications);
    form->addRow(new QLabel(tr("Sounds and notifications:"), this), sounds);

    // The headset for calls, in a group of its own.
    auto *headset = new QGroupBox(tr("Headset"), this);
    headset->setObjectName(QStringLiteral("headsetGroup"));
    auto *headsetForm = new QFormLayout(headset);
    headsetForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_microphone->setObjectName(QStringLiteral("microphoneCombo"));
    m_speaker->setObjectName(QStringLiteral("speakerCombo"));
    for (const auto &[text, combo] : {std::pair {tr("Micro&phone:"), m_microphone},
                                      std::pair {tr("Spea&ker or earphones:"), m_speaker}}) {
        auto *label = new QLabel(text, headset);
        label->setBuddy(combo);
        combo->setAccessibleName(visibleName(text));
        headsetForm->addRow(label, combo);
    }
    headsetForm->addRow(QString(), hintLabel(tr("Used for phone calls, from the next call on."), headset));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    for (QAbstractButton *button : buttons->buttons())
        button->setAccessibleName(visibleName(button->text()));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(headset);
    layout->addStretch(1);
    layout->addWidget(buttons);

    load();
    m_language->setFocus();
}

void PreferencesDialog::load()
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(int(m_preferences.language()))));
    m_fontSize->setCurrentIndex(std::max(0, m_fontSize->findData(m_preferences.fontPointSize())));
    const int minutes = m_preferences.idleLockMinutes();
    if (minutes == 0) {
        // "Never" only comes from an administrator's settings; it stays unless changed here.
        m_idleLock->setMinimum(0);
        m_idleLock->setSpecialValueText(tr("Never (set by your administrator)"));
    }
    m_idleLock->setValue(minutes);
    m_offerSound->setChecked(m_preferences.offerSound());
    m_messageSound->setChecked(m_preferences.messageSound());
    m_notifications->setChecked(m_preferences.desktopNotifications());
    fillDevices(m_microphone, m_devices.inputs, m_preferences.inputDevice());
    fillDevices(m_speaker, m_devices.outputs, m_preferences.outputDevice());
}

void PreferencesDialog::setAudioDevices(const models::AudioDevices &devices)
{
    m_devices = devices;
    // What is chosen in the form (not yet saved) stays chosen.
    fillDevices(m_microphone, m_devices.inputs, m_microphone->currentData().toByteArray());
    fillDevices(m_speaker, m_devices.outputs, m_speaker->currentData().toByteArray());
}

void PreferencesDialog::apply()
{
    m_preferences.setLanguage(Preferences::Language(m_language->currentData().toInt()));
    m_preferences.setFontPointSize(m_fontSize->currentData().toInt());
    if (m_idleLock->value() != m_preferences.idleLockMinutes())
        m_preferences.setIdleLockMinutes(m_idleLock->value());
    m_preferences.setOfferSound(m_offerSound->isChecked());
    m_preferences.setMessageSound(m_messageSound->isChecked());
    m_preferences.setDesktopNotifications(m_notifications->isChecked());
    m_preferences.setInputDevice(m_microphone->currentData().toByteArray());
    m_preferences.setOutputDevice(m_speaker->currentData().toByteArray());
}

void PreferencesDialog::accept()
{
    apply();
    QDialog::accept();
}

} // namespace ecoute::ui
