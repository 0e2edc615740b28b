// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/report/ReportDraft.h"
#include "protocol/Envelope.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace ecoute::models {

class NotesWorkspace;

/// One ended contact of this volunteer that has no report yet (report.pending).
struct PendingContact
{
    QString contactId;
    QString channel;
    QString pseudonym;
    QDateTime endedAt;
    int durationSeconds = 0;
    protocol::ContactHistory history = protocol::ContactHistory::Unknown;
    bool practice = false;
    bool urgent = false;

    static PendingContact fromJson(const QJsonObject &json);
};

/// The contacts this volunteer has left to report, oldest first (report.pending), their drafts and
/// the submission (report.submit → report.saved). A draft is kept per contact in the notes vault
/// (notes::DraftStore) so it survives a lost connection and a restart; while the vault is
/// locked it waits in memory and is written when it unlocks. reminder() says how many are left.
class PendingReports : public QAbstractListModel
{
    Q_OBJECT

public:
    using Sender = std::function<QString(const protocol::Envelope &)>;
    enum Roles { ContactIdRole = Qt::UserRole + 1, ChannelRole, DurationRole, PracticeRole };

    explicit PendingReports(Sender send, QObject *parent = nullptr);
    ~PendingReports() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int count() const { return int(m_contacts.size()); }
    QList<PendingContact> contacts() const { return m_contacts; }
    std::optional<PendingContact> find(const QString &contactId) const;
    bool isLoaded() const { return m_loaded; }

    /// Asks for the list again (report.pending.get), e.g. after contact.ended.
    bool request();
    /// Sends the report; the draft stays until report.saved. False when offline.
    bool submit(const QString &contactId, const ReportDraft &draft);
    bool isSubmitting(const QString &contactId) const;

    /// The contact's draft: what was ticked so far, else the defaults with the history the
    /// server knows.
    ReportDraft draft(const QString &contactId) const;
    /// Keeps the draft (in the vault when it is open).
    void setDraft(const QString &contactId, const ReportDraft &draft);
    bool hasDraft(const QString &contactId) const;

    /// Where drafts are kept (not owned; null: in memory only).
    void setWorkspace(NotesWorkspace *workspace);
    /// Writes what waits; false while the vault is locked or a write failed.
    bool flush();

    /// Emits unreportedLeft when contacts are left to report (e.g. at the end of a shift).
    int remind();

    /// report.pending and report.saved; false for any other frame.
    bool handle(const protocol::Envelope &envelope);
    /// An error answering a submission; false for the others.
    bool handleError(const protocol::Envelope &envelope);

signals:
    void changed();
    void saved(const QString &contactId);
    void submitFailed(const QString &contactId, const QString &message);
    void errorMessage(const QString &message);
    /// count contacts have no report yet.
    void unreportedLeft(int count);

private:
    void reset(const QJsonArray &contacts);
    void forget(const QString &contactId);
    bool isAvailable() const;
    void purgeExpired();

    Sender m_send;
    QList<PendingContact> m_contacts;
    bool m_loaded = false;
    QHash<QString, QString> m_submits; ///< request id -> contact id
    mutable QHash<QString, ReportDraft> m_drafts; ///< drafts read or written this session
    QSet<QString> m_unsaved; ///< contact ids whose draft (or removal) waits for the vault
    QPointer<NotesWorkspace> m_workspace;
};

} // namespace ecoute::models
