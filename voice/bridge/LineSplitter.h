// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ecoute::voice {

/// Cuts a byte stream into '\n'-terminated lines (a trailing '\r' is dropped too), holding back a
/// partial line until its end arrives. A line longer than the cap is never delivered: the
/// callback hears once that a line was too long (with no content) and the rest of that line is
/// thrown away, so a peer cannot grow the buffer and a cut never splits a line in two.
class LineSplitter
{
public:
    explicit LineSplitter(qsizetype maxLineBytes) : m_max(maxLineBytes) { }

    /// `onLine(QByteArrayView line, bool tooLong)` for every line completed by `data`.
    template<class OnLine> void feed(QByteArrayView data, OnLine &&onLine)
    {
        while (!data.isEmpty()) {
            const qsizetype newline = data.indexOf('\n');
            const QByteArrayView chunk = newline < 0 ? data : data.first(newline);
            if (!m_discarding) {
                if (m_buffer.size() + chunk.size() > m_max) {
                    m_buffer.clear();
                    m_discarding = true;
                    onLine(QByteArrayView(), true);
                } else {
                    m_buffer.append(chunk);
                }
            }
            if (newline < 0)
                return;
            if (!m_discarding) {
                QByteArrayView line(m_buffer);
                if (line.endsWith('\r'))
                    line.chop(1);
                onLine(line, false);
            }
            m_buffer.clear();
            m_discarding = false;
            data = data.sliced(newline + 1);
        }
    }

    /// What is left of an unterminated last line (at end of input), emptied.
    QByteArray takeRest()
    {
        QByteArray rest = m_discarding ? QByteArray() : m_buffer;
        m_buffer.clear();
        m_discarding = false;
        return rest;
    }

private:
    QByteArray m_buffer;
    qsizetype m_max;
    bool m_discarding = false;
};

} // namespace ecoute::voice
