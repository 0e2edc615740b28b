// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Limits.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace ecoute::server {

class Database;

/// One service of the referral directory (table directory_services): where a
/// volunteer can send someone. example marks the invented services of the demo.
struct DirectoryService
{
    QString id;
    QString name;
    QString helpsWith;
    QString phone;
    QString web;
    QString hours;
    QStringList languages; ///< of protocol::vocab::languages, at most kMaxLanguages
    QString region;
    bool example = false;

    /// As the directory message carries it: {id, name, helpsWith, phone, web, hours, languages, region,
    /// example}.
    QJsonObject toJson() const;
};

/// The referral directory in the database: read by every staff member, kept by admins
/// (directory.save/remove, or `ecoute-server directory` at the console). Every field is
/// checked here, so the wire, the CLI and the import file obey the same rules.
class DirectoryStore
{
public:
    static constexpr int kMaxName = 120;
    static constexpr int kMaxHelpsWith = 500;
    static constexpr int kMaxPhone = 40;
    static constexpr int kMaxWeb = 200;
    static constexpr int kMaxHours = 200;
    static constexpr int kMaxRegion = 120;
    static constexpr int kMaxLanguages = 5;
    static constexpr int kMaxIdChars = 64;
    /// The whole directory goes in one `directory` frame: its services stay under this many bytes
    /// of JSON (a frame's limit less room for the envelope), a few hundred ordinary services.
    static constexpr qint64 kMaxDirectoryBytes = protocol::Limits::maxFrameBytes - 2048;

    /// Why a service was refused: the key of the offending field ("name", "web", ...) and a
    /// sentence for developers and the console.
    struct Invalid
    {
        QString field;
        QString message;
    };
    using Parsed = std::variant<DirectoryService, Invalid>;

    /// What save() did.
    enum class SaveResult { Added, Updated, NotFound, TooBig, Failed };

    explicit DirectoryStore(Database &db) : m_db(db) { }

    /// Reads and checks one service as directory.save carries it (id optional). Text is
    /// trimmed; absent optional fields are empty; languages lose duplicates.
    static Parsed parse(const QJsonObject &object);
    /// A file of services: an array, or {"services": [...]}. field is "services[N].key" on error.
    static std::variant<QList<DirectoryService>, Invalid> parseList(const QByteArray &json);

    /// The whole directory, sorted by name (case-insensitive), then id.
    QList<DirectoryService> all() const;
    QJsonArray toJson() const { return toJson(all()); }
    static QJsonArray toJson(const QList<DirectoryService> &services);
    std::optional<DirectoryService> find(const QString &id) const;
    int count() const;

    /// A service without an id is added with a new random one (written back into it); one with
    /// an id replaces that service, or is NotFound. TooBig: the directory would no longer fit in
    /// one frame (kMaxDirectoryBytes).
    SaveResult save(DirectoryService &service);
    /// False if there was no such service (or the database failed).
    bool remove(const QString &id);
    /// Saves them all or none (one transaction), keeping their ids (a service with an unknown id
    /// is added under it); false with a sentence in error when the database fails or the
    /// directory would be too big.
    bool importAll(QList<DirectoryService> services, QString *error = nullptr);
    /// True if these services fit in one `directory` frame.
    static bool fits(const QList<DirectoryService> &services);

    /// The invented services shipped with the server (:/directory/example-directory.json).
    static QList<DirectoryService> exampleServices();
    /// Fills an empty directory with exampleServices() (the demo); returns how many were added.
    int loadExampleIfEmpty();

private:
    SaveResult write(DirectoryService &service, bool addMissing);

    Database &m_db;
};

} // namespace ecoute::server
