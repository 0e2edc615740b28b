// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/contacts/PseudonymGenerator.h"

namespace ecoute::server {

const QStringList &PseudonymGenerator::names()
{
    static const QStringList list {
        QStringLiteral("Colibri"), QStringLiteral("Panda"),    QStringLiteral("Koala"),
        QStringLiteral("Jaguar"),  QStringLiteral("Puma"),     QStringLiteral("Gecko"),
        QStringLiteral("Kiwi"),    QStringLiteral("Tapir"),    QStringLiteral("Okapi"),
        QStringLiteral("Bison"),   QStringLiteral("Lotus"),    QStringLiteral("Iris"),
        QStringLiteral("Cactus"),  QStringLiteral("Magnolia"), QStringLiteral("Hibiscus"),
        QStringLiteral("Mimosa"),  QStringLiteral("Orca"),     QStringLiteral("Dingo"),
    };
    return list;
}

QString PseudonymGenerator::next()
{
    const QStringList &list = names();
    const QString &name = list.at(static_cast<qsizetype>(m_rng->bounded(static_cast<quint32>(list.size()))));
    const quint32 number = 10 + m_rng->bounded(90u);
    return name + u' ' + QString::number(number);
}

} // namespace ecoute::server
