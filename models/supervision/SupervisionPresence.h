// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace ecoute::models {

/// Which supervisors are in one conversation (supervision.presence), as its
/// volunteer sees it: listening, or took over. A supervisor who left is gone.
class SupervisionPresence : public QObject
{
    Q_OBJECT

public:
    struct Supervisor
    {
        QString user;
        QString name; ///< display name, or the user name
        QString mode; ///< listening | took_over
    };

    using QObject::QObject;

    /// Applies one supervision.presence; returns false if nothing changed.
    bool update(const QString &user, const QString &displayName, const QString &mode);
    void clear();

    QList<Supervisor> supervisors() const { return m_supervisors; }
    /// Anybody listening or having taken over.
    bool isSupervised() const { return !m_supervisors.isEmpty(); }
    /// The supervisor who took the conversation over, if any (empty name otherwise).
    Supervisor tookOver() const;

signals:
    void changed();

private:
    QList<Supervisor> m_supervisors;
};

} // namespace ecoute::models
