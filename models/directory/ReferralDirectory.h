// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Envelope.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace ecoute::models {

/// One service of the centre's referral directory (the `directory` message).
struct ReferralService
{
    QString id;
    QString name;
    QString helpsWith;
    QString phone;
    QString web;
    QString hours;
    QStringList languages; ///< language codes (fr, de, en, lb, pt)
    QString region;
    bool example = false; ///< one of the invented services of a demo

    /// nullopt without an id or a name.
    static std::optional<ReferralService> fromJson(const QJsonObject &object);
    /// As directory.save carries it: no id for a new service.
    QJsonObject toJson() const;
};

/// The referral directory as the server last sent it, one row per service in the server's order
/// (by name). Every staff member reads it (request()); admins change it (save(), remove()), and the
/// server answers each change with the whole directory again.
class ReferralDirectory : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        HelpsWithRole,
        PhoneRole,
        WebRole,
        HoursRole,
        LanguagesRole, ///< QStringList of codes
        RegionRole,
        ExampleRole,
        /// What a search looks in: name, what it helps with, region and languages (codes and
        /// names), in lower case without accents (DirectoryFilter).
        SearchTextRole,
    };

    using Sender = std::function<QString(const protocol::Envelope &)>;

    explicit ReferralDirectory(Sender send, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Asks for the directory (directory.get).
    bool request();
    /// Adds (no id) or changes a service; admins only (the server refuses anyone else).
    bool save(const ReferralService &service);
    bool remove(const QString &id);

    /// `directory`; false for any other frame.
    bool handle(const protocol::Envelope &e);
    /// An error answering one of the directory's requests; false for the others.
    bool handleError(const protocol::Envelope &e);

    const QList<ReferralService> &services() const { return m_services; }
    std::optional<ReferralService> find(const QString &id) const;
    /// The row of that service, or -1.
    int rowOf(const QString &id) const;
    /// True once a directory has arrived (an empty directory is not "still loading").
    bool isLoaded() const { return m_loaded; }
    /// True while a directory.get is unanswered.
    bool isLoading() const { return m_loading; }
    /// True while a save or remove is unanswered.
    bool isChanging() const { return !m_changes.isEmpty(); }

    /// text in lower case without accents, for matching what people type.
    static QString folded(const QString &text);

signals:
    void changed();
    /// What went wrong with a request, in a sentence for the person (translated).
    void errorMessage(const QString &message);
    /// A save or remove was accepted (the new directory has arrived).
    void changeAccepted();
    /// The server refused a save because of this field of the service ("name", "web", ...).
    void invalidField(const QString &field);

private:
    bool send(const protocol::Envelope &envelope, bool change);

    Sender m_send;
    QList<ReferralService> m_services;
    QSet<QString> m_reads; ///< ids of unanswered directory.get
    QSet<QString> m_changes; ///< ids of unanswered directory.save / directory.remove
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace ecoute::models
