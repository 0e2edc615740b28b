// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Envelope.h"
#include "protocol/Vocabulary.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>

#include <functional>
#include <optional>

namespace ecoute::models {

/// One imminent-risk case (risk.update "case"): the steps taken, each with its time.
struct RiskCase
{
    struct Step
    {
        protocol::RiskStep step = protocol::RiskStep::Opened;
        QDateTime at;
        QString by;
    };

    QString contactId;
    QString pseudonym;
    QString channel;
    QString volunteer;
    QString displayName;
    QDateTime openedAt;
    bool open = false;
    QList<Step> steps;
    QString location; ///< supervisors' copies only

    /// When step was last taken; invalid if not yet.
    QDateTime stepAt(protocol::RiskStep step) const;
    bool hasStep(protocol::RiskStep step) const { return stepAt(step).isValid(); }
    static RiskCase fromJson(const QJsonObject &json);
};

/// The imminent-risk cases this workstation sees (risk.cases at login, risk.update after each step):
/// a volunteer their own, a supervisor their centre's. Open cases come first, the newest first, so
/// a supervisor's board shows who needs attention now. step() and location() send the volunteer's
/// or supervisor's actions (risk.step, risk.location).
class RiskCaseList : public QAbstractListModel
{
    Q_OBJECT

public:
    using Sender = std::function<QString(const protocol::Envelope &)>;
    enum Roles { ContactIdRole = Qt::UserRole + 1, OpenRole };

    explicit RiskCaseList(Sender send, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QList<RiskCase> cases() const { return m_cases; }
    std::optional<RiskCase> find(const QString &contactId) const;
    int openCount() const;

    /// Records a step of the workflow (risk.step); opened starts the case. False when offline.
    bool step(const QString &contactId, protocol::RiskStep step);
    /// Where the person said they are (risk.location, ≤ 500 characters): to supervisors only.
    bool location(const QString &contactId, const QString &text);

    /// risk.cases and risk.update; false for any other frame.
    bool handle(const protocol::Envelope &envelope);
    /// An error answering a step or a location; false for the others.
    bool handleError(const protocol::Envelope &envelope);

signals:
    /// A case was added or changed (also for each case of risk.cases).
    void caseChanged(const QString &contactId);
    void errorMessage(const QString &message);

private:
    void upsert(const RiskCase &riskCase);

    Sender m_send;
    QList<RiskCase> m_cases;
    QHash<QString, QString> m_requests; ///< request id -> contact id
};

} // namespace ecoute::models
