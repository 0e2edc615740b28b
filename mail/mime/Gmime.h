// SPDX-License-Identifier: GPL-3.0-or-later
// GMime's set-up and ownership, shared by the parser and the composer.
#pragma once

// GIO names a struct member "signals", which Qt defines as a keyword.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <QByteArray>

#include <memory>

namespace ecoute::mail::gmime {

/// g_mime_init() once per process, thread-safe.
void ensureInitialised();

struct Unref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template<typename T> using Ref = std::unique_ptr<T, Unref>;

/// Parser options that never print: warnings are swallowed, RFC 2047 and parameters read loosely,
/// undeclared 8-bit header text tried as UTF-8 then windows-1252.
GMimeParserOptions *quietParserOptions();

/// The bytes an object writes (headers and content), or only its content.
QByteArray objectBytes(GMimeObject *object);
QByteArray contentBytes(GMimeObject *object);
/// A leaf part's content with its transfer encoding undone.
QByteArray decodedContent(GMimePart *part);

} // namespace ecoute::mail::gmime
