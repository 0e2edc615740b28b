// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Envelope.h"

#include <QDateTime>
#include <QObject>

namespace ecoute::models {

/// What a volunteer's shift held (shift.summary, when they go off shift).
struct ShiftSummary
{
    QDateTime since;
    int contacts = 0;
    int hard = 0;
    int imminent = 0;
};

/// The volunteer's wellbeing at the end of a shift: turns shift.summary into a signal the window
/// answers with a short summary and, after hard contacts, the offer of a debrief.
class Wellbeing : public QObject
{
    Q_OBJECT

public:
    explicit Wellbeing(QObject *parent = nullptr);

    /// shift.summary; false for any other frame.
    bool handle(const protocol::Envelope &envelope);

signals:
    void shiftSummary(const ecoute::models::ShiftSummary &summary);
};

} // namespace ecoute::models
