// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/channels/mail/net/CurlGlobal.h"

#include <curl/curl.h>

#include <mutex>

namespace ecoute::server::mail {

bool ensureCurl()
{
    static std::once_flag once;
    static bool ok = false;
    // curl_global_init is not thread-safe on every build: call_once makes the first caller do it.
    std::call_once(once, [] { ok = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; });
    return ok;
}

} // namespace ecoute::server::mail
