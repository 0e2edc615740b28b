// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace ecoute::server {

/// Friendly random names for anonymous help-seekers, e.g. "Colibri 42": an
/// animal or plant that reads the same in French, German and English, and a
/// two-digit number. Not a secret; it only has to be easy to say and remember.
class PseudonymGenerator
{
public:
    explicit PseudonymGenerator(QRandomGenerator *rng = QRandomGenerator::global()) : m_rng(rng) { }

    QString next();
    static const QStringList &names();

private:
    QRandomGenerator *m_rng;
};

} // namespace ecoute::server
