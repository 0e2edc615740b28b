// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "telephony/Libre.h"

#include <utility>

namespace ecoute::telephony {

/// One reference to a libre object (libre counts references; mem_deref drops one, and the
/// object's own destructor runs with the last). Move-only, like a unique_ptr.
template<class T> class LibreRef
{
public:
    LibreRef() = default;
    explicit LibreRef(T *adopted) : m_ptr(adopted) { }
    ~LibreRef() { reset(); }
    LibreRef(LibreRef &&other) noexcept : m_ptr(std::exchange(other.m_ptr, nullptr)) { }
    LibreRef &operator=(LibreRef &&other) noexcept
    {
        if (this != &other)
            reset(std::exchange(other.m_ptr, nullptr));
        return *this;
    }
    LibreRef(const LibreRef &) = delete;
    LibreRef &operator=(const LibreRef &) = delete;

    /// Drops the reference held now (which may run the object's destructor) and adopts `adopted`.
    void reset(T *adopted = nullptr)
    {
        T *old = std::exchange(m_ptr, adopted);
        if (old)
            mem_deref(old);
    }
    /// Gives the reference up without dropping it.
    T *release() { return std::exchange(m_ptr, nullptr); }

    T *get() const { return m_ptr; }
    T *operator->() const { return m_ptr; }
    explicit operator bool() const { return m_ptr != nullptr; }
    /// For libre's `alloc(T **out, ...)` functions: drops the old reference first.
    T **out()
    {
        reset();
        return &m_ptr;
    }

private:
    T *m_ptr = nullptr;
};

} // namespace ecoute::telephony
