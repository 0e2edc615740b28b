// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace ecoute::mail {

/// The writer's address as one comparable string, the input of the server's keyed hash:
/// "Name <Local@Exämple.org>" → "local@xn--exmple-cua.org". The display name is dropped, local
/// part and domain are lowercased (two case variants are the same writer), a "+tag" is kept,
/// an IDN domain becomes ACE. Empty for anything that is not local@domain.
QString normaliseAddress(QStringView address);

} // namespace ecoute::mail
