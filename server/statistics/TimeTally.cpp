// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/statistics/TimeTally.h"
