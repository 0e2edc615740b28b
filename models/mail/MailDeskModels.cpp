// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/mail/MailDeskModels.h"

#include "models/mail/MailText.h"

#include <algorithm>

namespace ecoute::models {

QString threadLabel(const QString &pseudonym, const QString &contactId)
{
    return pseudonym.isEmpty() ? MailText::threadWithoutName(contactId.left(8)) : pseudonym;
}

MailReviewModel::MailReviewModel(QObject *parent) : QAbstractListModel(parent) { }

int MailReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reviews.size());
}

QVariant MailReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MailReply &r = m_reviews.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return MailText::reviewRow(r.author, threadLabel(r.pseudonym, r.contactId), r.text);
    case ReplyIdRole:
        return r.replyId;
    case ContactIdRole:
        return r.contactId;
    case AuthorRole:
        return r.author;
    case PseudonymRole:
        return threadLabel(r.pseudonym, r.contactId);
    case TextRole:
        return r.text;
    case AtRole:
        return r.at;
    }
    return {};
}

QHash<int, QByteArray> MailReviewModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{ReplyIdRole, "replyId"},
                  {ContactIdRole, "contactId"},
                  {AuthorRole, "author"},
                  {PseudonymRole, "pseudonym"},
                  {TextRole, "text"},
                  {AtRole, "at"}});
    return names;
}

void MailReviewModel::reset(const QJsonArray &reviews)
{
    beginResetModel();
    m_reviews.clear();
    for (const QJsonValue &value : reviews) {
        MailReply review = MailReply::fromJson(value.toObject());
        if (!review.replyId.isEmpty())
            m_reviews.append(std::move(review));
    }
    std::stable_sort(m_reviews.begin(), m_reviews.end(),
                     [](const MailReply &a, const MailReply &b) { return a.at < b.at; });
    endResetModel();
}

int MailReviewModel::rowOf(const QString &replyId) const
{
    for (int row = 0; row < m_reviews.size(); ++row) {
        if (m_reviews.at(row).replyId == replyId)
            return row;
    }
    return -1;
}

MailOverdueModel::MailOverdueModel(QObject *parent)
    : QAbstractListModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

int MailOverdueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_threads.size());
}

QVariant MailOverdueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OverdueThread &t = m_threads.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return MailText::overdueRow(threadLabel(t.pseudonym, t.contactId), t.volunteer,
                                    MailText::deadline(t.answerBy, m_clock()));
    case ContactIdRole:
        return t.contactId;
    case VolunteerRole:
        return t.volunteer;
    case PseudonymRole:
        return threadLabel(t.pseudonym, t.contactId);
    case AnswerByRole:
        return t.answerBy;
    }
    return {};
}

QHash<int, QByteArray> MailOverdueModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{ContactIdRole, "contactId"},
                  {VolunteerRole, "volunteer"},
                  {PseudonymRole, "pseudonym"},
                  {AnswerByRole, "answerBy"}});
    return names;
}

void MailOverdueModel::reset(const QJsonArray &overdue)
{
    beginResetModel();
    m_threads.clear();
    for (const QJsonValue &value : overdue) {
        const QJsonObject json = value.toObject();
        OverdueThread thread {json.value(QLatin1String("contactId")).toString(),
                              json.value(QLatin1String("volunteer")).toString(),
                              json.value(QLatin1String("pseudonym")).toString(),
                              parseMailTime(json.value(QLatin1String("answerBy")))};
        if (!thread.contactId.isEmpty())
            m_threads.append(std::move(thread));
    }
    std::stable_sort(m_threads.begin(), m_threads.end(),
                     [](const OverdueThread &a, const OverdueThread &b) { return a.answerBy < b.answerBy; });
    endResetModel();
}

} // namespace ecoute::models
