// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/Keypad.h"

#include <QByteArray>
#include <QList>

namespace ecoute::voice::Keypad {

bool isKey(char key)
{
    return (key >= '0' && key <= '9') || key == '*' || key == '#' || (key >= 'A' && key <= 'D');
}

namespace {

std::optional<char> keyOf(QByteArrayView value)
{
    const QByteArray text = value.trimmed().toByteArray().toUpper();
    if (text == "10")
        return '*';
    if (text == "11")
        return '#';
    if (text.size() == 1 && isKey(text.at(0)))
        return text.at(0);
    return std::nullopt;
}

} // namespace

std::optional<char> fromInfo(QByteArrayView body, bool dtmfRelay)
{
    if (!dtmfRelay)
        return keyOf(body);
    for (const QByteArray &line : body.toByteArray().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0 && line.left(equals).trimmed().compare("Signal", Qt::CaseInsensitive) == 0)
            return keyOf(QByteArrayView(line).sliced(equals + 1));
    }
    return std::nullopt;
}

} // namespace ecoute::voice::Keypad
