// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workstation/Preferences.h"

#include "models/vault/IdleLockPolicy.h"

#include <QCryptographicHash>
#include <QSettings>

#include <algorithm>

namespace ecoute::models {

static_assert(Preferences::kDefaultIdleLockMinutes
                  == std::chrono::minutes(notes::IdleLockPolicy::defaultIdleTimeout).count(),
              "the preference's default is the lock policy's");

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kFontKey = QStringLiteral("ui/fontPointSize");
const QString kOfferSoundKey = QStringLiteral("sounds/offer");
const QString kMessageSoundKey = QStringLiteral("sounds/message");
const QString kNotificationsKey = QStringLiteral("notifications/desktop");
const QString kInputDeviceKey = QStringLiteral("headset/input");
const QString kMailSignatureKey = QStringLiteral("mail/signature");
const QString kOutputDeviceKey = QStringLiteral("headset/output");
const QString kIdleLockKey = QStringLiteral("notes/idleLockMinutes"); // read by NotesWorkspaceOptions too

QString windowKey(const QString &account, const char *what)
{
    return QStringLiteral("windows/%1/%2").arg(account, QLatin1String(what));
}

int clampFont(int points)
{
    if (points <= Preferences::kSystemFontSize)
        return Preferences::kSystemFontSize;
    return std::clamp(points, Preferences::kMinFontPointSize, Preferences::kMaxFontPointSize);
}
} // namespace

Preferences::Preferences(QSettings &settings, QObject *parent) : QObject(parent), m_settings(settings) { }

Preferences::Preferences(const QString &iniFile, QObject *parent)
    : QObject(parent), m_owned(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)),
      m_settings(*m_owned)
{
}

Preferences::~Preferences() = default;

bool Preferences::flag(const QString &key, bool fallback) const
{
    return m_settings.value(key, fallback).toBool();
}

bool Preferences::storeFlag(const QString &key, bool on, bool fallback)
{
    const bool changed = flag(key, fallback) != on;
    m_settings.setValue(key, on);
    return changed;
}

QString Preferences::languageCode(Language language)
{
    switch (language) {
    case Language::French:
        return QStringLiteral("fr");
    case Language::German:
        return QStringLiteral("de");
    case Language::English:
        return QStringLiteral("en");
    case Language::System:
        break;
    }
    return {};
}

Preferences::Language Preferences::languageFromCode(const QString &code)
{
    for (Language language : {Language::French, Language::German, Language::English}) {
        if (code == languageCode(language))
            return language;
    }
    return Language::System;
}

Preferences::Language Preferences::language() const
{
    return languageFromCode(m_settings.value(kLanguageKey).toString());
}

void Preferences::setLanguage(Language language)
{
    const Language before = this->language();
    m_settings.setValue(kLanguageKey, languageCode(language));
    if (before != language)
        emit languageChanged(language);
}

bool Preferences::offerSound() const
{
    return flag(kOfferSoundKey, true);
}

void Preferences::setOfferSound(bool on)
{
    if (storeFlag(kOfferSoundKey, on, true))
        emit offerSoundChanged(on);
}

bool Preferences::messageSound() const
{
    return flag(kMessageSoundKey, true);
}

void Preferences::setMessageSound(bool on)
{
    if (storeFlag(kMessageSoundKey, on, true))
        emit messageSoundChanged(on);
}

bool Preferences::desktopNotifications() const
{
    return flag(kNotificationsKey, true);
}

void Preferences::setDesktopNotifications(bool on)
{
    if (storeFlag(kNotificationsKey, on, true))
        emit desktopNotificationsChanged(on);
}

int Preferences::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kIdleLockKey, kDefaultIdleLockMinutes).toInt(&ok);
    if (!ok)
        return kDefaultIdleLockMinutes;
    if (minutes <= 0)
        return 0; // never: an administrator's choice, kept as it is
    return std::min(minutes, kMaxIdleLockMinutes);
}

void Preferences::setIdleLockMinutes(int minutes)
{
    const int before = idleLockMinutes();
    const int clamped = std::clamp(minutes, kMinIdleLockMinutes, kMaxIdleLockMinutes);
    m_settings.setValue(kIdleLockKey, clamped);
    if (before != clamped)
        emit idleLockMinutesChanged(clamped);
}

int Preferences::fontPointSize() const
{
    return clampFont(m_settings.value(kFontKey, kSystemFontSize).toInt());
}

void Preferences::setFontPointSize(int points)
{
    const int before = fontPointSize();
    const int clamped = clampFont(points);
    m_settings.setValue(kFontKey, clamped);
    if (before != clamped)
        emit fontPointSizeChanged(clamped);
}

QString Preferences::mailSignature() const
{
    return m_settings.value(kMailSignatureKey).toString();
}

void Preferences::setMailSignature(const QString &signature)
{
    const QString before = mailSignature();
    m_settings.setValue(kMailSignatureKey, signature);
    if (before != signature)
        emit mailSignatureChanged(signature);
}

QByteArray Preferences::inputDevice() const
{
    return m_settings.value(kInputDeviceKey).toByteArray();
}

void Preferences::setInputDevice(const QByteArray &id)
{
    const QByteArray before = inputDevice();
    m_settings.setValue(kInputDeviceKey, id);
    if (before != id)
        emit inputDeviceChanged(id);
}

QByteArray Preferences::outputDevice() const
{
    return m_settings.value(kOutputDeviceKey).toByteArray();
}

void Preferences::setOutputDevice(const QByteArray &id)
{
    const QByteArray before = outputDevice();
    m_settings.setValue(kOutputDeviceKey, id);
    if (before != id)
        emit outputDeviceChanged(id);
}

QString Preferences::accountKey(const QString &server, const QString &user)
{
    const QByteArray who = (user + QLatin1Char('@') + server.toLower()).toUtf8();
    // 16 bytes of SHA-256 keep layouts apart without naming anyone.
    return QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha256).left(16).toHex());
}

void Preferences::saveWindowState(const QString &account, const QByteArray &geometry, const QByteArray &state)
{
    if (account.isEmpty())
        return;
    m_settings.setValue(windowKey(account, "geometry"), geometry);
    m_settings.setValue(windowKey(account, "state"), state);
}

QByteArray Preferences::windowGeometry(const QString &account) const
{
    return account.isEmpty() ? QByteArray() : m_settings.value(windowKey(account, "geometry")).toByteArray();
}

QByteArray Preferences::windowState(const QString &account) const
{
    return account.isEmpty() ? QByteArray() : m_settings.value(windowKey(account, "state")).toByteArray();
}

} // namespace ecoute::models
