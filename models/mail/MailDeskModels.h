// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/mail/MailReply.h"

#include <QAbstractListModel>
#include <QJsonArray>

#include <functional>

namespace ecoute::models {

/// Answers waiting for a supervisor's review (mail.desk "reviews"), oldest first.
class MailReviewModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ReplyIdRole = Qt::UserRole + 1, ContactIdRole, AuthorRole, PseudonymRole, TextRole, AtRole };

    explicit MailReviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(const QJsonArray &reviews);
    MailReply reviewAt(int row) const { return m_reviews.value(row); }
    int rowOf(const QString &replyId) const;

private:
    QList<MailReply> m_reviews;
};

/// A thread near or past its answer deadline (mail.desk "overdue").
struct OverdueThread
{
    QString contactId;
    QString volunteer;
    QString pseudonym; ///< when the server gives it
    QDateTime answerBy;
};

/// Threads near or past their deadline, most overdue first.
class MailOverdueModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ContactIdRole = Qt::UserRole + 1, VolunteerRole, PseudonymRole, AnswerByRole };
    using Clock = std::function<QDateTime()>;

    explicit MailOverdueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void reset(const QJsonArray &overdue);
    OverdueThread threadAt(int row) const { return m_threads.value(row); }

private:
    QList<OverdueThread> m_threads;
    Clock m_clock;
};

/// How a desk row names its thread: the pseudonym, or a short form of its id.
QString threadLabel(const QString &pseudonym, const QString &contactId);

} // namespace ecoute::models
