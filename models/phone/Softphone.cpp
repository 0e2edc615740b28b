// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/phone/Softphone.h"

namespace ecoute::models {

Softphone::Softphone(QObject *parent) : QObject(parent) { }

Softphone::~Softphone() = default;

} // namespace ecoute::models
