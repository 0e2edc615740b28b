// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/core/Logging.h"

Q_LOGGING_CATEGORY(lcServer, "ecoute.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "ecoute.server.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "ecoute.server.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWs, "ecoute.server.ws", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "ecoute.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRouting, "ecoute.server.routing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPhone, "ecoute.server.phone", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMail, "ecoute.server.mail", QtInfoMsg)
