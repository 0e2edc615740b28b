// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/bridge/Graveyard.h"

#include "voice/bridge/Telephony.h"

namespace ecoute::voice::Graveyard {

namespace {

struct State
{
    std::vector<std::shared_ptr<void>> objects;
    std::vector<void *> libreObjects;
    tmr timer {};
    bool timerReady = false;
};

State &state()
{
    static State s;
    return s;
}

void onTimer(void *)
{
    clear();
}

void schedule()
{
    State &s = state();
    if (!s.timerReady) {
        tmr_init(&s.timer);
        s.timerReady = true;
    }
    if (!tmr_isrunning(&s.timer))
        tmr_start(&s.timer, 0, onTimer, nullptr);
}

} // namespace

void bury(std::shared_ptr<void> object)
{
    state().objects.push_back(std::move(object));
    schedule();
}

void buryLibre(void *object)
{
    if (!object)
        return;
    state().libreObjects.push_back(object);
    schedule();
}

void clear()
{
    State &s = state();
    // Destroying one may bury others (a call buries its legs' sessions): loop until empty.
    while (!s.objects.empty() || !s.libreObjects.empty()) {
        std::vector<std::shared_ptr<void>> objects = std::move(s.objects);
        std::vector<void *> libreObjects = std::move(s.libreObjects);
        s.objects.clear();
        s.libreObjects.clear();
        objects.clear();
        for (void *object : libreObjects)
            mem_deref(object);
    }
    if (s.timerReady)
        tmr_cancel(&s.timer);
}

} // namespace ecoute::voice::Graveyard
