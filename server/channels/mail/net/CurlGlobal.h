// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ecoute::server::mail {

/// Initialises libcurl once per process (curl_global_init). Call it from the main thread before any
/// mail worker starts; later calls do nothing. Returns false when libcurl could not be initialised.
bool ensureCurl();

} // namespace ecoute::server::mail
