// SPDX-License-Identifier: GPL-3.0-or-later
// The colour table (resources/style/theme.ini): every role readable in light and dark palettes,
// the palette followed in high contrast, no role missing.
#include "ui/style/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QtTest>

using ecoute::ui::Theme;
using Role = Theme::Role;

namespace {
const QList<Role> kRoles {Role::SeekerBubble, Role::OwnBubble, Role::ColleagueBubble, Role::Whisper,
                          Role::Notice,       Role::Practice,  Role::Urgent,          Role::Supervision,
                          Role::Handover,     Role::Offer,     Role::Wrapup,          Role::Warning,
                          Role::Error,        Role::Success};

QPalette paletteOf(const QColor &window, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Highlight, QColor(0x00, 0x00, 0xff));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0x00));
    return palette;
}
} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void everyRoleIsReadable_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("light") << int(Theme::Mode::Light);
        QTest::newRow("dark") << int(Theme::Mode::Dark);
    }

    void everyRoleIsReadable()
    {
        QFETCH(int, mode);
        const auto m = Theme::Mode(mode);
        // A transparent background (notices) sits on the window itself.
        const QColor window = m == Theme::Mode::Dark ? QColor(0x2a, 0x2a, 0x2a) : QColor(0xef, 0xef, 0xef);
        for (Role role : kRoles) {
            QColor background = Theme::tint(m, role, false);
            const QColor text = Theme::tint(m, role, true);
            QVERIFY2(text.isValid() && background.isValid(), qPrintable(Theme::roleName(role)));
            if (background.alpha() == 0)
                background = window;
            const double ratio = Theme::contrastRatio(text, background);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1: %2:1").arg(Theme::roleName(role)).arg(ratio)));
        }
    }

    void modeFollowsThePalette()
    {
        QCOMPARE(Theme::modeFor(paletteOf(QColor(0xef, 0xef, 0xef), Qt::black)), Theme::Mode::Light);
        QCOMPARE(Theme::modeFor(paletteOf(QColor(0x30, 0x30, 0x30), QColor(0xee, 0xee, 0xee))),
                 Theme::Mode::Dark);
        QCOMPARE(Theme::modeFor(paletteOf(Qt::black, Qt::white)), Theme::Mode::HighContrast);
        QCOMPARE(Theme::modeFor(paletteOf(Qt::white, Qt::black)), Theme::Mode::HighContrast);
    }

    void highContrastUsesThePalette()
    {
        const QPalette before = QApplication::palette();
        QApplication::setPalette(paletteOf(Qt::black, Qt::white));
        QCOMPARE(Theme::mode(), Theme::Mode::HighContrast);
        QCOMPARE(Theme::background(Role::SeekerBubble), QColor(Qt::black));
        QCOMPARE(Theme::text(Role::SeekerBubble), QColor(Qt::white));
        QCOMPARE(Theme::background(Role::Practice), QColor(0x00, 0x00, 0xff)); // the highlight stands out
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
