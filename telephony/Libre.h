// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// libre and librem (baresip's libraries), as the bridge includes them. Their headers depend on
// the configuration of their own build: without HAVE_STDBOOL_H, re_types.h redefines `bool`,
// `true` and `false` for C++ (a QJsonValue(true) would become the number 1). telephony/CMakeLists.txt
// sets it for every target that links the bridge; this makes a forgotten definition loud.
#ifndef HAVE_STDBOOL_H
#error "HAVE_STDBOOL_H must be defined before libre's headers (see telephony/CMakeLists.txt)"
#endif

#include <re.h>
#include <rem.h>
