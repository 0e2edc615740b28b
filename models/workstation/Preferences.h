// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace ecoute::models {

/// The volunteer's choices for this workstation, kept in QSettings: interface language,
/// sounds, desktop notifications, how soon the notes lock, font size, the headset for calls,
/// and the window's size and dock layout per account. The general choices belong to the system user (the
/// settings file is theirs); window layouts are kept per account and server, since a
/// centre's workstation may be shared by several volunteers. Each setter stores at once
/// and signals only a real change.
class Preferences : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Language language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool offerSound READ offerSound WRITE setOfferSound NOTIFY offerSoundChanged)
    Q_PROPERTY(bool messageSound READ messageSound WRITE setMessageSound NOTIFY messageSoundChanged)
    Q_PROPERTY(bool desktopNotifications READ desktopNotifications WRITE setDesktopNotifications NOTIFY
                   desktopNotificationsChanged)
    Q_PROPERTY(
        int idleLockMinutes READ idleLockMinutes WRITE setIdleLockMinutes NOTIFY idleLockMinutesChanged)
    Q_PROPERTY(int fontPointSize READ fontPointSize WRITE setFontPointSize NOTIFY fontPointSizeChanged)

public:
    enum class Language { System, French, German, English };
    Q_ENUM(Language)

    /// The notes lock after this many minutes without input. 0 (never) can only come from an
    /// administrator's settings file: a volunteer chooses between the bounds.
    static constexpr int kDefaultIdleLockMinutes = 5; ///< notes::IdleLockPolicy::defaultIdleTimeout
    static constexpr int kMinIdleLockMinutes = 1;
    static constexpr int kMaxIdleLockMinutes = 60;
    /// Font size in points; 0 keeps the system's.
    static constexpr int kSystemFontSize = 0;
    static constexpr int kMinFontPointSize = 9;
    static constexpr int kMaxFontPointSize = 20;

    /// Reads and writes `settings`, which must outlive this object.
    explicit Preferences(QSettings &settings, QObject *parent = nullptr);
    /// Its own INI file (tests, tools).
    explicit Preferences(const QString &iniFile, QObject *parent = nullptr);
    ~Preferences() override;

    Language language() const;
    void setLanguage(Language language);
    /// "fr", "de", "en"; empty for System.
    static QString languageCode(Language language);
    /// System for anything else than fr, de, en.
    static Language languageFromCode(const QString &code);

    bool offerSound() const;
    void setOfferSound(bool on);
    bool messageSound() const;
    void setMessageSound(bool on);
    bool desktopNotifications() const;
    void setDesktopNotifications(bool on);

    /// Shares `notes/idleLockMinutes` with NotesWorkspaceOptions::fromSettings.
    int idleLockMinutes() const;
    /// Clamped to [kMinIdleLockMinutes, kMaxIdleLockMinutes].
    void setIdleLockMinutes(int minutes);

    /// kSystemFontSize or within [kMinFontPointSize, kMaxFontPointSize].
    int fontPointSize() const;
    /// Values out of range are clamped; 0 (or less) means the system's size.
    void setFontPointSize(int points);

    /// The headset for calls: ids the phone engine gave (AudioDevice::id); empty for the system's
    /// default device.
    QByteArray inputDevice() const;
    void setInputDevice(const QByteArray &id);
    QByteArray outputDevice() const;
    void setOutputDevice(const QByteArray &id);

    /// The first name e-mail answers are signed with (chosen by the volunteer, never the account
    /// name); empty: the line's name.
    QString mailSignature() const;
    void setMailSignature(const QString &signature);

    /// The key a window layout is kept under: who, on which server ("host:port"). Hashed, so
    /// the settings file does not list who has worked at this desk.
    static QString accountKey(const QString &server, const QString &user);
    /// QMainWindow::saveGeometry() and saveState() for account (see accountKey).
    void saveWindowState(const QString &account, const QByteArray &geometry, const QByteArray &state);
    /// Empty when nothing was saved for account.
    QByteArray windowGeometry(const QString &account) const;
    QByteArray windowState(const QString &account) const;

signals:
    void languageChanged(ecoute::models::Preferences::Language language);
    void offerSoundChanged(bool on);
    void messageSoundChanged(bool on);
    void desktopNotificationsChanged(bool on);
    void idleLockMinutesChanged(int minutes);
    void fontPointSizeChanged(int points);
    void inputDeviceChanged(const QByteArray &id);
    void outputDeviceChanged(const QByteArray &id);
    void mailSignatureChanged(const QString &signature);

private:
    bool flag(const QString &key, bool fallback) const;
    /// Stores on under key; true if it differed from what was there.
    bool storeFlag(const QString &key, bool on, bool fallback);

    std::unique_ptr<QSettings> m_owned;
    QSettings &m_settings;
};

} // namespace ecoute::models
