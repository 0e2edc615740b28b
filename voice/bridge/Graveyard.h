// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

namespace ecoute::voice {

/// Objects that are done but may still be on the call stack: a leg whose SIP session libre is
/// closing, a call whose last leg hung up from inside a libre callback. They are destroyed on
/// the loop's next turn, after every callback has returned. Single-threaded, like the loop.
namespace Graveyard {

/// Destroys `object` on the next turn of the loop.
void bury(std::shared_ptr<void> object);
template<class T> void bury(std::unique_ptr<T> object)
{
    if (object)
        bury(std::shared_ptr<void>(std::move(object)));
}
/// Drops one reference to a libre object on the next turn of the loop.
void buryLibre(void *object);
/// Destroys everything now (and whatever that buries in turn): at shutdown, before libre_close.
void clear();

} // namespace Graveyard

} // namespace ecoute::voice
