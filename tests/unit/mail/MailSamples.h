// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and ordinary mail for the mail/ tests, built in code.
#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace samples {

/// Header lines and a body joined with CRLF, as a mail server stores them.
inline QByteArray message(const QByteArrayList &headers, const QByteArray &body)
{
    QByteArray raw = headers.join("\r\n");
    raw += "\r\n\r\n";
    raw += body;
    return raw;
}

/// `levels` multiparts each inside the previous one, none of them closed; about 46 bytes a level
/// (200,000 levels ≈ 9.2 MB, under the parser process's default 10 MiB).
inline QByteArray deeplyNested(int levels)
{
    QByteArray raw = "From: deep@example.org\nSubject: deep\nContent-Type: multipart/mixed; boundary=0\n\n";
    raw.reserve(qsizetype(levels) * 48 + 200);
    for (int i = 0; i < levels; ++i) {
        const QByteArray here = QByteArray::number(i, 36);
        const QByteArray next = QByteArray::number(i + 1, 36);
        raw += "--" + here + "\nContent-Type:multipart/m;boundary=" + next + "\n\n";
    }
    raw += "--" + QByteArray::number(levels, 36) + "\nContent-Type: text/plain\n\nbottom\n";
    return raw;
}

inline QByteArray ordinary()
{
    return message({"Return-Path: <writer@example.org>",
                    "From: \"Camille Secret\" <Camille.Secret@Example.org>", "To: line@line.example",
                    "Subject: =?UTF-8?Q?J=27ai_besoin_de_parler?=", "Message-ID: <m1@example.org>",
                    "Date: Sat, 05 Dec 2026 10:00:00 +0100", "MIME-Version: 1.0",
                    "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"},
                   "Bonjour,\r\nje ne sais plus quoi faire.\r\n");
}

} // namespace samples
