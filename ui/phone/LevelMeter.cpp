// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/phone/LevelMeter.h"

#include "ui/accessibility/AccessibleFactory.h"
#include "ui/style/Theme.h"

#include <QAccessibleValueInterface>
#include <QAccessibleWidget>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ecoute::ui {

namespace {
constexpr float kFloorDb = -60.0F;

/// A progress bar with a value for assistive technology (read-only).
class AccessibleLevel : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit AccessibleLevel(QWidget *widget) : QAccessibleWidget(widget, QAccessible::ProgressBar) { }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return LevelMeter::tr("%1 %").arg(meter()->value());
        return QAccessibleWidget::text(t);
    }
    QVariant currentValue() const override { return meter()->value(); }
    void setCurrentValue(const QVariant &) override { } // a meter is read, never set
    QVariant maximumValue() const override { return 100; }
    QVariant minimumValue() const override { return 0; }
    QVariant minimumStepSize() const override { return 1; }

private:
    LevelMeter *meter() const { return static_cast<LevelMeter *>(widget()); }
};
} // namespace

LevelMeter::LevelMeter(const QString &name, QWidget *parent) : QWidget(parent)
{
    AccessibleFactory::attach(
        this, staticMetaObject, QAccessible::ProgressBar,
        [](QWidget *widget) -> QAccessibleInterface * { return new AccessibleLevel(widget); });
    setAccessibleName(name);
    setToolTip(name);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void LevelMeter::setLevel(float db)
{
    const float clamped = std::isnan(db) ? kFloorDb : std::clamp(db, kFloorDb, 0.0F);
    const int value = int(std::lround((clamped - kFloorDb) / -kFloorDb * 100.0F));
    if (value == m_value)
        return;
    m_value = value;
    update();
    if (std::abs(m_value - m_announced) >= 10 || (m_value == 0) != (m_announced == 0)) {
        m_announced = m_value;
        QAccessibleValueChangeEvent event(this, m_value);
        QAccessible::updateAccessibility(&event);
    }
}

QSize LevelMeter::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('M')) * 6, fontMetrics().height() / 2 + 4};
}

QSize LevelMeter::minimumSizeHint() const
{
    return sizeHint();
}

void LevelMeter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect frame = rect().adjusted(0, 0, -1, -1);
    const QColor track = Theme::background(Theme::Role::Success);
    const QColor fill = Theme::text(Theme::Role::Success);
    painter.fillRect(frame, track);
    painter.setPen(fill);
    painter.drawRect(frame);
    const int width = (frame.width() - 1) * m_value / 100;
    if (width > 0)
        painter.fillRect(QRect(frame.left() + 1, frame.top() + 1, width, frame.height() - 1), fill);
}

} // namespace ecoute::ui
