// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accessibility/Announcer.h"

#include "ui/accessibility/AccessibleFactory.h"

#include <QAccessibleWidget>
#include <QLabel>
#include <QWidget>

namespace ecoute::ui {

namespace {

/// Holds the text for screen readers; never painted (the region is 1×1 px and clips it anyway).
class SilentLabel : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *) override { }
};

} // namespace

/// The live region of one window (see Announcer).
class AnnouncerRegion : public QWidget
{
    Q_OBJECT

public:
    explicit AnnouncerRegion(QWidget *window) : QWidget(window)
    {
        // Registered before the first accessibility event (setAccessibleName) creates the interface.
        AccessibleFactory::attach(this, staticMetaObject, QAccessible::Notification,
                                  [](QWidget *widget) -> QAccessibleInterface * {
                                      return new QAccessibleWidget(widget, QAccessible::Notification);
                                  });
        setObjectName(QLatin1String(Announcer::regionObjectName));
        // Orca says "notification Ecoute." before the text; it would drop a label already
        // contained in this name, so the name never holds the text itself.
        setAccessibleName(Announcer::tr("Ecoute"));
        setFocusPolicy(Qt::NoFocus);
        setAttribute(Qt::WA_TransparentForMouseEvents);
        m_label = new SilentLabel(this);
        m_label->setObjectName(QLatin1String(Announcer::textObjectName));
        m_label->setTextFormat(Qt::PlainText);
        m_label->setGeometry(0, 0, 1, 1);
        setGeometry(0, 0, 1, 1);
        hide();
    }

    QString text() const { return m_label->text(); }

    void announce(const QString &text)
    {
        if (isVisible())
            hide(); // object:state-changed:showing 0, so that showing again is an event
        m_label->setText(text); // object:property-change:accessible-name on the label
        if (!parentWidget()->isVisible())
            return;
        show(); // object:state-changed:showing 1 on the notification (and its label)
        raise();
    }

private:
    SilentLabel *m_label = nullptr;
};

namespace {
AnnouncerRegion *regionOf(const QWidget *context)
{
    if (!context)
        return nullptr;
    return context->window()->findChild<AnnouncerRegion *>(QString(), Qt::FindDirectChildrenOnly);
}
} // namespace

void Announcer::announce(QWidget *context, const QString &text, Politeness politeness)
{
    // Both politeness levels take the same route before Qt 6.8 (see the enum).
    Q_UNUSED(politeness);
    if (!context || text.isEmpty())
        return;
    AnnouncerRegion *region = regionOf(context);
    if (!region)
        region = new AnnouncerRegion(context->window());
    region->announce(text);
}

QString Announcer::lastAnnouncement(const QWidget *context)
{
    const AnnouncerRegion *region = regionOf(context);
    return region ? region->text() : QString();
}

} // namespace ecoute::ui

#include "Announcer.moc"
