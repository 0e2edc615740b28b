// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ecoute::server {

/// A column of free text sealed at rest, and the columns that identify its
/// row (its associated data, in this order). The stores and the resealer
/// (migration, key rotation) both go by this list.
struct SealedColumn
{
    QString table;
    QString column;
    QStringList identity;
};

inline const QList<SealedColumn> &sealedColumns()
{
    static const QList<SealedColumn> columns {
        {QStringLiteral("messages"),
         QStringLiteral("text"),
         {QStringLiteral("contact_id"), QStringLiteral("seq")}},
        {QStringLiteral("whispers"),
         QStringLiteral("text"),
         {QStringLiteral("contact_id"), QStringLiteral("supervisor_id"), QStringLiteral("at")}},
        {QStringLiteral("debrief_messages"),
         QStringLiteral("text"),
         {QStringLiteral("request_id"), QStringLiteral("author_id"), QStringLiteral("at")}},
        {QStringLiteral("handovers"),
         QStringLiteral("note"),
         {QStringLiteral("contact_id"), QStringLiteral("from_user"), QStringLiteral("to_user"),
          QStringLiteral("at")}},
        {QStringLiteral("supervision_requests"), QStringLiteral("message"), {QStringLiteral("id")}},
        {QStringLiteral("practice_feedback"), QStringLiteral("goals"), {QStringLiteral("contact_id")}},
        {QStringLiteral("practice_feedback"), QStringLiteral("text"), {QStringLiteral("contact_id")}},
        {QStringLiteral("mail_threads"), QStringLiteral("address"), {QStringLiteral("contact_id")}},
        {QStringLiteral("mail_threads"), QStringLiteral("subject"), {QStringLiteral("contact_id")}},
        {QStringLiteral("mail_replies"), QStringLiteral("text"), {QStringLiteral("id")}},
        {QStringLiteral("mail_replies"), QStringLiteral("comment"), {QStringLiteral("id")}},
        {QStringLiteral("mail_attachments"), QStringLiteral("data"), {QStringLiteral("id")}},
        {QStringLiteral("mail_notices"), QStringLiteral("address"), {QStringLiteral("mailbox_id")}},
        {QStringLiteral("risk_cases"), QStringLiteral("location"), {QStringLiteral("contact_id")}},
    };
    return columns;
}

} // namespace ecoute::server
