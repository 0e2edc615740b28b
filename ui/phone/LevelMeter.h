// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace ecoute::ui {

/// A small horizontal audio level meter (a microphone's or a speaker's), 0–100 % of the range
/// -60 dBFS to 0. Assistive technology sees a named progress bar with its value; it is told of
/// a change only when the level moved by a tenth or more, so ten updates a second do not flood
/// a screen reader.
class LevelMeter : public QWidget
{
    Q_OBJECT

public:
    /// name: the accessible name ("Microphone level").
    explicit LevelMeter(const QString &name, QWidget *parent = nullptr);

    /// A level in dBFS (clamped to [-60, 0]).
    void setLevel(float db);
    /// The level as a percentage of the meter (0 when silent).
    int value() const { return m_value; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_value = 0;
    int m_announced = 0; ///< the value assistive technology was last told of
};

} // namespace ecoute::ui
