// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/reports/ShiftLedger.h"
