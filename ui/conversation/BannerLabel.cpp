// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/conversation/BannerLabel.h"

#include "ui/accessibility/AccessibleFactory.h"

#include <QAccessibleWidget>
#include <QEvent>

namespace ecoute::ui {

namespace {

class BannerAccessible : public QAccessibleWidget
{
public:
    explicit BannerAccessible(BannerLabel *label) : QAccessibleWidget(label, label->accessibleRole()) { }

    QString text(QAccessible::Text t) const override
    {
        const auto *label = static_cast<const BannerLabel *>(widget());
        if (t == QAccessible::Name && label->accessibleName().isEmpty())
            return label->text();
        return QAccessibleWidget::text(t);
    }
};

} // namespace

BannerLabel::BannerLabel(QAccessible::Role role, Theme::Role colours, QWidget *parent)
    : QLabel(parent), m_role(role), m_colours(colours)
{
    AccessibleFactory::attach(this, staticMetaObject, role, [](QWidget *widget) -> QAccessibleInterface * {
        return new BannerAccessible(static_cast<BannerLabel *>(widget));
    });
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setMargin(6);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    Theme::applyPanel(this, m_colours);
}

void BannerLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // The desktop's palette reaches us as a change of the inherited roles; ours are set
    // again (unchanged colours send no further event).
    if (event->type() == QEvent::PaletteChange)
        Theme::applyPanel(this, m_colours);
}

} // namespace ecoute::ui
