// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ecoute::models {

/// Translated names of the protocol's vocabularies (protocol/MessageCatalog):
/// languages, channels, risk levels. An unknown code is shown as it is.
class VocabularyText
{
    Q_DECLARE_TR_FUNCTIONS(VocabularyText)

public:
    /// "fr" -> "French" (in the interface language).
    static QString language(const QString &code);
    static QString channel(const QString &channel);
    static QString risk(const QString &risk);
};

} // namespace ecoute::models
