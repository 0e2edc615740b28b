// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workstation/VocabularyText.h"

#include "protocol/Vocabulary.h"

namespace ecoute::models {

QString VocabularyText::language(const QString &code)
{
    if (code == QLatin1String("fr"))
        return tr("French");
    if (code == QLatin1String("de"))
        return tr("German");
    if (code == QLatin1String("en"))
        return tr("English");
    if (code == QLatin1String("lb"))
        return tr("Luxembourgish");
    if (code == QLatin1String("pt"))
        return tr("Portuguese");
    return code;
}

QString VocabularyText::channel(const QString &channel)
{
    const auto known = protocol::fromString<protocol::Channel>(channel);
    if (!known)
        return channel;
    switch (*known) {
    case protocol::Channel::Chat:
        return tr("chat");
    case protocol::Channel::Email:
        return tr("email");
    case protocol::Channel::Phone:
        return tr("phone");
    }
    return channel;
}

QString VocabularyText::risk(const QString &risk)
{
    if (risk == QLatin1String("low"))
        return tr("low");
    if (risk == QLatin1String("medium"))
        return tr("medium");
    if (risk == QLatin1String("high"))
        return tr("high");
    return risk;
}

} // namespace ecoute::models
